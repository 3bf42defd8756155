import { describe, expect, it } from 'vitest';
import { hex4, pdfDate, pdfName, pdfNumber, pdfString } from '../../../../../pipeline/outputs/formats/pdf/syntax.js';

describe('PDF syntax', () => {
  it('pdfNumber(x) writes at most three decimals, no exponent and no -0', () => {
    expect(pdfNumber(5)).toBe('5');
    expect(pdfNumber(0.12345)).toBe('0.123');
    expect(pdfNumber(-2.5)).toBe('-2.5');
    expect(pdfNumber(-0.0001)).toBe('0');
    expect(pdfNumber(1e-7)).toBe('0');
    expect(pdfNumber(123456789.5)).toBe('123456789.5');
  });

  it('pdfString("a(b)\\\\") escapes parentheses and backslashes in a literal string', () => {
    expect(pdfString('a(b)\\')).toBe('(a\\(b\\)\\\\)');
    expect(pdfString('Alpha was rated highest.')).toBe('(Alpha was rated highest.)');
  });

  it('pdfString("été “x”") writes non-ASCII text as UTF-16BE hex with a byte order mark', () => {
    // é U+00E9, t, é, space, “ U+201C, x, ” U+201D
    expect(pdfString('été “x”')).toBe('<FEFF00E9007400E90020201C0078201D>');
    expect(pdfString('😀')).toBe('<FEFFD83DDE00>');
  });

  it('pdfName("Inter Bold#") escapes spaces and # as #XX', () => {
    expect(pdfName('Inter Bold#')).toBe('/Inter#20Bold#23');
  });

  it('pdfDate(2000-01-01T00:00:00Z) is D:20000101000000Z whatever the time zone', () => {
    expect(pdfDate(new Date('2000-01-01T00:00:00Z'))).toBe('D:20000101000000Z');
    expect(pdfDate(new Date('2024-12-31T23:59:58+01:00'))).toBe('D:20241231225958Z');
  });

  it('hex4(n) pads to four uppercase hex digits', () => {
    expect(hex4(0x2a)).toBe('002A');
    expect(hex4(0xffff)).toBe('FFFF');
  });
});
