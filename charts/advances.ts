/**
 * Advance widths straight from a TrueType font's `cmap` and `hmtx` tables.
 * Labels are measured by advances alone (see font.ts), and reading the two
 * tables here spares every run loading fontkit (a fifth of a second) just
 * for that; the test checks every code point against fontkit.
 */

export interface Advances {
  unitsPerEm: number;
  /** Advance width, in font units, of the glyph of `codePoint` (.notdef's when the font has none). */
  advance(codePoint: number): number;
  /** Glyph id of `codePoint` in the preferred Unicode cmap; 0 (.notdef) when the font has none. */
  glyph(codePoint: number): number;
  /** Advance width, in font units, of glyph id `glyph` (the PDF writer sets glyphs by id). */
  glyphAdvance(glyph: number): number;
}

/** Where each table of a TrueType font lies: tag → byte offset and length. */
export type TableDirectory = Map<string, { offset: number; length: number }>;

/** The font's table directory (its tables are read in place; the PDF writer's subsetting reads it too). */
export function tableDirectory(ttf: Uint8Array): TableDirectory {
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const tables: TableDirectory = new Map();
  const count = view.getUint16(4);
  for (let t = 0; t < count; t++) {
    const at = 12 + 16 * t;
    tables.set(String.fromCharCode(ttf[at], ttf[at + 1], ttf[at + 2], ttf[at + 3]), { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return tables;
}

/** Table `tag` of the directory; throws when the font has none. */
export function fontTable(tables: TableDirectory, tag: string): { offset: number; length: number } {
  const t = tables.get(tag);
  if (t === undefined) throw new Error(`font has no ${tag} table`);
  return t;
}

export function readAdvances(ttf: Uint8Array): Advances {
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const tables = tableDirectory(ttf);
  const table = (tag: string) => fontTable(tables, tag).offset;
  const unitsPerEm = view.getUint16(table('head') + 18);
  const metrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyphAdvance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metrics - 1));
  const glyphOf = cmapLookup(view, table('cmap'));
  return { unitsPerEm, advance: (codePoint) => glyphAdvance(glyphOf(codePoint)), glyph: glyphOf, glyphAdvance };
}

/** The glyph lookup of the preferred Unicode subtable, in fontkit's order of preference: (3,10), (0,6), (0,4), (3,1), (0,3)… */
function cmapLookup(view: DataView, cmap: number): (codePoint: number) => number {
  const subtables = new Map<string, number>();
  const count = view.getUint16(cmap + 2);
  for (let s = 0; s < count; s++) {
    const at = cmap + 4 + 8 * s;
    subtables.set(`${view.getUint16(at)},${view.getUint16(at + 2)}`, cmap + view.getUint32(at + 4));
  }
  for (const key of ['3,10', '0,6', '0,4', '3,1', '0,3', '0,2', '0,1', '0,0']) {
    const at = subtables.get(key);
    if (at === undefined) continue;
    const format = view.getUint16(at);
    if (format === 12) return format12(view, at);
    if (format === 4) return format4(view, at);
  }
  throw new Error('font has no Unicode cmap of format 4 or 12');
}

function format12(view: DataView, at: number): (codePoint: number) => number {
  const groups = view.getUint32(at + 12);
  return (cp) => {
    // Groups are sorted by start code: binary search.
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = at + 16 + 12 * mid;
      if (cp < view.getUint32(g)) hi = mid - 1;
      else if (cp > view.getUint32(g + 4)) lo = mid + 1;
      else return view.getUint32(g + 8) + cp - view.getUint32(g);
    }
    return 0;
  };
}

function format4(view: DataView, at: number): (codePoint: number) => number {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const offsets = deltas + 2 * segments;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (cp > view.getUint16(ends + 2 * s)) continue;
      const start = view.getUint16(starts + 2 * s);
      if (cp < start) return 0;
      const offset = view.getUint16(offsets + 2 * s);
      if (offset === 0) return (cp + view.getInt16(deltas + 2 * s)) & 0xffff;
      const glyph = view.getUint16(offsets + 2 * s + offset + 2 * (cp - start));
      return glyph === 0 ? 0 : (glyph + view.getInt16(deltas + 2 * s)) & 0xffff;
    }
    return 0;
  };
}
