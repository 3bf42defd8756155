/**
 * The streaming fold: one pass over raw bytes that finds fields and counts
 * answers in the same loop. Nothing is decoded on the hot path: an answer is
 * looked up in its column's dictionary of byte spellings (ByteDict), and the
 * row's lookups are applied when the row ends, once it is known not to be a
 * duplicate, a footer or blank. Its state is plain data, so worker threads can
 * each fold a byte range and the main thread can merge them (`toTally`) into
 * the same Tally the in-memory path builds.
 */
import { judgeLastRecord, readLastRecord } from '../cut.js';
import type { BytesDecoder } from '../decode/decode.js';
import { IdSet } from '../normalise/ids.js';
import { FOOTER, idKey, MAX_SPELLINGS, SHORT_LISTED } from '../normalise/tally.js';
import { grown } from '../../util/grown.js';
import { blankBytes, findUnescaped, lineBreakBefore, MORE, numericId, scanQuoted, UNCLOSED, type QuotedField } from './bytes.js';
import { ByteDict } from './dict.js';
import { RAW_LIMIT, TEXT_LIMIT, UnterminatedQuote, type DictState, type FoldOptions, type FoldPlan, type FoldState } from './fold-plan.js';
import { breakdownTables, grow, LEVEL_CAP, mergeBreakdowns, uncross } from './fold-tables.js';

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
  private readonly seen: IdSet;
  private record: number;
  private readonly delimiter: number;
  /** Per column position: role, and index into answers or attributes. */
  private readonly role: Uint8Array;
  private readonly slot: Int32Array;
  /** The plan's answer and attribute columns, typed. */
  private readonly answerColumns: Int32Array;
  private readonly attrColumns: Int32Array;
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

  /** Where the last quoted field scanned ends (scanQuoted's out), reused to spare an object per field. */
  private readonly quoted: QuotedField = { end: 0, after: 0, escaped: 0, invalid: false };

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
    this.answerColumns = Int32Array.from(plan.answerColumns);
    this.attrColumns = Int32Array.from(plan.attributeColumns);
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
    ({ valueCap: this.valueCap, flat: this.flat, rare: this.rare, cellCap: this.cellCap, cellStride: this.cellStride, cells: this.cells } = breakdownTables(nj, na));
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
      numericIds: new Float64Array(options.collectIds ? Math.max(1024, options.expectedIds ?? 0) : 0),
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
    const tables = { valueCap: this.valueCap, flat: this.flat, rare: this.rare, cellCap: this.cellCap, cellStride: this.cellStride, cells: this.cells };
    const { counts, flat } = uncross(tables, this.answerDicts.map((d) => d.counts.slice()));
    this.state.answers = this.answerDicts.map((d, j) => ({ ...dump(d), counts: counts[j] }));
    this.state.attributes = this.attributeDicts.map(dump);
    this.state.breakdowns = mergeBreakdowns(tables, flat, this.answerIndex.length);
    return this.state;
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
      // One record: fields until a line break or the buffer's end.
      for (;;) {
        let start: number;
        let end: number;
        let escaped = 0;
        // A rating column's field is most often one of its spellings: found at its start, it needs no scan.
        let dict: ByteDict | undefined;
        let known = -1;
        if (column < width && role[column] === ANSWER) {
          const j = slot[column];
          dict = answerDicts[j];
          if (i < n) known = dict.prefix(buf, view, i);
          // The commonest field of all: such a spelling, then a delimiter that does not end the buffer. It is
          // counted here, as the general path below would, without that path's tests of role, buffer end and
          // line break (a tenth of the fold, on forty rating columns).
          if (known >= 0) {
            const to = i + dict.lengths[known];
            if (buf[to] === delimiter && to + 1 < n) {
              if (!anyByte && to > i && dict.blank[known] === 0) {
                anyByte = true;
                firstStart = i;
                firstEnd = to;
                firstEscaped = 0;
              }
              answerIndex[j] = known;
              answerStart[j] = i;
              answerEnd[j] = to;
              answerEscaped[j] = 0;
              i = to + 1;
              column++;
              continue;
            }
          }
        }
        if (known >= 0) {
          start = i;
          end = i += dict!.lengths[known];
        } else if (i < n && buf[i] === QUOTE) {
          const q = this.quoted;
          const r = scanQuoted(buf, i, delimiter, final, q);
          if (r === MORE) return rowStart;
          if (r === UNCLOSED) throw new UnterminatedQuote(this.record + 1);
          if (q.invalid) rowInvalid = true;
          escaped = q.escaped;
          start = i + 1;
          end = q.end;
          i = q.after;
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
            // A trailing delimiter: one more, empty field, which endRow must read as empty (see `columns` there).
            if (column < width && role[column] === ANSWER) answerIndex[slot[column]] = -2;
            else if (column < width && role[column] === ATTRIBUTE) this.attrIndex[slot[column]] = -2;
            column++;
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
    // Columns the row did not reach are empty (-2): their entries still hold an earlier row's. Marked here, not
    // reset before each row: a row that is skipped above never reads them.
    const attrColumns = this.attrColumns;
    for (let a = 0; a < na; a++) {
      if (attrColumns[a] >= columns) this.attrIndex[a] = -2;
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
    const answerColumns = this.answerColumns;
    for (let j = 0; j < nj; j++) {
      let x = answerColumns[j] < columns ? index[j] : -2;
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
