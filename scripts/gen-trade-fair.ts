/**
 * Generates fixtures/trade-fair-qualtrics/: a Qualtrics export (current
 * format: three header rows with ImportIds, choice text, UTF-8 BOM, CRLF) of
 * the visitor and exhibitor survey of a packaging and food-technology trade
 * fair, and its expected.json. Its closed questions are what the fixtures of
 * conferences lack: "Would you exhibit again next year?" (Yes / No / Maybe),
 * "How did you hear about the fair?" (single choice with an Other box),
 * "Which days did you attend?" (checkboxes whose options hold a comma,
 * joined by Qualtrics with `,`), and "Which seminars did you attend?"
 * (checkboxes naming the rated seminars). Every count below is chosen here;
 * the checkbox counts and bases are counted from the generated respondents
 * with a plain loop, never by debrief.
 * Seeded: the same run writes the same bytes.
 *
 *   node dist/scripts/gen-trade-fair.js [out-dir]
 */
import { type ExpectedChoice, type ExpectedFixture, type ExpectedItem } from './expected.js';
import { qualtricsCsv, type QualtricsMeta } from './exports/qualtrics.js';
import type { Question, Survey } from './exports/survey.js';
import { mulberry32, shuffle } from './random.js';
import { spread } from './spread.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';

export const RESPONDENTS = 150;
const SCALE = ['Excellent', 'Good', 'Fair', 'Poor'];

const COMPANY_QUESTION = 'Which of these best describes your company?';
/** Chosen counts; "Other" comes with a text box. */
const COMPANIES: [string, number][] = [['Manufacturer', 52], ['Distributor', 31], ['Retailer', 24], ['Service provider', 18], ['Other', 15]];
const OTHER_COMPANIES = ['Consultancy', 'Trade association', 'University lab'];

const ORGANISATION_QUESTION = 'How would you rate the organisation of the fair?';
const ORGANISATION: { label: string; group: string; counts: number[] }[] = [
  { label: 'Venue and halls', group: 'logistics', counts: [48, 62, 25, 9] },
  { label: 'Exhibitor registration', group: 'logistics', counts: [40, 55, 30, 12] },
  { label: 'Catering', group: 'logistics', counts: [30, 50, 40, 20] },
];

const AGAIN_QUESTION = 'Would you exhibit again next year?';
const AGAIN: [string, number][] = [['Yes', 88], ['No', 21], ['Maybe', 33]];

const HEAR_QUESTION = 'How did you hear about the fair?';
const HEAR: [string, number][] = [['Trade press', 41], ['Email newsletter', 37], ['A colleague', 29], ['Social media', 22], ['Our sales representative', 9], ['Other', 6]];

const DAYS_QUESTION = 'Which days did you attend?';
/** Options as the survey lists them; two hold a comma. Ticks chosen per option. */
const DAYS: [string, number][] = [['Monday, trade visitors only', 96], ['Tuesday', 71], ['Wednesday, open to the public', 58]];

const SEMINARS_QUESTION = 'Which seminars did you attend?';
const SEMINARS: [string, number][] = [['Packaging trends 2026', 64], ['Export financing for SMEs', 39], ['Cold-chain storage', 27]];
const SEMINAR_RATING_QUESTION = 'How would you rate the seminars you attended?';
/** Ratings of each seminar, given by some of its attendees only. */
const SEMINAR_RATINGS: number[][] = [[20, 28, 9, 3], [12, 17, 6, 2], [8, 11, 5, 1]];

const IMPROVE_QUESTION = 'What should we improve next time?';
const IMPROVE = ['More seating near the food court and in the seminar hall', 'Longer opening hours on Wednesday, please', 'The Wi-Fi in hall B kept dropping', 'Clearer signs to the seminar rooms, and wifi that works there'];
/** Themes planted in the comments, with every spelling written. */
const THEMES = [
  { term: 'wifi', variants: ['Wi-Fi', 'wifi'] },
  { term: 'seminar', variants: ['seminar'] },
];

const FIRST = ['Liv', 'Mateo', 'Aiko', 'Jonas', 'Priya', 'Emeka', 'Sara', 'Tomás', 'Hanna', 'Yusuf'];
const LAST = ['Lindqvist', 'Ferreira', 'Sato', 'Berg', 'Raman', 'Obi', 'Novak', 'Ruiz', 'Virtanen', 'Demir'];

export interface Respondent {
  company: string;
  otherCompany: string;
  organisation: string[];
  again: string;
  hear: string;
  otherHear: string;
  days: boolean[];
  seminars: boolean[];
  seminarRatings: string[];
  improve: string;
  first: string;
  last: string;
  email: string;
  ip: string;
}

/** Ticks of each option spread over the respondents: option k is ticked by exactly its chosen count. */
function ticks(options: [string, number][], n: number, random: () => number): boolean[][] {
  const byOption = options.map(([, count]) => shuffle([...Array<boolean>(count).fill(true), ...Array<boolean>(n - count).fill(false)], random));
  return Array.from({ length: n }, (_, r) => byOption.map((o) => o[r]));
}

export function drawRespondents(seed = 2025): Respondent[] {
  const random = mulberry32(seed);
  const n = RESPONDENTS;
  const companies = spread(COMPANIES, n, random);
  const organisation = ORGANISATION.map((item) => spread(SCALE.map((l, k): [string, number] => [l, item.counts[k]]), n, random, item.label));
  const again = spread(AGAIN, n, random);
  const hear = spread(HEAR, n, random);
  const days = ticks(DAYS, n, random);
  const seminars = ticks(SEMINARS, n, random);
  // Each seminar is rated by some of those who ticked it; the others leave it blank.
  const seminarRatings = SEMINARS.map((_, s) => {
    const attendees = days.map((_, r) => r).filter((r) => seminars[r][s]);
    const answers = spread(SCALE.map((l, k): [string, number] => [l, SEMINAR_RATINGS[s][k]]), attendees.length, random, SEMINARS[s][0]);
    const out = Array<string>(n).fill('');
    attendees.forEach((r, k) => (out[r] = answers[k]));
    return out;
  });
  return Array.from({ length: n }, (_, r) => {
    const first = FIRST[Math.floor(random() * FIRST.length)];
    const last = LAST[Math.floor(random() * LAST.length)];
    const named = r % 3 === 0;
    return {
      company: companies[r],
      otherCompany: companies[r] === 'Other' ? OTHER_COMPANIES[r % OTHER_COMPANIES.length] : '',
      organisation: organisation.map((o) => o[r]),
      again: again[r],
      hear: hear[r],
      otherHear: hear[r] === 'Other' ? 'A poster at the airport' : '',
      days: days[r],
      seminars: seminars[r],
      seminarRatings: seminarRatings.map((s) => s[r]),
      improve: random() < 0.25 ? IMPROVE[Math.floor(random() * IMPROVE.length)] : '',
      first: named ? first : '',
      last: named ? last : '',
      email: named ? `${first}.${last}.${r}@example.com`.toLowerCase() : '',
      ip: `192.0.2.${r % 250}`,
    };
  });
}

/** The ticked options' labels, in the survey's order. */
const picked = (options: [string, number][], ticked: boolean[]) => options.filter((_, k) => ticked[k]).map(([label]) => label);
const labels = (options: [string, number][]) => options.map(([label]) => label);

/** The survey as Qualtrics holds it: questions with their export tags, and what it recorded of each respondent. */
export function tradeFairSurvey(respondents: Respondent[]): Survey<QualtricsMeta> {
  const questions: Question[] = [
    { kind: 'single', code: 'Q1', text: COMPANY_QUESTION, options: labels(COMPANIES), other: { option: 'Other' } },
    { kind: 'matrix', code: 'Q2', text: ORGANISATION_QUESTION, rows: ORGANISATION.map((item) => item.label), scale: SCALE },
    { kind: 'single', code: 'Q3', text: AGAIN_QUESTION, options: labels(AGAIN) },
    { kind: 'single', code: 'Q4', text: HEAR_QUESTION, options: labels(HEAR), other: { option: 'Other' } },
    { kind: 'multi', code: 'Q5', text: DAYS_QUESTION, options: labels(DAYS) },
    { kind: 'multi', code: 'Q6', text: SEMINARS_QUESTION, options: labels(SEMINARS) },
    { kind: 'matrix', code: 'Q7', text: SEMINAR_RATING_QUESTION, rows: labels(SEMINARS), scale: SCALE },
    { kind: 'text', code: 'Q8', text: IMPROVE_QUESTION },
  ];
  return {
    questions,
    respondents: respondents.map((p, r) => {
      const start = `2025-10-${String(15 + (r % 3)).padStart(2, '0')} 14:${String(10 + (r % 50)).padStart(2, '0')}:00`;
      const meta: QualtricsMeta = {
        id: `R_trade${String(r).padStart(4, '0')}`, start, end: start, duration: 180 + r,
        ip: p.ip, first: p.first, last: p.last, email: p.email, latitude: '', longitude: '', language: 'EN',
      };
      const answers = [
        { choice: p.company, other: p.otherCompany }, p.organisation, p.again, { choice: p.hear, other: p.otherHear },
        picked(DAYS, p.days), picked(SEMINARS, p.seminars), p.seminarRatings, p.improve,
      ];
      return { meta, answers };
    }),
  };
}

/** The export: Stockholm time in the date ImportIds, and the checkbox columns marked `- Selected Choice`. */
export function tradeFairCsv(respondents: Respondent[]): string {
  return qualtricsCsv(tradeFairSurvey(respondents), { timeZone: 'Europe/Stockholm', selectedChoice: 'multi' });
}

/** Count descending, then label: the order debrief shows options in when the export does not give the survey's. */
const byCount = (a: { label: string; count: number }, b: { label: string; count: number }) => b.count - a.count || (a.label < b.label ? -1 : 1);

/** A checkbox question's expectation, counted from the respondents: ticks per option, and those who ticked any. */
function countedCheckboxes(question: string, options: [string, number][], picks: boolean[][]): ExpectedChoice {
  const counts = options.map(() => 0);
  let answered = 0;
  for (const p of picks) {
    if (p.some(Boolean)) answered++;
    p.forEach((t, k) => t && counts[k]++);
  }
  return { question, kind: 'multiple', answered, options: options.map(([label], k) => ({ label, count: counts[k] })).sort(byCount) };
}

export function expectedTradeFair(respondents: Respondent[]): ExpectedFixture {
  const n = RESPONDENTS;
  const sum = (pairs: [string, number][]) => pairs.reduce((a, [, c]) => a + c, 0);
  const items: ExpectedItem[] = [
    ...ORGANISATION.map((item) => ({ label: item.label, group: item.group, counts: item.counts, notApplicable: 0, missing: n - item.counts.reduce((a, b) => a + b, 0) })),
    ...SEMINARS.map(([label], s) => ({ label, group: 'seminar', counts: SEMINAR_RATINGS[s], notApplicable: 0, missing: n - SEMINAR_RATINGS[s].reduce((a, b) => a + b, 0) })),
  ];
  const seminars = countedCheckboxes(SEMINARS_QUESTION, SEMINARS, respondents.map((p) => p.seminars));
  const choices: ExpectedChoice[] = [
    { question: COMPANY_QUESTION, kind: 'single', answered: sum(COMPANIES), options: COMPANIES.map(([label, count]) => ({ label, count })).sort(byCount) },
    // Yes / No / Maybe keep the order they are asked in.
    { question: AGAIN_QUESTION, kind: 'yes-no', answered: sum(AGAIN), options: AGAIN.map(([label, count]) => ({ label, count })) },
    { question: HEAR_QUESTION, kind: 'single', answered: sum(HEAR), options: HEAR.map(([label, count]) => ({ label, count })).sort(byCount) },
    countedCheckboxes(DAYS_QUESTION, DAYS, respondents.map((p) => p.days)),
    { ...seminars, links: Object.fromEntries(SEMINARS.map(([label]) => [label, label])) },
  ];
  const pii = [...new Set(respondents.flatMap((p) => [p.email, p.first && `${p.first} ${p.last}`, p.ip]).filter((s) => s !== ''))].sort();
  // Planted themes by a plain loop: respondents whose comment holds a spelling as a whole word.
  const given = respondents.map((p) => p.improve).filter((c) => c !== '');
  const themes = [{
    question: IMPROVE_QUESTION,
    answered: given.length,
    themes: THEMES.map((t) => ({ ...t, count: given.filter((c) => t.variants.some((v) => new RegExp(`\\b${v}\\b`, 'i').test(c))).length })),
  }];
  return { tool: 'qualtrics', respondents: n, encoding: 'utf-8-bom', delimiter: ',', items, choices, themes, pii };
}

/** The fixture folder's files, with what debrief must read from them (registered in write-fixtures.ts). */
export function fixtures(): FixtureFile[] {
  const respondents = drawRespondents();
  return [{ name: 'responses.csv', data: tradeFairCsv(respondents), expected: expectedTradeFair(respondents) }];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/trade-fair-qualtrics', fixtures());
