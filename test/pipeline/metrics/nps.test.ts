import { describe, expect, it } from 'vitest';
import { netPromoterScore, RECOMMEND } from '../../../pipeline/metrics/nps.js';
import { labelKey } from '../../../pipeline/ingest/normalise/scales.js';
import { mulberry32 } from '../../../scripts/random.js';

const CODES = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0];

describe('netPromoterScore(item, counts, codes)', () => {
  it('netPromoterScore: promoters 9–10, passives 7–8, detractors 0–6, by hand', () => {
    // 10: 120, 9: 100 → 220 promoters; 8: 80, 7: 50 → 130 passives; 6…0: 30+25+15+10+8+7+5 = 100 detractors.
    const nps = netPromoterScore('q', [120, 100, 80, 50, 30, 25, 15, 10, 8, 7, 5], CODES);
    expect(nps).toMatchObject({ valid: 450, promoters: 220, passives: 130, detractors: 100 });
    expect(nps.score).toBeCloseTo(220 / 450 - 100 / 450, 14);
  });

  it('netPromoterScore: the adjusted Wald interval of Rocks (2016), by hand', () => {
    // n' = 453, p' = 220.75/453, d' = 100.75/453; se = √((p' + d' − (p' − d')²) / n').
    const n = 453;
    const p = 220.75 / n;
    const d = 100.75 / n;
    const se = Math.sqrt((p + d - (p - d) ** 2) / n);
    const nps = netPromoterScore('q', [120, 100, 80, 50, 30, 25, 15, 10, 8, 7, 5], CODES);
    expect(nps.low).toBeCloseTo(p - d - 1.959964 * se, 6);
    expect(nps.high).toBeCloseTo(p - d + 1.959964 * se, 6);
    // Rounded as a reader would see it: +19 to +34.
    expect(Math.round(nps.low * 100)).toBe(19);
    expect(Math.round(nps.high * 100)).toBe(34);
  });

  it('netPromoterScore: all promoters gives a score of +1 and an interval clipped at +1', () => {
    const nps = netPromoterScore('q', [10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], CODES);
    expect(nps.score).toBe(1);
    expect(nps.high).toBe(1);
    // n' = 13, p' = 10.75/13, d' = 0.75/13: low = 10/13 − 1.96 × √((11.5/13 − (10/13)²) / 13) = 0.4750.
    expect(nps.low).toBeCloseTo(10 / 13 - 1.959964 * Math.sqrt((11.5 / 13 - (10 / 13) ** 2) / 13), 6);
  });

  it('netPromoterScore: the interval covers the true score about 95% of the time (seeded simulation, n = 60)', () => {
    const random = mulberry32(2016);
    const truth = { promoter: 0.45, passive: 0.3 }; // detractors 0.25, NPS 0.20
    let covered = 0;
    const runs = 4000;
    for (let r = 0; r < runs; r++) {
      const counts = CODES.map(() => 0);
      for (let k = 0; k < 60; k++) {
        const u = random();
        counts[u < truth.promoter ? 0 : u < truth.promoter + truth.passive ? 2 : 4]++;
      }
      const nps = netPromoterScore('q', counts, CODES);
      if (nps.low <= 0.2 && 0.2 <= nps.high) covered++;
    }
    expect(covered / runs).toBeGreaterThan(0.935);
    expect(covered / runs).toBeLessThan(0.965);
  });
});

describe('RECOMMEND', () => {
  it('RECOMMEND finds "would you recommend" in English, French and Spanish', () => {
    for (const q of ['How likely are you to recommend this meeting to a colleague?', 'Recommanderiez-vous cette réunion ?', '¿Recomendaría esta reunión a un colega?']) {
      expect(RECOMMEND.test(labelKey(q))).toBe(true);
    }
    expect(RECOMMEND.test(labelKey('How would you rate the venue?'))).toBe(false);
  });
});
