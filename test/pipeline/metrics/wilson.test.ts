import { describe, expect, it } from 'vitest';
import { wilson } from '../../../pipeline/metrics/wilson.js';

/**
 * Newcombe, "Two-sided confidence intervals for the single proportion:
 * comparison of seven methods", Statistics in Medicine 17 (1998) 857–872,
 * Table I, method 3 (score interval without continuity correction), 95%.
 */
const NEWCOMBE_TABLE_I: [number, number, number, number][] = [
  [81, 263, 0.2553, 0.3662],
  [15, 148, 0.0624, 0.1605],
  [0, 20, 0.0, 0.1611],
  [1, 29, 0.0061, 0.1718],
  [29, 29, 0.883, 1.0],
];

describe('wilson(positive, n)', () => {
  for (const [x, n, low, high] of NEWCOMBE_TABLE_I) {
    it(`wilson(${x}, ${n}) matches Newcombe's Table I (${low}–${high})`, () => {
      const [l, h] = wilson(x, n);
      expect(Math.abs(l - low)).toBeLessThan(0.00005);
      expect(Math.abs(h - high)).toBeLessThan(0.00005);
    });
  }

  it('wilson(x, 0) is the whole range [0, 1]', () => {
    expect(wilson(0, 0)).toEqual([0, 1]);
  });

  it('wilson(x, n) contains x/n and stays in [0, 1]', () => {
    for (let n = 1; n <= 40; n++) {
      for (let x = 0; x <= n; x++) {
        const [l, h] = wilson(x, n);
        expect(l).toBeGreaterThanOrEqual(0);
        expect(h).toBeLessThanOrEqual(1);
        expect(l).toBeLessThanOrEqual(x / n + 1e-12);
        expect(h).toBeGreaterThanOrEqual(x / n - 1e-12);
      }
    }
  });

  it('wilson(x, n, { z: 2.5758 }) is wider than the 95% interval', () => {
    const [l95, h95] = wilson(81, 263);
    const [l99, h99] = wilson(81, 263, { z: 2.5758 });
    expect(l99).toBeLessThan(l95);
    expect(h99).toBeGreaterThan(h95);
  });
});
