import { describe, expect, it } from 'vitest';
import { reportContext } from '../../../../pipeline/outputs/report/context.js';
import { headlineFigure } from '../../../../pipeline/outputs/report/headlines.js';

const en = reportContext('en', 5);
const fr = reportContext('fr', 5);

/** Two groups by hand: logistics with one item at 435/500, plenaries from 0.70 to 0.80 with mean 0.72. */
const summary = {
  items: [
    { id: 'logistics', positive: 435 / 500 },
    { id: 'p1', positive: 0.7 },
    { id: 'p7', positive: 0.8 },
  ],
  groups: [
    { id: 'logistics', items: ['logistics'], minPositive: 0.87, maxPositive: 0.87, meanPositive: 0.87, best: 'logistics' },
    { id: 'plenary', items: ['p1', 'p7'], minPositive: 0.7, maxPositive: 0.8, meanPositive: 0.72, best: 'p7' },
  ],
  responseRate: { participants: 800, respondents: 512, rate: 0.64, low: 0.6, high: 0.67 },
  nps: { score: 0.315 },
} as never;

describe('headlineFigure(sentence, summary, ctx)', () => {
  it('headlineFigure(share | range | average | best) gives the number the sentence speaks of', () => {
    expect(headlineFigure({ group: 'logistics', kind: 'share' }, summary, en)).toBe('87%');
    expect(headlineFigure({ group: 'plenary', kind: 'range' }, summary, en)).toBe('70–80%');
    expect(headlineFigure({ group: 'plenary', kind: 'average' }, summary, en)).toBe('72%');
    expect(headlineFigure({ group: 'plenary', kind: 'best' }, summary, en)).toBe('80%');
  });

  it('headlineFigure(response-rate | nps) gives the rate and the signed score', () => {
    expect(headlineFigure({ group: 'survey', kind: 'response-rate' }, summary, en)).toBe('64%');
    expect(headlineFigure({ group: 'plenary', kind: 'nps' }, summary, en)).toBe('+32');
  });

  it('headlineFigure(sentence, summary, fr) writes "87 %" with a no-break space', () => {
    expect(headlineFigure({ group: 'logistics', kind: 'share' }, summary, fr)).toBe('87\u00a0%');
    expect(headlineFigure({ group: 'plenary', kind: 'range' }, summary, fr)).toBe('70–80\u00a0%');
  });

  it('headlineFigure(tie | comparison | unknown group) has no single figure', () => {
    expect(headlineFigure({ group: 'plenary', kind: 'tie' }, summary, en)).toBeUndefined();
    expect(headlineFigure({ group: 'survey', kind: 'comparison' }, summary, en)).toBeUndefined();
    expect(headlineFigure({ group: 'nowhere', kind: 'share' }, summary, en)).toBeUndefined();
  });
});
