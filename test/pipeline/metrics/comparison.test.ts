import { describe, expect, it } from 'vitest';
import { compareEditions, matchKey, type ComparedInput } from '../../../pipeline/metrics/comparison.js';

function item(label: string, positiveCount: number, valid: number, extra: Partial<ComparedInput> = {}): ComparedInput {
  return { id: label.toLowerCase().replace(/\W+/g, '-'), label, question: 'Q', group: 'plenary', scale: 'excellent-poor-4', valid, positiveCount, ...extra };
}

describe('matchKey(label)', () => {
  it('matchKey folds case, spaces, accents, apostrophes, dashes and quote styles', () => {
    expect(matchKey('Sudan – Mine Action: Sudan’s  “Experience”')).toBe(matchKey('sudan - mine action: sudan\'s "experience"'));
    expect(matchKey('Événement  parallèle')).toBe(matchKey('evenement parallele'));
  });
  it('matchKey keeps different wording apart', () => {
    expect(matchKey('Regional Approaches')).not.toBe(matchKey('Regional Cooperation'));
  });
});

describe('compareEditions(current, baseline)', () => {
  it('compareEditions: z test with pooled SE and Newcombe interval, by hand', () => {
    const out = compareEditions([item('Plenary 1', 350, 420)], [item('Plenary 1', 324, 450)], { baseline: 'last.csv' });
    expect(out.baseline).toBe('last.csv');
    const [c] = out.items;
    const pooled = (350 + 324) / (420 + 450);
    const z = (350 / 420 - 324 / 450) / Math.sqrt(pooled * (1 - pooled) * (1 / 420 + 1 / 450));
    expect(c.z).toBeCloseTo(z, 12);
    expect(c.change).toBeCloseTo(350 / 420 - 324 / 450, 14);
    expect(c).toMatchObject({ previous: 324 / 450, current: 350 / 420, significant: true, previousValid: 450, currentValid: 420 });
    expect(c.low).toBeLessThan(c.change);
    expect(c.high).toBeGreaterThan(c.change);
    expect(c.low).toBeGreaterThan(0);
  });

  it('compareEditions: a small change is not significant', () => {
    const [c] = compareEditions([item('P', 290, 410)], [item('P', 284, 400)]).items;
    expect(c.significant).toBe(false);
    expect(c.p).toBeGreaterThan(0.5);
  });

  it('compareEditions: matches labels tolerantly, lists new, dropped and rescaled items', () => {
    const out = compareEditions(
      [item('Plenary 2 – Mine action for people', 10, 20), item('A new plenary', 5, 10), item('Logistics', 50, 60, { scale: 'satisfied-5' })],
      [item('Plenary 2 - Mine Action for People', 10, 20), item('A dropped plenary', 5, 10), item('Logistics', 50, 60)],
    );
    expect(out.items.map((i) => i.label)).toEqual(['Plenary 2 – Mine action for people']);
    expect(out.unmatched).toEqual([
      { id: 'a-new-plenary', label: 'A new plenary', edition: 'current', reason: 'no-match', scale: 'excellent-poor-4' },
      { id: 'logistics', label: 'Logistics', edition: 'current', reason: 'scale-changed', scale: 'satisfied-5', otherScale: 'excellent-poor-4' },
      { id: 'a-dropped-plenary', label: 'A dropped plenary', edition: 'baseline', reason: 'no-match', scale: 'excellent-poor-4' },
    ]);
  });

  it('compareEditions: a label repeated across questions is matched with its question', () => {
    const current = [item('Content', 8, 10, { id: 'c1', question: 'Plenary 1' }), item('Content', 4, 10, { id: 'c2', question: 'Plenary 2' })];
    const baseline = [item('Content', 7, 10, { id: 'b1', question: 'Plenary 1' }), item('Content', 5, 10, { id: 'b2', question: 'Plenary 2' })];
    const out = compareEditions(current, baseline);
    expect(out.items.map((i) => [i.id, i.previousPositiveCount])).toEqual([['c1', 7], ['c2', 5]]);
  });

  it('compareEditions: a label repeated within one question is ambiguous and not compared', () => {
    const out = compareEditions([item('Content', 8, 10, { id: 'c1' }), item('Content', 4, 10, { id: 'c2' })], [item('Content', 7, 10)]);
    expect(out.items).toEqual([]);
    expect(out.unmatched.map((u) => u.reason)).toEqual(['ambiguous', 'ambiguous', 'ambiguous']);
  });

  it('compareEditions: an item without valid answers in one edition is listed, not compared', () => {
    const out = compareEditions([item('P', 0, 0)], [item('P', 5, 10)]);
    expect(out.unmatched).toEqual([{ id: 'p', label: 'P', edition: 'current', reason: 'no-valid-answers', scale: 'excellent-poor-4' }]);
  });

  it('compareEditions(…, { alpha: 0.01 }) uses the given significance level', () => {
    // 230/400 vs 200/400: z = 2.13, p ≈ 0.033: significant at 5%, not at 1%.
    const cur = [item('P', 230, 400)];
    const base = [item('P', 200, 400)];
    expect(compareEditions(cur, base).items[0].significant).toBe(true);
    expect(compareEditions(cur, base, { alpha: 0.01 }).items[0].significant).toBe(false);
  });
});
