/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion `positive / n` (Wilson 1927;
 * Newcombe 1998, method 3). Unlike the Wald interval it stays inside [0, 1]
 * and keeps its coverage at small n. Returns [0, 1] when n is 0.
 */
export function wilson(positive: number, n: number, options: { z?: number } = {}): [number, number] {
  /** The normal quantile; default 1.96 (95%). */
  const z = options.z ?? Z95;
  if (n <= 0) return [0, 1];
  const p = positive / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  // At 0 and n the bound is exactly 0 or 1; say so rather than 1e-17 or 0.9999999999999999.
  return [positive <= 0 ? 0 : Math.max(0, centre - half), positive >= n ? 1 : Math.min(1, centre + half)];
}
