/**
 * Checks an XLSX workbook's ZIP archive before a spreadsheet reader sees it:
 * that it is complete (a download cut short has lost the end-of-central-
 * directory record), that it is a workbook (it has xl/workbook.xml), and that
 * every part inflates to its recorded checksum. The two ZIP readers behind
 * the ingest paths fail on such files each in its own words, and exceljs's
 * streaming reader waits forever on a damaged part; this gives one message on
 * both paths, and no hang. Parts are inflated as streams, so memory stays
 * bounded on the streaming path.
 */
import { createReadStream, openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';

/** Bytes from the end of an archive that hold its end-of-central-directory record (22 + a comment of up to 65,535). */
const EOCD_SPAN = 22 + 0xffff;

/** What is wrong with the archive, as a reason for `unreadableXlsx`; `incomplete` for a cut archive; undefined when sound. */
export type ZipProblem = { kind: 'incomplete' } | { kind: 'unreadable'; reason: string } | undefined;

/** Random access to the archive's bytes, and a stream of a byte range. */
/** An archive to check: its size, and reads of its bytes by offset, whole or as a stream. */
export interface ArchiveSource {
  size: number;
  read: (offset: number, length: number) => Uint8Array;
  stream: (offset: number, length: number) => Readable;
}

/** Checks the archive held in memory. */
export function checkZipBytes(bytes: Uint8Array): Promise<ZipProblem> {
  return checkZip(bytesArchive(bytes));
}

/** Checks the archive in a file, reading only what it needs at a time. */
export function checkZipFile(path: string): Promise<ZipProblem> {
  return onArchiveFile(path, checkZip);
}

/** An archive held in memory, as the checks read it. */
export function bytesArchive(bytes: Uint8Array): ArchiveSource {
  return {
    size: bytes.length,
    read: (offset, length) => bytes.subarray(offset, offset + length),
    stream: (offset, length) => Readable.from([bytes.subarray(offset, offset + length)]),
  };
}

/** Runs `check` on the archive in a file, read a part at a time, and closes the file after. */
export async function onArchiveFile<T>(path: string, check: (src: ArchiveSource) => Promise<T>): Promise<T> {
  const fd = openSync(path, 'r');
  try {
    return await check({
      size: fstatSync(fd).size,
      read: (offset, length) => {
        const buf = Buffer.alloc(Math.max(0, length));
        return buf.subarray(0, readSync(fd, buf, 0, buf.length, offset));
      },
      stream: (offset, length) => (length > 0 ? createReadStream(path, { start: offset, end: offset + length - 1 }) : Readable.from([])),
    });
  } finally {
    closeSync(fd);
  }
}

async function checkZip(src: ArchiveSource): Promise<ZipProblem> {
  const tailStart = Math.max(0, src.size - EOCD_SPAN);
  const tail = src.read(tailStart, src.size - tailStart);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { kind: 'incomplete' };
  const entries = u16(tail, eocd + 10);
  const cdSize = u32(tail, eocd + 12);
  const cdOffset = u32(tail, eocd + 16);
  // ZIP64 archives (over 4 GiB or 65,535 parts) keep their directory elsewhere: leave them to the reader.
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return undefined;
  if (cdOffset + cdSize > tailStart + eocd) return { kind: 'incomplete' };
  const cd = src.read(cdOffset, cdSize);
  const parts: { name: string; method: number; crc: number; compressed: number; size: number; local: number }[] = [];
  for (let p = 0, k = 0; k < entries; k++) {
    if (p + 46 > cd.length || u32(cd, p) !== 0x02014b50) return { kind: 'unreadable', reason: 'its ZIP directory is damaged' };
    const nameLength = u16(cd, p + 28);
    const name = Buffer.from(cd.subarray(p + 46, p + 46 + nameLength)).toString('utf8');
    parts.push({ name, method: u16(cd, p + 10), crc: u32(cd, p + 16), compressed: u32(cd, p + 20), size: u32(cd, p + 24), local: u32(cd, p + 42) });
    p += 46 + nameLength + u16(cd, p + 30) + u16(cd, p + 32);
  }
  if (!parts.some((e) => e.name === 'xl/workbook.xml')) return { kind: 'unreadable', reason: 'it is a ZIP archive but not an XLSX workbook' };
  for (const part of parts) {
    if (part.name.endsWith('/')) continue;
    const damaged = { kind: 'unreadable', reason: `its part "${part.name}" is damaged` } as const;
    const header = src.read(part.local, 30);
    if (header.length < 30 || u32(header, 0) !== 0x04034b50) return damaged;
    const start = part.local + 30 + u16(header, 26) + u16(header, 28);
    if (start + part.compressed > cdOffset) return damaged;
    if (part.method !== 0 && part.method !== 8) return { kind: 'unreadable', reason: `its part "${part.name}" uses an unsupported compression` };
    if (!(await inflatesTo(src.stream(start, part.compressed), part.method, part.crc, part.size))) return damaged;
  }
  return undefined;
}

/** True when the part's data (stored or deflated) gives `size` bytes with checksum `crc`. */
async function inflatesTo(data: Readable, method: number, crc: number, size: number): Promise<boolean> {
  let sum = 0;
  let length = 0;
  const body = method === 8 ? data.pipe(createInflateRaw()) : data;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      sum = crc32(chunk, sum);
      length += chunk.length;
      if (length > size) return false;
    }
  } catch {
    return false;
  } finally {
    data.destroy();
  }
  return length === size && sum >>> 0 === crc >>> 0;
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}
