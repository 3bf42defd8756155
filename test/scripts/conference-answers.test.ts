import { describe, expect, it } from 'vitest';
import { countedCheckboxes, countedSingle, countedThemes, drawConference, expectedItems, type ConferenceSurvey } from '../../scripts/conference-answers.js';

const SURVEY: ConferenceSurvey = {
  respondents: 12,
  ratings: [{ question: 'Rate the talks', levels: ['Good', 'Poor'], notApplicable: 'N/A', items: [{ label: 'Talk A', group: 'talk', counts: [5, 3], notApplicable: 2 }] }],
  singles: [{ question: 'Again?', kind: 'yes-no', options: [['Maybe', 2], ['Yes', 6], ['No', 3]] }, { question: 'Day?', kind: 'single', options: [['Mon', 2], ['Tue', 5], ['Wed', 2]] }],
  checkboxes: [{ question: 'Which talks did you attend?', options: [['Talk A', 7], ['Talk B', 4]] }],
  comments: { question: 'Improve?', comments: [['The Wi-Fi failed', 3], ['wifi and WiFi', 2], ['More wifis', 1], ['Fine', 2]], themes: [{ term: 'wifi', variants: ['Wi-Fi', 'wifi', 'WiFi'] }] },
};

describe('drawConference(survey, seed)', () => {
  it('drawConference(survey, seed) gives every answer its chosen count, the same for the same seed', () => {
    const drawn = drawConference(SURVEY, 7);
    const ratings = drawn.ratings.get('Talk A')!;
    expect(ratings.filter((a) => a === 'Good')).toHaveLength(5);
    expect(ratings.filter((a) => a === 'N/A')).toHaveLength(2);
    expect(ratings.filter((a) => a === '')).toHaveLength(2);
    expect(drawn.ticks.get('Which talks did you attend?')!.filter((p) => p[1])).toHaveLength(4);
    expect(drawn.comments.filter((c) => c === 'Fine')).toHaveLength(2);
    expect(drawConference(SURVEY, 7)).toEqual(drawn);
  });
});

describe('counted…(question, drawn)', () => {
  const drawn = drawConference(SURVEY, 7);

  it('expectedItems(survey) gives missing as respondents less valid and not applicable', () => {
    expect(expectedItems(SURVEY)).toEqual([{ label: 'Talk A', group: 'talk', counts: [5, 3], notApplicable: 2, missing: 2 }]);
  });

  it('countedSingle(question, drawn) keeps Yes, No, Maybe in that order and sorts other options by count then label', () => {
    expect(countedSingle(SURVEY.singles[0], drawn).options).toEqual([{ label: 'Yes', count: 6 }, { label: 'No', count: 3 }, { label: 'Maybe', count: 2 }]);
    expect(countedSingle(SURVEY.singles[1], drawn)).toEqual({ question: 'Day?', kind: 'single', answered: 9, options: [{ label: 'Tue', count: 5 }, { label: 'Mon', count: 2 }, { label: 'Wed', count: 2 }] });
  });

  it('countedCheckboxes(question, drawn, layout) bases one-column-per-option exports on every respondent, joined ones on those who ticked', () => {
    const q = SURVEY.checkboxes[0];
    const ticked = drawn.ticks.get(q.question)!.filter((p) => p[0] || p[1]).length;
    expect(countedCheckboxes(q, drawn, 'columns').answered).toBe(12);
    expect(countedCheckboxes(q, drawn, 'joined').answered).toBe(ticked);
    expect(countedCheckboxes(q, drawn, 'ordered').options).toEqual([{ label: 'Talk A', count: 7 }, { label: 'Talk B', count: 4 }]);
  });

  it('countedThemes(question, drawn) counts each respondent once, any spelling as a whole word, case aside', () => {
    // By hand: "The Wi-Fi failed" 3 + "wifi and WiFi" 2; "wifis" is not one of the spellings.
    expect(countedThemes(SURVEY.comments, drawn)).toEqual({ question: 'Improve?', answered: 8, themes: [{ term: 'wifi', variants: ['Wi-Fi', 'wifi', 'WiFi'], count: 5 }] });
  });
});
