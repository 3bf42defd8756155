/**
 * A one-sheet workbook, byte for byte the same on every run: exceljs zips with
 * JSZip, which stamps every entry with the current time, so the entries are
 * re-dated to the workbook's own date afterwards (stable-zip.ts).
 */
import ExcelJS from 'exceljs';
import { pinZipDates } from '../stable-zip.js';

/** A cell as a workbook holds it: text, number, date, or nothing. */
export type XlsxValue = string | number | Date | null;

export interface WorkbookOptions {
  /** The application named as creator and last modifier. */
  creator: string;
  /** The sheet's name. */
  sheet: string;
  /** Document dates and ZIP entry times: fixed, so the bytes do not depend on the day. */
  date: Date;
  /** Columns (1-based) holding dates, and their number format; default none. */
  dateColumns?: number[];
  dateFormat?: string;
  /** Cells merged across columns of one row: [row, first column, last column], 1-based; default none. */
  merges?: [number, number, number][];
  /** Rows below the data whose first cell is formatted but empty, as a sheet someone styled keeps; default 0. */
  formattedBlankRows?: number;
}

/** The rows as an XLSX workbook. */
export async function workbookBytes(rows: XlsxValue[][], options: WorkbookOptions): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator;
  workbook.lastModifiedBy = options.creator;
  workbook.created = options.date;
  workbook.modified = options.date;
  const sheet = workbook.addWorksheet(options.sheet);
  for (const row of rows) sheet.addRow(row);
  for (const c of options.dateColumns ?? []) sheet.getColumn(c).numFmt = options.dateFormat ?? 'm/d/yy h:mm:ss';
  for (const [row, first, last] of options.merges ?? []) sheet.mergeCells(row, first, row, last);
  const end = sheet.rowCount;
  for (let k = 1; k <= (options.formattedBlankRows ?? 0); k++) sheet.getCell(end + k, 1).style = { font: { bold: true } };
  return pinZipDates(new Uint8Array(await workbook.xlsx.writeBuffer()), options.date);
}
