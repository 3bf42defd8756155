import { describe, expect, it } from 'vitest';
import { parsePaint } from '../../../../../pipeline/outputs/formats/pdf/paint.js';

describe('parsePaint()', () => {
  it('parsePaint("#08519c") reads six-digit hex', () => {
    expect(parsePaint('#08519c')).toEqual({ r: 8 / 255, g: 0x51 / 255, b: 0x9c / 255, a: 1 });
  });
  it('parsePaint("#fa0") doubles three-digit hex digits', () => {
    expect(parsePaint('#fa0')).toEqual({ r: 1, g: 0xaa / 255, b: 0, a: 1 });
  });
  it('parsePaint("rgb(255, 0, 51)") and rgba with alpha', () => {
    expect(parsePaint('rgb(255, 0, 51)')).toEqual({ r: 1, g: 0, b: 0.2, a: 1 });
    expect(parsePaint('rgba(0,0,0,0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
  });
  it('parsePaint("white"/"black") reads keywords; none and transparent are no paint', () => {
    expect(parsePaint('white')).toEqual({ r: 1, g: 1, b: 1, a: 1 });
    expect(parsePaint('black')).toEqual({ r: 0, g: 0, b: 0, a: 1 });
    expect(parsePaint('none')).toBeNull();
    expect(parsePaint('transparent')).toBeNull();
  });
  it('parsePaint("url(#g)") is not understood', () => {
    expect(parsePaint('url(#g)')).toBeUndefined();
    expect(parsePaint('#12345')).toBeUndefined();
  });
});
