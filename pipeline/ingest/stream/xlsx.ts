import type { XlsxLimits } from '../decode/xlsx-limits.js';
import { xlsxRows } from '../decode/xlsx-read.js';
import { fileSource } from '../decode/zip-read.js';

/**
 * The first worksheet's rows as text, one at a time (xlsx-read.ts), so a
 * large workbook is never held whole: memory holds the shared strings and a
 * chunk's rows. Missing rows come out blank, as the in-memory reader's do;
 * trailing blank rows are for the caller.
 */
export async function* streamXlsxRows(path: string, options: { file: string; limits?: Partial<XlsxLimits> }): AsyncGenerator<string[]> {
  yield* xlsxRows(fileSource(path), options);
}
