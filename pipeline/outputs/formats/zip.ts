/**
 * Just enough ZIP for deck.pptx: write its parts with fixed dates, XML
 * deflated by Node's zlib and PNGs stored (jszip, pure JavaScript, cost a
 * tenth of a second a run; zlib takes a few milliseconds).
 * Format writer: covers stored and deflated entries with CRC-32, one local
 * header each and the central directory, fixed UTC DOS dates (same input,
 * same bytes), and reading a central directory back. Leaves out: ZIP64
 * (archives and entries under 4 GiB, under 65,535 entries), encryption,
 * data descriptors, extra fields and comments.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** DOS date and time fields of a moment (2-second resolution; read in UTC, so the same on every machine). */
export function dosDateTime(date: Date): { time: number; day: number } {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

/** The central directory of a ZIP: its entry count and where it starts. */
export function centralDirectory(view: DataView): { count: number; start: number } {
  let end = view.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== END) end--;
  if (end < 0) throw new Error('not a ZIP archive: no end of central directory');
  return { count: view.getUint16(end + 10, true), start: view.getUint32(end + 16, true) };
}

export interface WriteZipOptions {
  /** Date and time of every entry (read in UTC); default 2000-01-01T00:00:00Z. */
  date?: Date;
  /** Entries kept as they are (already compressed, like PNG); default: none. */
  store?: (name: string) => boolean;
}

/** A ZIP of `entries`, in order: deflated (level 6) unless `store` says otherwise. Same entries, same bytes. */
export function writeZip(entries: ZipEntry[], options: WriteZipOptions = {}): Uint8Array {
  const { date = new Date('2000-01-01T00:00:00Z'), store = () => false } = options;
  const { time, day } = dosDateTime(date);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const stored = store(entry.name);
    const data = stored ? entry.data : deflateRawSync(entry.data, { level: 6 });
    const crc = crc32(entry.data);
    // The fields a local header and a central directory record share, from "version needed" on.
    const common = (v: DataView, at: number) => {
      v.setUint16(at, 20, true);
      v.setUint16(at + 2, 0x0800, true); // names are UTF-8
      v.setUint16(at + 4, stored ? 0 : 8, true);
      v.setUint16(at + 6, time, true);
      v.setUint16(at + 8, day, true);
      v.setUint32(at + 10, crc, true);
      v.setUint32(at + 14, data.length, true);
      v.setUint32(at + 18, entry.data.length, true);
      v.setUint16(at + 22, name.length, true);
    };
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL, true);
    common(lv, 4);
    local.set(name, 30);
    const record = new Uint8Array(46 + name.length);
    const cv = new DataView(record.buffer);
    cv.setUint32(0, CENTRAL, true);
    cv.setUint16(4, 20, true); // made by: version 2.0
    common(cv, 6);
    cv.setUint32(42, offset, true);
    record.set(name, 46);
    parts.push(local, data);
    central.push(record);
    offset += local.length + data.length;
  }
  const directory = central.reduce((a, c) => a + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, END, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directory, true);
  ev.setUint32(16, offset, true);
  return Buffer.concat([...parts, ...central, end]);
}
