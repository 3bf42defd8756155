/**
 * A worksheet part that ends before its closing tag. The ZIP archive around
 * it is sound (zip-check.ts passed it: a tool wrote the part cut short and
 * zipped it), and a reader of rows would read the rows it got, silently,
 * when the part stops between two rows. Checked after
 * zip-check, on both paths, by inflating each worksheet part as a stream and
 * keeping only its last bytes.
 */
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { bytesArchive, onArchiveFile, type ArchiveSource } from './zip-check.js';

/** Bytes kept from a part's end: the closing tag and any white space after it. */
const TAIL = 256;
/** The closing tag of a worksheet part, with or without a namespace prefix. */
const CLOSED = /<\/([A-Za-z_][\w.-]*:)?worksheet>\s*$/;

/** The name of the first worksheet part of the archive in memory that ends early; undefined when none does. */
export function cutSheetInBytes(bytes: Uint8Array): Promise<string | undefined> {
  return cutSheet(bytesArchive(bytes));
}

/** The same for the archive in a file, read a part at a time. */
export function cutSheetInFile(path: string): Promise<string | undefined> {
  return onArchiveFile(path, cutSheet);
}

async function cutSheet(src: ArchiveSource): Promise<string | undefined> {
  const tailStart = Math.max(0, src.size - (22 + 0xffff));
  const tail = src.read(tailStart, src.size - tailStart);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0 && eocd < 0; i--) if (u32(tail, i) === 0x06054b50) eocd = i;
  // No directory, or a ZIP64 one: zip-check.ts has said what there is to say.
  if (eocd < 0) return undefined;
  const entries = u16(tail, eocd + 10);
  const cdSize = u32(tail, eocd + 12);
  const cdOffset = u32(tail, eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff) return undefined;
  const cd = src.read(cdOffset, cdSize);
  for (let p = 0, k = 0; k < entries && p + 46 <= cd.length && u32(cd, p) === 0x02014b50; k++) {
    const nameLength = u16(cd, p + 28);
    const name = Buffer.from(cd.subarray(p + 46, p + 46 + nameLength)).toString('utf8');
    const method = u16(cd, p + 10);
    const compressed = u32(cd, p + 20);
    const local = u32(cd, p + 42);
    p += 46 + nameLength + u16(cd, p + 30) + u16(cd, p + 32);
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name) || (method !== 0 && method !== 8)) continue;
    const header = src.read(local, 30);
    if (header.length < 30) continue;
    const start = local + 30 + u16(header, 26) + u16(header, 28);
    const end = await lastBytes(src.stream(start, compressed), method);
    if (!CLOSED.test(end)) return name;
  }
  return undefined;
}

/** The last TAIL bytes of a part's data (stored or deflated), as Latin-1 text. */
async function lastBytes(data: Readable, method: number): Promise<string> {
  const body = method === 8 ? data.pipe(createInflateRaw()) : data;
  let kept = Buffer.alloc(0);
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      kept = Buffer.concat([kept, chunk]);
      if (kept.length > TAIL) kept = kept.subarray(kept.length - TAIL);
    }
  } catch {
    return ''; // a part that does not inflate: zip-check.ts reports it
  } finally {
    data.destroy();
  }
  return kept.toString('latin1');
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}
