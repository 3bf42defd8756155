import { describe, expect, it } from 'vitest';
import { netPromoterScore } from '../../../pipeline/metrics/index.js';
import { narrateNps } from '../../../pipeline/narrate/index.js';

describe('narrateNps(nps)', () => {
  it('narrateNps: signed score, n, interval, promoters and detractors', () => {
    const nps = netPromoterScore('q', [120, 100, 80, 50, 30, 25, 15, 10, 8, 7, 5], [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(narrateNps(nps).text).toBe('Net Promoter Score: +27 (n = 450; 95% CI +19 to +34); 49% promoters (9–10), 22% detractors (0–6)');
    const negative = netPromoterScore('q', [1, 1, 0, 0, 8, 0, 0, 0, 0, 0, 0], [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(narrateNps(negative, { lang: 'fr' }).text).toMatch(/^Net Promoter Score\u00a0: \u221260 \(n = 10/);
  });
});
