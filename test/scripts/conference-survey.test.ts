import { describe, expect, it } from 'vitest';
import type { ConferenceSurvey, Drawn } from '../../scripts/conference-answers.js';
import { conferenceExport } from '../../scripts/conference-survey.js';

const RECOMMEND = 'Recommend us?';
const SURVEY: ConferenceSurvey = {
  respondents: 2,
  ratings: [
    { question: 'Rate the talks', levels: ['Good', 'Poor'], notApplicable: 'N/A', items: [{ label: 'Talk A', group: 'talk', counts: [1, 0] }, { label: 'Talk B', group: 'talk', counts: [0, 1] }] },
    { question: RECOMMEND, levels: ['10', '0'], notApplicable: '', items: [{ label: RECOMMEND, group: 'nps', counts: [1, 1] }] },
  ],
  singles: [{ question: 'Again?', kind: 'yes-no', options: [['Yes', 1], ['No', 1]] }],
  checkboxes: [{ question: 'Which days?', options: [['Mon', 1], ['Tue', 2]] }],
  comments: { question: 'Improve?', comments: [['Fine', 1]], themes: [] },
};
/** Two respondents' answers, written by hand. */
const DRAWN: Drawn = {
  ratings: new Map([['Talk A', ['Good', 'N/A']], ['Talk B', ['', 'Poor']], [RECOMMEND, ['10', '0']]]),
  singles: new Map([['Again?', ['No', 'Yes']]]),
  ticks: new Map([['Which days?', [[true, true], [false, true]]]]),
  comments: ['', 'Fine'],
};

describe('conferenceExport(survey, drawn, parts, meta, options)', () => {
  const [talks, recommend] = SURVEY.ratings;
  const parts = [SURVEY.singles[0], talks, SURVEY.checkboxes[0], recommend, SURVEY.comments];

  it('conferenceExport(survey, drawn, parts, meta) lists the parts in the given order: a grid, a one-item rating, a choice, checkboxes, comments', () => {
    const survey = conferenceExport(SURVEY, DRAWN, parts, ['m0', 'm1']);
    expect(survey.questions).toEqual([
      { kind: 'single', text: 'Again?', options: ['Yes', 'No'] },
      { kind: 'matrix', text: 'Rate the talks', rows: ['Talk A', 'Talk B'], scale: ['Good', 'Poor'], notApplicable: 'N/A' },
      { kind: 'multi', text: 'Which days?', options: ['Mon', 'Tue'] },
      { kind: 'rating', text: RECOMMEND, scale: ['10', '0'] },
      { kind: 'text', text: 'Improve?' },
    ]);
    expect(survey.respondents).toEqual([
      { meta: 'm0', answers: ['No', ['Good', ''], ['Mon', 'Tue'], '10', ''] },
      { meta: 'm1', answers: ['Yes', ['N/A', 'Poor'], ['Tue'], '0', 'Fine'] },
    ]);
  });

  it('conferenceExport(survey, drawn, parts, meta, {codes}) names each part, and takes a given question with its answers', () => {
    const given = { asked: { kind: 'text' as const, text: 'Name', group: 'About you' }, answers: ['Ana', ''] };
    const survey = conferenceExport(SURVEY, DRAWN, [given, SURVEY.singles[0]], [0, 1], { codes: ['Q1', 'Q2'] });
    expect(survey.questions).toEqual([
      { kind: 'text', text: 'Name', group: 'About you', code: 'Q1' },
      { kind: 'single', text: 'Again?', options: ['Yes', 'No'], code: 'Q2' },
    ]);
    expect(survey.respondents.map((r) => r.answers)).toEqual([['Ana', 'No'], ['', 'Yes']]);
  });

  it('conferenceExport(survey, drawn, parts, meta) refuses metadata for another number of respondents', () => {
    expect(() => conferenceExport(SURVEY, DRAWN, parts, ['m0'])).toThrow(/1 metadata rows for 2 respondents/);
  });
});
