/** The one-sheet workbook, read back by exceljs (a reader written independently of ours). */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnName, writeXlsx } from '../../../../../pipeline/outputs/formats/xlsx/index.js';

const read = async (bytes: Uint8Array) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
};

describe('writeXlsx', () => {
  it('writeXlsx(columns) writes headers in row 1, text, numbers, blanks and formulas with their values below, percents as "0%"', async () => {
    const bytes = writeXlsx([
      { header: 'item', cells: ['<b>&"x"', ' spaced ', '=1+1'] },
      { header: 'share', cells: [0.25, null, 0.5], percent: true },
      { header: 'plus', cells: [{ formula: 'B2*2', value: 0.5 }, null, null], percent: true },
    ]);
    const book = await read(bytes);
    const sheet = book.getWorksheet('Sheet1')!;
    expect([1, 2, 3].map((c) => sheet.getCell(1, c).value)).toEqual(['item', 'share', 'plus']);
    // Text from the export stays text: escaped in XML, never a formula, spaces kept.
    expect([2, 3, 4].map((r) => sheet.getCell(r, 1).value)).toEqual(['<b>&"x"', ' spaced ', '=1+1']);
    expect(sheet.getCell(2, 2).value).toBe(0.25);
    expect(sheet.getCell(2, 2).numFmt).toBe('0%');
    expect(sheet.getCell(3, 2).value).toBeNull();
    expect(sheet.getCell(2, 3).value).toEqual({ formula: 'B2*2', result: 0.5 });
    expect(sheet.rowCount).toBe(4);
  });

  it('writeXlsx(columns) gives the same bytes for the same columns', () => {
    const columns = [{ header: 'a', cells: [1, 2] }];
    expect(Buffer.from(writeXlsx(columns)).equals(Buffer.from(writeXlsx(columns)))).toBe(true);
  });

  it('columnName(k) names columns A…Z, then AA, AZ, BA', () => {
    expect([0, 1, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
