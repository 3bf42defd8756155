import type ExcelJS from 'exceljs';
import { fail } from '../../errors.js';
import * as msg from '../../messages.js';
import { cellText } from '../decode/xlsx.js';

/**
 * The first worksheet's rows as text, one at a time (exceljs's streaming
 * reader), so a large workbook is never held whole. Missing rows come out
 * blank, as the in-memory reader's do; trailing blank rows are for the caller.
 */
export async function* streamXlsxRows(path: string, options: { file: string }): AsyncGenerator<string[]> {
  const { default: Excel } = await import('exceljs');
  const reader = new Excel.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', hyperlinks: 'cache', styles: 'cache', worksheets: 'emit', entries: 'emit' });
  try {
    for await (const sheet of reader) {
      let next = 1;
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        for (; next < row.number; next++) yield [];
        const values = row.values as ExcelJS.CellValue[];
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
        next = row.number + 1;
        yield cells;
      }
      return; // the first worksheet only
    }
  } catch (e) {
    fail(msg.unreadableXlsx(options.file, e instanceof Error ? e.message.split('\n')[0] : String(e)));
  }
}
