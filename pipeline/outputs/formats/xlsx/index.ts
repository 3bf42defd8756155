/**
 * Format writer: SpreadsheetML (.xlsx), just enough for the workbook
 * embedded behind each native chart of deck.pptx. Covers: one sheet of
 * columns (a header row, then text, numbers, percents and formulas with
 * their cached values), inline strings, column widths, the minimum styles;
 * zipped by ../zip.ts. Leaves out: several sheets, shared strings, styles
 * beyond the percent format, dates, merged cells, and reading a workbook
 * (tests read it back with exceljs, too slow to load in the outputs worker).
 */
export { columnName, SHEET_NAME, sheetXml, workbookEntries, writeXlsx, type FormulaCell, type SheetCell, type SheetColumn, type XlsxOptions } from './workbook.js';
