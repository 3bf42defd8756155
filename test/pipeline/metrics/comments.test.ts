import { describe, expect, it } from 'vitest';
import { publishableComments } from '../../../pipeline/metrics/comments.js';
import type { Survey } from '../../../pipeline/ingest/normalise/resolve.js';

/** Roles: A held by 6 respondents, B by 2; genders: F 5, M 3. */
const attributes: Survey['attributes'] = [
  { name: 'role', header: 'Role', column: 1, values: [['A', 6], ['B', 2]] },
  { name: 'gender', header: 'Gender', column: 2, values: [['F', 5], ['M', 3]] },
];

const survey = (texts: { text: string; attributes: string[] }[]): Pick<Survey, 'texts' | 'attributes'> => ({
  attributes,
  texts: [{ question: 'Comments?', column: 9, answered: texts.length, texts }],
});

describe('publishableComments(survey)', () => {
  it('publishableComments(survey) withholds comments of respondents holding any value held by fewer than 5', () => {
    const [q] = publishableComments(survey([
      { text: 'one', attributes: ['A', 'F'] },
      { text: 'two', attributes: ['B', 'F'] },
      { text: 'three', attributes: ['A', 'M'] },
      { text: 'four', attributes: ['A', 'F'] },
    ]));
    expect(q.comments).toEqual(['one', 'four']);
    expect(q.withheld).toBe(2);
    expect(q.answered).toBe(4);
    expect(q.question).toBe('Comments?');
  });

  it('publishableComments(survey) does not treat a blank attribute as a group', () => {
    const [q] = publishableComments(survey([{ text: 'blank role', attributes: ['', 'F'] }]));
    expect(q.comments).toEqual(['blank role']);
  });

  it('publishableComments(survey) treats a value missing from the counts as rare', () => {
    const [q] = publishableComments(survey([{ text: 'unknown', attributes: ['Z', 'F'] }]));
    expect(q.withheld).toBe(1);
  });

  it('publishableComments(survey) finds a value under another attribute when an export put its columns in another order', () => {
    const [q] = publishableComments(survey([{ text: 'swapped', attributes: ['F', 'A'] }, { text: 'swapped rare', attributes: ['M', 'A'] }]));
    expect(q.comments).toEqual(['swapped']);
  });

  it('publishableComments(survey, { k }) uses the given threshold', () => {
    const [q] = publishableComments(survey([{ text: 'x', attributes: ['A', 'F'] }, { text: 'y', attributes: ['B', 'M'] }]), { k: 2 });
    expect(q.comments).toEqual(['x', 'y']);
    const [strict] = publishableComments(survey([{ text: 'x', attributes: ['A', 'F'] }]), { k: 7 });
    expect(strict.comments).toEqual([]);
  });

  it('publishableComments(survey, { redact }) removes contact details with the given placeholders', () => {
    const [q] = publishableComments(survey([{ text: 'mail a@b.org, call +41 22 917 12 34', attributes: ['A', 'F'] }]), { redact: { email: '[courriel]', phone: '[tél.]' } });
    expect(q.comments).toEqual(['mail [courriel], call [tél.]']);
  });

  it('publishableComments(survey) does not change the survey', () => {
    const s = survey([{ text: 'x@y.org', attributes: ['B', 'F'] }]);
    const copy = JSON.parse(JSON.stringify(s));
    publishableComments(s);
    expect(s).toEqual(copy);
  });
});
