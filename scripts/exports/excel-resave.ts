/**
 * A table opened in Excel and saved again, in the formats Excel offers:
 * "Unicode Text" (UTF-16 LE with BOM, tab), "CSV" (the Windows code page,
 * Windows-1252 on Western-European systems; European locales separate with
 * `;`), "CSV UTF-8" (UTF-8 with BOM), and UTF-16 BE with BOM as other
 * programs write it. Excel quotes only what must be quoted and ends lines
 * with CRLF; it keeps the empty columns and rows of its used range.
 */
import { toDelimitedText } from './csv.js';
import type { Cell } from './survey.js';
import { utf16Bytes, utf8Bytes, windows1252Bytes } from '../text-bytes.js';

export type ResaveFormat = 'unicode-text' | 'csv' | 'csv-utf8' | 'utf-16be';

export interface ResaveOptions {
  /** Separator; default tab for `unicode-text`, `,` for the others (pass `;` for a European locale). */
  delimiter?: string;
  /** Empty columns appended to every row (a used range wider than the data); default 0. */
  extraColumns?: number;
  /** Rows someone typed under the data (an averages row), as wide as the table; default none. */
  footer?: Cell[][];
  /** Empty rows at the end (cleared cells that kept their formatting); default 0. */
  blankRows?: number;
}

/** The table's bytes as Excel saves it in `format`. */
export function excelResave(rows: Cell[][], format: ResaveFormat, options: ResaveOptions = {}): Uint8Array {
  const { delimiter = format === 'unicode-text' ? '\t' : ',', extraColumns = 0, footer = [], blankRows = 0 } = options;
  const wide = rows.map((row) => [...row, ...Array<Cell>(extraColumns).fill('')]);
  const width = wide[0].length;
  const all = [...wide, ...footer, ...Array.from({ length: blankRows }, () => Array<Cell>(width).fill(''))];
  const text = toDelimitedText(all, { delimiter, newline: '\r\n' });
  if (format === 'unicode-text') return utf16Bytes(text, 'le');
  if (format === 'utf-16be') return utf16Bytes(text, 'be');
  if (format === 'csv') return windows1252Bytes(text);
  return utf8Bytes(text, { bom: true });
}
