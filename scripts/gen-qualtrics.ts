/**
 * Generates the Qualtrics fixtures in fixtures/qualtrics/ from the counts in
 * qualtrics-counts.ts, and their expected.json:
 * - choice-text.csv: current export (3 header rows), choice text, UTF-8 BOM;
 * - numeric.csv: the same answers as recode values ("Use numeric values"),
 *   with negative recodes (-1, -99) for "did not attend";
 * - legacy.csv: legacy export (`V1…V10` + tags, then labels; a trailing
 *   comma on every line; a blank line of commas at the end);
 * - insights-2016.csv: the 2016 "Insights" export (single-quoted ImportIds,
 *   `Question-Row` labels, question text cut at 99 characters), in French.
 * Seeded: the same run writes the same bytes.
 *
 *   node dist/scripts/gen-qualtrics.js [out-dir]
 */
import { type ExpectedFixture, type ExpectedItem } from './expected.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';
import { CURRENT, INSIGHTS, LANGUAGES, LEGACY, type Edition, type RatedItem, type RatedQuestion } from './qualtrics-counts.js';
import { mulberry32 } from './random.js';
import { spread } from './spread.js';
import { qualtricsCsv, type QualtricsMeta } from './exports/qualtrics.js';
import type { Question, Survey } from './exports/survey.js';
import { FIRST_NAMES, LAST_NAMES } from './names.js';

/** One respondent's answers, as choice text ('' = no answer), and what the tool recorded about them. */
interface Respondent {
  role: string;
  other: string;
  gender: string;
  language: string;
  /** Per rating question (logistics, plenaries…, side-events), per item. */
  ratings: string[][];
  comment: string;
  plenaryComment: string;
  sideEventComment: string;
  id: string;
  first: string;
  last: string;
  email: string;
  ip: string;
  latitude: string;
  longitude: string;
  start: string;
  end: string;
  duration: number;
}

interface Drawn {
  edition: Edition;
  questions: RatedQuestion[];
  respondents: Respondent[];
  pii: string[];
}

const FIRST = FIRST_NAMES;
const LAST = LAST_NAMES;
const OTHER_ROLES = ['Journalist', 'Military liaison', 'Consultant', 'Student', 'Interpreter'];

const COMMENTS_EN = [
  'Excellent meeting, well organised. More time for questions, please.',
  'The side-events overlapped with each other; hard to choose, "too much at once".',
  'Interpretation into French and Spanish was missing in some side-events.\nPlease fix for next year.',
  'Great networking, but the room for Plenary 3 was too small, many had to stand.',
  'Please share the presentations earlier, and "in one place".',
  'The IED plenary was outstanding: concrete, practical, well chaired.',
  'Badge collection took over an hour on day 1. Registration, again, needs work.',
  'Would like more voices from affected communities, survivors and youth.',
  "Contact me about next year's side-event: k.mensah@example.org, +41 22 917 45 67.",
  'Less "panel", more discussion!\n\nAnd fewer PowerPoints.',
];
const COMMENTS_FR = [
  'Très bonne réunion, bien organisée. Plus de temps pour les questions, svp.',
  'Les événements parallèles se chevauchaient ; difficile de choisir, « trop à la fois ».',
  "L'interprétation vers l'espagnol manquait dans certaines salles.\nÀ corriger l'an prochain.",
  'Merci de partager les présentations plus tôt, et "au même endroit".',
  "Contactez-moi pour l'an prochain : n.ibrahim@example.org, +41 22 917 88 21.",
  'Moins de « panels », plus de discussion !\n\nEt moins de PowerPoint.',
];
const PLENARY_COMMENTS = ['Too many speakers per panel', 'Plenary 4 ran 40 minutes late, so lunch was short', 'Good gender balance on the panels', 'More time for Q&A', 'n/a'];
const SIDE_EVENT_COMMENTS = ['Rooms too small', 'Clashed with the Iraq side-event, could not attend both', 'Please record them', 'Some had no interpretation'];
const PII_COMMENT_CONTACTS = ['k.mensah@example.org', '+41 22 917 45 67', 'n.ibrahim@example.org', '+41 22 917 88 21'];

/** The answers of one item, one per respondent, in a seeded order. */
export function itemAnswers(question: RatedQuestion, item: RatedItem, respondents: number, random: () => number): string[] {
  const pairs = item.counts.map((n, i): [string, number] => [question.levels[i], n]);
  if (item.notApplicable) {
    if (!question.notApplicable) throw new Error(`${item.label}: not-applicable answers but no N/A choice`);
    pairs.push([question.notApplicable, item.notApplicable]);
  }
  return spread(pairs, respondents, random, item.label);
}

/** `spread`, for answers every respondent gives: the counts must add up to the respondents. */
function spreadAll(pairs: [string, number][], respondents: number, random: () => number): string[] {
  const total = pairs.reduce((a, [, n]) => a + n, 0);
  if (total !== respondents) throw new Error(`${pairs.map(([l]) => l).join(', ')}: ${total} values for ${respondents} respondents`);
  return spread(pairs, respondents, random);
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function responseId(random: () => number): string {
  let id = 'R_';
  for (let i = 0; i < 15; i++) id += ALNUM[Math.floor(random() * ALNUM.length)];
  return id;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Draws every respondent of an edition: answers from the chosen counts, the rest at random. */
function draw(edition: Edition, seed: number, comments: string[], year: number): Drawn {
  const random = mulberry32(seed);
  const n = edition.respondents;
  const questions = [edition.logistics, ...edition.plenaries, edition.sideEvents];
  const answers = questions.map((q) => q.items.map((item) => itemAnswers(q, item, n, random)));
  const roles = spreadAll(edition.roles, n, random);
  const genders = spreadAll(edition.genders, n, random);
  const languages = spreadAll(LANGUAGES.map(([l, k]) => [l, Math.round((k * n) / CURRENT.respondents)] as [string, number]), n, random);
  const pii = new Set<string>();
  const respondents: Respondent[] = [];
  for (let r = 0; r < n; r++) {
    const first = FIRST[Math.floor(random() * FIRST.length)];
    const last = LAST[Math.floor(random() * LAST.length)];
    const byEmail = r % 4 === 1;
    const email = byEmail ? `${first}.${last}.${r}@example.org`.toLowerCase().normalize('NFKD').replace(/[^a-z0-9.@-]/g, '') : '';
    const ip = `${85 + (r % 110)}.${(r * 53) % 256}.${(r * 97) % 256}.${((r * 17) % 250) + 1}`;
    const latitude = (46.2 + random() * 0.1).toFixed(12).replace(/0+$/, '');
    const longitude = (6.1 + random() * 0.1).toFixed(12).replace(/0+$/, '');
    const day = 14 + Math.floor((r / n) * 10);
    const minute = Math.floor(random() * 600);
    const duration = 180 + Math.floor(random() * 900);
    const startAt = Date.UTC(year, 1, day, 7, 0, 0) + minute * 60000 + Math.floor(random() * 60) * 1000;
    const endAt = startAt + duration * 1000;
    const stamp = (t: number) => {
      const d = new Date(t);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    };
    const isOther = roles[r] === edition.roles[edition.roles.length - 1][0];
    if (byEmail) pii.add(email).add(first).add(last);
    pii.add(ip).add(latitude).add(longitude);
    respondents.push({
      role: roles[r],
      other: isOther ? OTHER_ROLES[r % OTHER_ROLES.length] : '',
      gender: genders[r],
      language: languages[r],
      ratings: answers.map((q) => q.map((item) => item[r])),
      comment: random() < 0.3 ? comments[Math.floor(random() * comments.length)] : '',
      plenaryComment: random() < 0.15 ? PLENARY_COMMENTS[Math.floor(random() * PLENARY_COMMENTS.length)] : '',
      sideEventComment: random() < 0.1 ? SIDE_EVENT_COMMENTS[Math.floor(random() * SIDE_EVENT_COMMENTS.length)] : '',
      id: responseId(random),
      first: byEmail ? first : '',
      last: byEmail ? last : '',
      email,
      ip,
      latitude,
      longitude,
      start: stamp(startAt),
      end: stamp(endAt),
      duration,
    });
  }
  for (const c of PII_COMMENT_CONTACTS) if (respondents.some((p) => p.comment.includes(c))) pii.add(c);
  return { edition, questions, respondents, pii: [...pii].sort() };
}

/** A rating question of the counts as a question of the description. */
function rated(q: RatedQuestion, code: string): Question {
  const scale = { scale: q.levels, notApplicable: q.notApplicable, recodes: q.recodes };
  return q.items.length === 1 && q.items[0].label === q.text
    ? { kind: 'rating', text: q.text, code, ...scale }
    : { kind: 'matrix', text: q.text, code, rows: q.items.map((item) => item.label), ...scale };
}

const meta = (p: Respondent): QualtricsMeta => ({
  id: p.id, start: p.start, end: p.end, duration: p.duration, ip: p.ip, first: p.first, last: p.last, email: p.email,
  latitude: p.latitude, longitude: p.longitude, language: p.language,
});

const role = (edition: Edition): Question => {
  const options = edition.roles.map(([o]) => o);
  return { kind: 'single', text: edition.roleQuestion, code: 'Q1', options, other: { option: options[options.length - 1] } };
};
const gender = (edition: Edition): Question => ({ kind: 'single', text: edition.genderQuestion, code: 'Q2', options: edition.genders.map(([o]) => o) });

/** The current export's survey: two plenary grids, and a comment box after the plenaries and after the side-events, both titled `Comments`. */
export function currentSurvey(drawn: Drawn): Survey<QualtricsMeta> {
  const { edition, questions: [logistics, plenary1, plenary2, sideEvents] } = drawn;
  return {
    questions: [
      role(edition), gender(edition), rated(logistics, 'Q3'), rated(plenary1, 'Q4'), rated(plenary2, 'Q5'),
      { kind: 'text', text: 'Comments', code: 'Q9' },
      rated(sideEvents, 'Q6'),
      { kind: 'text', text: 'Comments', code: 'Q10' },
      { kind: 'text', text: edition.commentQuestion, code: 'Q7_TEXT' },
    ],
    respondents: drawn.respondents.map((p) => ({
      meta: meta(p),
      answers: [{ choice: p.role, other: p.other }, p.gender, p.ratings[0][0], p.ratings[1], p.ratings[2], p.plenaryComment, p.ratings[3], p.sideEventComment, p.comment],
    })),
  };
}

/** The survey of the legacy and Insights exports: one plenary grid, no comment boxes but the last. `other` rewrites the typed "Other" answers. */
export function olderSurvey(drawn: Drawn, other: (text: string, r: number) => string = (text) => text): Survey<QualtricsMeta> {
  const { edition, questions: [logistics, plenaries, sideEvents] } = drawn;
  return {
    questions: [role(edition), gender(edition), rated(logistics, 'Q3'), rated(plenaries, 'Q4'), rated(sideEvents, 'Q6'), { kind: 'text', text: edition.commentQuestion, code: 'Q7' }],
    respondents: drawn.respondents.map((p, r) => ({
      meta: meta(p),
      answers: [{ choice: p.role, other: p.other ? other(p.other, r) : '' }, p.gender, p.ratings[0][0], p.ratings[1], p.ratings[2], p.comment],
    })),
  };
}

/** Current export: choice text or numeric recodes, three header rows. */
export function currentCsv(drawn: Drawn, options: { numeric: boolean }): string {
  return qualtricsCsv(currentSurvey(drawn), { numeric: options.numeric });
}

/** Legacy export: `V1…V10` + tags over metadata names + labels; a trailing comma on every line, a blank line of commas at the end. */
export function legacyCsv(drawn: Drawn): string {
  return qualtricsCsv(olderSurvey(drawn), { layout: 'legacy', blankRows: 1 });
}

/** 2016 "Insights" export of a French survey: the typed "Other" answers are French too. */
export function insightsCsv(drawn: Drawn): string {
  const other = ['Journaliste', 'Officier de liaison', 'Consultant·e', 'Étudiant·e', 'Interprète'];
  return qualtricsCsv(olderSurvey(drawn, (_, r) => other[r % other.length]), { layout: 'insights' });
}

/** The expectation for one fixture, from the chosen counts. */
export function expected(drawn: Drawn, tool: string, encoding: string): ExpectedFixture {
  const n = drawn.edition.respondents;
  const items: ExpectedItem[] = [];
  const groups = ['logistics', ...drawn.edition.plenaries.map(() => 'plenary'), 'side-event'];
  drawn.questions.forEach((q, k) => {
    for (const item of q.items) {
      const valid = item.counts.reduce((a, b) => a + b, 0);
      items.push({ label: item.label, group: groups[k], counts: item.counts, notApplicable: item.notApplicable, missing: n - valid - item.notApplicable });
    }
  });
  return { tool, respondents: n, encoding, delimiter: ',', items, pii: drawn.pii };
}

/** The folder's four exports and their expectations. */
export function fixtures(): FixtureFile[] {
  const current = draw(CURRENT, 2023, COMMENTS_EN, 2020);
  const legacy = draw(LEGACY, 2016, COMMENTS_EN, 2016);
  const insights = draw(INSIGHTS, 1602, COMMENTS_FR, 2016);
  return [
    { name: 'choice-text.csv', data: currentCsv(current, { numeric: false }), expected: expected(current, 'qualtrics', 'utf-8-bom') },
    { name: 'numeric.csv', data: currentCsv(current, { numeric: true }), expected: expected(current, 'qualtrics', 'utf-8-bom') },
    { name: 'legacy.csv', data: legacyCsv(legacy), expected: expected(legacy, 'qualtrics-legacy', 'utf-8') },
    { name: 'insights-2016.csv', data: insightsCsv(insights), expected: expected(insights, 'qualtrics', 'utf-8-bom') },
  ];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/qualtrics', fixtures());
