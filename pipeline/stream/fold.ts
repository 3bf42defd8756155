/**
 * The streaming fold: one pass over raw bytes that finds fields and counts
 * answers in the same loop. Nothing is decoded on the hot path: an answer is
 * looked up in its column's dictionary of byte spellings (ByteDict), and the
 * row's lookups are applied when the row ends, once it is known not to be a
 * duplicate, a footer or blank. Its state is plain data, so worker threads can
 * each fold a byte range and the main thread can merge them (`toTally`) into
 * the same Tally the in-memory path builds.
 */
import { judgeLastRecord, readLastRecord, type CutCheck, type CutReason } from '../cut.js';
import type { BytesDecoder } from '../decode.js';
import { IdSet } from '../ids.js';
import type { Layout } from '../model.js';
import { FOOTER, idKey, MAX_SPELLINGS, SHORT_LISTED } from '../tally.js';
import { grown } from '../grown.js';
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
  /** Fields in the header: a record with a non-blank field past them is recorded in `wideRows`; Infinity: no check. */
  fields: number;
  /** The check of the input's last record (cut.ts); none when omitted. */
  cut?: CutCheck;
}

/** `fields`: the header's field count (see headerFields); default Infinity, no check. */
export function foldPlan(layout: Layout, fields = Infinity): FoldPlan {
  const of = (kind: string) => layout.columns.filter((c) => c.role.kind === kind).map((c) => c.index);
  return { headerRows: layout.headerRows, idColumn: of('respondent-id')[0] ?? -1, attributeColumns: of('attribute'), answerColumns: of('answer'), fields };
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
  /** Per answer column: its first TEXT_LIMIT answers that are not blank, by reference (see TextRefs). */
  texts: TextRefs[];
  /** The attribute values of the rows those answers came from: one reference per attribute per kept row. */
  textRows: TextRefs;
  /** Per answer column: answers that are not blank (needed once a free-text column stops counting spellings). */
  nonBlank: number[];
  duplicateRows: number[];
  footerRows: number[];
  /** Row numbers of records with a non-blank field past the header's fields, and their field counts. */
  wideRows: number[];
  wideFields: number[];
  /** The first SHORT_LISTED row numbers of records with fewer fields than the header, and how many there were. */
  shortRows: number[];
  shortCount: number;
  /** The row number of the last record when it was left out as cut off (see cut.ts), else 0; and why. */
  cutRow: number;
  cutReason?: CutReason;
  /** With `collectIds`: the numeric respondent ids counted in this range (a prefix of the array holds them). */
  numericIds: Float64Array;
  /** How many of `numericIds` are filled. */
  numericCount: number;
  /** With `collectIds`: the text respondent ids counted in this range. */
  textIds: string[];
}

/**
 * Kept answers or attribute values, by reference, so that keeping the first
 * answers of forty rating columns costs no strings: `refs[k] >= 0` is the
 * index of the spelling in the column's dictionary; `-1 - i` is `strings[i]`
 * (decoded already: the column was past its spelling limit).
 */
export interface TextRefs {
  refs: Int32Array;
  count: number;
  strings: string[];
  /** For answers: the index of each one's row in `textRows` (attribute references, `na` per row). */
  rows: Int32Array;
}

export interface FoldOptions {
  /** Decoder of the export's encoding; default UTF-8. */
  decoder?: BytesDecoder;
  /** Ids already counted (earlier exports, earlier ranges); default none. */
  seen?: IdSet;
  /** Record number of this range's first record, minus one; default 0. */
  firstRecord?: number;
  /** Recoding of trimmed answers, as the layout's; default none. */
  recode?: (column: number, value: string) => string;
  /** Keep the ids counted in `state.numericIds` and `state.textIds` (a worker reports them, to check for respondents in both halves); default false. */
  collectIds?: boolean;
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

/**
 * Breakdown counts of the common case live in one flat table per attribute,
 * [value][answer column][spelling], so a row's increments fall close together:
 * spellings below LEVEL_CAP, attribute values below a cap that keeps the table
 * within TABLE_CELLS (with at least one value: past 4,096 answer columns the
 * table is larger). Anything past the caps goes to nested arrays.
 */
const LEVEL_CAP = 16;
const TABLE_CELLS = 1 << 16;

/**
 * Most rows fall in one cell of a small cross of their attribute values
 * (role × gender: a few dozen cells). Counted once per answer in a table per
 * cell, [cell][answer column][spelling], a row costs one increment per answer
 * instead of one per answer and attribute, plus one for the answer's own
 * count; `finish` adds the cells up into both. Each attribute's values below
 * its cap (at most CELL_VALUES) take part, while the table fits CELL_TABLE;
 * other rows are counted as before.
 */
const CELL_VALUES = 16;
const CELL_TABLE = 1 << 18;

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
  private readonly seen: IdSet;
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
  /** Fields past this many are checked for text (at least the role table's width); the current record had some. */
  private readonly fieldLimit: number;
  private wideRow = false;
  private consumedBytes = 0;
  /** Reused buffer for a carried record followed by the next chunk. */
  private work = new Uint8Array(0);
  /** Per attribute, the flat breakdown table; see LEVEL_CAP. */
  private readonly flat: Int32Array[];
  /** Attribute values below this are counted in the flat tables. */
  private readonly valueCap: number;
  /** [attribute][answer column][value] → counts per spelling, for what the flat tables cannot hold. */
  private readonly rare: Int32Array[][][];
  /** The cross of attribute values (see CELL_VALUES): per attribute, its values' cap and its stride in the cell number. */
  private readonly cellCap: Int32Array;
  private readonly cellStride: Int32Array;
  /** [cell][answer column][spelling] counts; empty when the cross is off. */
  private readonly cells: Int32Array;

  constructor(readonly plan: FoldPlan, delimiter: string, private readonly options: FoldOptions = {}) {
    this.delimiter = delimiter.charCodeAt(0);
    this.decoder = options.decoder ?? new TextDecoder('utf-8');
    this.seen = options.seen ?? new IdSet();
    this.record = options.firstRecord ?? 0;
    const width = Math.max(0, ...plan.answerColumns, ...plan.attributeColumns, plan.idColumn) + 1;
    this.fieldLimit = Math.max(width, plan.fields ?? Infinity);
    this.role = new Uint8Array(width);
    this.slot = new Int32Array(width);
    plan.answerColumns.forEach((c, j) => ((this.role[c] = ANSWER), (this.slot[c] = j)));
    plan.attributeColumns.forEach((c, a) => ((this.role[c] = ATTRIBUTE), (this.slot[c] = a)));
    if (plan.idColumn >= 0) this.role[plan.idColumn] = ID;
    const nj = plan.answerColumns.length;
    const na = plan.attributeColumns.length;
    this.answerDicts = plan.answerColumns.map(() => new ByteDict(RAW_LIMIT, this.delimiter));
    // Twice the tally's limit: the spellings of header, footer and duplicate rows (met before the row is known
    // to be skipped) must not decide it; merge.ts applies MAX_SPELLINGS to the respondents' spellings.
    this.attributeDicts = plan.attributeColumns.map(() => new ByteDict(2 * MAX_SPELLINGS));
    this.answerIndex = new Int32Array(nj);
    this.attrIndex = new Int32Array(na);
    this.answerStart = new Int32Array(nj);
    this.answerEnd = new Int32Array(nj);
    this.answerEscaped = new Uint8Array(nj);
    this.attrStart = new Int32Array(na);
    this.attrEnd = new Int32Array(na);
    this.attrEscaped = new Uint8Array(na);
    this.valueCap = nj === 0 ? 0 : Math.max(1, Math.min(64, Math.floor(TABLE_CELLS / (nj * LEVEL_CAP))));
    this.flat = plan.attributeColumns.map(() => new Int32Array(this.valueCap * nj * LEVEL_CAP));
    this.rare = plan.attributeColumns.map(() => plan.answerColumns.map(() => []));
    this.cellCap = new Int32Array(na).fill(Math.min(CELL_VALUES, this.valueCap));
    const cellCount = () => this.cellCap.reduce((a, b) => a * b, 1);
    // Halve the largest cap until the table fits; with too many attributes for that, no cross.
    while (cellCount() * nj * LEVEL_CAP > CELL_TABLE && Math.max(...this.cellCap) > 2) this.cellCap[this.cellCap.indexOf(Math.max(...this.cellCap))] >>= 1;
    const crossed = nj > 0 && cellCount() * nj * LEVEL_CAP <= CELL_TABLE;
    this.cellStride = new Int32Array(na);
    for (let a = 0, stride = 1; a < na; stride *= this.cellCap[a++]) this.cellStride[a] = stride;
    this.cells = new Int32Array(crossed ? cellCount() * nj * LEVEL_CAP : 0);
    this.keyBlank = plan.answerColumns.map(() => new Int8Array(RAW_LIMIT).fill(-1));
    this.state = {
      records: 0,
      respondents: 0,
      answers: [],
      attributes: [],
      breakdowns: plan.attributeColumns.map(() => plan.answerColumns.map(() => [])),
      texts: plan.answerColumns.map(() => ({ refs: new Int32Array(TEXT_LIMIT), count: 0, strings: [], rows: new Int32Array(TEXT_LIMIT) })),
      textRows: { refs: new Int32Array(0), count: 0, strings: [], rows: new Int32Array(0) },
      nonBlank: plan.answerColumns.map(() => 0),
      duplicateRows: [],
      footerRows: [],
      wideRows: [],
      wideFields: [],
      shortRows: [],
      shortCount: 0,
      cutRow: 0,
      numericIds: new Float64Array(options.collectIds ? 1024 : 0),
      numericCount: 0,
      textIds: [],
    };
  }

  /** Feeds the next chunk; a record cut by the chunk's end is carried to the next one. */
  push(chunk: Uint8Array): void {
    // A plain Uint8Array view: element loads stay monomorphic (a Node Buffer is a subclass).
    let buf = Object.getPrototypeOf(chunk) === Uint8Array.prototype ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.carry) {
      const need = this.carry.length + chunk.length;
      if (this.work.length < need) this.work = new Uint8Array(Math.ceil(need * 1.25));
      this.work.set(this.carry, 0);
      this.work.set(chunk, this.carry.length);
      buf = this.work.subarray(0, need);
    }
    const used = this.scan(buf, false);
    this.consumedBytes += used;
    // A copy: both the chunk and the work buffer are reused.
    this.carry = used < buf.length ? Uint8Array.prototype.slice.call(buf, used) : undefined;
  }

  /** Flushes the last record; throws UnterminatedQuote if a quote is still open. */
  end(): void {
    if (this.carry && this.carry.length && !this.cutLast(this.carry)) this.consumedBytes += this.scan(this.carry, true);
    this.carry = undefined;
  }

  /**
   * Judges the record the input ends with, held back for want of a line break
   * (see cut.ts); true when it is left out: cut off, or blank. A quote that swallows
   * rows is left to `scan`, which throws UnterminatedQuote.
   */
  private cutLast(record: Uint8Array): boolean {
    if (!this.plan.cut) return false;
    const last = readLastRecord(this.decoder.decode(record), String.fromCharCode(this.delimiter));
    // Blank as trim() sees it (U+FEFF and U+00A0 too, unlike blankBytes): parse.ts drops such a last row, so here too.
    if (!last) return true;
    const verdict = judgeLastRecord(last, this.plan.cut);
    if (verdict === undefined || verdict === 'unclosed') return false;
    this.state.records++;
    this.state.cutRow = ++this.record;
    this.state.cutReason = verdict;
    return true;
  }

  /** Bytes of complete records folded so far. */
  consumed(): number {
    return this.consumedBytes;
  }

  /** Bytes of an unfinished record held back. */
  pending(): Uint8Array | undefined {
    return this.carry;
  }

  /** The state, with the dictionaries' bytes and counts (callable again after more chunks). */
  finish(): FoldState {
    const dump = (d: ByteDict): DictState => ({ keys: d.keys, counts: d.counts, overflow: d.overflow });
    const { counts, flat } = this.uncross();
    this.state.answers = this.answerDicts.map((d, j) => ({ ...dump(d), counts: counts[j] }));
    this.state.attributes = this.attributeDicts.map(dump);
    this.state.breakdowns = this.breakdowns(flat);
    return this.state;
  }

  /** The answers' counts and the flat tables with the cells added in (copies: the fold may go on). */
  private uncross(): { counts: number[][]; flat: Int32Array[] } {
    const counts = this.answerDicts.map((d) => d.counts.slice());
    const flat = this.flat.map((f) => f.slice());
    const nj = this.answerIndex.length;
    const cellCount = this.cells.length / (nj * LEVEL_CAP);
    for (let c = 0; c < cellCount; c++) {
      for (let j = 0; j < nj; j++) {
        const base = (c * nj + j) * LEVEL_CAP;
        for (let x = 0; x < LEVEL_CAP; x++) {
          const n = this.cells[base + x];
          if (n === 0) continue;
          counts[j][x] += n;
          for (let a = 0; a < flat.length; a++) {
            const v = Math.floor(c / this.cellStride[a]) % this.cellCap[a];
            flat[a][(v * nj + j) * LEVEL_CAP + x] += n;
          }
        }
      }
    }
    return { counts, flat };
  }

  /** Keeps an id for the caller (numbers in a typed array: no garbage per id). */
  private collect(id: string | number): void {
    const state = this.state;
    if (typeof id === 'string') {
      state.textIds.push(id);
      return;
    }
    if (state.numericCount === state.numericIds.length) state.numericIds = grown(state.numericIds, 2 * state.numericIds.length);
    state.numericIds[state.numericCount++] = id;
  }

  /** Counts answer spelling x of column j, and in the breakdown by each attribute, for a row outside the cross. */
  private countAnswer(j: number, x: number): void {
    this.answerDicts[j].counts[x]++;
    const nj = this.answerIndex.length;
    for (let a = 0; a < this.attrIndex.length; a++) {
      const v = this.attrIndex[a];
      if (v < 0) continue;
      if (v < this.valueCap && x < LEVEL_CAP) this.flat[a][(v * nj + j) * LEVEL_CAP + x]++;
      else this.countRare(a, j, v, x);
    }
  }

  /** A breakdown count outside the flat table: an attribute value or answer spelling past its caps. */
  private countRare(a: number, j: number, v: number, x: number): void {
    const byValue = this.rare[a][j];
    if (byValue[v] === undefined || byValue[v].length <= x) byValue[v] = grow(byValue[v], x * 2 + 1);
    byValue[v][x]++;
  }

  /** The flat tables and the rare counts together, as [attribute][answer column][value] → counts per spelling. */
  private breakdowns(flatTables: Int32Array[]): Int32Array[][][] {
    const nj = this.answerIndex.length;
    return this.rare.map((byColumn, a) =>
      byColumn.map((byValue, j) => {
        const out: Int32Array[] = byValue.map((counts) => counts.slice());
        const flat = flatTables[a];
        for (let v = 0; v < this.valueCap; v++) {
          const base = (v * nj + j) * LEVEL_CAP;
          let last = -1;
          for (let x = 0; x < LEVEL_CAP; x++) if (flat[base + x]) last = x;
          if (last < 0) continue;
          if (out[v] === undefined || out[v].length <= last) out[v] = grow(out[v], last + 1);
          const counts = out[v];
          for (let x = 0; x <= last; x++) counts[x] += flat[base + x];
        }
        return out;
      }),
    );
  }

  /** Scans whole records of `buf`; returns where the first unfinished one starts (or buf.length). */
  private scan(buf: Uint8Array, final: boolean): number {
    const n = buf.length;
    const delimiter = this.delimiter;
    const role = this.role;
    const width = role.length;
    const slot = this.slot;
    const answerDicts = this.answerDicts;
    const answerIndex = this.answerIndex;
    const answerStart = this.answerStart;
    const answerEnd = this.answerEnd;
    const answerEscaped = this.answerEscaped;
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
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
      /** A quote in a quoted field that did not close it (see above). */
      let rowInvalid = false;
      this.wideRow = false;
      this.resetRow();
      // One record: fields until a line break or the buffer's end.
      for (;;) {
        let start: number;
        let end: number;
        let escaped = 0;
        // A rating column's field is most often one of its spellings: found at its start, it needs no scan.
        const dict = column < width && role[column] === ANSWER ? answerDicts[slot[column]] : undefined;
        const known = dict !== undefined && i < n ? dict.prefix(buf, view, i) : -1;
        if (known >= 0) {
          start = i;
          end = i += dict!.lengths[known];
        } else if (i < n && buf[i] === QUOTE) {
          let j = i + 1;
          let after: number;
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
            if (j + 1 >= n) {
              if (!final) return rowStart; // cannot tell "" from " yet
              after = n;
              break;
            }
            // As papaparse reads it: a quote closes the field only before the delimiter or a line break (white
            // space between them is dropped); any other quote is a character of the field, and the search goes on.
            let k = j + 1;
            for (let w; k < n && buf[k] !== delimiter && (w = whiteSpaceAt(buf, k)) > 0; ) k += w;
            if (k >= n) {
              if (!final) return rowStart;
              throw new UnterminatedQuote(this.record + 1);
            }
            if (buf[k] === delimiter || buf[k] === LF || buf[k] === CR) {
              after = k;
              break;
            }
            if (!final && k + 2 >= n && (buf[k] === 0xc2 || buf[k] === 0xef)) return rowStart; // a white space character may straddle the chunks
            rowInvalid = true;
            escaped = 1; // the stray quote stays; doubled ones are still unescaped
            j++;
          }
          start = i + 1;
          end = j;
          i = after;
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
        // The first field that is not blank (as trim() sees it in addRow's blank-row test).
        if (!anyByte && end > start && (known >= 0 ? dict!.blank[known] === 0 : !blankBytes(buf, start, end))) {
          anyByte = true;
          firstStart = start;
          firstEnd = end;
          firstEscaped = escaped;
        }
        if (column < width) {
          const r = role[column];
          if (r === ANSWER) {
            const j = slot[column];
            answerIndex[j] = known >= 0 ? known : escaped ? findUnescaped(answerDicts[j], buf, start, end) : answerDicts[j].find(buf, start, end);
            answerStart[j] = start;
            answerEnd[j] = end;
            answerEscaped[j] = escaped;
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
        } else if (column >= this.fieldLimit && end > start && !this.wideRow) {
          this.wideRow = !blankBytes(buf, start, end);
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
      // Stray quotes that ran records together (the record holds a line break): papaparse's pairing, which
      // parse.ts reports as a quote never closed; so here too.
      if (rowInvalid && lineBreakBefore(buf, rowStart, i)) throw new UnterminatedQuote(this.record + 1);
      this.endRow(buf, column, anyByte, firstStart, firstEnd, firstEscaped, idStart, idEnd, idEscaped);
    }
    return n;
  }

  /** Columns the row did not reach are empty. */
  private resetRow(): void {
    this.answerIndex.fill(-2);
    this.attrIndex.fill(-2);
  }

  /** True while some column has fewer than TEXT_LIMIT texts. */
  private textsOpen = true;
  /** Per answer column, per spelling: 1 when it is blank once trimmed and recoded, 0 when not, -1 not known yet. */
  private readonly keyBlank: Int8Array[];

  private keepTexts(buf: Uint8Array): void {
    let row = -1;
    let open = false;
    const nj = this.answerIndex.length;
    for (let j = 0; j < nj; j++) {
      const kept = this.state.texts[j];
      if (kept.count >= TEXT_LIMIT) continue;
      open = true;
      const x = this.answerIndex[j];
      let ref: number;
      if (x >= 0) {
        const blank = this.keyBlank[j];
        if (blank[x] < 0) {
          const key = this.answerDicts[j].keys[x];
          blank[x] = this.answerText(j, key, 0, key.length, 0) === '' ? 1 : 0;
        }
        if (blank[x] === 1) continue;
        ref = x;
      } else {
        const text = this.answerText(j, buf, this.answerStart[j], this.answerEnd[j], this.answerEscaped[j]);
        if (text === '') continue;
        ref = -1 - kept.strings.push(text) + 1;
      }
      if (row < 0) row = this.keepRow(buf);
      kept.refs[kept.count] = ref;
      kept.rows[kept.count++] = row;
    }
    this.textsOpen = open;
  }

  /** A trimmed, recoded answer, as addRow sees it. */
  private answerText(j: number, buf: Uint8Array, start: number, end: number, escaped: number): string {
    const text = this.text(buf, start, end, escaped).trim();
    return this.options.recode ? this.options.recode(this.plan.answerColumns[j], text) : text;
  }

  /** Keeps the current row's attribute values (by reference) for its kept answers; returns the row's index. */
  private keepRow(buf: Uint8Array): number {
    const rows = this.state.textRows;
    const na = this.attrIndex.length;
    if ((rows.count + 1) * na > rows.refs.length) rows.refs = grown(rows.refs, Math.max(64, rows.refs.length * 2, (rows.count + 1) * na));
    for (let a = 0; a < na; a++) {
      const v = this.attrIndex[a];
      rows.refs[rows.count * na + a] = v >= 0 ? v : -1 - rows.strings.push(this.attrEnd[a] <= this.attrStart[a] ? '' : this.text(buf, this.attrStart[a], this.attrEnd[a], this.attrEscaped[a]).trim()) + 1;
    }
    return rows.count++;
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
    let id: string | number = '';
    if (idStart >= 0) id = numericId(buf, idStart, idEnd) ?? this.text(buf, idStart, idEnd, idEscaped).trim();
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) {
      const first = this.text(buf, firstStart, firstEnd, firstEscaped).trim();
      if (FOOTER.test(first) && (id === '' || id === first)) {
        this.state.footerRows.push(row);
        return;
      }
    }
    if (this.wideRow) {
      this.state.wideRows.push(row);
      this.state.wideFields.push(columns);
    }
    if (columns < this.plan.fields && this.state.shortCount++ < SHORT_LISTED) this.state.shortRows.push(row);
    if (id !== '') {
      const key = typeof id === 'number' ? id : idKey(id);
      if (!this.seen.addNew(key)) {
        this.state.duplicateRows.push(row);
        return;
      }
      if (this.options.collectIds) this.collect(key);
    }
    this.state.respondents++;
    const na = this.attrIndex.length;
    for (let a = 0; a < na; a++) {
      if (this.attrIndex[a] === -2) {
        // The row ended before this column: its value is empty (and no earlier row's bounds may be read for it).
        this.attrIndex[a] = this.attributeDicts[a].find(EMPTY, 0, 0);
        this.attrStart[a] = this.attrEnd[a] = 0;
      }
      const v = this.attrIndex[a];
      if (v >= 0) this.attributeDicts[a].counts[v]++;
    }
    const nj = this.answerIndex.length;
    const index = this.answerIndex;
    const dicts = this.answerDicts;
    const attrIndex = this.attrIndex;
    // The row's cell in the cross of attribute values, or -1 when a value is past its cap (or there is no cross).
    let cell = this.cells.length > 0 ? 0 : -1;
    for (let a = 0; a < na && cell >= 0; a++) {
      const v = attrIndex[a];
      cell = v >= 0 && v < this.cellCap[a] ? cell + v * this.cellStride[a] : -1;
    }
    const cells = this.cells;
    const cellBase = cell * nj * LEVEL_CAP;
    for (let j = 0; j < nj; j++) {
      let x = index[j];
      if (x === -2) {
        x = index[j] = dicts[j].find(EMPTY, 0, 0);
        this.answerStart[j] = this.answerEnd[j] = 0;
      }
      if (x >= 0) {
        if (cell >= 0 && x < LEVEL_CAP) cells[cellBase + j * LEVEL_CAP + x]++;
        else this.countAnswer(j, x);
      }
      // Past its spelling limit a column only counts what is not blank.
      else if (!blankBytes(buf, this.answerStart[j], this.answerEnd[j])) this.state.nonBlank[j]++;
    }
    // Free-text answers are kept for the first rows only; after that no column needs decoding.
    if (this.textsOpen) this.keepTexts(buf);
  }
}

/**
 * The length of the white space character at buf[k] as papaparse's trim() sees it between a closing quote
 * and the delimiter: space, tab, vertical tab, form feed, and in UTF-8 U+00A0 and U+FEFF (a stray BOM); else 0.
 */
function whiteSpaceAt(buf: Uint8Array, k: number): number {
  const b = buf[k];
  if (b === SPACE || b === TAB || b === 0x0b || b === 0x0c) return 1;
  if (b === 0xc2 && buf[k + 1] === 0xa0) return 2;
  if (b === 0xef && buf[k + 1] === 0xbb && buf[k + 2] === 0xbf) return 3;
  return 0;
}

/** True when a line break lies in buf[start, end) before the one (if any) that ends it. */
function lineBreakBefore(buf: Uint8Array, start: number, end: number): boolean {
  let last = end;
  while (last > start && (buf[last - 1] === LF || buf[last - 1] === CR)) last--;
  for (let p = start; p < last; p++) if (buf[p] === LF || buf[p] === CR) return true;
  return false;
}

/** `counts` copied into an array of at least `size` (and 8) counts. */
function grow(counts: Int32Array | undefined, size: number): Int32Array {
  return grown(counts ?? new Int32Array(0), Math.max(8, size));
}

/** An id of plain digits (no leading zero, at most 15) read straight from the bytes, as idKey would; else undefined. */
function numericId(buf: Uint8Array, start: number, end: number): number | undefined {
  while (start < end && (buf[start] === SPACE || buf[start] === TAB)) start++;
  while (end > start && (buf[end - 1] === SPACE || buf[end - 1] === TAB)) end--;
  const len = end - start;
  if (len === 0 || len > 15 || (buf[start] === 0x30 && len > 1)) return undefined;
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) return undefined;
    value = value * 10 + d;
  }
  return value;
}

/** True when the field holds only ASCII white space (what trim() removes, but for U+00A0 and U+FEFF). */
function blankBytes(buf: Uint8Array, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const b = buf[p];
    if (b !== SPACE && (b < TAB || b > CR)) return false; // tab, LF, vertical tab, form feed, CR: blank to trim() too
  }
  return true;
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
