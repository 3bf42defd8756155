import { describe, expect, it } from 'vitest';
import { twoProportionTest } from '../../../pipeline/metrics/two-proportion.js';

/** Pearson's chi-square of a 2×2 table without continuity correction, by the (O − E)² / E loop. */
function chiSquare(x1: number, n1: number, x2: number, n2: number): number {
  const table = [[x1, n1 - x1], [x2, n2 - x2]];
  const rows = table.map((r) => r[0] + r[1]);
  const cols = [x1 + x2, n1 + n2 - x1 - x2];
  const total = n1 + n2;
  let chi = 0;
  for (let r = 0; r < 2; r++) for (let c = 0; c < 2; c++) {
    const e = (rows[r] * cols[c]) / total;
    chi += (table[r][c] - e) ** 2 / e;
  }
  return chi;
}

describe('twoProportionTest(x1, n1, x2, n2)', () => {
  it('twoProportionTest(350, 420, 324, 450): z² equals the Pearson chi-square of the 2×2 table', () => {
    const t = twoProportionTest(350, 420, 324, 450);
    expect(t.z * t.z).toBeCloseTo(chiSquare(350, 420, 324, 450), 10);
    expect(t.z).toBeGreaterThan(0);
    expect(t.difference).toBeCloseTo(350 / 420 - 324 / 450, 14);
  });

  it('twoProportionTest(56, 70, 48, 80) by hand: pooled 104/150, z = 2.6502', () => {
    const pooled = 104 / 150;
    const z = (56 / 70 - 48 / 80) / Math.sqrt(pooled * (1 - pooled) * (1 / 70 + 1 / 80));
    const t = twoProportionTest(56, 70, 48, 80);
    expect(t.z).toBeCloseTo(z, 12);
    expect(t.z).toBeCloseTo(2.6502, 4);
    // Two-sided p of z = 2.6502: erfc(z / √2) = 0.0080451 (Python's math.erfc, C library).
    expect(t.p).toBeCloseTo(0.0080451, 7);
  });

  it('twoProportionTest with equal shares gives z = 0 and p = 1', () => {
    expect(twoProportionTest(30, 60, 50, 100)).toEqual({ difference: 0, z: 0, p: 1 });
  });

  it('twoProportionTest with both shares at 100% gives p = 1 (no variance)', () => {
    expect(twoProportionTest(10, 10, 20, 20).p).toBe(1);
  });

  it('twoProportionTest with an empty sample gives p = 1', () => {
    expect(twoProportionTest(0, 0, 20, 20).p).toBe(1);
  });
});
