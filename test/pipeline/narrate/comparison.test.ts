import { describe, expect, it } from 'vitest';
import { compareEditions } from '../../../pipeline/metrics/index.js';
import { narrateComparison } from '../../../pipeline/narrate/index.js';
import { item } from './items.js';

describe('narrateComparison(comparison, items)', () => {
  it('narrateComparison: one overall sentence, then one sentence per significant change only', () => {
    const cur = [item('a', 'plenary', 'Plenary 1', 350, 420), item('b', 'plenary', 'Plenary 2', 290, 410), item('n', 'plenary', 'New', 5, 10)];
    const base = [item('a0', 'plenary', 'Plenary 1', 324, 450), item('b0', 'plenary', 'Plenary 2', 284, 400)];
    const comparison = compareEditions(
      cur.map((i) => ({ ...i, question: 'Q', scale: 'excellent-poor-4' })),
      base.map((i) => ({ ...i, question: 'Q', scale: 'excellent-poor-4' })),
    );
    const s = narrateComparison(comparison, cur);
    expect(s.map((x) => x.kind)).toEqual(['comparison', 'change']);
    expect(s[0].text).toBe('Compared with the previous edition, 1 of the 2 items asked in both changed significantly (p < 0.05); 1 item was not compared (new, dropped, reworded or on another scale)');
    expect(s[1].text).toBe('“Plenary 1”: 83% of respondents rated it good or excellent, up from 72% in the previous edition (+11 points; 95% CI +6 to +17 points; p < 0.001)');
    expect(narrateComparison(comparison, cur, { lang: 'fr' })[1].text).toMatch(/^«\u00a0Plenary 1\u00a0»\u00a0: 83\u00a0% de réponses «\u00a0bon\u00a0» ou «\u00a0excellent\u00a0», contre 72\u00a0% lors de l'édition précédente \(\+11 points\u00a0; IC à 95\u00a0%\u00a0: \+6 à \+17 points\u00a0; p < 0,001\)$/);
  });
});
