import { describe, expect, it } from 'vitest';
import { isNotApplicable, labelKey, levelIndex, matchScale, SCALES } from '../../../../pipeline/ingest/normalise/scales.js';

const scale = (id: string) => SCALES.find((s) => s.id === id)!;

describe('labelKey(label)', () => {
  it('labelKey folds case, spaces, accents, apostrophes and numbering', () => {
    expect(labelKey('  Very   Good ')).toBe('very good');
    expect(labelKey('Très bien')).toBe('tres bien');
    expect(labelKey('Didn’t attend')).toBe(labelKey("Didn't attend"));
    expect(labelKey('5. Strongly Agree')).toBe('strongly agree');
    expect(labelKey('10')).toBe('10'); // a number alone is not numbering
  });
});

describe('isNotApplicable(answer)', () => {
  it('isNotApplicable recognises the EN, FR and ES spellings and negative recodes', () => {
    for (const a of ['N/A', 'Not applicable', 'Did not attend', 'No basis for evaluation', 'Sans objet', 'No asistí', 'Je n’ai pas assisté', '-1', '-99']) expect(isNotApplicable(a)).toBe(true);
    for (const a of ['Good', 'Poor', '0', '1', 'Nation', '']) expect(isNotApplicable(a)).toBe(false);
  });
});

describe('levelIndex(scale, answer)', () => {
  it('levelIndex finds levels best first, tolerantly', () => {
    const s = scale('excellent-poor-4');
    expect(['Excellent', 'good ', 'FAIR', 'Médiocre', 'Great'].map((a) => levelIndex(s, a))).toEqual([0, 1, 2, 3, -1]);
    expect(levelIndex(scale('numeric-0-10'), '10')).toBe(0);
    expect(levelIndex(scale('numeric-0-10'), '0')).toBe(10);
    expect(levelIndex(scale('numeric-1-5'), '4.0')).toBe(1);
  });
});

describe('matchScale(answers)', () => {
  it('matchScale prefers the scale with the fewest unused levels', () => {
    expect(matchScale(['Excellent', 'Good', 'Fair'])!.scale.id).toBe('excellent-poor-4');
    expect(matchScale(['Excellent', 'Very good', 'Good'])!.scale.id).toBe('excellent-poor-5');
    expect(matchScale(['1', '2', '3', '4'])!.scale.id).toBe('numeric-1-4');
    expect(matchScale(['0', '7', '10'])!.scale.id).toBe('numeric-0-10');
  });

  it('matchScale reads French and Spanish scales', () => {
    expect(matchScale(['Très bien', 'Bien', 'Moyen', 'Insuffisant', 'Sans objet'])!.scale.levels).toHaveLength(4);
    expect(matchScale(['Excelente', 'Bueno', 'Regular', 'Malo', 'Muy malo'])!.scale.id).toBe('excelente-malo-5');
  });

  it('matchScale reports answers off the scale and refuses columns that are mostly off it', () => {
    expect(matchScale(['Excellent', 'Good', 'Fair', 'Poor', 'Superb'])!.unknown).toEqual(['Superb']);
    expect(matchScale(['Geneva', 'Paris', 'Good'])).toBeUndefined();
    expect(matchScale(['N/A', ''])).toBeUndefined();
    expect(matchScale(['3'])).toBeUndefined(); // one number is no evidence of a numeric scale
  });
});
