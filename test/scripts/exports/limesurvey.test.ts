import { describe, expect, it } from 'vitest';
import { limeSurveyCsv, limeSurveyRows, type LimeSurveyMeta } from '../../../scripts/exports/limesurvey.js';
import type { Survey } from '../../../scripts/exports/survey.js';
import { expectReadBack, forumSurvey, WORKSHOPS } from './sample-survey.js';

const meta = (r: number): LimeSurveyMeta => ({
  id: String(r + 1), submitdate: '2025-05-06 10:00:00', lastpage: '3', startlanguage: 'en', seed: String(1000 + r), token: `forum${r}`,
  startdate: '2025-05-06 09:50:00', datestamp: '2025-05-06 10:00:00', ipaddr: `203.0.113.${r + 1}`, refurl: '',
});
const survey = forumSurvey(42, 16, meta);

describe('limeSurveyCsv(survey, options)', () => {
  it('limeSurveyCsv(survey) (full question text) is read back by ingestBytes with the counts of the description', async () => {
    const csv = limeSurveyCsv(survey, { accessCodes: true });
    expect(csv.startsWith('\ufeff"Response ID";"Date submitted";"Last page";"Start language";"Seed";"Access code";')).toBe(true);
    await expectReadBack(csv, 'forum.csv', survey, 'limesurvey');
  });

  it('limeSurveyRows(survey, {headings: code}) heads a grid `Q4[SQ001]` and the "Other" text `Q1[other]`, with no access code column', () => {
    const [header] = limeSurveyRows(survey, { headings: 'code' });
    expect(header.slice(0, 9)).toEqual(['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'startdate', 'datestamp', 'ipaddr', 'refurl']);
    expect(header.slice(9, 11)).toEqual(['Q1', 'Q1[other]']);
    expect(header).toContain('Q4[SQ003]');
  });

  it('limeSurveyRows(survey, {ticked: Y}) writes a ticked option `Y` under full headings, an unticked one empty', () => {
    const [header, ...rows] = limeSurveyRows(survey, { ticked: 'Y' });
    const monday = header.indexOf('Which days were you there? [Monday]');
    rows.forEach((row, r) => expect(row[monday]).toBe((survey.respondents[r].answers[1] as string[]).includes('Monday') ? 'Y' : ''));
    expect(limeSurveyRows(survey)[1 + survey.respondents.findIndex((p) => (p.answers[1] as string[]).includes('Monday'))][monday]).toBe('Yes');
  });

  it('limeSurveyCsv(survey) writes a question never shown (null) as an empty field and one unanswered as `""`', () => {
    const small: Survey<LimeSurveyMeta> = {
      questions: [{ kind: 'matrix', text: WORKSHOPS, rows: ['A', 'B'], scale: ['Good', 'Poor'] }],
      respondents: [{ meta: { ...meta(0), submitdate: null }, answers: [['', null]] }],
    };
    expect(limeSurveyCsv(small, { delimiter: ',' }).split('\r\n')[1]).toBe('"1",,"3","en","1000","2025-05-06 09:50:00","2025-05-06 10:00:00","203.0.113.1","","",');
  });
});
