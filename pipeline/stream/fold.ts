/**
 * The streaming fold: counts answers per column, per attribute value and per
 * answer as records arrive, comparing bytes instead of building strings.
 * Its state is plain data, so worker threads can each fold a byte range and
 * the main thread can merge them (`toTally`) into the same Tally the
 * in-memory path builds.
 */
import type { BytesDecoder as Decoder } from '../decode.js';
import type { Layout } from '../model.js';
import { FOOTER, idKey } from '../tally.js';
import { ByteDict } from './dict.js';
import { fieldText, type Fields } from './scan.js';

/** Distinct raw spellings kept per column before it counts as free text. */
export const RAW_LIMIT = 1024;
/** Free-text answers kept per column, as in the in-memory tally. */
export const TEXT_LIMIT = 2000;

/** What the fold needs of the layout: plain data, so it crosses to workers. */
export interface FoldPlan {
  headerRows: number;
  idColumn: number;
  attributeColumns: number[];
  answerColumns: number[];
}

export function foldPlan(layout: Layout): FoldPlan {
  const of = (kind: string) => layout.columns.filter((c) => c.role.kind === kind).map((c) => c.index);
  return { headerRows: layout.headerRows, idColumn: of('respondent-id')[0] ?? -1, attributeColumns: of('attribute'), answerColumns: of('answer') };
}

export interface DictState {
  keys: Uint8Array[];
  counts: number[];
  overflow: boolean;
}

export interface FoldState {
  /** Records seen, header rows included. */
  records: number;
  respondents: number;
  answers: DictState[];
  attributes: DictState[];
  /** [attribute][answer column][attribute value index] → count per raw answer index. */
  breakdowns: Int32Array[][][];
  /** Per answer column: the first TEXT_LIMIT non-blank answers (trimmed) and the row's attribute values. */
  texts: { text: string; attributes: string[] }[][];
  duplicateRows: number[];
  footerRows: number[];
  /** Respondent ids seen in this range, in order. */
  ids: (string | number)[];
}

export interface FoldOptions {
  /** Decoder of the export's encoding; default UTF-8. */
  decoder?: Decoder;
  /** Ids already counted (earlier exports, earlier ranges); default none. */
  seen?: Set<string | number>;
  /** Record number of this range's first record, minus one; default 0. */
  firstRecord?: number;
  /** Recoding of trimmed answers, as the layout's; default none. */
  recode?: (column: number, value: string) => string;
}

const SPACE = 0x20;
const TAB = 0x09;

function blankBytes(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] !== SPACE && buf[i] !== TAB) return false;
  return true;
}


export class StreamFold {
  readonly state: FoldState;
  private answerDicts: ByteDict[];
  private attributeDicts: ByteDict[];
  private attrIndex: Int32Array;
  private answerIndex: Int32Array;
  private decoder: Decoder;
  private seen: Set<string | number>;
  private record: number;

  constructor(readonly plan: FoldPlan, private options: FoldOptions = {}) {
    this.decoder = options.decoder ?? new TextDecoder('utf-8');
    this.seen = options.seen ?? new Set();
    this.record = options.firstRecord ?? 0;
    this.answerDicts = plan.answerColumns.map(() => new ByteDict(RAW_LIMIT));
    this.attributeDicts = plan.attributeColumns.map(() => new ByteDict(RAW_LIMIT));
    this.attrIndex = new Int32Array(plan.attributeColumns.length);
    this.answerIndex = new Int32Array(plan.answerColumns.length);
    this.state = {
      records: 0,
      respondents: 0,
      answers: [],
      attributes: [],
      breakdowns: plan.attributeColumns.map(() => plan.answerColumns.map(() => [])),
      texts: plan.answerColumns.map(() => []),
      duplicateRows: [],
      footerRows: [],
      ids: [],
    };
  }

  /** Folds one record; header records (by absolute number) are skipped. */
  add(f: Fields): void {
    const row = ++this.record;
    this.state.records++;
    if (row <= this.plan.headerRows) return;
    const { buf, count, starts, ends } = f;
    let any = false;
    for (let k = 0; k < count; k++) {
      if (!blankBytes(buf, starts[k], ends[k])) {
        any = true;
        // A footer ("Averaged results", "Total") starts with a letter where responses start with an id or a date.
        let p = starts[k];
        while (buf[p] === SPACE || buf[p] === TAB) p++;
        const b = buf[p];
        if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) {
          const first = fieldText(f, k, this.decoder).trim();
          if (FOOTER.test(first)) {
            const id = this.plan.idColumn >= 0 ? fieldText(f, this.plan.idColumn, this.decoder).trim() : '';
            if (!id || id === first) {
              this.state.footerRows.push(row);
              return;
            }
          }
        }
        break;
      }
    }
    if (!any) return;
    if (this.plan.idColumn >= 0) {
      const text = fieldText(f, this.plan.idColumn, this.decoder).trim();
      if (text) {
        const key = idKey(text);
        if (this.seen.has(key)) {
          this.state.duplicateRows.push(row);
          return;
        }
        this.seen.add(key);
        this.state.ids.push(key);
      }
    }
    this.state.respondents++;
    const { attributeColumns, answerColumns } = this.plan;
    for (let a = 0; a < attributeColumns.length; a++) {
      const c = attributeColumns[a];
      const d = this.attributeDicts[a];
      const v = c >= count ? d.find(EMPTY, 0, 0) : f.escaped[c] ? findUnescaped(d, buf, starts[c], ends[c]) : d.find(buf, starts[c], ends[c]);
      this.attrIndex[a] = v;
      if (v >= 0) d.counts[v]++;
    }
    let rowAttributes: string[] | undefined;
    for (let j = 0; j < answerColumns.length; j++) {
      const c = answerColumns[j];
      let s = c < count ? starts[c] : 0;
      let e = c < count ? ends[c] : 0;
      let src = c < count ? buf : EMPTY;
      if (c < count && f.escaped[c]) {
        // Doubled quotes count as one, as in the parsed text.
        src = unescapeQuotes(buf, s, e);
        s = 0;
        e = src.length;
      }
      const d = this.answerDicts[j];
      const x = d.find(src, s, e);
      this.answerIndex[j] = x;
      if (x >= 0) d.counts[x]++;
      if (e > s && !blankBytes(src, s, e) && this.state.texts[j].length < TEXT_LIMIT) {
        let text = fieldText(f, c, this.decoder).trim();
        if (this.options.recode) text = this.options.recode(c, text);
        if (text !== '') {
          rowAttributes ??= attributeColumns.map((ac) => fieldText(f, ac, this.decoder).trim());
          this.state.texts[j].push({ text, attributes: rowAttributes });
        }
      }
      if (x < 0) continue;
      for (let a = 0; a < attributeColumns.length; a++) {
        const v = this.attrIndex[a];
        if (v < 0) continue;
        const byValue = this.state.breakdowns[a][j];
        let counts = byValue[v];
        if (!counts || counts.length <= x) {
          const grown = new Int32Array(Math.max(8, x * 2 + 1));
          if (counts) grown.set(counts);
          byValue[v] = counts = grown;
        }
        counts[x]++;
      }
    }
  }

  /** The state, with the dictionaries' bytes and counts. */
  finish(): FoldState {
    const dump = (d: ByteDict): DictState => ({ keys: d.keys, counts: d.counts, overflow: d.overflow });
    this.state.answers = this.answerDicts.map(dump);
    this.state.attributes = this.attributeDicts.map(dump);
    return this.state;
  }
}

const EMPTY = new Uint8Array(0);

function unescapeQuotes(buf: Uint8Array, start: number, end: number): Uint8Array {
  const out = new Uint8Array(end - start);
  let n = 0;
  for (let i = start; i < end; i++) {
    out[n++] = buf[i];
    if (buf[i] === 0x22 && buf[i + 1] === 0x22) i++;
  }
  return out.subarray(0, n);
}

function findUnescaped(d: ByteDict, buf: Uint8Array, start: number, end: number): number {
  const u = unescapeQuotes(buf, start, end);
  return d.find(u, 0, u.length);
}
