import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { choicesCsv } from '../../../pipeline/outputs/choices-csv.js';
import type { SummaryChoice } from '../../../pipeline/metrics/choice.js';

const choice: SummaryChoice = {
  id: 'how-did-you-hear', question: '=HYPERLINK("http://x") How did you hear?', kind: 'single', answered: 8,
  options: [{ label: '@press', count: 5, share: 0.625, low: 0.3057, high: 0.8632 }, { label: 'Friend', count: 3, share: 0.375, low: 0.1368, high: 0.6943 }],
};

describe('choicesCsv(summary)', () => {
  it('choicesCsv(summary) writes one row per question and option, text cells defused', () => {
    const text = choicesCsv({ choices: [choice] });
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(text.trim(), {}).data;
    expect(rows[0]).toEqual(['choice_id', 'question', 'kind', 'answered', 'option', 'option_rank', 'count', 'share', 'low', 'high']);
    expect(rows.slice(1)).toEqual([
      ['how-did-you-hear', `'=HYPERLINK("http://x") How did you hear?`, 'single', '8', `'@press`, '1', '5', '0.625', '0.3057', '0.8632'],
      ['how-did-you-hear', `'=HYPERLINK("http://x") How did you hear?`, 'single', '8', 'Friend', '2', '3', '0.375', '0.1368', '0.6943'],
    ]);
  });

  it('choicesCsv(no choices) is the header alone', () => {
    expect(choicesCsv({ choices: [] }).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
