/**
 * A TrueType font embedded as PDF wants it for any Unicode text: a Type0
 * font with Identity-H encoding (the text's codes are glyph ids) over a
 * CIDFontType2 whose CIDs are the glyph ids (CIDToGIDMap /Identity), with
 * widths from hmtx, the subset font program, and a ToUnicode CMap so that
 * copying and text extraction give the characters back.
 */
import { createHash } from 'node:crypto';
import type { Advances } from '../../../../charts/advances.js';
import { flateStream, ref, type PdfObjects } from './file.js';
import { subsetTrueType } from './subset.js';
import { hex4, pdfNumber } from './syntax.js';

/** A font as a document uses it: what to embed and which glyphs the text needed. */
export interface UsedFont {
  /** PostScript name, e.g. `Inter-Regular`. */
  name: string;
  ttf: Uint8Array;
  metrics: Advances;
  /** Glyph id → the text it was set for (the first seen, when several characters share a glyph). */
  glyphs: Map<number, string>;
}

/**
 * The subset tag, six uppercase letters before the `+` of the name (PDF
 * 32000 9.6.4): derived from the glyph set, so that the same text gives
 * the same name and a different subset a different one.
 */
export function subsetTag(name: string, glyphs: Iterable<number>): string {
  const digest = createHash('md5').update(`${name}:${[...glyphs].sort((a, b) => a - b).join(',')}`).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i] % 26));
  return tag;
}

/** The /W array: runs of consecutive glyph ids with their widths, in thousandths of an em. */
export function widthsArray(font: Pick<UsedFont, 'metrics' | 'glyphs'>): string {
  const ids = [...font.glyphs.keys()].sort((a, b) => a - b);
  const scale = 1000 / font.metrics.unitsPerEm;
  const runs: string[] = [];
  for (let i = 0; i < ids.length; ) {
    const start = ids[i];
    const widths: string[] = [];
    while (i < ids.length && ids[i] === start + widths.length) widths.push(pdfNumber(font.metrics.glyphAdvance(ids[i++]) * scale));
    runs.push(`${start} [${widths.join(' ')}]`);
  }
  return `[${runs.join(' ')}]`;
}

/** UTF-16BE hex of `text`, as ToUnicode wants the destination strings. */
function utf16Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += hex4(text.charCodeAt(i));
  return hex;
}

/** The ToUnicode CMap: each glyph id → its text (bfchar entries, at most 100 per block as the CMap spec limits). */
export function toUnicodeCMap(glyphs: Map<number, string>): string {
  const entries = [...glyphs].sort((a, b) => a[0] - b[0]).map(([g, text]) => `<${hex4(g)}> <${utf16Hex(text)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** Font-wide metrics for the descriptor, in thousandths of an em, read from head, hhea and OS/2. */
function descriptorMetrics(ttf: Uint8Array, unitsPerEm: number): string {
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const tables = new Map<string, number>();
  for (let t = 0; t < view.getUint16(4); t++) {
    const at = 12 + 16 * t;
    tables.set(String.fromCharCode(ttf[at], ttf[at + 1], ttf[at + 2], ttf[at + 3]), view.getUint32(at + 8));
  }
  const s = (n: number) => pdfNumber((n * 1000) / unitsPerEm);
  const head = tables.get('head')!;
  const hhea = tables.get('hhea')!;
  const ascent = view.getInt16(hhea + 4);
  const os2 = tables.get('OS/2');
  // sCapHeight exists from OS/2 version 2 on; the ascent stands in before.
  const capHeight = os2 !== undefined && view.getUint16(os2) >= 2 ? view.getInt16(os2 + 88) : ascent;
  const bbox = [36, 38, 40, 42].map((o) => s(view.getInt16(head + o))).join(' ');
  return `/FontBBox [${bbox}] /ItalicAngle 0 /Ascent ${s(ascent)} /Descent ${s(view.getInt16(hhea + 6))} /CapHeight ${s(capHeight)}`;
}

/** Writes the font's five objects (Type0, CIDFont, descriptor, font file, ToUnicode) into `objects` as `id`. */
export function embedFont(objects: PdfObjects, id: number, font: UsedFont): void {
  const baseFont = `/${subsetTag(font.name, font.glyphs.keys())}+${font.name}`;
  const subset = subsetTrueType(font.ttf, font.glyphs.keys());
  const file = objects.add(flateStream(`/Length1 ${subset.length}`, subset));
  // Flags 4: symbolic, as the glyphs are reached by id rather than a standard encoding.
  const descriptor = objects.add({
    body: `<< /Type /FontDescriptor /FontName ${baseFont} /Flags 4 ${descriptorMetrics(font.ttf, font.metrics.unitsPerEm)} /StemV 80 /FontFile2 ${ref(file)} >>`,
  });
  const cidFont = objects.add({
    body: `<< /Type /Font /Subtype /CIDFontType2 /BaseFont ${baseFont} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${ref(descriptor)} /W ${widthsArray(font)} /CIDToGIDMap /Identity >>`,
  });
  const toUnicode = objects.add(flateStream('', toUnicodeCMap(font.glyphs)));
  objects.set(id, {
    body: `<< /Type /Font /Subtype /Type0 /BaseFont ${baseFont} /Encoding /Identity-H /DescendantFonts [${ref(cidFont)}] /ToUnicode ${ref(toUnicode)} >>`,
  });
}
