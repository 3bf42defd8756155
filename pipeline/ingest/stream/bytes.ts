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

/** Where a quoted field ends: its closing quote (`end`), the delimiter or line break after it (`after`), and what it held. */
export interface QuotedField {
  end: number;
  after: number;
  /** 1 when the field holds doubled or stray quotes to unescape, else 0. */
  escaped: number;
  /** A quote inside the field that did not close it (papaparse keeps it as a character). */
  invalid: boolean;
}

/** scanQuoted: the buffer ends before the field can be read; wait for more bytes. */
export const MORE = -1;
/** scanQuoted: the field's quote never closes before the input ends. */
export const UNCLOSED = -2;

/**
 * Reads the quoted field whose opening quote is buf[i], as papaparse does: a
 * quote closes the field only before the delimiter or a line break (white
 * space between them is dropped); any other quote is a character of the
 * field, and the search goes on. Fills `out` and returns 0, or MORE, or
 * UNCLOSED (`final`: no more bytes will come).
 */
export function scanQuoted(buf: Uint8Array, i: number, delimiter: number, final: boolean, out: QuotedField): number {
  const n = buf.length;
  let j = i + 1;
  out.escaped = 0;
  out.invalid = false;
  for (;;) {
    while (j < n && buf[j] !== QUOTE) j++;
    if (j >= n) return final ? UNCLOSED : MORE;
    if (j + 1 < n && buf[j + 1] === QUOTE) {
      out.escaped = 1;
      j += 2;
      continue;
    }
    if (j + 1 >= n) {
      if (!final) return MORE; // cannot tell "" from " yet
      out.after = n;
      break;
    }
    let k = j + 1;
    for (let w; k < n && buf[k] !== delimiter && (w = whiteSpaceAt(buf, k)) > 0; ) k += w;
    if (k >= n) return final ? UNCLOSED : MORE;
    if (buf[k] === delimiter || buf[k] === LF || buf[k] === CR) {
      out.after = k;
      break;
    }
    if (!final && k + 2 >= n && (buf[k] === 0xc2 || buf[k] === 0xef)) return MORE; // a white space character may straddle the chunks
    out.invalid = true;
    out.escaped = 1; // the stray quote stays; doubled ones are still unescaped
    j++;
  }
  out.end = j;
  return 0;
}
