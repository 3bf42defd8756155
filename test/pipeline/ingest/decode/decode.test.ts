/**
 * decode(bytes): byte sequences are written out by hand here (or by the
 * fixture encoders in scripts/text-bytes.ts, which never call TextDecoder),
 * so each expectation states what the bytes mean, not what a decoder says.
 */
import { describe, expect, it } from 'vitest';
import { decode, windows1252 } from '../../../../pipeline/ingest/decode/decode.js';
import { DebriefError } from '../../../../pipeline/errors.js';
import * as msg from '../../../../pipeline/messages.js';
import { utf16Bytes, windows1252Bytes } from '../../../../scripts/text-bytes.js';

const file = 'export.csv';

/** Bytes of ASCII text, one per character. */
function ascii(text: string): number[] {
  return [...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code > 0x7f) throw new Error(`not ASCII: ${c}`);
    return code;
  });
}

const bytes = (...parts: (number | number[])[]) => Uint8Array.from(parts.flat());

/** "Très bien,Médiocre\r\n" in UTF-8: è = C3 A8, é = C3 A9. */
const UTF8 = bytes(ascii('Tr'), 0xc3, 0xa8, ascii('s bien,M'), 0xc3, 0xa9, ascii('diocre\r\n'));

describe('decode(bytes)', () => {
  it('decode(bytes) reads UTF-8 without a BOM as utf-8', () => {
    expect(decode(UTF8, { file })).toEqual({ text: 'Très bien,Médiocre\r\n', encoding: 'utf-8' });
  });

  it('decode(bytes) drops the UTF-8 BOM and reports utf-8-bom', () => {
    expect(decode(bytes(0xef, 0xbb, 0xbf, [...UTF8]), { file })).toEqual({ text: 'Très bien,Médiocre\r\n', encoding: 'utf-8-bom' });
  });

  it('decode(bytes) drops a doubled UTF-8 BOM too', () => {
    expect(decode(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ascii('a,b')), { file }).text).toBe('a,b');
  });

  it('decode(bytes) reads Windows-1252 behind a UTF-8 BOM as windows-1252', () => {
    // "Médiocre" with é = E9, which is not UTF-8.
    const decoded = decode(bytes(0xef, 0xbb, 0xbf, ascii('M'), 0xe9, ascii('diocre')), { file });
    expect(decoded).toEqual({ text: 'Médiocre', encoding: 'windows-1252' });
  });

  it('decode(bytes) reads UTF-16 LE with a BOM (Excel "Unicode Text")', () => {
    // "é\t’€\r\n": U+00E9, TAB, U+2019, U+20AC, CR, LF, each low byte first.
    const le = bytes(0xff, 0xfe, 0xe9, 0x00, 0x09, 0x00, 0x19, 0x20, 0xac, 0x20, 0x0d, 0x00, 0x0a, 0x00);
    expect(decode(le, { file })).toEqual({ text: 'é\t’€\r\n', encoding: 'utf-16le' });
  });

  it('decode(bytes) reads UTF-16 BE with a BOM', () => {
    const be = bytes(0xfe, 0xff, 0x00, 0xe9, 0x00, 0x2c, 0x20, 0x19, 0x20, 0xac, 0x00, 0x0a);
    expect(decode(be, { file })).toEqual({ text: 'é,’€\n', encoding: 'utf-16be' });
  });

  it('decode(bytes) reads UTF-16 surrogate pairs in either byte order', () => {
    const text = 'Great week 👍, thanks to Олена\r\n';
    expect(decode(utf16Bytes(text, 'le'), { file }).text).toBe(text);
    expect(decode(utf16Bytes(text, 'be'), { file }).text).toBe(text);
  });

  it('decode(bytes) recognises UTF-16 without a BOM from its NUL bytes', () => {
    const le = utf16Bytes('Respondent ID,Collector ID\r\n1,2\r\n', 'le').subarray(2);
    const be = utf16Bytes('Respondent ID,Collector ID\r\n1,2\r\n', 'be').subarray(2);
    expect(decode(le, { file })).toEqual({ text: 'Respondent ID,Collector ID\r\n1,2\r\n', encoding: 'utf-16le' });
    expect(decode(be, { file })).toEqual({ text: 'Respondent ID,Collector ID\r\n1,2\r\n', encoding: 'utf-16be' });
  });

  it('decode(bytes) tolerates a CJK character with a zero byte in BOM-less UTF-16 LE', () => {
    // 一 is U+4E00: bytes 00 4E in LE, a NUL on the even side.
    const le = utf16Bytes('一,Respondent ID,Collector ID\r\n', 'le').subarray(2);
    expect(decode(le, { file })).toEqual({ text: '一,Respondent ID,Collector ID\r\n', encoding: 'utf-16le' });
  });

  it('decode(bytes) falls back to Windows-1252 for é, ’ (0x92) and € (0x80)', () => {
    // "Très bien;l’organisation;35 €" as Excel "CSV" writes it on a French-locale laptop.
    const cp1252 = bytes(ascii('Tr'), 0xe8, ascii('s bien;l'), 0x92, ascii('organisation;35 '), 0x80, ascii('\r\n'));
    expect(decode(cp1252, { file })).toEqual({ text: 'Très bien;l’organisation;35 €\r\n', encoding: 'windows-1252' });
  });

  it('decode(bytes) keeps CRLF and LF line breaks as they are', () => {
    expect(decode(bytes(ascii('a\r\nb\nc\r')), { file }).text).toBe('a\r\nb\nc\r');
  });

  it('decode(bytes) does not change its input', () => {
    const input = bytes(0xff, 0xfe, 0x41, 0x00);
    decode(input, { file });
    expect([...input]).toEqual([0xff, 0xfe, 0x41, 0x00]);
  });

  it('decode(bytes) rejects an empty file', () => {
    expect(() => decode(new Uint8Array(0), { file })).toThrow(new DebriefError(msg.emptyFile(file)));
  });

  it('decode(bytes) rejects binary data (NUL bytes, not UTF-16)', () => {
    // The start of a PNG file.
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00);
    expect(() => decode(png, { file })).toThrow(new DebriefError(msg.binaryFile(file, 'a PNG image')));
  });
});

describe('decode(bytes cut in the middle of a character)', () => {
  it('decode(UTF-8 cut inside its last character) stays UTF-8, the cut character read as U+FFFD; a lone byte that begins no character does not', () => {
    // "é" is C3 A9 in UTF-8: the file ends after its first byte.
    const cut = Buffer.from('ID,Note\r\n1,Très bien\r\n2,Mauvais \u00e9', 'utf8').subarray(0, -1);
    expect(decode(cut, { file: 'x.csv' })).toEqual({ text: 'ID,Note\r\n1,Très bien\r\n2,Mauvais \ufffd', encoding: 'utf-8' });
    // 0xFF begins no UTF-8 character: Windows-1252 "ÿ".
    expect(decode(Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0xff]), { file: 'x.csv' }).encoding).toBe('windows-1252');
  });
});

describe('windows1252(bytes)', () => {
  it('windows1252(bytes) maps 0x80–0x9F to the WHATWG characters, not to C1 controls', () => {
    const high = bytes(0x80, 0x85, 0x8c, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9c, 0x9f);
    expect(windows1252(high)).toBe('€…Œ‘’“”–—™œŸ');
  });

  it('windows1252(bytes) maps the five unassigned bytes to the C1 control of the same number', () => {
    expect([...windows1252(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d))].map((c) => c.charCodeAt(0))).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  });

  it('windows1252(bytes) is Latin-1 outside 0x80–0x9F', () => {
    expect(windows1252(bytes(0x41, 0xa0, 0xab, 0xc9, 0xe9, 0xff))).toBe('A\u00a0«Ééÿ');
  });

  it('windows1252(bytes) inverts the fixture encoder on every character of the code page', () => {
    // The encoder keeps its own character → byte table; a typo in either table breaks the round trip.
    const all = windows1252(Uint8Array.from({ length: 256 }, (_, i) => i)).replace(/[\x81\x8d\x8f\x90\x9d]/g, '');
    expect(windows1252(windows1252Bytes(all))).toBe(all);
  });

  it('windows1252(bytes) decodes more than one chunk of 8 KiB', () => {
    const long = new Uint8Array(20000).fill(0x92);
    expect(windows1252(long)).toBe('’'.repeat(20000));
  });
});
