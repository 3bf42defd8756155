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
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { writeExpected, type ExpectedFixture, type ExpectedItem } from './expected.js';
import { CURRENT, INSIGHTS, LANGUAGES, LEGACY, type Edition, type RatedItem, type RatedQuestion } from './qualtrics-counts.js';
import { mulberry32 } from './random.js';
import { spread } from './spread.js';

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

const FIRST = ['Amina', 'Jean', 'Sofia', 'Ahmad', 'Maria', 'Olena', 'Kwame', 'Lucía', 'Hiroshi', 'Fatima', 'Pierre', 'Nadia', 'Carlos', 'Ingrid', 'Tariq', 'Aisha'];
const LAST = ['Haddad', 'Dupont', 'García', 'Okafor', 'Nguyen', 'Kovalenko', 'Mensah', 'Rossi', 'Tanaka', 'Al-Sayed', 'Müller', 'Ibrahim', 'Silva', 'Larsen', 'Khan', 'Moreau'];
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

/** The recode of a choice-text answer in a numeric export. */
function recode(question: RatedQuestion, answer: string): string {
  if (answer === '') return '';
  const codes = question.recodes ?? question.levels.map((_, i) => question.levels.length - i);
  const level = question.levels.indexOf(answer);
  if (level >= 0) return String(codes[level]);
  if (answer === question.notApplicable && codes.length > question.levels.length) return String(codes[question.levels.length]);
  throw new Error(`no recode for ${answer}`);
}

/** Current export: choice text or numeric recodes, three header rows. */
export function currentCsv(drawn: Drawn, options: { numeric: boolean }): string {
  const { edition, questions, respondents } = drawn;
  const { numeric } = options;
  const [logistics, plenary1, plenary2, sideEvents] = questions;
  const zone = (id: string) => JSON.stringify({ ImportId: id, timeZone: 'Europe/Zurich' });
  const plain = (id: string) => JSON.stringify({ ImportId: id });
  const columns: [tag: string, text: string, importId: string][] = [
    ['StartDate', 'Start Date', zone('startDate')],
    ['EndDate', 'End Date', zone('endDate')],
    ['Status', 'Response Type', plain('status')],
    ['IPAddress', 'IP Address', plain('ipAddress')],
    ['Progress', 'Progress', plain('progress')],
    ['Duration (in seconds)', 'Duration (in seconds)', plain('duration')],
    ['Finished', 'Finished', plain('finished')],
    ['RecordedDate', 'Recorded Date', zone('recordedDate')],
    ['ResponseId', 'Response ID', plain('_recordId')],
    ['RecipientLastName', 'Recipient Last Name', plain('recipientLastName')],
    ['RecipientFirstName', 'Recipient First Name', plain('recipientFirstName')],
    ['RecipientEmail', 'Recipient Email', plain('recipientEmail')],
    ['ExternalReference', 'External Data Reference', plain('externalDataReference')],
    ['LocationLatitude', 'Location Latitude', plain('locationLatitude')],
    ['LocationLongitude', 'Location Longitude', plain('locationLongitude')],
    ['DistributionChannel', 'Distribution Channel', plain('distributionChannel')],
    ['UserLanguage', 'User Language', plain('userLanguage')],
    ['Q1', `${edition.roleQuestion} - Selected Choice`, plain('QID1')],
    ['Q1_7_TEXT', `${edition.roleQuestion} - Other (please specify) - Text`, plain('QID1_7_TEXT')],
    ['Q2', edition.genderQuestion, plain('QID2')],
    ['Q3', logistics.text, plain('QID3')],
    ...plenary1.items.map((item, i): [string, string, string] => [`Q4_${i + 1}`, `${plenary1.text} - ${item.label}`, plain(`QID4_${i + 1}`)]),
    ...plenary2.items.map((item, i): [string, string, string] => [`Q5_${i + 1}`, `${plenary2.text} - ${item.label}`, plain(`QID5_${i + 1}`)]),
    // Two comment boxes with the very same header.
    ['Q9', 'Comments', plain('QID9_TEXT')],
    ...sideEvents.items.map((item, i): [string, string, string] => [`Q6_${i + 1}`, `${sideEvents.text} - ${item.label.replace(/&/g, '&amp;')}`, plain(`QID6_${i + 1}`)]),
    ['Q10', 'Comments', plain('QID10_TEXT')],
    ['Q7_TEXT', edition.commentQuestion, plain('QID7_TEXT')],
  ];
  const rows: string[][] = [columns.map((c) => c[0]), columns.map((c) => c[1]), columns.map((c) => c[2])];
  const code = (pairs: [string, number][], value: string) => (numeric ? String(pairs.findIndex(([l]) => l === value) + 1) : value);
  for (const p of respondents) {
    const rate = (q: number, item: number) => (numeric ? recode(questions[q], p.ratings[q][item]) : p.ratings[q][item]);
    rows.push([
      p.start, p.end, numeric ? '0' : 'IP Address', p.ip, '100', String(p.duration), numeric ? '1' : 'True', p.end, p.id,
      p.last, p.first, p.email, '', p.latitude, p.longitude, p.email ? 'email' : 'anonymous', p.language,
      code(edition.roles, p.role), p.other, code(edition.genders, p.gender),
      rate(0, 0),
      ...plenary1.items.map((_, i) => rate(1, i)),
      ...plenary2.items.map((_, i) => rate(2, i)),
      p.plenaryComment,
      ...sideEvents.items.map((_, i) => rate(3, i)),
      p.sideEventComment,
      p.comment,
    ]);
  }
  return '\ufeff' + Papa.unparse(rows, { newline: '\r\n' }) + '\r\n';
}

/** Legacy export: `V1…V10` + tags over metadata names + labels; a trailing comma on every line. */
export function legacyCsv(drawn: Drawn): string {
  const { edition, questions, respondents } = drawn;
  const [logistics, plenaries, sideEvents] = questions;
  const meta = ['ResponseID', 'ResponseSet', 'Name', 'ExternalDataReference', 'EmailAddress', 'IPAddress', 'Status', 'StartDate', 'EndDate', 'Finished'];
  const tags = [
    ...meta.map((_, i) => `V${i + 1}`), 'Q1', 'Q1_7_TEXT', 'Q2', 'Q3',
    ...plenaries.items.map((_, i) => `Q4_${i + 1}`), ...sideEvents.items.map((_, i) => `Q6_${i + 1}`), 'Q7',
    'LocationLatitude', 'LocationLongitude', 'LocationAccuracy', '',
  ];
  const texts = [
    ...meta, edition.roleQuestion, `${edition.roleQuestion}-Other (please specify)-TEXT`, edition.genderQuestion, logistics.text,
    ...plenaries.items.map((item) => `${plenaries.text}-${item.label}`), ...sideEvents.items.map((item) => `${sideEvents.text}-${item.label}`),
    edition.commentQuestion, 'LocationLatitude', 'LocationLongitude', 'LocationAccuracy', '',
  ];
  const rows: string[][] = [tags, texts];
  for (const p of respondents) {
    rows.push([
      p.id, 'Default Response Set', p.email ? `${p.last}, ${p.first}` : 'Anonymous', '', p.email, p.ip, '0', p.start, p.end, '1',
      p.role, p.other, p.gender, p.ratings[0][0], ...p.ratings[1], ...p.ratings[2], p.comment,
      p.latitude, p.longitude, '-1', '',
    ]);
  }
  rows.push(tags.map(() => ''));
  return Papa.unparse(rows, { newline: '\n' }) + '\n';
}

/** Question text as the Insights export writes it: cut at 99 characters. */
function cut(text: string): string {
  return text.length > 99 ? `${text.slice(0, 99)}...` : text;
}

/** 2016 "Insights" export: three header rows, the third of single-quoted ImportIds. */
export function insightsCsv(drawn: Drawn): string {
  const { edition, questions, respondents } = drawn;
  const [logistics, plenaries, sideEvents] = questions;
  const meta: [string, string][] = [
    ['ResponseID', 'responseId'], ['ResponseSet', 'responseSetId'], ['IPAddress', 'ipAddress'], ['StartDate', 'startDate'], ['EndDate', 'endDate'],
    ['RecipientLastName', 'panel-RecipientLastName'], ['RecipientFirstName', 'panel-RecipientFirstName'], ['RecipientEmail', 'panel-RecipientEmail'],
    ['ExternalDataReference', 'panel-ExternalDataReference'], ['Finished', 'finished'], ['Status', 'status'],
  ];
  const location: [string, string][] = [['LocationLatitude', 'Location-LocationLatitude'], ['LocationLongitude', 'Location-LocationLongitude'], ['LocationAccuracy', 'Location-LocationAccuracy']];
  const columns: [tag: string, text: string, importId: string][] = [
    ...meta.map(([tag, id]): [string, string, string] => [tag, tag, id]),
    ['Q1', cut(edition.roleQuestion), 'QID1'],
    ['Q1_7_TEXT', `${cut(edition.roleQuestion)}-Autre (veuillez préciser)`, 'QID1-7-TEXT'],
    ['Q2', cut(edition.genderQuestion), 'QID2'],
    ['Q3', cut(logistics.text), 'QID3'],
    ...plenaries.items.map((item, i): [string, string, string] => [`Q4_${i + 1}`, `${cut(plenaries.text)}-${item.label}`, `QID4-${i + 1}`]),
    ...sideEvents.items.map((item, i): [string, string, string] => [`Q6_${i + 1}`, `${cut(sideEvents.text)}-${item.label}`, `QID6-${i + 1}`]),
    ['Q7', cut(edition.commentQuestion), 'QID7-TEXT'],
    ...location.map(([tag, id]): [string, string, string] => [tag, tag, id]),
  ];
  const rows: string[][] = [columns.map((c) => c[0]), columns.map((c) => c[1]), columns.map((c) => `{'ImportId': '${c[2]}'}`)];
  const other = ['Journaliste', 'Officier de liaison', 'Consultant·e', 'Étudiant·e', 'Interprète'];
  for (const [r, p] of respondents.entries()) {
    rows.push([
      p.id, 'Default Response Set', p.ip, p.start, p.end, p.last, p.first, p.email, '', '1', '0',
      p.role, p.other ? other[r % other.length] : '', p.gender, p.ratings[0][0], ...p.ratings[1], ...p.ratings[2], p.comment,
      p.latitude, p.longitude, '-1',
    ]);
  }
  return '\ufeff' + Papa.unparse(rows, { newline: '\n' }) + '\n';
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

/** Writes the four fixtures and expected.json into `dir`. */
export function generate(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const current = draw(CURRENT, 2023, COMMENTS_EN, 2020);
  const legacy = draw(LEGACY, 2016, COMMENTS_EN, 2016);
  const insights = draw(INSIGHTS, 1602, COMMENTS_FR, 2016);
  writeFileSync(join(dir, 'choice-text.csv'), currentCsv(current, { numeric: false }));
  writeFileSync(join(dir, 'numeric.csv'), currentCsv(current, { numeric: true }));
  writeFileSync(join(dir, 'legacy.csv'), legacyCsv(legacy));
  writeFileSync(join(dir, 'insights-2016.csv'), insightsCsv(insights));
  writeExpected(join(dir, 'expected.json'), {
    'choice-text.csv': expected(current, 'qualtrics', 'utf-8-bom'),
    'numeric.csv': expected(current, 'qualtrics', 'utf-8-bom'),
    'legacy.csv': expected(legacy, 'qualtrics-legacy', 'utf-8'),
    'insights-2016.csv': expected(insights, 'qualtrics', 'utf-8-bom'),
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? 'fixtures/qualtrics';
  generate(dir);
  console.error(`wrote ${dir}`);
}
