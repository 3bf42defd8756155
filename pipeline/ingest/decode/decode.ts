import { fail } from '../../errors.js';
import { binaryKind } from './magic.js';
import * as msg from '../../messages.js';
import { partialCharacter, utf8Boundary } from '../stream/boundary.js';

export interface Decoded {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`. */
  encoding: string;
}

/**
 * Turns the bytes of a text export into a string. A BOM decides UTF-8 or
 * UTF-16 (Excel's "Unicode Text" is UTF-16 LE with a BOM); UTF-16 without a
 * BOM shows as a NUL in every other byte; otherwise strict UTF-8 is tried and
 * Windows-1252 (Excel's "CSV" on Western locales) is the fallback. Other NUL
 * bytes or many control characters mean the file is binary.
 */
export function decode(bytes: Uint8Array, options: { file: string }): Decoded {
  const { file } = options;
  if (bytes.length === 0) fail(msg.emptyFile(file));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const utf8 = strictUtf8(bytes.subarray(3));
    // A BOM before bytes that are not UTF-8: a tool added it to a 1252 file.
    if (utf8 === undefined) return { text: windows1252(bytes.subarray(3)), encoding: 'windows-1252' };
    return { text: utf8, encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const bomless16 = utf16WithoutBom(bytes);
  if (bomless16) return { text: utf16(bytes, bomless16), encoding: bomless16 };
  const kind = binaryKind(bytes);
  if (kind || looksBinary(bytes)) fail(msg.binaryFile(file, kind));
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return { text: windows1252(bytes), encoding: 'windows-1252' };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    // A file cut in the middle of its last character is still UTF-8 (it becomes U+FFFD, as on the streaming path).
    const cut = utf8Boundary(bytes);
    if (cut === bytes.length || !partialCharacter(bytes.subarray(cut))) return undefined;
    const text = strictUtf8(bytes.subarray(0, cut));
    return text === undefined ? undefined : text + '\ufffd';
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return stripBom(new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes));
}

/** Drops the BOM characters left at the start when a re-save added one more BOM. */
function stripBom(text: string): string {
  let start = 0;
  while (text.charCodeAt(start) === 0xfeff) start++;
  return start ? text.slice(start) : text;
}

/**
 * Bytes 0x80–0x9F of Windows-1252 (WHATWG index; the five unassigned bytes
 * map to the C1 control of the same number). Node's own TextDecoder decodes
 * `windows-1252` as ISO-8859-1 since 20.18.3 / 22.13 (nodejs/node#56542,
 * #60888): `€` would come out as U+0080 and `’` as U+0092, so the table is
 * applied here.
 */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes Windows-1252: Latin-1 except for the 32 bytes 0x80–0x9F. */
export function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(bytes.length, start + chunk);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * UTF-16 text without a BOM shows a NUL in every other byte of its ASCII
 * characters (delimiters, digits, metadata headers). A few characters whose
 * other byte is 0 (U+0100, U+4E00…) are tolerated on the other side.
 */
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
  if (oddNul > pairs * 0.9 && evenNul * 10 < oddNul) return 'utf-16le';
  if (evenNul > pairs * 0.9 && oddNul * 10 < evenNul) return 'utf-16be';
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

/** Decodes byte ranges of a text whose encoding is known (the streaming path's view of `decode`). */
export interface BytesDecoder {
  decode: (bytes: Uint8Array) => string;
}

/** A decoder for one of `decode`'s single-byte or UTF-8 encodings; undefined for UTF-16 (not streamed). */
export function decoderFor(encoding: string): BytesDecoder | undefined {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') return new TextDecoder('utf-8');
  if (encoding === 'windows-1252') return { decode: windows1252 };
  return undefined;
}
