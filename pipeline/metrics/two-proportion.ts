import { twoSidedP } from './normal.js';

export interface TwoProportionTest {
  /** `x1/n1 − x2/n2`. */
  difference: number;
  /** The z statistic with the pooled standard error; 0 when the pooled share is 0 or 1. */
  z: number;
  /** Two-sided p-value; 1 when either n is 0. */
  p: number;
}

/**
 * Two-proportion z test of `x1/n1` against `x2/n2`: the standard error uses
 * the pooled share `(x1 + x2) / (n1 + n2)`, as under the null hypothesis of
 * equal proportions; the p-value is two-sided.
 */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): TwoProportionTest {
  if (n1 <= 0 || n2 <= 0) return { difference: 0, z: 0, p: 1 };
  const difference = x1 / n1 - x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { difference, z: 0, p: 1 };
  const z = difference / se;
  return { difference, z, p: twoSidedP(z) };
}
