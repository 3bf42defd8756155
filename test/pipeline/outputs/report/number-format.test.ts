import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatPercentRange, formatPointChange } from '../../../../pipeline/outputs/report/number-format.js';

const NBSP = '\u00a0';

describe('formatCount(n, lang)', () => {
  it('formatCount(n, lang) groups thousands as each language writes them', () => {
    expect(formatCount(512)).toBe('512');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(1234567, 'fr')).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatCount(1234, 'es')).toBe('1234');
    expect(formatCount(12345, 'es')).toBe('12.345');
    expect(formatCount(-1200, 'en')).toBe('\u22121,200');
  });
});

describe('formatDecimal(x, digits, lang)', () => {
  it('formatDecimal(x, digits, lang) writes a decimal comma in fr and es', () => {
    expect(formatDecimal(0.05, 2)).toBe('0.05');
    expect(formatDecimal(0.05, 2, 'fr')).toBe('0,05');
    expect(formatDecimal(3.14159, 3, 'es')).toBe('3,142');
    expect(formatDecimal(-0.0001, 2)).toBe('0.00');
  });
});

describe('formatPercentRange(low, high, lang)', () => {
  it('formatPercentRange(low, high, lang) writes "70–80%" and "70–80 %"', () => {
    expect(formatPercentRange(0.7, 0.8)).toBe('70–80%');
    expect(formatPercentRange(0.7, 0.8, 'fr')).toBe(`70–80${NBSP}%`);
    expect(formatPercentRange(0.804, 0.796)).toBe('80%');
  });
});

describe('formatPointChange(delta, lang)', () => {
  it('formatPointChange(delta, lang) signs the change in whole points, half up', () => {
    expect(formatPointChange(0.13)).toBe(`+13${NBSP}pts`);
    expect(formatPointChange(-0.045)).toBe(`\u22125${NBSP}pts`);
    expect(formatPointChange(0.001)).toBe(`±0${NBSP}pts`);
    expect(formatPointChange(0.2, 'es')).toBe(`+20${NBSP}p.${NBSP}p.`);
  });
});
