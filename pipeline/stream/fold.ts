/**
 * The streaming fold: one pass over raw bytes that finds fields and counts
 * answers in the same loop. Nothing is decoded on the hot path: an answer is
 * looked up in its column's dictionary of byte spellings (ByteDict), and the
 * row's lookups are applied when the row ends, once it is known not to be a
 * duplicate, a footer or blank. Its state is plain data, so worker threads can
 * each fold a byte range and the main thread can merge them (`toTally`) into
 * the same Tally the in-memory path builds.
 */
import type { BytesDecoder } from '../decode.js';
import type { Layout } from '../model.js';
import { FOOTER, idKey } from '../tally.js';
import { ByteDict } from './dict.js';

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
  decoder?: BytesDecoder;
  /** Ids already counted (earlier exports, earlier ranges); default none. */
  seen?: Set<string | number>;
  /** Record number of this range's first record, minus one; default 0. */
  firstRecord?: number;
  /** Recoding of trimmed answers, as the layout's; default none. */
  recode?: (column: number, value: string) => string;
}

/** Thrown when a quoted field never closes; `record` is its 1-based record number. */
export class UnterminatedQuote extends Error {
  constructor(readonly record: number) {
    super(`unterminated quote in record ${record}`);
  }
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const EMPTY = new Uint8Array(0);

/** Column roles for the hot loop. */
const SKIP = 0;
const ANSWER = 1;
const ATTRIBUTE = 2;
const ID = 3;

export class StreamFold {
  readonly state: FoldState;
  private readonly answerDicts: ByteDict[];
  private readonly attributeDicts: ByteDict[];
  private readonly decoder: BytesDecoder;
  private readonly seen: Set<string | number>;
  private record: number;
  private readonly delimiter: number;
  /** Per column position: role, and index into answers or attributes. */
  private readonly role: Uint8Array;
  private readonly slot: Int32Array;
  /** The current row's lookups, applied at its end. */
  private readonly answerIndex: Int32Array;
  private readonly attrIndex: Int32Array;
  /** Field bounds of the current row for what must be decoded at its end (texts, attributes, id, footer). */
  private readonly answerStart: Int32Array;
  private readonly answerEnd: Int32Array;
  private readonly answerEscaped: Uint8Array;
  private readonly attrStart: Int32Array;
  private readonly attrEnd: Int32Array;
  private readonly attrEscaped: Uint8Array;
  private carry: Uint8Array | undefined;
  private consumedBytes = 0;

  constructor(readonly plan: FoldPlan, delimiter: string, private readonly options: FoldOptions = {}) {
    this.delimiter = delimiter.charCodeAt(0);
    this.decoder = options.decoder ?? new TextDecoder('utf-8');
    this.seen = options.seen ?? new Set();
    this.record = options.firstRecord ?? 0;
    const width = Math.max(0, ...plan.answerColumns, ...plan.attributeColumns, plan.idColumn) + 1;
    this.role = new Uint8Array(width);
    this.slot = new Int32Array(width);
    plan.answerColumns.forEach((c, j) => ((this.role[c] = ANSWER), (this.slot[c] = j)));
    plan.attributeColumns.forEach((c, a) => ((this.role[c] = ATTRIBUTE), (this.slot[c] = a)));
    if (plan.idColumn >= 0) this.role[plan.idColumn] = ID;
    const nj = plan.answerColumns.length;
    const na = plan.attributeColumns.length;
    this.answerDicts = plan.answerColumns.map(() => new ByteDict(RAW_LIMIT));
    this.attributeDicts = plan.attributeColumns.map(() => new ByteDict(RAW_LIMIT));
    this.answerIndex = new Int32Array(nj);
    this.attrIndex = new Int32Array(na);
    this.answerStart = new Int32Array(nj);
    this.answerEnd = new Int32Array(nj);
    this.answerEscaped = new Uint8Array(nj);
    this.attrStart = new Int32Array(na);
    this.attrEnd = new Int32Array(na);
    this.attrEscaped = new Uint8Array(na);
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

  /** Feeds the next chunk; a record cut by the chunk's end is carried to the next one. */
  push(chunk: Uint8Array): void {
    const buf = this.carry ? concat(this.carry, chunk) : chunk;
    const used = this.scan(buf, false);
    this.consumedBytes += used;
    this.carry = used < buf.length ? buf.slice(used) : undefined;
  }

  /** Flushes the last record; throws UnterminatedQuote if a quote is still open. */
  end(): void {
    if (this.carry && this.carry.length) this.consumedBytes += this.scan(this.carry, true);
    this.carry = undefined;
  }

  /** Bytes of complete records folded so far. */
  consumed(): number {
    return this.consumedBytes;
  }

  /** Bytes of an unfinished record held back. */
  pending(): Uint8Array | undefined {
    return this.carry;
  }

  /** The state, with the dictionaries' bytes and counts. */
  finish(): FoldState {
    const dump = (d: ByteDict): DictState => ({ keys: d.keys, counts: d.counts, overflow: d.overflow });
    this.state.answers = this.answerDicts.map(dump);
    this.state.attributes = this.attributeDicts.map(dump);
    return this.state;
  }

  /** Scans whole records of `buf`; returns where the first unfinished one starts (or buf.length). */
  private scan(buf: Uint8Array, final: boolean): number {
    const n = buf.length;
    const delimiter = this.delimiter;
    const role = this.role;
    const width = role.length;
    const slot = this.slot;
    let i = 0;
    while (i < n) {
      const rowStart = i;
      let column = 0;
      let anyByte = false;
      let firstStart = -1;
      let firstEnd = -1;
      let firstEscaped = 0;
      let idStart = -1;
      let idEnd = -1;
      let idEscaped = 0;
      let rowEnded = false;
      this.resetRow();
      // One record: fields until a line break or the buffer's end.
      for (;;) {
        let start: number;
        let end: number;
        let escaped = 0;
        if (i < n && buf[i] === QUOTE) {
          let j = i + 1;
          for (;;) {
            while (j < n && buf[j] !== QUOTE) j++;
            if (j >= n) {
              if (!final) return rowStart;
              throw new UnterminatedQuote(this.record + 1);
            }
            if (j + 1 < n && buf[j + 1] === QUOTE) {
              escaped = 1;
              j += 2;
              continue;
            }
            if (j + 1 >= n && !final) return rowStart; // cannot tell "" from " yet
            break;
          }
          start = i + 1;
          end = j;
          i = j + 1;
          // Anything between the closing quote and the delimiter is dropped (lenient, like papaparse).
          while (i < n) {
            const b = buf[i];
            if (b === delimiter || b === LF || b === CR) break;
            i++;
          }
        } else {
          start = i;
          while (i < n) {
            const b = buf[i];
            if (b === delimiter || b === LF || b === CR) break;
            i++;
          }
          end = i;
          if (i >= n && !final) return rowStart;
        }
        // The field [start, end) of `column`.
        if (!anyByte && end > start) {
          for (let p = start; p < end; p++) {
            const b = buf[p];
            if (b !== SPACE && b !== TAB) {
              anyByte = true;
              firstStart = start;
              firstEnd = end;
              firstEscaped = escaped;
              break;
            }
          }
        }
        if (column < width) {
          const r = role[column];
          if (r === ANSWER) {
            const j = slot[column];
            this.answerIndex[j] = escaped ? findUnescaped(this.answerDicts[j], buf, start, end) : this.answerDicts[j].find(buf, start, end);
            this.answerStart[j] = start;
            this.answerEnd[j] = end;
            this.answerEscaped[j] = escaped;
          } else if (r === ATTRIBUTE) {
            const a = slot[column];
            this.attrIndex[a] = escaped ? findUnescaped(this.attributeDicts[a], buf, start, end) : this.attributeDicts[a].find(buf, start, end);
            this.attrStart[a] = start;
            this.attrEnd[a] = end;
            this.attrEscaped[a] = escaped;
          } else if (r === ID) {
            idStart = start;
            idEnd = end;
            idEscaped = escaped;
          }
        }
        column++;
        if (i >= n) {
          // The buffer's end (final): the last record has no line break.
          if (rowStart < n) rowEnded = true;
          break;
        }
        const b = buf[i];
        if (b === delimiter) {
          i++;
          if (i === n) {
            if (!final) return rowStart;
            column++; // a trailing delimiter: one more, empty field
            rowEnded = true;
            break;
          }
          continue;
        }
        // A line break: CRLF, LF or a lone CR.
        if (b === CR) {
          if (i + 1 >= n && !final) return rowStart;
          i += i + 1 < n && buf[i + 1] === LF ? 2 : 1;
        } else i++;
        rowEnded = true;
        break;
      }
      if (!rowEnded) break;
      this.endRow(buf, column, anyByte, firstStart, firstEnd, firstEscaped, idStart, idEnd, idEscaped);
    }
    return n;
  }

  /** Columns the row did not reach are empty. */
  private resetRow(): void {
    this.answerIndex.fill(-2);
    this.attrIndex.fill(-2);
  }

  private text(buf: Uint8Array, start: number, end: number, escaped: number): string {
    let t = this.decoder.decode(buf.subarray(start, end));
    if (escaped) t = t.replace(/""/g, '"');
    // As parse.ts does: line breaks inside fields become LF.
    return t.includes('\r') ? t.replace(/\r\n?/g, '\n') : t;
  }

  private endRow(buf: Uint8Array, columns: number, any: boolean, firstStart: number, firstEnd: number, firstEscaped: number, idStart: number, idEnd: number, idEscaped: number): void {
    const row = ++this.record;
    this.state.records++;
    if (row <= this.plan.headerRows || !any) return;
    // A footer ("Averaged results", "Total") starts with a letter where responses start with an id or a date.
    let p = firstStart;
    while (buf[p] === SPACE || buf[p] === TAB) p++;
    const b = buf[p];
    let id = '';
    if (idStart >= 0) id = this.text(buf, idStart, idEnd, idEscaped).trim();
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) {
      const first = this.text(buf, firstStart, firstEnd, firstEscaped).trim();
      if (FOOTER.test(first) && (!id || id === first)) {
        this.state.footerRows.push(row);
        return;
      }
    }
    if (id) {
      const key = idKey(id);
      if (this.seen.has(key)) {
        this.state.duplicateRows.push(row);
        return;
      }
      this.seen.add(key);
      this.state.ids.push(key);
    }
    this.state.respondents++;
    const na = this.attrIndex.length;
    for (let a = 0; a < na; a++) {
      if (this.attrIndex[a] === -2) this.attrIndex[a] = this.attributeDicts[a].find(EMPTY, 0, 0);
      const v = this.attrIndex[a];
      if (v >= 0) this.attributeDicts[a].counts[v]++;
    }
    let rowAttributes: string[] | undefined;
    const nj = this.answerIndex.length;
    for (let j = 0; j < nj; j++) {
      let x = this.answerIndex[j];
      if (x === -2) {
        x = this.answerDicts[j].find(EMPTY, 0, 0);
        this.answerStart[j] = this.answerEnd[j] = 0;
      }
      const d = this.answerDicts[j];
      if (x >= 0) d.counts[x]++;
      const texts = this.state.texts[j];
      if (texts.length < TEXT_LIMIT && this.answerEnd[j] > this.answerStart[j]) {
        let text = this.text(buf, this.answerStart[j], this.answerEnd[j], this.answerEscaped[j]).trim();
        if (this.options.recode) text = this.options.recode(this.plan.answerColumns[j], text);
        if (text !== '') {
          rowAttributes ??= this.plan.attributeColumns.map((_, a) => (this.attrIndex[a] === -2 || this.attrEnd[a] <= this.attrStart[a] ? '' : this.text(buf, this.attrStart[a], this.attrEnd[a], this.attrEscaped[a]).trim()));
          texts.push({ text, attributes: rowAttributes });
        }
      }
      if (x < 0) continue;
      for (let a = 0; a < na; a++) {
        const v = this.attrIndex[a];
        if (v < 0) continue;
        const byValue = this.state.breakdowns[a][j];
        let counts = byValue[v];
        if (counts === undefined || counts.length <= x) {
          const grown = new Int32Array(Math.max(8, x * 2 + 1));
          if (counts) grown.set(counts);
          byValue[v] = counts = grown;
        }
        counts[x]++;
      }
    }
    void columns;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function unescapeQuotes(buf: Uint8Array, start: number, end: number): Uint8Array {
  const out = new Uint8Array(end - start);
  let n = 0;
  for (let i = start; i < end; i++) {
    out[n++] = buf[i];
    if (buf[i] === QUOTE && buf[i + 1] === QUOTE) i++;
  }
  return out.subarray(0, n);
}

function findUnescaped(d: ByteDict, buf: Uint8Array, start: number, end: number): number {
  const u = unescapeQuotes(buf, start, end);
  return d.find(u, 0, u.length);
}
