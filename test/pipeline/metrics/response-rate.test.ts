import { describe, expect, it } from 'vitest';
import { responseRate } from '../../../pipeline/metrics/response-rate.js';

describe('responseRate(respondents, participants)', () => {
  it('responseRate(412, 520): 79.2% with its Wilson interval, by hand', () => {
    const r = responseRate(412, 520);
    expect(r).toMatchObject({ respondents: 412, participants: 520 });
    expect(r.rate).toBeCloseTo(412 / 520, 14);
    const z = 1.959963984540054;
    const p = 412 / 520;
    const n = 520;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    expect(r.low).toBeCloseTo(centre - half, 12);
    expect(r.high).toBeCloseTo(centre + half, 12);
  });

  it('responseRate(n, n) is 100% with an upper bound of 1', () => {
    const r = responseRate(80, 80);
    expect(r.rate).toBe(1);
    expect(r.high).toBe(1);
  });
});
