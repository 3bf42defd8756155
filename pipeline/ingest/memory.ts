/** The in-memory ingest: the whole export read, decoded and parsed, then tallied row by row. */
import { decode } from './decode/decode.js';
import { fail } from '../errors.js';
import { dropCutRow } from './cut.js';
import { cutSheetInBytes } from './decode/xlsx-cut.js';
import * as msg from '../messages.js';
import type { Sheet } from '../model.js';
import { parseDelimited } from './decode/parse.js';
import { addRow, createTally, headerFields } from './normalise/tally.js';
import { isZip, readXlsx } from './decode/xlsx.js';
import { checkZipBytes } from './decode/zip-check.js';
import { checkDeclaredSizes } from './decode/xlsx-read.js';
import { bytesSource } from './decode/zip-read.js';
import { finishIngest, zipFailure, type IngestOptions, type Ingested } from './finish.js';

/** Reads the bytes of a CSV/TSV or XLSX export into rows. */
export async function readSheet(bytes: Uint8Array, options: { file: string }): Promise<Sheet> {
  const { file } = options;
  if (isZip(bytes)) {
    checkDeclaredSizes(bytesSource(bytes), { file });
    zipFailure(file, await checkZipBytes(bytes));
    const cutSheet = await cutSheetInBytes(bytes);
    if (cutSheet) fail(msg.cutXlsxSheet(file, cutSheet));
    return { file, encoding: 'xlsx', delimiter: '', rows: await readXlsx(bytes, { file }) };
  }
  const { text, encoding } = decode(bytes, { file });
  if (text.trim() === '') fail(msg.emptyFile(file));
  const { rows, delimiter, last } = parseDelimited(text, { file, openEnd: 'keep' });
  if (rows.length === 0) fail(msg.emptyFile(file)); // nothing but delimiters and line breaks
  return { file, encoding, delimiter, rows, last };
}

export async function ingestBytes(bytes: Uint8Array, options: IngestOptions & { file: string }): Promise<Ingested> {
  const { file } = options;
  const sheet = await readSheet(bytes, { file });
  const { encoding, delimiter } = sheet;
  // A last row cut off by an interrupted download is left out before anything reads it (see cut.ts).
  const { rows, layout, cut } = dropCutRow(sheet.rows, sheet.last, { file, encoding });
  if (rows.length <= layout.headerRows) fail(cut ? msg.cutOnly(file, cut.row, cut.reason) : msg.headerOnly(file));
  // XLSX cells are addressed, not delimited: a note in a far column shifts nothing, so only delimited text is checked.
  const fields = delimiter ? headerFields(rows, layout.headerRows) : Infinity;
  const tally = createTally(layout, { seen: options.seen, fields });
  tally.cut = cut;
  for (let r = layout.headerRows; r < rows.length; r++) {
    addRow(tally, layout, rows[r], r + 1);
    if (options.onProgress && r % 4096 === 0) options.onProgress(r / rows.length);
  }
  options.onProgress?.(1);
  return finishIngest({ file, encoding, delimiter, layout, tally }, options);
}
