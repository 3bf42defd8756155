import { describe, expect, it } from 'vitest';
import { reportContext } from '../../../../pipeline/outputs/report/context.js';
import { npsSection } from '../../../../pipeline/outputs/report/nps.js';

/** A made-up NPS item: levels best first (10 … 0), counts chosen here. */
const LEVELS = ['10', '9', '8', '7', '6', '5', '4', '3', '2', '1', '0'];
const BEST_FIRST = [12, 8, 6, 5, 3, 2, 1, 0, 0, 1, 2];
const summary = {
  items: [{ id: 'rec', label: 'Recommend <b>us</b>?', question: 'Recommend <b>us</b>?', levels: LEVELS, counts: Object.fromEntries(LEVELS.map((l, i) => [l, BEST_FIRST[i]])) }],
  nps: { item: 'rec', score: 0.25 },
} as never;

describe('npsSection(summary, charts, sentences, ctx)', () => {
  it('npsSection lists the count of each answer 0–10 with its range, and escapes the question', () => {
    const html = npsSection(summary, [], [{ text: 'NPS +25', group: 'nps', kind: 'nps', headline: true }], reportContext('en', 5));
    expect(html).toContain('Recommend &lt;b&gt;us&lt;/b&gt;?');
    expect(html).not.toContain('<b>us</b>');
    const rows = [...html.matchAll(/<tr><th scope="row">(\d+)<\/th><td class="n">(\d+)<\/td><td>(\w+)<\/td><\/tr>/g)].map((m) => [Number(m[1]), Number(m[2]), m[3]]);
    // Answer k has the count at position 10 − k of the best-first list.
    expect(rows).toEqual(Array.from({ length: 11 }, (_, k) => [k, BEST_FIRST[10 - k], k >= 9 ? 'promoter' : k >= 7 ? 'passive' : 'detractor']));
    expect(html).toContain('<li>NPS +25.</li>');
  });

  it('npsSection is empty without an NPS', () => {
    expect(npsSection({ items: [] } as never, [], [], reportContext('fr', 5))).toBe('');
  });
});
