import { fail } from './errors.js';
import * as msg from './messages.js';

export interface Decoded {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`. */
  encoding: string;
}

/**
 * Turns the bytes of a text export into a string. A BOM decides UTF-8 or
 * UTF-16; otherwise strict UTF-8 is tried and Windows-1252 (Excel's "CSV"
 * on Western locales) is the fallback. NUL bytes outside UTF-16 mean binary.
 */
export function decode(bytes: Uint8Array, options: { file: string }): Decoded {
  const { file } = options;
  if (bytes.length === 0) fail(msg.emptyFile(file));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3)) ?? latin(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const bomless16 = utf16WithoutBom(bytes);
  if (bomless16) return { text: new TextDecoder(bomless16).decode(bytes), encoding: bomless16 };
  if (looksBinary(bytes)) fail(msg.binaryFile(file));
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return { text: latin(bytes), encoding: 'windows-1252' };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function latin(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}

/** UTF-16 text without a BOM shows a NUL in every other byte of ASCII text. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.9 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.9 && oddNul === 0) return 'utf-16be';
  return undefined;
}

/** Binary: NUL bytes, or many control characters, in the first 4 KiB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.05;
}
