import Papa from 'papaparse';
import { fail } from './errors.js';
import * as msg from './messages.js';

/** The delimiters debrief detects, in order of preference on ties. */
const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Picks the delimiter from the first record: the candidate that occurs most
 * often outside quotes. A header of one column falls back to `,`.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

export interface ParseOptions {
  /** The file name, for messages. */
  file: string;
  /** The delimiter; detected when omitted. */
  delimiter?: string;
}

/**
 * Parses delimited text into rows of strings. Quoted fields may hold
 * delimiters, quotes and line breaks; CRLF and LF are both accepted. A quote
 * that never closes is an error naming the row where it opens.
 */
export function parseDelimited(text: string, options: ParseOptions): { rows: string[][]; delimiter: string } {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, quoteChar: '"' });
  const quoteError = result.errors.find((e) => e.code === 'MissingQuotes');
  if (quoteError) fail(msg.unterminatedQuote(options.file, (quoteError.row ?? 0) + 1));
  const rows = result.data;
  // A final line break yields one empty row; trailing blank rows are not responses.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === '')) rows.pop();
  return { rows, delimiter };
}
