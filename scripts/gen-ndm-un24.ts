/**
 * Generates fixtures/ndm-un24/surveymonkey.csv, the SurveyMonkey export of
 * the next edition's survey (see ndm-un24-counts.ts), and its expected.json.
 * Compare it with ndm-un23:
 *
 *   debrief report fixtures/ndm-un24/surveymonkey.csv --baseline fixtures/ndm-un23/surveymonkey.csv
 *
 * Seeded: the same run writes the same bytes.
 *
 *   node dist/scripts/gen-ndm-un24.js [out-dir]
 */
import { type ExpectedFixture, type ExpectedItem } from './expected.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';
import { levelCounts } from './gen-ndm-un23.js';
import type { ItemCounts } from './ndm-un23-counts.js';
import {
  COMMENT_QUESTION, GENDER_QUESTION, GENDERS, LOGISTICS, LOGISTICS_QUESTION, PLENARIES, PLENARY_QUESTION, RECOMMEND, RECOMMEND_QUESTION,
  REGION_QUESTION, REGIONS, RESPONDENTS, ROLE_QUESTION, ROLES, SIDE_EVENT_QUESTION, SIDE_EVENTS,
} from './ndm-un24-counts.js';
import { mulberry32 } from './random.js';
import { spread } from './spread.js';
import { surveyMonkeyCsv, type SurveyMonkeyMeta } from './exports/surveymonkey.js';
import type { Survey } from './exports/survey.js';

const QUALITY = ['Excellent', 'Good', 'Fair', 'Poor'];
const SATISFACTION = ['Very satisfied', 'Satisfied', 'Neither satisfied nor dissatisfied', 'Dissatisfied', 'Very dissatisfied'];
const ZERO_TEN = ['10', '9', '8', '7', '6', '5', '4', '3', '2', '1', '0'];

/** One answer per respondent: `n` of each label, blanks for the rest, in a seeded order. */
function answers(pairs: [string, number][], random: () => number): string[] {
  return spread(pairs, RESPONDENTS, random);
}

function rated(item: ItemCounts): [string, number][] {
  return [...levelCounts(item).map((n, i): [string, number] => [QUALITY[i], n]), ['Did not attend', item.notAttended]];
}

const FIRST = ['Awa', 'Jonas', 'Elena', 'Omar', 'Mariam', 'Taras', 'Kofi', 'Inés', 'Kenji', 'Layla', 'Luc', 'Samira', 'Diego', 'Sigrid', 'Bilal', 'Zainab'];
const LAST = ['Diallo', 'Weber', 'Petrova', 'Haidari', 'Osei', 'Bondarenko', 'Lopez', 'Ferrari', 'Sato', 'Nasser', 'Lambert', 'Yusuf', 'Costa', 'Berg', 'Malik', 'Fontaine'];

const COMMENTS = [
  'Much better than last year on information management, well done.',
  'The climate side-event was too crowded; "standing room only".',
  'Please keep the hybrid format, it helped our field staff follow.',
  'Interpretation was good this time.\nThank you.',
  'More time for the IED plenary, please.',
  'Reach me at l.fontaine@example.net about next year\'s side-event.',
];

/** Builds the whole CSV text, and the personal data it holds. */
export function generate(seed = 24): { csv: string; pii: string[] } {
  const random = mulberry32(seed);
  const logistics = answers([...LOGISTICS.counts.map((n, i): [string, number] => [SATISFACTION[i], n]), ['N/A', LOGISTICS.notApplicable]], random);
  const plenaries = PLENARIES.map((p) => answers(rated(p), random));
  const sideEvents = SIDE_EVENTS.map((s) => answers(rated(s), random));
  const recommend = answers(RECOMMEND.map((n, i): [string, number] => [ZERO_TEN[i], n]), random);
  const roles = answers(ROLES, random);
  const genders = answers(GENDERS, random);
  const regions = answers(REGIONS, random);
  const survey: Survey<SurveyMonkeyMeta> = {
    questions: [
      { kind: 'single', text: ROLE_QUESTION, options: ROLES.map(([label]) => label), other: { option: 'Other (please specify)' } },
      { kind: 'single', text: GENDER_QUESTION, options: GENDERS.map(([label]) => label) },
      { kind: 'single', text: REGION_QUESTION, options: REGIONS.map(([label]) => label) },
      { kind: 'rating', text: LOGISTICS_QUESTION, scale: SATISFACTION, notApplicable: 'N/A' },
      { kind: 'matrix', text: PLENARY_QUESTION, rows: PLENARIES.map((p) => p.label), scale: QUALITY, notApplicable: 'Did not attend' },
      { kind: 'matrix', text: SIDE_EVENT_QUESTION, rows: SIDE_EVENTS.map((s) => s.label), scale: QUALITY, notApplicable: 'Did not attend' },
      { kind: 'score', text: RECOMMEND_QUESTION },
      { kind: 'text', text: COMMENT_QUESTION },
    ],
    respondents: [],
  };
  const pii: string[] = [];
  for (let r = 0; r < RESPONDENTS; r++) {
    const byEmail = r % 4 === 0;
    const first = FIRST[Math.floor(random() * FIRST.length)];
    const last = LAST[Math.floor(random() * LAST.length)];
    const day = 15 + Math.floor((r / RESPONDENTS) * 12);
    const minute = Math.floor(random() * 600);
    const start = `02/${day}/2021 ${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')} AM`;
    const end = start.replace(/:(\d\d) AM$/, (_, s: string) => `:${String((Number(s) + 29) % 60).padStart(2, '0')} AM`);
    const email = byEmail ? `${first}.${last}${r}@example.net`.toLowerCase().replace(/[^a-z0-9.@-]/g, '') : '';
    const ip = `${91 + (r % 100)}.${(r * 53) % 256}.${(r * 97) % 256}.${((r * 17) % 250) + 1}`;
    if (byEmail) pii.push(email, `${first} ${last}`);
    pii.push(ip);
    const comment = random() < 0.2 ? COMMENTS[Math.floor(random() * COMMENTS.length)] : '';
    const role = roles[r];
    survey.respondents.push({
      meta: {
        id: String(12453200000 + r * 7727), collector: byEmail ? '338456112' : '338456101', start, end, ip, email,
        first: byEmail ? first : '', last: byEmail ? last : '',
      },
      answers: [
        { choice: role, other: role === 'Other (please specify)' ? ['Journalist', 'Military liaison', 'Consultant', 'Student'][r % 4] : '' },
        genders[r],
        regions[r],
        logistics[r],
        plenaries.map((p) => p[r]),
        sideEvents.map((s) => s[r]),
        recommend[r],
        comment,
      ],
    });
  }
  pii.push('l.fontaine@example.net');
  return { csv: surveyMonkeyCsv(survey), pii: [...new Set(pii)].sort() };
}

/** The expectation for the fixture, from the chosen counts. */
export function expected(pii: string[]): ExpectedFixture {
  const item = (c: ItemCounts, group: string): ExpectedItem => ({
    label: c.label,
    group,
    counts: levelCounts(c),
    notApplicable: c.notAttended,
    missing: RESPONDENTS - c.valid - c.notAttended,
  });
  const logisticsValid = LOGISTICS.counts.reduce((a, b) => a + b, 0);
  const recommendValid = RECOMMEND.reduce((a, b) => a + b, 0);
  return {
    tool: 'surveymonkey',
    respondents: RESPONDENTS,
    encoding: 'utf-8',
    delimiter: ',',
    items: [
      { label: LOGISTICS_QUESTION, group: 'logistics', counts: LOGISTICS.counts, notApplicable: LOGISTICS.notApplicable, missing: RESPONDENTS - logisticsValid - LOGISTICS.notApplicable },
      ...PLENARIES.map((p) => item(p, 'plenary')),
      ...SIDE_EVENTS.map((s) => item(s, 'side-event')),
      { label: RECOMMEND_QUESTION, group: 'nps', counts: RECOMMEND, notApplicable: 0, missing: RESPONDENTS - recommendValid },
    ],
    pii,
  };
}

/** The folder's export and its expectation. */
export function fixtures(): FixtureFile[] {
  const { csv, pii } = generate();
  return [{ name: 'surveymonkey.csv', data: csv, expected: expected(pii) }];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/ndm-un24', fixtures());
