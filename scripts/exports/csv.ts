/**
 * Delimited text as survey tools and spreadsheets write it. The tools differ
 * only in when they quote: Excel and SurveyMonkey quote a field holding the
 * delimiter, a quote or a line break; writers built on Papa.unparse (Google
 * Sheets' download, Qualtrics) also quote a field with a leading or trailing
 * space; KoboToolbox and LimeSurvey quote every value. `null` is an empty
 * field, never quoted (LimeSurvey's NULL).
 */
import type { Cell } from './survey.js';

export interface DelimitedOptions {
  /** Field separator; default `,`. */
  delimiter?: string;
  /** Line end, written after every row; default CRLF. */
  newline?: string;
  /** `needed`: quote fields that must be; `all`: quote every non-null field. Default `needed`. */
  quote?: 'needed' | 'all';
  /** With `needed`, also quote a field with a leading or trailing space (Papa.unparse); default false (Excel). */
  quoteEdgeSpaces?: boolean;
}

/** Rows as delimited text, every row ended by `newline`. */
export function toDelimitedText(rows: Cell[][], options: DelimitedOptions = {}): string {
  const { delimiter = ',', newline = '\r\n', quote = 'needed', quoteEdgeSpaces = false } = options;
  const needs = (v: string) => quote === 'all' || v.includes(delimiter) || /["\r\n\ufeff]/.test(v) || (quoteEdgeSpaces && (v.startsWith(' ') || v.endsWith(' ')));
  const field = (v: Cell) => (v === null ? '' : needs(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((row) => row.map(field).join(delimiter) + newline).join('');
}
