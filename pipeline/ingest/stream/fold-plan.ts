/**
 * What the streaming fold is given and gives back, as plain data so that it
 * crosses to worker threads: the plan (which columns are answers, attributes,
 * the respondent id), the options, and the state a fold ends with.
 */
import type { BytesDecoder } from '../decode/decode.js';
import type { IdSet } from '../normalise/ids.js';
import type { Layout } from '../../model.js';
import type { CutCheck, CutReason } from '../cut.js';

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
  /** With `collectIds`: the ids the range likely holds, so that their array need not grow (copies of megabytes); default 1024. */
  expectedIds?: number;
}

/** Thrown when a quoted field never closes; `record` is its 1-based record number. */
export class UnterminatedQuote extends Error {
  constructor(readonly record: number) {
    super(`unterminated quote in record ${record}`);
  }
}
