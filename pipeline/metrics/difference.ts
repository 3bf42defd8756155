import { wilson, Z95 } from './wilson.js';

/**
 * 95% interval for the difference of two independent proportions
 * `x1/n1 − x2/n2`: Newcombe's hybrid score interval (Newcombe, Statistics in
 * Medicine 17, 873–890, 1998, method 10), which combines the two Wilson
 * intervals. It keeps its coverage at small n and never leaves [−1, 1],
 * unlike the Wald interval. Returns [−1, 1] when either n is 0.
 */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, options: { z?: number } = {}): [number, number] {
  /** The normal quantile; default 1.96 (95%). */
  const z = options.z ?? Z95;
  if (n1 <= 0 || n2 <= 0) return [-1, 1];
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const [l1, u1] = wilson(x1, n1, { z });
  const [l2, u2] = wilson(x2, n2, { z });
  const d = p1 - p2;
  return [d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}
