import { describe, expect, it } from 'vitest';
import type { ChoiceQuestion } from '../../../pipeline/ingest/normalise/choices/model.js';
import { attendanceByItem, choiceMetrics } from '../../../pipeline/metrics/choice.js';

const q = (question: string, kind: ChoiceQuestion['kind'], answered: number, options: [string, number][]): ChoiceQuestion => ({
  question, kind, answered, options: options.map(([label, count]) => ({ label, count })), ordered: false, columns: [0],
});

/** Wilson 95% score interval written out from Wilson (1927), independently of metrics/wilson.ts. */
function wilsonByHand(x: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const p = x / n;
  const centre = (x + (z * z) / 2) / (n + z * z);
  const half = ((z * Math.sqrt(n)) / (n + z * z)) * Math.sqrt(p * (1 - p) + (z * z) / (4 * n));
  return [centre - half, centre + half];
}

describe('choiceMetrics(choices, options)', () => {
  it('choiceMetrics(a checkbox question) gives each option count ÷ answered with its Wilson interval; shares may add past 1', () => {
    const [c] = choiceMetrics([q('Which days did you attend?', 'multiple', 120, [['Thursday', 78], ['Tuesday', 75]])]);
    expect(c.options[0].share).toBe(78 / 120);
    const [low, high] = wilsonByHand(78, 120);
    expect(c.options[0].low).toBeCloseTo(low, 12);
    expect(c.options[0].high).toBeCloseTo(high, 12);
    expect(c.options.reduce((a, o) => a + o.share, 0)).toBeGreaterThan(1);
  });

  it('choiceMetrics(two questions with the same text) gives them distinct ids', () => {
    const out = choiceMetrics([q('Comments?', 'single', 4, [['A', 4]]), q('Comments?', 'single', 4, [['B', 4]])]);
    expect(out.map((c) => c.id)).toEqual(['comments', 'comments-2']);
  });

  it('choiceMetrics(an attendance question, { items }) names the linked item on each option, and attendanceByItem reads it back', () => {
    const out = choiceMetrics([q('Which sessions did you attend?', 'multiple', 50, [['Keynote', 40], ['Panel', 20], ['Dinner', 10]])], {
      items: [{ id: 'keynote-opening', label: 'Keynote: Opening address' }, { id: 'panel-x', label: 'Panel discussion: X' }],
    });
    expect(out[0].options.map((o) => o.item)).toEqual(['keynote-opening', 'panel-x', undefined]);
    expect(attendanceByItem(out).get('panel-x')).toEqual({ count: 20, answered: 50, share: 0.4 });
  });

  it('choiceMetrics(a question nobody answered) gives shares of 0 and the interval [0, 1]', () => {
    const [c] = choiceMetrics([q('Q', 'single', 0, [['A', 0]])]);
    expect(c.options[0]).toMatchObject({ share: 0, low: 0, high: 1 });
  });
});
