import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupMetrics, type GroupInput } from '../../../pipeline/metrics/group.js';
import { wilson } from '../../../pipeline/metrics/wilson.js';

function input(id: string, group: string, positiveCount: number, valid: number): GroupInput {
  const [positiveLow, positiveHigh] = wilson(positiveCount, valid);
  return { id, group, valid, positiveCount, positive: valid ? positiveCount / valid : 0, positiveLow, positiveHigh };
}

describe('groupMetrics(items)', () => {
  it('groupMetrics: unweighted mean, pooled share, min and max by hand', () => {
    const items = [input('a', 'g', 80, 100), input('b', 'g', 35, 50), input('c', 'g', 15, 20)];
    const [g] = groupMetrics(items);
    expect(g.meanPositive).toBeCloseTo((0.8 + 0.7 + 0.75) / 3, 12);
    expect(g.pooledPositive).toBeCloseTo(130 / 170, 12);
    expect(g.minPositive).toBe(0.7);
    expect(g.maxPositive).toBe(0.8);
    expect(g.valid).toBe(170);
    expect([g.pooledLow, g.pooledHigh]).toEqual(wilson(130, 170));
  });

  it('groupMetrics: the best item is clear when its interval overlaps no other item\'s', () => {
    // 384/480 = 80%, interval ≈ 76–83%; the runner-up 213/300 = 71%, interval ≈ 66–76%.
    const [g] = groupMetrics([input('a', 'g', 213, 300), input('best', 'g', 384, 480), input('c', 'g', 266, 380)]);
    expect(g.best).toBe('best');
    expect(g.bestIsClear).toBe(true);
    expect(g.tiedWithBest).toEqual([]);
  });

  it('groupMetrics: items whose interval overlaps the best one\'s are tied with it, and the best is not "most appreciated"', () => {
    const [g] = groupMetrics([input('a', 'g', 92, 100), input('b', 'g', 108, 120), input('c', 'g', 56, 80)]);
    expect(g.best).toBe('a');
    expect(g.bestIsClear).toBe(false);
    expect(g.tiedWithBest).toEqual(['b']);
  });

  it('groupMetrics: a small item with a wide interval blocks the superlative even when it is not the runner-up', () => {
    // best 400/500 = 80% (76.3–83.3%); runner-up 700/1000 = 70% (67.1–72.8%); 3/5 = 60% (23–88%) overlaps the best.
    const [g] = groupMetrics([input('best', 'g', 400, 500), input('second', 'g', 700, 1000), input('small', 'g', 3, 5)]);
    expect(g.bestIsClear).toBe(false);
    expect(g.tiedWithBest).toEqual(['small']);
  });

  it('groupMetrics: a single item is never "the most appreciated"', () => {
    expect(groupMetrics([input('a', 'g', 9, 10)])[0].bestIsClear).toBe(false);
  });

  it('groupMetrics: items without valid answers are left out', () => {
    const [g] = groupMetrics([input('a', 'g', 0, 0), input('b', 'g', 5, 10)]);
    expect(g.items).toEqual(['b']);
  });

  it('groupMetrics(items, { order }) puts groups in the given order', () => {
    const out = groupMetrics([input('a', 'x', 1, 2), input('b', 'y', 1, 2)], { order: ['y', 'x'] });
    expect(out.map((g) => g.id)).toEqual(['y', 'x']);
  });

  it('groupMetrics: the pooled share and the mean lie between the min and max item shares', () => {
    const item = fc.record({ valid: fc.integer({ min: 1, max: 400 }), share: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 20 }), (raw) => {
        const items = raw.map((r, k) => input(`i${k}`, 'g', Math.round(r.share * r.valid), r.valid));
        const [g] = groupMetrics(items);
        expect(g.pooledPositive).toBeGreaterThanOrEqual(g.minPositive - 1e-12);
        expect(g.pooledPositive).toBeLessThanOrEqual(g.maxPositive + 1e-12);
        expect(g.meanPositive).toBeGreaterThanOrEqual(g.minPositive - 1e-12);
        expect(g.meanPositive).toBeLessThanOrEqual(g.maxPositive + 1e-12);
        expect(g.minPositive).toBeGreaterThanOrEqual(0);
        expect(g.maxPositive).toBeLessThanOrEqual(1);
      }),
    );
  });
});
