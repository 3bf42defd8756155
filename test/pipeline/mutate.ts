/**
 * Mutations of an export's bytes for the fuzz suite: the damage that real
 * files suffer (truncation, flipped bytes, a re-save with another delimiter,
 * rows and columns duplicated or deleted by hand, stray quotes, line breaks,
 * BOMs and NULs) and the changes that must not matter (CRLF ↔ LF, a BOM,
 * trailing empty columns). Records and fields are found quote-aware on the
 * bytes read as Latin-1 (one character per byte), so joining them back gives
 * the same bytes.
 */
import fc from 'fast-check';

export interface Mutated {
  bytes: Buffer;
  /** True when only changes that must not alter the figures were made. */
  ignorable: boolean;
  /** What was done, for the failure report. */
  steps: string[];
}

interface Record {
  fields: string[];
  /** `\r\n`, `\n`, `\r`, or '' for the last record without a line break. */
  end: string;
}

/** Records of a delimited text (Latin-1), quote-aware; joining them back with `join` gives the text. */
export function splitRecords(text: string, delimiter: string): Record[] {
  const records: Record[] = [];
  let fields: string[] = [];
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (text[i] === '"' && i === start) {
      // A quoted field: up to the closing quote ("" is a quote inside).
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          i = n;
          break;
        }
        if (text[q + 1] === '"') {
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      continue;
    }
    const c = text[i];
    if (c === delimiter) {
      fields.push(text.slice(start, i));
      start = ++i;
    } else if (c === '\n' || c === '\r') {
      fields.push(text.slice(start, i));
      const end = c === '\r' && text[i + 1] === '\n' ? '\r\n' : c;
      records.push({ fields, end });
      fields = [];
      i += end.length;
      start = i;
    } else i++;
  }
  if (start < n || fields.length) {
    fields.push(text.slice(start));
    records.push({ fields, end: '' });
  }
  return records;
}

export function joinRecords(records: Record[], delimiter: string): string {
  return records.map((r) => r.fields.join(delimiter) + r.end).join('');
}

/** The first `count` records of an export, ending with a line break. */
export function firstRecords(bytes: Buffer, delimiter: string, count: number): Buffer {
  const records = splitRecords(bytes.toString('latin1'), delimiter).slice(0, count);
  const last = records[records.length - 1];
  if (last && last.end === '') last.end = '\r\n';
  return Buffer.from(joinRecords(records, delimiter), 'latin1');
}

type Step = (bytes: Buffer, delimiter: string) => { bytes: Buffer; ignorable: boolean; step: string };

const latin1 = (b: Buffer) => b.toString('latin1');
const back = (s: string) => Buffer.from(s, 'latin1');
const insert = (b: Buffer, at: number, what: Buffer) => Buffer.concat([b.subarray(0, at), what, b.subarray(at)]);
/** A position in [0, length]: `fraction` of the way. */
const at = (b: Buffer, fraction: number) => Math.min(b.length, Math.floor(fraction * (b.length + 1)));

/** Changes that must leave the figures as they were. */
export const ignorableStep: fc.Arbitrary<Step> = fc.oneof(
  fc.constant<Step>((b) => ({ bytes: back(latin1(b).replace(/\r\n/g, '\n')), ignorable: true, step: 'CRLF → LF' })),
  fc.constant<Step>((b) => ({ bytes: back(latin1(b).replace(/\r?\n/g, '\r\n')), ignorable: true, step: 'LF → CRLF' })),
  fc.constant<Step>((b) => ({ bytes: b[0] === 0xef && b[1] === 0xbb ? b : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]), ignorable: true, step: 'BOM added' })),
  fc.integer({ min: 1, max: 3 }).map<Step>((k) => (b, d) => {
    const records = splitRecords(latin1(b), d);
    for (const r of records) if (r.fields.length > 1) r.fields.push(...Array<string>(k).fill(''));
    return { bytes: back(joinRecords(records, d)), ignorable: true, step: `${k} trailing empty column(s)` };
  }),
);

/** Damage: anything may come of it, but only a clean result or a clean error. */
export const damagingStep: fc.Arbitrary<Step> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map<Step>((f) => (b) => ({ bytes: b.subarray(0, at(b, f)), ignorable: false, step: `truncated at ${f.toFixed(3)}` })),
  fc.array(fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map<Step>((flips) => (b) => {
    const out = Buffer.from(b);
    for (const [f, x] of flips) if (out.length) out[Math.floor(f * out.length)] ^= x;
    return { bytes: out, ignorable: false, step: `${flips.length} byte(s) flipped` };
  }),
  fc.constantFrom(',', ';', '\t', '|').map<Step>((to) => (b, d) => ({ bytes: back(latin1(b).split(d).join(to)), ignorable: false, step: `delimiter ${JSON.stringify(d)} → ${JSON.stringify(to)}` })),
  fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.boolean()).map<Step>(([f, duplicate]) => (b, d) => {
    const records = splitRecords(latin1(b), d);
    const k = Math.floor(f * records.length);
    if (records.length === 0) return { bytes: b, ignorable: false, step: 'no row to change' };
    if (duplicate) records.splice(k, 0, { ...records[k], fields: [...records[k].fields], end: records[k].end || '\r\n' });
    else records.splice(k, 1);
    return { bytes: back(joinRecords(records, d)), ignorable: false, step: `row ${k + 1} ${duplicate ? 'duplicated' : 'deleted'}` };
  }),
  fc.tuple(fc.integer({ min: 0, max: 60 }), fc.boolean(), fc.boolean()).map<Step>(([c, duplicate, headerToo]) => (b, d) => {
    const records = splitRecords(latin1(b), d);
    records.forEach((r, k) => {
      if (k === 0 && !headerToo) return;
      if (c >= r.fields.length) return;
      if (duplicate) r.fields.splice(c, 0, r.fields[c]);
      else r.fields.splice(c, 1);
    });
    return { bytes: back(joinRecords(records, d)), ignorable: false, step: `column ${c + 1} ${duplicate ? 'duplicated' : 'deleted'}${headerToo ? '' : ' (not in the header)'}` };
  }),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('"', '""', '\n', '\r', '\r\n', '\ufeff', '\0', '"\n"')).map<Step>(([f, what]) => (b) => ({
    bytes: insert(b, at(b, f), Buffer.from(what, 'utf8')),
    ignorable: false,
    step: `${JSON.stringify(what)} inserted at ${f.toFixed(3)}`,
  })),
);

/** One to three steps: ignorable ones only, or at least one damaging one. */
export const mutation: fc.Arbitrary<{ steps: Step[]; ignorable: boolean }> = fc.oneof(
  { weight: 1, arbitrary: fc.array(ignorableStep, { minLength: 1, maxLength: 3 }).map((steps) => ({ steps, ignorable: true })) },
  {
    weight: 3,
    arbitrary: fc.tuple(damagingStep, fc.array(fc.oneof(ignorableStep, damagingStep), { maxLength: 2 })).map(([first, rest]) => ({ steps: [first, ...rest], ignorable: false })),
  },
);

/** Applies a mutation's steps in order. */
export function applyMutation(bytes: Buffer, delimiter: string, m: { steps: Step[] }): Mutated {
  let out = bytes;
  let ignorable = true;
  const steps: string[] = [];
  for (const step of m.steps) {
    const r = step(out, delimiter);
    out = r.bytes;
    ignorable &&= r.ignorable;
    steps.push(r.step);
  }
  return { bytes: out, ignorable, steps };
}
