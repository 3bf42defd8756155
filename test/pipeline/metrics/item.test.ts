import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemMetrics, levelSides } from '../../../pipeline/metrics/item.js';
import { SCALES, type Scale } from '../../../pipeline/ingest/normalise/scales.js';

const scale = (id: string): Scale => SCALES.find((s) => s.id === id)!;

describe('itemMetrics(item)', () => {
  it('itemMetrics on a 4-point scale: top two levels over valid answers, a zero level kept', () => {
    // Excellent 40, Good 0, Fair 50, Poor 10: hand counts.
    const m = itemMetrics({ counts: [40, 0, 50, 10], scale: scale('excellent-poor-4') });
    expect(m.valid).toBe(100);
    expect(m.positiveCount).toBe(40);
    expect(m.positive).toBe(0.4);
    expect(m.negative).toBe(0.6);
    expect(m.neutral).toBeNull();
    expect(m.mean).toBeCloseTo((40 * 4 + 0 * 3 + 50 * 2 + 10 * 1) / 100, 12);
  });

  it('itemMetrics on a 5-point scale: the middle level is neutral', () => {
    const m = itemMetrics({ counts: [10, 20, 30, 25, 15], scale: scale('agree-5') });
    expect(m.positive).toBe(0.3);
    expect(m.neutral).toBe(0.3);
    expect(m.negative).toBe(0.4);
    expect(m.mean).toBeCloseTo((10 * 5 + 20 * 4 + 30 * 3 + 25 * 2 + 15) / 100, 12);
  });

  it('itemMetrics(item, { positiveLevels: 3 }) widens the top box and drops the neutral level', () => {
    const m = itemMetrics({ counts: [10, 20, 30, 25, 15], scale: scale('excellent-poor-5') }, { positiveLevels: 3 });
    expect(m.positiveCount).toBe(60);
    expect(m.positive).toBe(0.6);
    expect(m.neutral).toBeNull();
    expect(m.negative).toBe(0.4);
  });

  it('itemMetrics with no valid answer: shares 0, mean null, interval [0, 1]', () => {
    const m = itemMetrics({ counts: [0, 0, 0, 0], scale: scale('excellent-poor-4') });
    expect(m).toMatchObject({ valid: 0, positive: 0, negative: 0, mean: null, positiveLow: 0, positiveHigh: 1 });
  });

  it('itemMetrics does not modify its input', () => {
    const counts = [1, 2, 3, 4];
    itemMetrics({ counts, scale: scale('excellent-poor-4') });
    expect(counts).toEqual([1, 2, 3, 4]);
  });

  it('itemMetrics: shares in [0, 1], positive + neutral + negative ≤ 1 (= 1 with the default top box), valid = sum of counts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCALES), fc.array(fc.nat(500), { minLength: 11, maxLength: 11 }), (s, raw) => {
        const counts = raw.slice(0, s.levels.length);
        const m = itemMetrics({ counts, scale: s });
        expect(m.valid).toBe(counts.reduce((a, b) => a + b, 0));
        for (const x of [m.positive, m.negative, m.neutral ?? 0, m.positiveLow, m.positiveHigh]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
        const total = m.positive + m.negative + (m.neutral ?? 0);
        if (m.valid > 0 && s.levels.length <= 5) expect(total).toBeCloseTo(1, 12);
        expect(total).toBeLessThanOrEqual(1 + 1e-12);
        expect(m.positiveLow).toBeLessThanOrEqual(m.positive + 1e-12);
        expect(m.positiveHigh).toBeGreaterThanOrEqual(m.positive - 1e-12);
      }),
    );
  });
});

describe('levelSides(levelCount, positiveLevels)', () => {
  it('levelSides(4, 2): top two, no middle, bottom two', () => {
    expect(levelSides(4, 2)).toEqual({ positive: [0, 1], neutral: null, negative: [2, 3] });
  });
  it('levelSides(5, 2): the middle level is neutral', () => {
    expect(levelSides(5, 2)).toEqual({ positive: [0, 1], neutral: 2, negative: [3, 4] });
  });
  it('levelSides(5, 3): a top box over the middle leaves no neutral', () => {
    expect(levelSides(5, 3)).toEqual({ positive: [0, 1, 2], neutral: null, negative: [3, 4] });
  });
  it('levelSides(n, k): the three sides never share a level', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 11 }), fc.integer({ min: 1, max: 10 }), (n, k) => {
        fc.pre(k < n);
        const s = levelSides(n, k);
        const all = [...s.positive, ...(s.neutral === null ? [] : [s.neutral]), ...s.negative];
        expect(new Set(all).size).toBe(all.length);
        expect(Math.max(...all)).toBeLessThan(n);
      }),
    );
  });
});
