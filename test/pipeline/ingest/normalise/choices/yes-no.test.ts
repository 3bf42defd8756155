import { describe, expect, it } from 'vitest';
import { isYesNo, yesNoRank } from '../../../../../pipeline/ingest/normalise/choices/yes-no.js';

describe('choices/yes-no', () => {
  it('yesNoRank(answer) places Yes, No, Maybe in English, French and Spanish, case and accents aside', () => {
    expect(['Yes', 'oui', 'SÍ', 'No', 'Non', 'Maybe', 'Peut-être', 'peut etre', 'Tal vez'].map(yesNoRank)).toEqual([0, 0, 0, 1, 1, 2, 2, 2, 2]);
    expect(yesNoRank('Sometimes')).toBe(-1);
  });

  it('isYesNo(options) needs every option on the list and a Yes or a No among them', () => {
    expect(isYesNo(['Oui', 'Non', 'Peut-être'])).toBe(true);
    expect(isYesNo(['Maybe', 'Not sure'])).toBe(false);
    expect(isYesNo(['Yes', 'No', 'Only on Tuesday'])).toBe(false);
    expect(isYesNo([])).toBe(false);
  });
});
