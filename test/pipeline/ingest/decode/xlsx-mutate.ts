/**
 * Mutations of an XLSX workbook for the XLSX fuzz: the damage that real
 * files suffer (flipped bytes, a download cut short), what a hostile file
 * does (parts swapped, declared sizes that lie, a part replaced by a bomb,
 * row and column numbers past the sheet's end) and what the format allows
 * but writers rarely do (rows and cells without `r`). XML-level changes are
 * made on the inflated parts and the archive rebuilt, so that they reach the
 * sheet reader rather than stop at a checksum.
 */
import fc from 'fast-check';
import { mulberry32 } from '../../../../scripts/random.js';
import { buildZip, deflatedPart, repeatedPart, type BuiltPart } from './zip-build.js';

export interface XlsxBase {
  name: string;
  /** The workbook's parts, inflated, in archive order. */
  parts: { name: string; data: Buffer }[];
}

export type XlsxMutation =
  | { kind: 'flip'; at: number[]; values: number[] }
  | { kind: 'truncate'; share: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'declared-size'; part: number; size: number }
  | { kind: 'bomb'; part: number; gib: number; declared: 'honest' | 'small' }
  | { kind: 'xml'; part: number; edit: XmlEdit; seed: number }
  | { kind: 'zip64' };

export type XmlEdit = 'drop-r' | 'huge-row' | 'huge-column' | 'shuffle-rows' | 'cut' | 'junk-tag' | 'huge-string-index' | 'entities' | 'cdata' | 'duplicate-row';

const SHEET_EDITS: XmlEdit[] = ['drop-r', 'huge-row', 'huge-column', 'shuffle-rows', 'huge-string-index', 'duplicate-row'];
const TEXT_EDITS: XmlEdit[] = ['entities', 'cdata'];
const XML_EDITS: XmlEdit[] = ['drop-r', 'huge-row', 'huge-column', 'shuffle-rows', 'cut', 'junk-tag', 'huge-string-index', 'entities', 'cdata', 'duplicate-row'];

/** A position as a share of a length, uniform (fast-check's doubles favour tiny values). */
const share = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1e6);

/** One to three mutations; positions are shares (0–1) of whatever they apply to. */
export const xlsxMutation: fc.Arbitrary<XlsxMutation[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.array(share, { minLength: 1, maxLength: 8 }), values: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 8, maxLength: 8 }) }),
    fc.record({ kind: fc.constant('truncate' as const), share: share }),
    fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
    fc.record({ kind: fc.constant('declared-size' as const), part: fc.nat(), size: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 }), fc.constant(0xfffffff0), fc.constant(600 << 20)) }),
    fc.record({ kind: fc.constant('bomb' as const), part: fc.nat(), gib: fc.constantFrom(1, 3), declared: fc.constantFrom('honest' as const, 'small' as const) }),
    fc.record({ kind: fc.constant('xml' as const), part: fc.nat(), edit: fc.constantFrom(...XML_EDITS), seed: fc.nat() }),
    fc.record({ kind: fc.constant('xml' as const), part: fc.nat(), edit: fc.constantFrom(...SHEET_EDITS), seed: fc.nat() }),
    fc.record({ kind: fc.constant('xml' as const), part: fc.nat(), edit: fc.constantFrom(...SHEET_EDITS, ...TEXT_EDITS), seed: fc.nat() }),
    fc.record({ kind: fc.constant('zip64' as const) }),
  ),
  { minLength: 1, maxLength: 3 },
);

/** The mutated workbook's bytes, and what was done, for the failure report. */
export function applyXlsxMutations(base: XlsxBase, mutations: XlsxMutation[]): { bytes: Buffer; steps: string[] } {
  // Part-level changes first (they rebuild the archive), then byte-level ones on the archive.
  let parts: BuiltPart[] = base.parts.map((p) => deflatedPart(p.name, p.data));
  let zip64 = false;
  const steps: string[] = [];
  const inflated = new Map(base.parts.map((p) => [p.name, p.data]));
  for (const m of mutations) {
    if (m.kind === 'swap') {
      const a = m.a % parts.length;
      const b = m.b % parts.length;
      const [na, nb] = [parts[a].name, parts[b].name];
      parts[a] = { ...parts[a], name: nb };
      parts[b] = { ...parts[b], name: na };
      steps.push(`swap ${na} ↔ ${nb}`);
    } else if (m.kind === 'declared-size') {
      const k = m.part % parts.length;
      parts[k] = { ...parts[k], size: m.size };
      steps.push(`${parts[k].name} declared ${m.size} bytes`);
    } else if (m.kind === 'bomb') {
      const k = m.part % parts.length;
      const bomb = { ...bombOf(m.gib), name: parts[k].name };
      parts[k] = m.declared === 'small' ? { ...bomb, size: 4096 } : bomb;
      steps.push(`${parts[k].name} replaced by ${m.gib} GiB of spaces (declared ${m.declared})`);
    } else if (m.kind === 'xml') {
      // Row and cell edits go to the worksheet, text edits to a part with text, the rest to any XML part.
      const wanted = SHEET_EDITS.includes(m.edit) ? /worksheets\/sheet1\.xml$/ : TEXT_EDITS.includes(m.edit) ? /(sheet1|sharedStrings)\.xml$/ : /\.xml$/;
      const candidates = parts.map((p, k) => [p, k] as const).filter(([p]) => inflated.has(p.name) && /\.xml$/.test(p.name));
      const xmlParts = candidates.some(([p]) => wanted.test(p.name)) ? candidates.filter(([p]) => wanted.test(p.name)) : candidates;
      if (!xmlParts.length) continue;
      const [part, k] = xmlParts[m.part % xmlParts.length];
      const text = editXml(inflated.get(part.name)!.toString('utf8'), m.edit, m.seed);
      inflated.set(part.name, Buffer.from(text, 'utf8'));
      parts[k] = deflatedPart(part.name, text);
      steps.push(`${part.name}: ${m.edit}`);
    } else if (m.kind === 'zip64') {
      zip64 = true;
      steps.push('ZIP64');
    }
  }
  let bytes = buildZip(parts, { zip64 });
  for (const m of mutations) {
    if (m.kind === 'flip') {
      bytes = Buffer.from(bytes);
      m.at.forEach((share, i) => (bytes[Math.floor(share * bytes.length)] = m.values[i]));
      steps.push(`${m.at.length} byte(s) changed`);
    } else if (m.kind === 'truncate') {
      bytes = bytes.subarray(0, Math.floor(m.share * bytes.length));
      steps.push(`cut to ${bytes.length} bytes`);
    }
  }
  parts = [];
  return { bytes, steps };
}

const bombs = new Map<number, BuiltPart>();

/** GiBs of spaces in a few MB, built once per size (its checksum takes a second). */
function bombOf(gib: number): BuiltPart {
  let bomb = bombs.get(gib);
  if (!bomb) bombs.set(gib, (bomb = repeatedPart('bomb', '<x>', Buffer.alloc(1 << 20, 0x20), gib * 1024, '</x>')));
  return bomb;
}


/** One change to a part's XML. */
export function editXml(xml: string, edit: XmlEdit, seed: number): string {
  const rnd = mulberry32(seed);
  switch (edit) {
    case 'drop-r':
      return xml.replace(/ r="[A-Z]*[0-9]+"/g, '');
    case 'huge-row': {
      const rows = [...xml.matchAll(/<row r="([0-9]+)"/g)];
      if (!rows.length) return xml;
      const pick = rows[Math.floor(rnd() * rows.length)];
      const huge = [1_048_577, 1e9, 1e15, 1e21][Math.floor(rnd() * 4)];
      return xml.slice(0, pick.index) + `<row r="${huge}"` + xml.slice(pick.index! + pick[0].length);
    }
    case 'huge-column': {
      const cells = [...xml.matchAll(/<c r="([A-Z]+)([0-9]+)"/g)];
      if (!cells.length) return xml;
      const pick = cells[Math.floor(rnd() * cells.length)];
      return xml.slice(0, pick.index) + `<c r="${['XFE', 'ZZZZ', 'AAAAAAA'][Math.floor(rnd() * 3)]}${pick[2]}"` + xml.slice(pick.index! + pick[0].length);
    }
    case 'shuffle-rows': {
      const rows = xml.match(/<row\b[\s\S]*?<\/row>/g);
      if (!rows || rows.length < 2) return xml;
      const i = Math.floor(rnd() * rows.length);
      const j = Math.floor(rnd() * rows.length);
      const first = xml.indexOf(rows[0]);
      const swapped = [...rows];
      [swapped[i], swapped[j]] = [swapped[j], swapped[i]];
      const end = xml.indexOf(rows[rows.length - 1], first) + rows[rows.length - 1].length;
      return xml.slice(0, first) + swapped.join('') + xml.slice(end);
    }
    case 'cut':
      return xml.slice(0, Math.floor(rnd() * xml.length));
    case 'junk-tag': {
      const at = Math.floor(rnd() * xml.length);
      const junk = ['<', '<c', '<row', '</sheetData>', '<v>', '&', '"', '<!--', '<![CDATA[', '<?x', '>'][Math.floor(rnd() * 11)];
      return xml.slice(0, at) + junk + xml.slice(at);
    }
    case 'huge-string-index':
      return xml.replace(/(<c [^>]*t="s"[^>]*><v>)([0-9]+)(<\/v>)/, (_, a: string, _v: string, b: string) => `${a}${[99999999, -1, 1e300][Math.floor(rnd() * 3)]}${b}`);
    case 'entities':
      return xml.replace(/<t([^>]*)>([^<]*)<\/t>/, (_, a: string, t: string) => `<t${a}>&amp;&#65;&#x1F600;&bogus;&#0;${t}</t>`);
    case 'cdata':
      return xml.replace(/<t([^>]*)>([^<]*)<\/t>/, (_, a: string, t: string) => `<t${a}><![CDATA[${t} <b>]]></t>`);
    case 'duplicate-row': {
      const rows = xml.match(/<row\b[\s\S]*?<\/row>/g);
      if (!rows) return xml;
      const row = rows[Math.floor(rnd() * rows.length)];
      return xml.replace(row, row + row);
    }
  }
}
