import { describe, expect, it } from 'vitest';
import { newcombeDifference } from '../../../pipeline/metrics/difference.js';

/**
 * Newcombe, "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Statistics in Medicine 17
 * (1998) 873–890, Table II, method 10 (hybrid score), 95%.
 */
const NEWCOMBE_TABLE_II: [number, number, number, number, number, number][] = [
  [56, 70, 48, 80, 0.0524, 0.3339],
  [9, 10, 3, 10, 0.1705, 0.809],
];

describe('newcombeDifference(x1, n1, x2, n2)', () => {
  for (const [x1, n1, x2, n2, low, high] of NEWCOMBE_TABLE_II) {
    it(`newcombeDifference(${x1}, ${n1}, ${x2}, ${n2}) matches Newcombe's Table II, method 10 (${low} to ${high})`, () => {
      const [l, h] = newcombeDifference(x1, n1, x2, n2);
      expect(Math.abs(l - low)).toBeLessThan(0.00005);
      expect(Math.abs(h - high)).toBeLessThan(0.00005);
    });
  }

  it('newcombeDifference(a, b) is the mirror of newcombeDifference(b, a)', () => {
    const [l, h] = newcombeDifference(56, 70, 48, 80);
    const [l2, h2] = newcombeDifference(48, 80, 56, 70);
    expect(l2).toBeCloseTo(-h, 12);
    expect(h2).toBeCloseTo(-l, 12);
  });

  it('newcombeDifference(x, 0, …) is the whole range [−1, 1]', () => {
    expect(newcombeDifference(0, 0, 3, 10)).toEqual([-1, 1]);
  });

  it('newcombeDifference(0, 10, 10, 10) stays within [−1, 1]', () => {
    const [l, h] = newcombeDifference(0, 10, 10, 10);
    expect(l).toBeGreaterThanOrEqual(-1);
    expect(h).toBeLessThan(0);
  });
});
