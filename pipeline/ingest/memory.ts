/** The in-memory ingest: the whole export read, decoded and parsed, then tallied row by row. */
import { decode } from './decode/decode.js';
import { fail } from '../errors.js';
import { detectLayout } from './layout/index.js';
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
    return { file, encoding: 'xlsx', delimiter: '', rows: await readXlsx(bytes, { file }) };
  }
  const { text, encoding } = decode(bytes, { file });
  if (text.trim() === '') fail(msg.emptyFile(file));
  const { rows, delimiter } = parseDelimited(text, { file });
  if (rows.length === 0) fail(msg.emptyFile(file)); // nothing but delimiters and line breaks
  return { file, encoding, delimiter, rows };
}

export async function ingestBytes(bytes: Uint8Array, options: IngestOptions & { file: string }): Promise<Ingested> {
  const { file } = options;
  const { rows, encoding, delimiter } = await readSheet(bytes, { file });
  const layout = detectLayout(rows);
  if (rows.length <= layout.headerRows) fail(msg.headerOnly(file));
  // XLSX cells are addressed, not delimited: a note in a far column shifts nothing, so only delimited text is checked.
  const fields = delimiter ? headerFields(rows, layout.headerRows) : Infinity;
  const tally = createTally(layout, { seen: options.seen, fields });
  for (let r = layout.headerRows; r < rows.length; r++) {
    addRow(tally, layout, rows[r], r + 1);
    if (options.onProgress && r % 4096 === 0) options.onProgress(r / rows.length);
  }
  options.onProgress?.(1);
  return finishIngest({ file, encoding, delimiter, layout, tally }, options);
}
