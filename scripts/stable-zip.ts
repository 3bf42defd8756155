/**
 * exceljs zips a workbook with JSZip, which stamps every entry with the
 * current time, so two runs write different bytes. Rewriting the DOS
 * date/time of each entry (central directory and local header) to one
 * fixed moment makes a generated XLSX reproducible byte for byte.
 */
import { centralDirectory, dosDateTime } from '../pipeline/outputs/formats/zip.js';

/** A copy of the ZIP bytes with every entry dated `date`. */
export function pinZipDates(zip: Uint8Array, date: Date): Uint8Array {
  const out = Uint8Array.from(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { time, day } = dosDateTime(date);
  const { count, start } = centralDirectory(view);
  let at = start;
  for (let k = 0; k < count; k++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`bad local header at ${local}`);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
