/**
 * Reads parts of a ZIP archive (an XLSX workbook) by its central directory,
 * inflating each as a stream that cannot hang or grow without bound: every
 * read is synchronous and bounded by the archive's size, the inflated bytes
 * are counted against a cap and a ratio, and each part ends with its size and
 * checksum compared to the directory's. Damage of any kind ends in a
 * DebriefError with one sentence; local entries that the directory does not
 * list are never read. ZIP64 directories are read too.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { fail } from '../../errors.js';
import * as msg from '../../messages.js';

/** Random access to an archive's bytes; reads never go past `size`. */
export interface ZipSource {
  size: number;
  read(offset: number, length: number): Uint8Array;
  close(): void;
}

export interface ZipPart {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressed: number;
  size: number;
  local: number;
}

/** Bytes held in memory as a source. */
export function bytesSource(bytes: Uint8Array): ZipSource {
  return {
    size: bytes.length,
    read: (offset, length) => bytes.subarray(Math.max(0, offset), Math.max(0, Math.min(bytes.length, offset + length))),
    close: () => undefined,
  };
}

/** A regular file as a source, bounded by the size `fstat` gave when it was opened. */
export function fileSource(path: string): ZipSource {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  let open = true;
  return {
    size,
    read: (offset, length) => {
      const end = Math.min(size, offset + length);
      if (offset < 0 || end <= offset) return new Uint8Array(0);
      const buf = Buffer.allocUnsafe(end - offset);
      let got = 0;
      while (got < buf.length) {
        const n = readSync(fd, buf, got, buf.length - got, offset + got);
        if (n === 0) break; // the file shrank since stat: what is left reads as cut
        got += n;
      }
      return buf.subarray(0, got);
    },
    close: () => {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Bytes from the end of an archive that hold its end-of-central-directory record (22 + a comment of up to 65,535). */
const EOCD_SPAN = 22 + 0xffff;
/** More parts than any workbook has; a directory claiming more is damaged. */
const MAX_PARTS = 100_000;

/** The archive's parts by name, from its central directory. */
export function readDirectory(src: ZipSource, file: string): Map<string, ZipPart> {
  const damaged = (what: string) => fail(msg.unreadableXlsx(file, `its ZIP ${what} is damaged`));
  const tailStart = Math.max(0, src.size - EOCD_SPAN);
  const tail = src.read(tailStart, src.size - tailStart);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail(msg.truncatedXlsx(file));
  let entries = u16(tail, eocd + 10);
  let cdSize = u32(tail, eocd + 12);
  let cdOffset = u32(tail, eocd + 16);
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // ZIP64: a locator just before the record points to the 64-bit record.
    const at = tailStart + eocd - 20;
    const locator = src.read(at, 20);
    if (locator.length < 20 || u32(locator, 0) !== EOCD64_LOCATOR) damaged('directory');
    const record = src.read(u64(locator, 8), 56);
    if (record.length < 56 || u32(record, 0) !== EOCD64) damaged('directory');
    entries = u64(record, 32);
    cdSize = u64(record, 40);
    cdOffset = u64(record, 48);
  }
  if (cdOffset + cdSize > src.size) fail(msg.truncatedXlsx(file));
  if (entries > MAX_PARTS) damaged('directory');
  const cd = src.read(cdOffset, cdSize);
  const parts = new Map<string, ZipPart>();
  for (let p = 0, k = 0; k < entries; k++) {
    if (p + 46 > cd.length || u32(cd, p) !== CENTRAL) damaged('directory');
    const nameLength = u16(cd, p + 28);
    const extraLength = u16(cd, p + 30);
    const end = p + 46 + nameLength + extraLength + u16(cd, p + 32);
    if (end > cd.length) damaged('directory');
    const part: ZipPart = {
      name: Buffer.from(cd.subarray(p + 46, p + 46 + nameLength)).toString('utf8'),
      flags: u16(cd, p + 8),
      method: u16(cd, p + 10),
      crc: u32(cd, p + 16),
      compressed: u32(cd, p + 20),
      size: u32(cd, p + 24),
      local: u32(cd, p + 42),
    };
    if (part.size === 0xffffffff || part.compressed === 0xffffffff || part.local === 0xffffffff) {
      if (!zip64Sizes(part, cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength))) damaged('directory');
    }
    // Two parts of one name: the first is the one readers agree on.
    if (!parts.has(part.name)) parts.set(part.name, part);
    p = end;
  }
  return parts;
}

/** Fills in the 64-bit sizes and offset from a ZIP64 extra field; false when it is missing or short. */
function zip64Sizes(part: ZipPart, extra: Uint8Array): boolean {
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = u16(extra, q);
    const length = u16(extra, q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const next = () => {
        if (r + 8 > q + 4 + length || r + 8 > extra.length) return undefined;
        const v = u64(extra, r);
        r += 8;
        return v;
      };
      // Only the fields that are 0xffffffff in the directory entry are present, in this order.
      if (part.size === 0xffffffff && (part.size = next() ?? -1) < 0) return false;
      if (part.compressed === 0xffffffff && (part.compressed = next() ?? -1) < 0) return false;
      if (part.local === 0xffffffff && (part.local = next() ?? -1) < 0) return false;
      return true;
    }
    q += 4 + length;
  }
  return false;
}

export interface InflateLimits {
  /** Most bytes the part may inflate to; no default, each kind of part has its own. */
  maxBytes: number;
  /** Most inflated bytes per compressed byte, for parts over `ratioFloor` bytes. */
  ratio: number;
  /** Inflated size under which the ratio is not checked. */
  ratioFloor: number;
}

/** Compressed bytes read at a time. */
const READ_CHUNK = 1 << 16;

/**
 * The part's bytes, inflated, a chunk at a time. Fails (a DebriefError) when
 * the declared or the real size is over the limits, and when the data is
 * damaged, cut, or does not match the directory's size and checksum.
 */
export async function* inflatePart(src: ZipSource, part: ZipPart, limits: InflateLimits & { file: string }): AsyncGenerator<Buffer> {
  const { file } = limits;
  const damaged = () => fail(msg.unreadableXlsx(file, `its part "${part.name}" is damaged`));
  if (part.method !== 0 && part.method !== 8) fail(msg.unreadableXlsx(file, `its part "${part.name}" uses an unsupported compression`));
  if (part.flags & 1) fail(msg.unreadableXlsx(file, `its part "${part.name}" is encrypted`));
  const allowed = Math.min(limits.maxBytes, Math.max(limits.ratioFloor, limits.ratio * part.compressed));
  // Declared sizes first: a bomb is refused before a byte of it is inflated.
  overLimits(part, part.size, limits);
  const header = src.read(part.local, 30);
  if (header.length < 30 || u32(header, 0) !== LOCAL) damaged();
  const start = part.local + 30 + u16(header, 26) + u16(header, 28);
  if (start + part.compressed > src.size) fail(msg.truncatedXlsx(file));
  function* compressed(): Generator<Uint8Array> {
    for (let pos = start, end = start + part.compressed; pos < end; pos += READ_CHUNK) yield src.read(pos, Math.min(READ_CHUNK, end - pos));
  }
  let sum = 0;
  let length = 0;
  const check = (chunk: Uint8Array) => {
    length += chunk.length;
    // More than the directory says is damage; past the limits (the directory lied too) is the limit's error.
    if (length > allowed) overLimits(part, length, limits);
    if (length > part.size) damaged();
    sum = crc32(chunk, sum);
  };
  if (part.method === 0) {
    for (const chunk of compressed()) {
      check(chunk);
      yield Buffer.from(chunk);
    }
  } else {
    const body = pipeline(Readable.from(compressed(), { objectMode: false }), createInflateRaw({ chunkSize: READ_CHUNK }), () => undefined);
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        check(chunk);
        yield chunk;
      }
    } catch (e) {
      if (isZlibError(e)) damaged();
      throw e;
    } finally {
      body.destroy();
    }
  }
  if (length !== part.size || sum >>> 0 !== part.crc >>> 0) damaged();
}

/** The whole part as text (UTF-8), for the small parts held whole. */
export async function readPartText(src: ZipSource, part: ZipPart, limits: InflateLimits & { file: string }): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of inflatePart(src, part, limits)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Fails when the part's declared inflated size is over the limits. */
export function checkDeclared(part: ZipPart, limits: InflateLimits & { file: string }): void {
  overLimits(part, part.size, limits);
}

function overLimits(part: ZipPart, size: number, limits: InflateLimits & { file: string }): void {
  if (size > limits.maxBytes) fail(msg.xlsxPartTooLarge(limits.file, part.name, limits.maxBytes));
  if (size > limits.ratioFloor && size > limits.ratio * part.compressed) fail(msg.xlsxPartRatio(limits.file, part.name, limits.ratio));
}

function isZlibError(e: unknown): boolean {
  const code = (e as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

/** A 64-bit field as a number; values past 2^53 are beyond any file here, read as "too far". */
function u64(b: Uint8Array, i: number): number {
  const high = u32(b, i + 4);
  return high >= 0x200000 ? Number.MAX_SAFE_INTEGER : high * 2 ** 32 + u32(b, i);
}
