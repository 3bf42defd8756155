import { describe, expect, it } from 'vitest';
import { SURVEYMONKEY_ACCOUNTS, surveyMonkeyCsv, surveyMonkeyRows, surveyMonkeyXlsx, type SurveyMonkeyMeta } from '../../../scripts/exports/surveymonkey.js';
import type { Survey } from '../../../scripts/exports/survey.js';
import { expectReadBack, forumSurvey, WORKSHOP_ROWS, WORKSHOPS } from './sample-survey.js';

const meta = (r: number): SurveyMonkeyMeta => ({
  id: 70000000 + r * 11, collector: 5150, start: new Date(Date.UTC(2025, 4, 6, 9, r)), end: new Date(Date.UTC(2025, 4, 6, 9, r + 7)),
  ip: `192.0.2.${r + 1}`, email: r % 2 ? '' : `guest${r}@forum.example`, first: '', last: '',
});
const survey = forumSurvey(48, 11, meta);

describe('surveyMonkeyCsv(survey, options)', () => {
  it('surveyMonkeyCsv(survey) is read back by ingestBytes with the counts of the description', async () => {
    await expectReadBack(surveyMonkeyCsv(survey), 'forum.csv', survey, 'surveymonkey');
  });

  it('surveyMonkeyCsv(survey, {account: fr}) is read back too, under French metadata headers', async () => {
    await expectReadBack(surveyMonkeyCsv(survey, { account: SURVEYMONKEY_ACCOUNTS.fr }), 'forum-fr.csv', survey, 'surveymonkey');
  });
});

describe('surveyMonkeyXlsx(survey, options)', () => {
  it('surveyMonkeyXlsx(survey) is read back by ingestBytes with the counts of the description', async () => {
    const bytes = await surveyMonkeyXlsx(survey, { created: new Date(Date.UTC(2025, 4, 9)) });
    await expectReadBack(bytes, 'forum.xlsx', survey, 'surveymonkey');
  });
});

describe('surveyMonkeyRows(survey, options)', () => {
  it('surveyMonkeyRows(survey) writes the question over its first column only, row labels and `Response` below, and the typed text for "Other"', () => {
    const small: Survey<SurveyMonkeyMeta> = {
      questions: [
        { kind: 'single', text: 'Role?', options: ['Speaker', 'Other'], other: { option: 'Other (please specify)' } },
        { kind: 'matrix', text: WORKSHOPS, rows: WORKSHOP_ROWS.slice(0, 2), scale: ['Good', 'Poor'] },
      ],
      respondents: [{ meta: meta(0), answers: [{ choice: 'Other (please specify)', other: 'Journalist' }, ['Good', '']] }],
    };
    const [top, sub, row] = surveyMonkeyRows(small, { date: () => 'D' });
    expect(top.slice(9)).toEqual(['Role?', '', WORKSHOPS, '']);
    expect(sub.slice(9)).toEqual(['Response', 'Other (please specify)', ...WORKSHOP_ROWS.slice(0, 2)]);
    expect(row).toEqual(['70000000', '5150', 'D', 'D', '192.0.2.1', 'guest0@forum.example', '', '', '', '', 'Journalist', 'Good', '']);
  });

  it('surveyMonkeyRows(survey, {escapeHtml: true}) escapes markup in the headers, not in the answers', () => {
    const small: Survey<SurveyMonkeyMeta> = {
      questions: [{ kind: 'text', text: 'Say <b>"more"</b> & why' }],
      respondents: [{ meta: meta(0), answers: ['<i>x</i>'] }],
    };
    const [top, , row] = surveyMonkeyRows(small, { escapeHtml: true });
    expect(top[9]).toBe('Say &lt;b&gt;&quot;more&quot;&lt;/b&gt; &amp; why');
    expect(row[9]).toBe('<i>x</i>');
  });
});
