import Papa from 'papaparse';
import { fail } from '../../errors.js';
import * as msg from '../../messages.js';
import type { LastRecord } from '../cut.js';

/** The delimiters debrief detects, in order of preference on ties. */
const DELIMITERS = [',', ';', '\t'] as const;
/** Delimiter detection reads at most this many characters… */
const SAMPLE_CHARS = 65536;
/** …and this many non-blank records. */
const SAMPLE_RECORDS = 20;

/**
 * Turns CRLF and lone CR into LF, also inside quoted fields: Excel ends rows
 * with CRLF but writes line breaks inside a cell as LF, browsers submit
 * comments with CRLF, and files pasted together mix both. After this one
 * line break is left to reason about.
 */
export function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * The number of fields in each of the first non-blank records when split by
 * `delimiter`, reading quotes as RFC 4180 does: a quote opens a quoted field
 * only at the start of a field, and `""` inside it is a literal quote. So a
 * quoted field may hold delimiters and line breaks, and a quote in the
 * middle of a field (`5" screen`) is just a character. Expects LF line breaks.
 */
export function recordWidths(text: string, delimiter: string, limit = SAMPLE_RECORDS): number[] {
  const widths: number[] = [];
  const n = text.length;
  let i = 0;
  let fields = 1;
  let blank = true;
  let fieldStart = true;
  while (i < n && widths.length < limit) {
    const c = text[i];
    if (fieldStart && c === '"') {
      i = closingQuote(text, i + 1) + 1;
      blank = false;
      fieldStart = false;
    } else if (c === delimiter) {
      fields++;
      blank = false;
      fieldStart = true;
      i++;
    } else if (c === '\n') {
      if (!blank) widths.push(fields);
      fields = 1;
      blank = true;
      fieldStart = true;
      i++;
    } else {
      blank = false;
      fieldStart = false;
      i++;
    }
  }
  if (i >= n && !blank && widths.length < limit) widths.push(fields);
  return widths;
}

/** Index of the quote closing a quoted field whose text starts at `from`, or the text length when it never closes. */
function closingQuote(text: string, from: number): number {
  let i = from;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return text.length;
    if (text[q + 1] !== '"') return q;
    i = q + 2;
  }
}

/**
 * Picks the delimiter from the first records. For each candidate, records
 * are split quote-aware and the most frequent width of two fields or more
 * is found; the candidate whose width recurs in the most records wins, then
 * the wider one, then `,` `;` tab in that order. Counting over several
 * records rather than the header alone keeps a tab or `;` file right when
 * its question text has commas outside quotes (Excel quotes a field only
 * when it holds the delimiter, a quote or a line break). When no candidate
 * splits any record into two fields or more, `,`.
 */
export function detectDelimiter(text: string): string {
  const sample = normaliseLineBreaks(text.length > SAMPLE_CHARS ? cutAtLineBreak(text.slice(0, SAMPLE_CHARS)) : text);
  let best: string = ',';
  let bestCount = 0;
  let bestWidth = 0;
  for (const d of DELIMITERS) {
    const frequency = new Map<number, number>();
    for (const w of recordWidths(sample, d)) if (w >= 2) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    for (const [width, count] of frequency) {
      if (count > bestCount || (count === bestCount && width > bestWidth)) [best, bestCount, bestWidth] = [d, count, width];
    }
  }
  return best;
}

/** The sample up to its last line break, so a record cut in the middle does not count. */
function cutAtLineBreak(sample: string): string {
  const last = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
  return last > 0 ? sample.slice(0, last + 1) : sample;
}

export interface ParseOptions {
  /** The file name, for messages. */
  file: string;
  /** The delimiter; detected when omitted. */
  delimiter?: string;
  /** A quote left open in the last record: `fail` as for any other, or `keep` it for the cut check (see cut.ts, `last.open`); default `fail`. */
  openEnd?: 'fail' | 'keep';
}

/**
 * Parses delimited text into rows of strings. Quoted fields may hold
 * delimiters, doubled quotes and line breaks; line breaks come out as LF
 * (see normaliseLineBreaks). Blank rows before the header and after the last
 * response are dropped, so row numbers in later messages count from the
 * first non-blank row. A quote that never closes is an error naming the row
 * where it opens.
 */
export function parseDelimited(text: string, options: ParseOptions): { rows: string[][]; delimiter: string; last?: LastRecord; leadingBlank: number } {
  const normal = normaliseLineBreaks(text);
  const delimiter = options.delimiter ?? detectDelimiter(normal);
  const result = Papa.parse<string[]>(normal, { delimiter, newline: '\n', quoteChar: '"', escapeChar: '"', skipEmptyLines: false });
  const open = unclosedQuoteRow(result);
  // Row numbers in messages count from the first non-blank row.
  let leadingBlank = 0;
  while (leadingBlank < result.data.length && result.data[leadingBlank].every((c) => c.trim() === '')) leadingBlank++;
  // A quote that never closes runs to the end of the file, so it is in the last record; cut.ts judges it.
  const openEnd = open !== undefined && options.openEnd === 'keep' && open === result.data.length - 1 && result.errors.some((e) => e.code === 'MissingQuotes');
  if (open !== undefined && !openEnd) fail(msg.unterminatedQuote(options.file, open + 1 - leadingBlank));
  // A record left open is kept even when blank (a lone quote): a field had begun.
  const rows = trimBlankRows(result.data, openEnd);
  if (rows.length === 0) return { rows, delimiter, leadingBlank };
  // A line break follows the last non-blank record when a (blank) record comes after it.
  const lineBreak = rows[rows.length - 1] !== result.data[result.data.length - 1];
  return { rows, delimiter, last: { fields: rows[rows.length - 1], lineBreak, open: openEnd }, leadingBlank };
}

/**
 * The 0-based record where a quote never closes, if any. Papaparse reports
 * `MissingQuotes` only when no quote follows anywhere in the file; when one
 * does, it pairs the open quote with it, reports `InvalidQuotes`, and the
 * records in between run together into one field. A malformed quote whose
 * record came out holding a line break is that case. A malformed quote that
 * stays on its line (`"He said "hi" there"`) is read leniently, as Excel does.
 */
function unclosedQuoteRow(result: Papa.ParseResult<string[]>): number | undefined {
  for (const e of result.errors) {
    if (e.code === 'MissingQuotes') return e.row ?? 0;
    if (e.code === 'InvalidQuotes' && e.row !== undefined && result.data[e.row]?.some((field) => field.includes('\n'))) return e.row;
  }
  return undefined;
}

/** Drops blank rows at both ends (`keepEnd`: at the start only): a final line break, Excel's empty rows (`;;;;`) below the data, blank lines above the header. */
function trimBlankRows(rows: string[][], keepEnd = false): string[][] {
  const blank = (row: string[]) => row.every((c) => c.trim() === '');
  let start = 0;
  let end = rows.length;
  while (!keepEnd && end > start && blank(rows[end - 1])) end--;
  while (start < end && blank(rows[start])) start++;
  return start === 0 && end === rows.length ? rows : rows.slice(start, end);
}
