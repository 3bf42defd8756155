import { describe, expect, it } from 'vitest';
import { mergeChoices } from '../../../../../pipeline/ingest/normalise/choices/merge.js';
import type { ChoiceQuestion } from '../../../../../pipeline/ingest/normalise/choices/model.js';

const q = (question: string, kind: ChoiceQuestion['kind'], answered: number, options: [string, number][], ordered = false): ChoiceQuestion => ({
  question, kind, answered, options: options.map(([label, count]) => ({ label, count })), ordered, columns: [3],
});

describe('mergeChoices(into, incoming)', () => {
  it('mergeChoices(two collectors) adds bases and counts by folded label and re-sorts by count', () => {
    const a = [q('How did you hear about us?', 'single', 10, [['Press', 6], ['Friend', 4]])];
    const b = [q('How did you hear about us? ', 'single', 9, [['friend', 5], ['Press', 1], ['Radio', 3]])];
    expect(mergeChoices(a, b)).toEqual([q('How did you hear about us?', 'single', 19, [['Friend', 9], ['Press', 7], ['Radio', 3]])]);
  });

  it('mergeChoices(language versions, same shape) matches by position, Oui with Yes and Non with No', () => {
    const en = [q('Would you come back?', 'yes-no', 5, [['Yes', 3], ['No', 2]])];
    const fr = [q('Reviendrez-vous ?', 'yes-no', 4, [['Oui', 1], ['Non', 3]])];
    const [merged] = mergeChoices(en, fr);
    expect(merged.answered).toBe(9);
    expect(merged.options).toEqual([{ label: 'Yes', count: 4 }, { label: 'No', count: 5 }]);
  });

  it('mergeChoices(into, incoming) does not change its inputs', () => {
    const a = [q('Q', 'single', 2, [['A', 2]])];
    const b = [q('Q', 'single', 3, [['A', 3]])];
    mergeChoices(a, b);
    expect(a[0].options[0].count).toBe(2);
    expect(a[0].answered).toBe(2);
  });
});
