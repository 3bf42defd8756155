/**
 * TrueType subsetting for embedding: the glyphs a document uses (and the
 * components of composite ones), under their original glyph ids, so that
 * the text's Identity-H codes stay the font's glyph ids. Other glyphs keep
 * an empty outline and zero metrics; ids past the last one used are dropped.
 * Only the tables a PDF TrueType font program needs are kept (PDF 32000
 * 9.9: the reader takes the character mapping from the PDF, not from cmap).
 */

import { fontTable, tableDirectory, type TableDirectory } from '../../../../charts/advances.js';

/** Tables kept, when the font has them. */
const KEPT = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'];

/** Composite glyph flags (OpenType glyf). */
const ARG_1_AND_2_ARE_WORDS = 0x1;
const WE_HAVE_A_SCALE = 0x8;
const MORE_COMPONENTS = 0x20;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x40;
const WE_HAVE_A_TWO_BY_TWO = 0x80;

interface Font {
  bytes: Uint8Array;
  view: DataView;
  tables: TableDirectory;
}

function openFont(ttf: Uint8Array): Font {
  return { bytes: ttf, view: new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength), tables: tableDirectory(ttf) };
}

function table(font: Font, tag: string): { offset: number; length: number } {
  return fontTable(font.tables, tag);
}

/** Glyph outline offsets from loca: glyph g is bytes [offsets[g], offsets[g + 1]) of glyf. */
function glyphOffsets(font: Font, count: number): number[] {
  const long = font.view.getInt16(table(font, 'head').offset + 50) === 1;
  const loca = table(font, 'loca').offset;
  const offsets: number[] = [];
  for (let g = 0; g <= count; g++) offsets.push(long ? font.view.getUint32(loca + 4 * g) : 2 * font.view.getUint16(loca + 2 * g));
  return offsets;
}

/** Glyph ids a composite glyph is built from (none for a simple glyph). */
export function componentGlyphs(view: DataView, glyph: number, length: number): number[] {
  if (length === 0 || view.getInt16(glyph) >= 0) return [];
  const components: number[] = [];
  let at = glyph + 10;
  for (;;) {
    const flags = view.getUint16(at);
    components.push(view.getUint16(at + 2));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return components;
  }
}

/** The TrueType checksum: the sum of big-endian uint32s, zero-padded to a multiple of four bytes. */
export function tableChecksum(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum = (sum + (((data[i] << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0)) >>> 0)) >>> 0;
  return sum;
}

/** The font restricted to `glyphs` (plus .notdef and composite components), same glyph ids. */
export function subsetTrueType(ttf: Uint8Array, glyphs: Iterable<number>): Uint8Array {
  const font = openFont(ttf);
  const { view } = font;
  const numGlyphs = view.getUint16(table(font, 'maxp').offset + 4);
  const offsets = glyphOffsets(font, numGlyphs);
  const glyf = table(font, 'glyf').offset;
  const kept = new Set<number>();
  const pending = [0, ...glyphs].filter((g) => g >= 0 && g < numGlyphs);
  while (pending.length > 0) {
    const g = pending.pop()!;
    if (kept.has(g)) continue;
    kept.add(g);
    pending.push(...componentGlyphs(view, glyf + offsets[g], offsets[g + 1] - offsets[g]).filter((c) => c < numGlyphs));
  }
  const count = Math.max(...kept) + 1;

  // glyf and (long) loca: kept outlines, each padded to four bytes; others empty.
  const outlines: Uint8Array[] = [];
  const loca = new DataView(new ArrayBuffer(4 * (count + 1)));
  let size = 0;
  for (let g = 0; g < count; g++) {
    loca.setUint32(4 * g, size);
    if (!kept.has(g)) continue;
    const outline = ttf.subarray(glyf + offsets[g], glyf + offsets[g + 1]);
    const padded = new Uint8Array((outline.length + 3) & ~3);
    padded.set(outline);
    outlines.push(padded);
    size += padded.length;
  }
  loca.setUint32(4 * count, size);

  // hmtx: one full metric per glyph (numberOfHMetrics = count), zero for glyphs not kept.
  const hmtxAt = table(font, 'hmtx').offset;
  const metrics = view.getUint16(table(font, 'hhea').offset + 34);
  const hmtx = new DataView(new ArrayBuffer(4 * count));
  for (const g of kept) {
    hmtx.setUint16(4 * g, view.getUint16(hmtxAt + 4 * Math.min(g, metrics - 1)));
    hmtx.setInt16(4 * g + 2, g < metrics ? view.getInt16(hmtxAt + 4 * g + 2) : view.getInt16(hmtxAt + 4 * metrics + 2 * (g - metrics)));
  }

  const copy = (tag: string) => {
    const t = table(font, tag);
    return new Uint8Array(ttf.subarray(t.offset, t.offset + t.length));
  };
  const head = copy('head');
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, set once the file is assembled
  headView.setInt16(50, 1); // indexToLocFormat: long
  const hhea = copy('hhea');
  new DataView(hhea.buffer).setUint16(34, count);
  const maxp = copy('maxp');
  new DataView(maxp.buffer).setUint16(4, count);

  const built = new Map<string, Uint8Array>([
    ['glyf', concat(outlines)],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', new Uint8Array(hmtx.buffer)],
    ['loca', new Uint8Array(loca.buffer)],
    ['maxp', maxp],
  ]);
  for (const tag of ['cvt ', 'fpgm', 'prep']) if (font.tables.has(tag)) built.set(tag, copy(tag));
  const out = assemble(KEPT.filter((tag) => built.has(tag)).map((tag) => [tag, built.get(tag)!]));
  const headAt = new DataView(out.buffer).getUint32(12 + 16 * KEPT.filter((tag) => built.has(tag)).indexOf('head') + 8);
  new DataView(out.buffer).setUint32(headAt + 8, (0xb1b0afba - tableChecksum(out)) >>> 0);
  return out;
}

/** An sfnt file of `tables` (sorted by tag), each four-byte aligned with its checksum. */
function assemble(tables: [string, Uint8Array][]): Uint8Array {
  const n = tables.length;
  const log2 = Math.floor(Math.log2(n));
  let size = 12 + 16 * n;
  for (const [, data] of tables) size += (data.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, 16 * 2 ** log2);
  view.setUint16(8, log2);
  view.setUint16(10, 16 * n - 16 * 2 ** log2);
  let offset = 12 + 16 * n;
  tables.forEach(([tag, data], i) => {
    const at = 12 + 16 * i;
    for (let c = 0; c < 4; c++) out[at + c] = tag.charCodeAt(c);
    view.setUint32(at + 4, tableChecksum(data));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, data.length);
    out.set(data, offset);
    offset += (data.length + 3) & ~3;
  });
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
