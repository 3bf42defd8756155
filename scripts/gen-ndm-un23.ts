/**
 * Generates fixtures/ndm-un23/surveymonkey.csv, a SurveyMonkey CSV export of
 * the NDM-UN23 post-conference survey, from the counts in ndm-un23-counts.ts.
 * Seeded: the same run writes the same bytes.
 *
 *   node dist/scripts/gen-ndm-un23.js [out-dir]
 */
import {
  COMMENT_QUESTION, GENDER_QUESTION, GENDERS, LOGISTICS, LOGISTICS_QUESTION, PLENARIES, PLENARY_QUESTION,
  RESPONDENTS, ROLE_QUESTION, ROLES, SIDE_EVENT_QUESTION, SIDE_EVENTS, type ItemCounts,
} from './ndm-un23-counts.js';
import { type ExpectedFixture, type ExpectedItem } from './expected.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';
import { FRENCH } from './ndm-un23-fr.js';
import { mulberry32 } from './random.js';
import { ratedAnswers, spread } from './spread.js';
import { SURVEYMONKEY_ACCOUNTS, surveyMonkeyCsv, type SurveyMonkeyMeta } from './exports/surveymonkey.js';
import type { Survey } from './exports/survey.js';
import { FIRST_NAMES, LAST_NAMES } from './names.js';

const SCALE = ['Excellent', 'Good', 'Fair', 'Poor'];
const NOT_ATTENDED = 'Did not attend';

/** The answers of one item, one per respondent, in a seeded order. */
export function itemAnswers(item: ItemCounts, random: () => number, options: { respondents?: number; notApplicable?: string; scale?: string[] } = {}): string[] {
  const respondents = options.respondents ?? RESPONDENTS;
  const scale = options.scale ?? SCALE;
  return ratedAnswers({ label: item.label, counts: levelCounts(item), notApplicable: item.notAttended }, scale, options.notApplicable ?? NOT_ATTENDED, respondents, random);
}

const FIRST = FIRST_NAMES;
const LAST = LAST_NAMES;

const COMMENTS = [
  'Excellent meeting, well organised. More time for questions, please.',
  'The side-events overlapped with each other; hard to choose, "too much at once".',
  'Interpretation into French and Spanish was missing in some side-events.\nPlease fix for next year.',
  'Great networking, but the room for Plenary 3 was too small, many had to stand.',
  'Please share the presentations earlier, and "in one place".',
  'The IED plenary was outstanding: concrete, practical, well chaired.',
  'Badge collection took over an hour on day 1. Registration, again, needs work.',
  'Would like more voices from affected communities, survivors and youth.',
  'Contact me for next year\'s side-event at j.dupont@example.org or +41 22 917 12 34.',
  'Less "panel", more discussion!\n\nAnd fewer PowerPoints.',
  'Thanks to UNMAS and the IACG-MA; see you in 2021.',
  'Coffee, lunch, venue: all fine. Wi-Fi, not so much.',
];

/** Level counts of an item as itemAnswers spreads them, best first. */
export function levelCounts(item: ItemCounts): number[] {
  const excellent = Math.round(item.positive * 0.42);
  const fair = Math.round((item.valid - item.positive) * 0.72);
  return [excellent, item.positive - excellent, fair, item.valid - item.positive - fair];
}

/** One language version (collector) of the survey: its wording and its counts. */
export interface Edition {
  respondents: number;
  /** First respondent id; collectors of one survey never share ids. */
  idBase: number;
  questions: { role: string; gender: string; logistics: string; plenary: string; sideEvent: string; comment: string };
  /** Scale labels, best first, and the two not-applicable labels (logistics, sessions). */
  scale: string[];
  logisticsNA: string;
  notAttended: string;
  /** SurveyMonkey's sub-header words in the account's language. */
  response: string;
  openEnded: string;
  other: string;
  logistics: ItemCounts;
  plenaries: ItemCounts[];
  sideEvents: ItemCounts[];
  roles: [string, number][];
  genders: [string, number][];
}

export const ENGLISH: Edition = {
  respondents: RESPONDENTS,
  idBase: 11453200000,
  questions: { role: ROLE_QUESTION, gender: GENDER_QUESTION, logistics: LOGISTICS_QUESTION, plenary: PLENARY_QUESTION, sideEvent: SIDE_EVENT_QUESTION, comment: COMMENT_QUESTION },
  scale: SCALE,
  logisticsNA: 'N/A',
  notAttended: NOT_ATTENDED,
  response: 'Response',
  openEnded: 'Open-Ended Response',
  other: 'Other (please specify)',
  logistics: LOGISTICS,
  plenaries: PLENARIES,
  sideEvents: SIDE_EVENTS,
  roles: ROLES,
  genders: GENDERS,
};

/** Builds the whole CSV text, and the personal data it holds. */
export function generate(seed = 23, edition: Edition = ENGLISH): { csv: string; pii: string[] } {
  const random = mulberry32(seed);
  const e = edition;
  const logistics = itemAnswers(e.logistics, random, { notApplicable: e.logisticsNA, respondents: e.respondents, scale: e.scale });
  const plenaries = e.plenaries.map((p) => itemAnswers(p, random, { notApplicable: e.notAttended, respondents: e.respondents, scale: e.scale }));
  const sideEvents = e.sideEvents.map((s) => itemAnswers(s, random, { notApplicable: e.notAttended, respondents: e.respondents, scale: e.scale }));
  const roles = spread(e.roles, e.respondents, random, 'roles');
  const genders = spread(e.genders, e.respondents, random, 'genders');
  const survey: Survey<SurveyMonkeyMeta> = {
    questions: [
      { kind: 'single', text: e.questions.role, options: e.roles.map(([label]) => label), other: { option: e.other } },
      { kind: 'single', text: e.questions.gender, options: e.genders.map(([label]) => label) },
      { kind: 'rating', text: e.questions.logistics, scale: e.scale, notApplicable: e.logisticsNA },
      { kind: 'matrix', text: e.questions.plenary, rows: e.plenaries.map((p) => p.label), scale: e.scale, notApplicable: e.notAttended },
      { kind: 'matrix', text: e.questions.sideEvent, rows: e.sideEvents.map((s) => s.label), scale: e.scale, notApplicable: e.notAttended },
      { kind: 'text', text: e.questions.comment },
    ],
    respondents: [],
  };
  const pii: string[] = [];
  const RESPONDENTS = e.respondents;
  for (let r = 0; r < RESPONDENTS; r++) {
    const byEmail = r % 3 === 0;
    const first = FIRST[Math.floor(random() * FIRST.length)];
    const last = LAST[Math.floor(random() * LAST.length)];
    const day = 17 + Math.floor((r / RESPONDENTS) * 10);
    const minute = Math.floor(random() * 600);
    const start = `02/${day}/2020 ${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')} AM`;
    const end = start.replace(/:(\d\d) AM$/, (_, s: string) => `:${String((Number(s) + 31) % 60).padStart(2, '0')} AM`);
    const role = roles[r];
    const email = byEmail ? `${first}.${last}${r}@example.org`.toLowerCase().replace(/[^a-z0-9.@-]/g, '') : '';
    const ip = `${81 + (r % 120)}.${(r * 37) % 256}.${(r * 101) % 256}.${(r * 13) % 250 + 1}`;
    if (byEmail) pii.push(email, `${first} ${last}`);
    pii.push(ip);
    const comment = random() < 0.25 ? COMMENTS[Math.floor(random() * COMMENTS.length)] : '';
    survey.respondents.push({
      meta: {
        id: String(e.idBase + r * 7919), collector: byEmail ? '238456112' : '238456101', start, end, ip, email,
        first: byEmail ? first : '', last: byEmail ? last : '',
      },
      answers: [
        { choice: role, other: role === e.other ? ['Journalist', 'Military liaison', 'Consultant', 'Student'][r % 4] : '' },
        genders[r],
        logistics[r],
        plenaries.map((p) => p[r]),
        sideEvents.map((s) => s[r]),
        comment,
      ],
    });
  }
  pii.push('j.dupont@example.org', '+41 22 917 12 34');
  // The French collector belongs to the same English account: only the sub-header words follow the survey's language.
  const account = { ...SURVEYMONKEY_ACCOUNTS.en, response: e.response, openEnded: e.openEnded };
  return { csv: surveyMonkeyCsv(survey, { account }), pii: [...new Set(pii)].sort() };
}

/** The expectation for the fixture, from the chosen counts. */
export function expected(pii: string[], edition: Edition = ENGLISH): ExpectedFixture {
  const RESPONDENTS = edition.respondents;
  const item = (c: ItemCounts, group: string): ExpectedItem => ({
    label: c.label,
    group,
    counts: levelCounts(c),
    notApplicable: c.notAttended,
    missing: RESPONDENTS - c.valid - c.notAttended,
  });
  return {
    tool: 'surveymonkey',
    respondents: RESPONDENTS,
    encoding: 'utf-8',
    delimiter: ',',
    items: [item(edition.logistics, 'logistics'), ...edition.plenaries.map((p) => item(p, 'plenary')), ...edition.sideEvents.map((s) => item(s, 'side-event'))],
    pii,
  };
}

/** The folder's exports and their expectations: the English collector, and the French one of the same survey, for merged runs. */
export function fixtures(): FixtureFile[] {
  const en = generate();
  const fr = generate(2302, FRENCH);
  return [
    { name: 'surveymonkey.csv', data: en.csv, expected: expected(en.pii) },
    { name: 'surveymonkey-fr.csv', data: fr.csv, expected: expected(fr.pii, FRENCH) },
  ];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/ndm-un23', fixtures());
