import { describe, expect, it } from 'vitest';
import { normalCdf, twoSidedP } from '../../../pipeline/metrics/normal.js';

/** Standard normal table values (e.g. Abramowitz & Stegun, Table 26.1), to 15 digits. */
const PHI: [number, number][] = [
  [0, 0.5],
  [1, 0.841344746068543],
  [-1, 0.158655253931457],
  [2, 0.977249868051821],
  [3, 0.998650101968370],
  [-3.090232306167813, 0.001],
  [1.644853626951472, 0.95],
];

describe('normalCdf(x)', () => {
  for (const [x, p] of PHI) {
    it(`normalCdf(${x}) = ${p}`, () => {
      expect(Math.abs(normalCdf(x) - p)).toBeLessThan(1e-13);
    });
  }

  it('normalCdf(x) + normalCdf(−x) = 1', () => {
    for (let x = -8; x <= 8; x += 0.37) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
  });
});

describe('twoSidedP(z)', () => {
  it('twoSidedP(1.959964) = 0.05, twoSidedP(2.575829) = 0.01, twoSidedP(3.290527) = 0.001', () => {
    expect(twoSidedP(1.959963984540054)).toBeCloseTo(0.05, 12);
    expect(twoSidedP(-2.575829303548901)).toBeCloseTo(0.01, 12);
    expect(twoSidedP(3.290526731491926)).toBeCloseTo(0.001, 12);
  });

  it('twoSidedP(0) = 1', () => {
    expect(twoSidedP(0)).toBe(1);
  });
});
