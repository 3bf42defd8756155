import { describe, expect, it } from 'vitest';
import { koboCsv, koboRows, type KoboMeta } from '../../../scripts/exports/kobotoolbox.js';
import { DAYS, expectReadBack, forumSurvey, WORKSHOP_ROWS, WORKSHOPS } from './sample-survey.js';

const meta = (r: number): KoboMeta => ({
  start: `2025-05-06T09:${String(r % 60).padStart(2, '0')}:00.000+03:00`, end: `2025-05-06T09:${String((r + 5) % 60).padStart(2, '0')}:00.000+03:00`,
  today: '2025-05-06', deviceid: `ee.kobotoolbox.org:forum${r}`, gps: r % 3 ? undefined : ['-1.2833', '36.8167', '1795.0', '5.0'],
  id: String(90000 + r), uuid: `uuid-${r}`, submissionTime: '2025-05-06T07:30:00', validation: '', submittedBy: '', version: 'vForum1',
});
const survey = forumSurvey(50, 15, meta);

describe('koboCsv(survey, options)', () => {
  it('koboCsv(survey) is read back by ingestBytes with the counts of the description', async () => {
    await expectReadBack(koboCsv(survey), 'forum.csv', survey, 'kobotoolbox');
  });

  it('koboCsv(survey, {geopoint, hxl, blankLines}) is read back too: location columns, a hashtag row, blank lines', async () => {
    const csv = koboCsv(survey, { geopoint: 'site', hxl: (h) => (h === 'start' ? '#date+start' : ''), blankLines: 2 });
    expect(csv.split('\r\n')[1].startsWith('"#date+start";"";')).toBe(true);
    await expectReadBack(csv, 'forum-hxl.csv', survey, 'kobotoolbox');
  });
});

describe('koboRows(survey, options)', () => {
  it('koboRows(survey) heads grid rows `group/row`, and a select_multiple as a summary column plus one 1/0 column per option', () => {
    const [header, ...rows] = koboRows(survey, { geopoint: 'site' });
    expect(header.filter((h) => h!.startsWith(`${WORKSHOPS}/`))).toEqual(WORKSHOP_ROWS.map((row) => `${WORKSHOPS}/${row}`));
    const days = header.indexOf('Which days were you there?');
    expect(header.slice(days + 1, days + 4)).toEqual(DAYS.map((d) => `Which days were you there?/${d}`));
    expect(header).toContain('_site_latitude');
    rows.forEach((row, r) => {
      const picked = survey.respondents[r].answers[1] as string[];
      expect(row.slice(days, days + 4)).toEqual(picked.length ? [picked.join(' '), ...DAYS.map((d) => (picked.includes(d) ? '1' : '0'))] : ['', '', '', '']);
    });
  });

  it('koboRows(survey, {unticked: zeros}) writes a select_multiple nobody ticked as an empty summary and a 0 per option', () => {
    const [header, ...rows] = koboRows(survey, { unticked: 'zeros' });
    const days = header.indexOf('Which days were you there?');
    const none = survey.respondents.findIndex((p) => (p.answers[1] as string[]).length === 0);
    expect(none).toBeGreaterThanOrEqual(0);
    expect(rows[none].slice(days, days + 4)).toEqual(['', '0', '0', '0']);
  });

  it('koboRows(survey) heads a question in a group `group/question`, every column of it', () => {
    const grouped = { ...survey, questions: survey.questions.map((q) => (q.kind === 'text' || q.kind === 'multi' ? { ...q, group: 'About you' } : q)) };
    const [header] = koboRows(grouped);
    expect(header).toContain('About you/What should we change next year?');
    expect(header.filter((h) => h!.startsWith('About you/Which days'))).toEqual(['Which days were you there?', ...DAYS.map((d) => `Which days were you there?/${d}`)].map((h) => `About you/${h}`));
  });
});
