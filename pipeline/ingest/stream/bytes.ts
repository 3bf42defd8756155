/** Byte-level helpers of the fold: fields read straight from the raw bytes, without decoding. */
import type { ByteDict } from './dict.js';

const QUOTE = 0x22;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** An id of plain digits (no leading zero, at most 15) read straight from the bytes, as idKey would; else undefined. */
export function numericId(buf: Uint8Array, start: number, end: number): number | undefined {
  while (start < end && (buf[start] === SPACE || buf[start] === TAB)) start++;
  while (end > start && (buf[end - 1] === SPACE || buf[end - 1] === TAB)) end--;
  const len = end - start;
  if (len === 0 || len > 15 || (buf[start] === 0x30 && len > 1)) return undefined;
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) return undefined;
    value = value * 10 + d;
  }
  return value;
}

/** True when the field holds only ASCII white space (what trim() removes, but for U+00A0 and U+FEFF). */
export function blankBytes(buf: Uint8Array, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const b = buf[p];
    if (b !== SPACE && (b < TAB || b > CR)) return false; // tab, LF, vertical tab, form feed, CR: blank to trim() too
  }
  return true;
}

/** The field with each doubled quote made single. */
export function unescapeQuotes(buf: Uint8Array, start: number, end: number): Uint8Array {
  const out = new Uint8Array(end - start);
  let n = 0;
  for (let i = start; i < end; i++) {
    out[n++] = buf[i];
    if (buf[i] === QUOTE && buf[i + 1] === QUOTE) i++;
  }
  return out.subarray(0, n);
}

/** The dictionary index of a quoted field with doubled quotes, as its spelling reads unescaped. */
export function findUnescaped(d: ByteDict, buf: Uint8Array, start: number, end: number): number {
  const u = unescapeQuotes(buf, start, end);
  return d.find(u, 0, u.length);
}

const LF = 0x0a;

/**
 * The length of the white space character at buf[k] as papaparse's trim() sees it between a closing quote
 * and the delimiter: space, tab, vertical tab, form feed, and in UTF-8 U+00A0 and U+FEFF (a stray BOM); else 0.
 */
export function whiteSpaceAt(buf: Uint8Array, k: number): number {
  const b = buf[k];
  if (b === SPACE || b === TAB || b === 0x0b || b === 0x0c) return 1;
  if (b === 0xc2 && buf[k + 1] === 0xa0) return 2;
  if (b === 0xef && buf[k + 1] === 0xbb && buf[k + 2] === 0xbf) return 3;
  return 0;
}

/** True when a line break lies in buf[start, end) before the one (if any) that ends it. */
export function lineBreakBefore(buf: Uint8Array, start: number, end: number): boolean {
  let last = end;
  while (last > start && (buf[last - 1] === LF || buf[last - 1] === CR)) last--;
  for (let p = start; p < last; p++) if (buf[p] === LF || buf[p] === CR) return true;
  return false;
}
