/**
 * Generates fixtures/google-forms-symposium/: a Google Forms "Download
 * responses (.csv)" export (comma, LF, UTF-8 without BOM, grid rows as
 * `Question [Row]`, linear scales as bare numbers) of the feedback form of
 * an academic symposium on coastal ecology, with a programme vocabulary no
 * other fixture uses: keynote lectures, a panel discussion, hands-on
 * workshops, a breakout session, a field visit, practical arrangements
 * (venue, catering, Wi-Fi, app, shuttles), a 0–10 recommendation question,
 * a 0–10 overall mark beside a 5-point satisfaction question, a yes/no/maybe
 * question and comments. Its expected.json holds the counts chosen here and
 * the group each item belongs in:
 * - the mixed "sessions" grid (keynote, panel, workshop, breakout, field
 *   visit rows) is a group named by its own question;
 * - the workshops grid and the keynote grid are groups of their kind;
 * - the practical arrangements are logistics, whatever the grid is called;
 * - the recommendation question is `nps`, in no group;
 * - the 0–10 overall mark is `overall-0-10`, apart from the 5-point overall item.
 * Seeded: the same run writes the same bytes.
 *
 *   node dist/scripts/gen-symposium.js [out-dir]
 */
import type { ExpectedChoice, ExpectedComments, ExpectedFixture } from './expected.js';
import { googleFormsCsv, type GoogleFormsMeta } from './exports/google-forms.js';
import type { Question, Respondent, Survey } from './exports/survey.js';
import { choiceAnswers, expectedItem, pad, ratingAnswers, type RatingCounts } from './forms-fixture.js';
import { mulberry32 } from './random.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';

export const RESPONDENTS = 150;
const QUALITY = ['Excellent', 'Very good', 'Good', 'Fair', 'Poor'];
const SATISFACTION = ['Very satisfied', 'Satisfied', 'Neither satisfied nor dissatisfied', 'Dissatisfied', 'Very dissatisfied'];
/** A Google Forms linear scale 0–10, best first. */
const TEN = ['10', '9', '8', '7', '6', '5', '4', '3', '2', '1', '0'];
const NOT_THERE = 'Did not attend';

export const SESSIONS_QUESTION = 'Please rate the following sessions';
const WORKSHOPS_QUESTION = 'How useful were the hands-on workshops you joined?';
const KEYNOTES_QUESTION = 'How would you rate each keynote lecture?';
const PRACTICAL_QUESTION = 'Practical arrangements';
const OVERALL_QUESTION = 'Overall, how satisfied were you with the symposium?';
const MARK_QUESTION = 'On a scale from 0 to 10, how would you mark the symposium as a whole?';
const RECOMMEND_QUESTION = 'How likely is it that you would suggest this symposium to a friend or colleague?';
const AGAIN_QUESTION = 'Would you come to the next symposium?';
const ROLE_QUESTION = 'Which of the following best describes your role?';

export const SESSIONS: RatingCounts[] = [
  { label: 'Keynote: Tides, sediments and deep time', group: SESSIONS_QUESTION, counts: [38, 46, 30, 9, 3], notApplicable: 14 },
  { label: 'Panel discussion: Who pays for open coastal data?', group: SESSIONS_QUESTION, counts: [20, 35, 38, 15, 6], notApplicable: 22 },
  { label: 'Workshop: Reproducible sampling protocols', group: SESSIONS_QUESTION, counts: [17, 22, 16, 5, 2], notApplicable: 70 },
  { label: 'Breakout session B: Early-career researchers', group: SESSIONS_QUESTION, counts: [12, 18, 14, 4, 1], notApplicable: 85 },
  { label: 'Field visit to the Ria salt marshes', group: SESSIONS_QUESTION, counts: [31, 24, 8, 2, 0], notApplicable: 72 },
];
export const WORKSHOPS: RatingCounts[] = [
  { label: 'Sediment coring in practice', group: 'workshop', counts: [14, 20, 12, 3, 1], notApplicable: 88 },
  { label: 'Drone mapping for beginners', group: 'workshop', counts: [22, 19, 9, 4, 2], notApplicable: 84 },
  { label: 'Writing a data management plan', group: 'workshop', counts: [6, 15, 18, 8, 3], notApplicable: 89 },
];
export const KEYNOTES: RatingCounts[] = [
  { label: 'Prof. Ana Ruiz – Estuaries under pressure', group: 'keynote', counts: [41, 50, 27, 6, 2], notApplicable: 9 },
  { label: 'Dr. Kofi Boateng – Mangroves as infrastructure', group: 'keynote', counts: [55, 44, 18, 4, 1], notApplicable: 11 },
];
export const PRACTICAL: RatingCounts[] = [
  { label: 'Venue accessibility', group: 'logistics', counts: [40, 62, 25, 10, 4] },
  { label: 'Catering and coffee breaks', group: 'logistics', counts: [35, 58, 30, 12, 6] },
  { label: 'Wi-Fi in the lecture halls', group: 'logistics', counts: [12, 30, 41, 35, 20] },
  { label: 'Conference app', group: 'logistics', counts: [18, 40, 36, 14, 5], notApplicable: 21 },
  { label: 'Shuttle buses from the partner hotels', group: 'logistics', counts: [22, 31, 20, 6, 3], notApplicable: 55 },
];
export const OVERALL: RatingCounts = { label: OVERALL_QUESTION, group: 'overall', counts: [44, 66, 22, 9, 3] };
export const MARK: RatingCounts = { label: MARK_QUESTION, group: 'overall-0-10', counts: [18, 26, 39, 28, 14, 9, 4, 2, 1, 0, 1] };
/** 0–10 counts, best first: promoters 31 + 36 = 67, passives 27 + 18 = 45, detractors 26. */
export const RECOMMEND: RatingCounts = { label: RECOMMEND_QUESTION, group: 'nps', counts: [31, 36, 27, 18, 9, 7, 4, 2, 2, 1, 1] };
const AGAIN: [string, number][] = [['Yes', 88], ['Maybe', 41], ['No', 12]];
const ROLES: [string, number][] = [['Researcher', 64], ['PhD student', 41], ['Practitioner', 28], ['Policy maker', 12]];

const COMMENTS = [
  'The marsh walk was the highlight; boots should be mentioned in the joining e-mail.',
  'Keynotes ran over time and squeezed the breakouts; the wifi was slow too.',
  'Wi-Fi dropped every afternoon in hall C.',
  'More vegetarian options at lunch, please.',
  'Great mix of senior and early-career voices, and a fine keynote on mangroves.',
];
const COMMENT_QUESTION = 'Anything else you would like to tell us?';
/** Themes planted in the comments, with every spelling written. */
const THEMES = [
  { term: 'wifi', variants: ['Wi-Fi', 'wifi'] },
  { term: 'keynote', variants: ['keynote', 'Keynotes'] },
];

/** The survey: its questions in form order, and each respondent's answers (drawn from the chosen counts) and what Google recorded. */
export function symposiumSurvey(seed = 2025): { survey: Survey<GoogleFormsMeta>; pii: string[]; comments: string[] } {
  const random = mulberry32(seed);
  const n = RESPONDENTS;
  const sessions = SESSIONS.map((s) => ratingAnswers(s, QUALITY, NOT_THERE, n, random));
  const workshops = WORKSHOPS.map((w) => ratingAnswers(w, QUALITY, NOT_THERE, n, random));
  const keynotes = KEYNOTES.map((k) => ratingAnswers(k, QUALITY, NOT_THERE, n, random));
  const practical = PRACTICAL.map((p) => ratingAnswers(p, SATISFACTION, 'N/A', n, random));
  const overall = ratingAnswers(OVERALL, SATISFACTION, '', n, random);
  const mark = ratingAnswers(MARK, TEN, '', n, random);
  const recommend = ratingAnswers(RECOMMEND, TEN, '', n, random);
  const again = choiceAnswers(AGAIN, n, random);
  const roles = choiceAnswers(ROLES, n, random);
  const pii: string[] = [];
  const comments: string[] = [];
  const respondents: Respondent<GoogleFormsMeta>[] = [];
  let minutes = 17 * 60;
  for (let r = 0; r < n; r++) {
    minutes += 1 + Math.floor(random() * 70);
    const day = 12 + Math.floor(minutes / (24 * 60));
    const inDay = minutes % (24 * 60);
    const email = `participant${r + 1}@coastal-symposium.example`;
    pii.push(email);
    // Drawn in the order the row was always drawn: the time's seconds, then the comment.
    const timestamp = `9/${day}/2025 ${Math.floor(inDay / 60)}:${pad(inDay % 60)}:${pad(Math.floor(random() * 60))}`;
    const comment = random() < 0.25 ? COMMENTS[Math.floor(random() * COMMENTS.length)] : '';
    comments.push(comment);
    const answers = [
      roles[r],
      sessions.map((s) => s[r]),
      keynotes.map((k) => k[r]),
      workshops.map((w) => w[r]),
      practical.map((p) => p[r]),
      overall[r], mark[r], recommend[r], again[r],
      comment,
    ];
    respondents.push({ meta: { timestamp, email }, answers });
  }
  const grid = (text: string, items: RatingCounts[], scale: string[], notApplicable: string): Question => ({ kind: 'matrix', text, rows: items.map((i) => i.label), scale, notApplicable });
  const questions: Question[] = [
    { kind: 'single', text: ROLE_QUESTION, options: ROLES.map(([role]) => role) },
    grid(SESSIONS_QUESTION, SESSIONS, QUALITY, NOT_THERE),
    grid(KEYNOTES_QUESTION, KEYNOTES, QUALITY, NOT_THERE),
    grid(WORKSHOPS_QUESTION, WORKSHOPS, QUALITY, NOT_THERE),
    grid(PRACTICAL_QUESTION, PRACTICAL, SATISFACTION, 'N/A'),
    { kind: 'rating', text: OVERALL_QUESTION, scale: SATISFACTION },
    { kind: 'score', text: MARK_QUESTION },
    { kind: 'score', text: RECOMMEND_QUESTION },
    { kind: 'single', text: AGAIN_QUESTION, options: AGAIN.map(([label]) => label) },
    { kind: 'text', text: COMMENT_QUESTION },
  ];
  return { survey: { questions, respondents }, pii, comments };
}

export function generate(seed = 2025): { csv: string; pii: string[]; comments: string[] } {
  const { survey, pii, comments } = symposiumSurvey(seed);
  return { csv: googleFormsCsv(survey), pii, comments };
}

/** Count descending, then label: the order of options the export gives no order for. */
const byCount = (a: { label: string; count: number }, b: { label: string; count: number }) => b.count - a.count || (a.label < b.label ? -1 : 1);

/** The planted themes, counted by a plain loop: respondents whose comment holds a spelling as a whole word. */
function countedThemes(comments: string[]): ExpectedComments {
  const given = comments.filter((c) => c !== '');
  return {
    question: COMMENT_QUESTION,
    answered: given.length,
    themes: THEMES.map((t) => ({ ...t, count: given.filter((c) => t.variants.some((v) => new RegExp(`\\b${v}\\b`, 'i').test(c))).length })),
  };
}

export function expected(pii: string[], comments: string[]): ExpectedFixture {
  const n = RESPONDENTS;
  const sum = (pairs: [string, number][]) => pairs.reduce((a, [, c]) => a + c, 0);
  const choices: ExpectedChoice[] = [
    // The role question is a breakdown attribute, counted as a single choice too.
    { question: ROLE_QUESTION, kind: 'single', answered: sum(ROLES), options: ROLES.map(([label, count]) => ({ label, count })).sort(byCount) },
    // Yes, No, Maybe in that order, whatever the order chosen here.
    { question: AGAIN_QUESTION, kind: 'yes-no', answered: sum(AGAIN), options: ['Yes', 'No', 'Maybe'].map((label) => ({ label, count: AGAIN.find(([l]) => l === label)![1] })) },
  ];
  return {
    tool: 'google-forms',
    respondents: n,
    encoding: 'utf-8',
    delimiter: ',',
    items: [...SESSIONS, ...KEYNOTES, ...WORKSHOPS, ...PRACTICAL, OVERALL, MARK, RECOMMEND].map((i) => expectedItem(i, n)),
    choices,
    themes: [countedThemes(comments)],
    pii,
  };
}

/** The fixture folder's files, with what debrief must read from them (registered in write-fixtures.ts). */
export function fixtures(): FixtureFile[] {
  const { csv, pii, comments } = generate();
  return [{ name: 'responses.csv', data: csv, expected: expected(pii, comments) }];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/google-forms-symposium', fixtures());
