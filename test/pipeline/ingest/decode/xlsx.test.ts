/**
 * readXlsx(bytes) on workbooks built here with exceljs: each cell is set to
 * a known value type, and the text it must read as is written by hand.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DebriefError } from '../../../../pipeline/errors.js';
import * as msg from '../../../../pipeline/messages.js';
import { cellText, isZip, readXlsx } from '../../../../pipeline/ingest/decode/xlsx.js';

const file = 'responses.xlsx';

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Row 1 blank; row 2 headers (one rich text, one merged over two columns);
 * rows 3–5 responses; formatted empty cells in rows 6–7.
 */
async function sampleWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Responses');
  sheet.getRow(2).values = [
    'Respondent ID',
    { richText: [{ text: 'How would you rate the ' }, { font: { bold: true }, text: 'venue' }, { text: '?' }] },
    'Years attended',
    'Score × 2',
    'Plenaries',
    null,
    'Link',
    'Submitted',
  ];
  sheet.mergeCells(2, 5, 2, 6);
  sheet.getRow(3).values = [
    11453200000, 'Good', 61, { formula: 'C3*2', result: 122 }, 'Fair', 'Poor',
    { text: 'programme', hyperlink: 'https://www.gichd.org/' }, new Date(Date.UTC(2020, 1, 17, 8, 31, 12)),
  ];
  sheet.getRow(4).values = [11453207919, null, 2.5, { formula: 'C4*2', result: 5 }, 'Good', null, null, true];
  sheet.getRow(5).values = [11453215838, 'Excellent', 0, { formula: 'NA()', result: { error: '#N/A' } }, null, 'Good', null, null];
  sheet.getCell(6, 1).style = { font: { bold: true } };
  sheet.getCell(7, 3).style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } };
  return bytesOf(workbook);
}

describe('readXlsx(bytes)', () => {
  it('readXlsx(bytes) reads rich text, whole numbers without ".0", formula results, blanks, and drops the first blank row', async () => {
    const rows = await readXlsx(await sampleWorkbook(), { file });
    expect(rows).toEqual([
      ['Respondent ID', 'How would you rate the venue?', 'Years attended', 'Score × 2', 'Plenaries', '', 'Link', 'Submitted'],
      ['11453200000', 'Good', '61', '122', 'Fair', 'Poor', 'programme', '2020-02-17T08:31:12.000Z'],
      ['11453207919', '', '2.5', '5', 'Good', '', '', 'true'],
      ['11453215838', 'Excellent', '0', '', '', 'Good', '', ''],
    ]);
  });

  it('readXlsx(bytes) reads a merged header over its first column only', async () => {
    const [header] = await readXlsx(await sampleWorkbook(), { file });
    expect(header.slice(4, 6)).toEqual(['Plenaries', '']);
  });

  it('readXlsx(bytes) pads short rows to the widest row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['a', 'b', 'c', 'd']);
    sheet.addRow(['1']);
    expect(await readXlsx(await bytesOf(workbook), { file })).toEqual([['a', 'b', 'c', 'd'], ['1', '', '', '']]);
  });

  it('readXlsx(bytes) reads the first worksheet only', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Responses').addRow(['first']);
    workbook.addWorksheet('Summary').addRow(['second']);
    expect(await readXlsx(await bytesOf(workbook), { file })).toEqual([['first']]);
  });

  it('readXlsx(bytes) rejects a ZIP signature followed by no archive as cut short', async () => {
    const notXlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(60).fill(7)]);
    const error = await readXlsx(notXlsx, { file }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DebriefError);
    // No end-of-directory record: read as an archive cut short, as zip-check.ts reads it.
    expect((error as Error).message).toBe(msg.truncatedXlsx(file));
  });
});

describe('cellText(value)', () => {
  it('cellText(value) writes numbers as a spreadsheet shows them', () => {
    expect([61, 61.5, 0, -2, 11453200000].map((v) => cellText(v))).toEqual(['61', '61.5', '0', '-2', '11453200000']);
  });

  it('cellText(value) reads a formula by its result, and blank without one', () => {
    expect(cellText({ formula: 'A1*2', result: 4 } as ExcelJS.CellValue)).toBe('4');
    expect(cellText({ formula: 'A1*2' } as ExcelJS.CellValue)).toBe('');
    expect(cellText({ sharedFormula: 'B2', result: 'Good' } as ExcelJS.CellValue)).toBe('Good');
    expect(cellText({ formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue)).toBe('');
  });

  it('cellText(value) joins rich text, also inside a hyperlink', () => {
    const rich = { richText: [{ text: 'Very ' }, { text: 'good' }] };
    expect(cellText(rich)).toBe('Very good');
    expect(cellText({ text: rich, hyperlink: 'https://example.org' } as unknown as ExcelJS.CellValue)).toBe('Very good');
  });

  it('cellText(value) reads empty and error cells as blank', () => {
    expect([null, undefined, { error: '#N/A' }].map((v) => cellText(v as ExcelJS.CellValue))).toEqual(['', '', '']);
  });
});

describe('isZip(bytes)', () => {
  it('isZip(bytes) recognises the local-file signature PK\\x03\\x04', () => {
    expect(isZip(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe(true);
    expect(isZip(Uint8Array.from([0x50, 0x4b, 0x05, 0x06]))).toBe(false);
    expect(isZip(new TextEncoder().encode('Respondent ID,Collector ID'))).toBe(false);
  });
});
