import { describe, expect, it } from 'vitest';
import type { SummaryChoice } from '../../../pipeline/metrics/choice.js';
import { planChoiceCharts } from '../../../pipeline/outputs/choice-charts.js';

const days: SummaryChoice = {
  id: 'which-days', question: 'Which days did you attend?', kind: 'multiple', answered: 120,
  options: [
    { label: 'Thursday', count: 78, share: 0.65, low: 0.561, high: 0.729 },
    { label: 'Tuesday', count: 75, share: 0.625, low: 0.536, high: 0.706 },
    { label: 'Wednesday', count: 71, share: 71 / 120, low: 0.502, high: 0.677 },
    { label: 'Friday', count: 68, share: 68 / 120, low: 0.478, high: 0.651 },
  ],
};

describe('planChoiceCharts(choices, options)', () => {
  it('planChoiceCharts(a checkbox question) names the chart after its id, puts n in the sentence and every option in the notes', () => {
    const [plan] = planChoiceCharts([days]);
    expect(plan.name).toBe('choice-which-days');
    expect(plan.kind).toBe('choice');
    expect(plan.sentence).toBe('Which days did you attend? (n = 120): Thursday 65%; Tuesday 63%; Wednesday 59%; …');
    expect(plan.notes).toHaveLength(1 + 4);
    expect(plan.notes[4]).toBe('Friday: 68 (57%; 95% CI 48–65%)');
  });

  it('planChoiceCharts(a question nobody answered) draws nothing', () => {
    expect(planChoiceCharts([{ ...days, answered: 0 }])).toEqual([]);
  });

  it('planChoiceCharts(choices, { lang: "fr" }) writes French numbers', () => {
    const [plan] = planChoiceCharts([days], { lang: 'fr' });
    expect(plan.sentence).toContain('Thursday 65\u00a0%');
  });
});
