import type ExcelJS from 'exceljs';
import type { XlsxLimits } from './xlsx-limits.js';
import { xlsxRows } from './xlsx-read.js';
import { bytesSource } from './zip-read.js';

/** True when the bytes start like a ZIP archive (XLSX is one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Text of a cell value as a spreadsheet shows it: numbers without a forced
 * decimal (`61`, not `61.0`), rich text joined, formulas by their cached
 * result (blank when the workbook holds none), hyperlinks by their text,
 * error values and empty cells blank, dates as ISO 8601.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value || 'result' in value) {
      return 'result' in value ? cellText(value.result as ExcelJS.CellValue) : '';
    }
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * Reads the first worksheet of an XLSX workbook into rows of text, each as
 * wide as the widest row, within the limits of xlsx-limits.ts (xlsx-read.ts).
 * A cell covered by a merge holds no value, so it reads blank, as it shows:
 * a question merged across its columns stands over the first one only, as in
 * the CSV export. Blank rows above the header and below the last response are
 * dropped.
 */
export async function readXlsx(bytes: Uint8Array, options: { file: string; limits?: Partial<XlsxLimits> }): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of xlsxRows(bytesSource(bytes), options)) rows.push(row);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const row of rows) while (row.length < width) row.push('');
  const blank = (row: string[]) => row.every((c) => c.trim() === '');
  while (rows.length > 0 && blank(rows[rows.length - 1])) rows.pop();
  let start = 0;
  while (start < rows.length && blank(rows[start])) start++;
  return rows.slice(start);
}
