/**
 * Generates two LimeSurvey CSV exports of a post-conference survey of the
 * NDM-UN23 meeting, and their expected.json, from the counts chosen below:
 *
 * - fixtures/limesurvey/full-text.csv: "Full question text" headings
 *   (`Question? [Subquestion]`, `Response ID`, `Date submitted`…), full
 *   answers in English, separator `;`;
 * - fixtures/limesurvey/codes.csv: "Question code" headings (`id`,
 *   `submitdate`…, `G02Q02[SQ001]`), full answers in French
 *   (`Très bien / Bien / Moyen / Insuffisant`, `Sans objet`), separator `,`.
 *
 * Both as LimeSurvey writes them: UTF-8 with BOM, every value quoted, CRLF,
 * and two kinds of blank: `""` for a question shown but not answered, an
 * empty field (NULL) for one never shown (pages after `lastpage` of an
 * incomplete response). Pitfalls: HTML in question text, duplicated
 * `Comments` headers, the `[Other]` text column of the role question, a
 * curly apostrophe and a double space in one answer list (`Je n’ai pas
 * assisté`, `Très  bien`), personal data (IP addresses, access codes,
 * e-mails), a trailing blank row. Seeded: the same run writes the same bytes.
 *
 *   node dist/scripts/gen-limesurvey.js [out-dir]
 */
import { type ExpectedFixture } from './expected.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';
import { limeSurveyCsv, type LimeSurveyMeta } from './exports/limesurvey.js';
import type { Cell, Survey } from './exports/survey.js';
import { mulberry32 } from './random.js';
import { expectedItems, ratedAnswers, spread, type RatedCounts } from './spread.js';

// ---------------------------------------------------------------- chosen counts

/** full-text.csv: respondents, and how far the incomplete ones got (pages 1–4). */
export const FULL_RESPONDENTS = 180;
/** Responses that stopped after page 1 and after page 2; the rest completed all four pages. */
export const FULL_STOPPED: [number, number] = [10, 6];

export const FULL_LOGISTICS: RatedCounts = {
  label: 'Overall, how would you rate the logistical and organisational arrangements of the meeting?',
  counts: [60, 80, 22, 6],
  notApplicable: 0,
};
export const FULL_PLENARY_QUESTION = 'How would you rate each of the plenary sessions?';
export const FULL_PLENARIES: RatedCounts[] = [
  { label: 'Plenary 1 – Mine Action and the Environment', counts: [45, 60, 30, 10], notApplicable: 20 },
  { label: 'Plenary 2 – Mine Action for People: Dimensions of Diversity', counts: [38, 55, 35, 12], notApplicable: 25 },
  { label: 'Plenary 3 – Regional Approaches to Mine Action', counts: [35, 52, 33, 11], notApplicable: 30 },
  { label: 'Plenary 4 – Thinking Safety and Acting Safely in the Digital Age', counts: [40, 54, 30, 10], notApplicable: 28 },
  { label: 'Plenary 5 – SDGs - From Theory to Practice: Linking Mine Action to SDGs', counts: [37, 56, 32, 12], notApplicable: 25 },
  { label: 'Plenary 6 – Partnerships to Save Lives in Humanitarian Emergencies', counts: [28, 42, 24, 8], notApplicable: 60 },
  { label: 'Plenary 7 – Improvised Explosive Devices: Connecting Actors for Solutions', counts: [60, 68, 20, 6], notApplicable: 12 },
];
export const FULL_SIDE_EVENT_QUESTION = 'How would you rate the side-events you attended?';
export const FULL_SIDE_EVENTS: RatedCounts[] = [
  { label: 'Safe Ground: Turning Minefields into Playing Fields', counts: [30, 35, 10, 3], notApplicable: 80 },
  { label: 'Mine Action Information Management of the Future', counts: [20, 28, 10, 4], notApplicable: 95 },
  { label: 'Libya: The Toxic and Explosive Legacy of Modern Conflict', counts: [12, 18, 9, 3], notApplicable: 115 },
  { label: 'Launch of the SMART IED Threat Mitigation Technology Roadmap (SMiTMiTR)', counts: [18, 24, 5, 2], notApplicable: 108 },
  { label: 'Iranian Humanitarian Mine Action Activities', counts: [8, 12, 8, 3], notApplicable: 128 },
  { label: 'Risk education in the Oslo Action Plan: From Vision to Reality', counts: [35, 42, 18, 5], notApplicable: 60 },
  { label: 'United for Survivors: Solutions, Commitments, Action', counts: [22, 30, 7, 2], notApplicable: 95 },
  { label: 'UN Mine Action Strategy: Implementation Update', counts: [12, 20, 6, 1], notApplicable: 120 },
];
export const FULL_OVERALL: RatedCounts = { label: 'Overall, how satisfied were you with the meeting?', counts: [50, 75, 25, 8, 3], notApplicable: 0 };

const FULL_ROLES: [string, number][] = [
  ['National Director of a mine action programme', 25], ['United Nations adviser or staff', 22], ['Donor representative', 30],
  ['Civil society / NGO', 52], ['Academia or research', 14], ['Private sector', 17], ['Other', 16],
];
const FULL_GENDERS: [string, number][] = [['Female', 86], ['Male', 88], ['Prefer not to say', 6]];

/** codes.csv: respondents; 4 stopped after page 2 of 4. */
export const CODES_RESPONDENTS = 90;
export const CODES_STOPPED = 4;

export const CODES_LOGISTICS: RatedCounts = { label: 'G02Q01', counts: [30, 40, 12, 4], notApplicable: 0 };
export const CODES_PLENARIES: RatedCounts[] = [
  { label: 'G02Q02[SQ001]', counts: [20, 30, 18, 6], notApplicable: 10 },
  { label: 'G02Q02[SQ002]', counts: [18, 28, 20, 7], notApplicable: 12 },
  { label: 'G02Q02[SQ003]', counts: [16, 27, 19, 6], notApplicable: 15 },
  { label: 'G02Q02[SQ004]', counts: [19, 29, 17, 5], notApplicable: 14 },
  { label: 'G02Q02[SQ005]', counts: [17, 30, 18, 6], notApplicable: 13 },
  { label: 'G02Q02[SQ006]', counts: [12, 20, 14, 4], notApplicable: 34 },
  { label: 'G02Q02[SQ007]', counts: [28, 34, 12, 3], notApplicable: 6 },
];
export const CODES_SIDE_EVENTS: RatedCounts[] = [
  { label: 'G03Q01[SQ001]', counts: [14, 18, 6, 2], notApplicable: 42 },
  { label: 'G03Q01[SQ002]', counts: [10, 14, 6, 2], notApplicable: 50 },
  { label: 'G03Q01[SQ003]', counts: [6, 9, 5, 1], notApplicable: 62 },
  { label: 'G03Q01[SQ004]', counts: [15, 20, 8, 3], notApplicable: 38 },
  { label: 'G03Q01[SQ005]', counts: [11, 14, 4, 1], notApplicable: 52 },
  { label: 'G03Q01[SQ006]', counts: [7, 10, 3, 1], notApplicable: 62 },
];
export const CODES_OVERALL: RatedCounts = { label: 'G04Q01', counts: [25, 40, 12, 5, 2], notApplicable: 0 };

const CODES_ROLES: [string, number][] = [
  ['Directeur ou directrice national(e) d’un programme d’action contre les mines', 14], ['Conseiller ou personnel des Nations Unies', 11],
  ['Représentant(e) d’un bailleur', 15], ['Société civile / ONG', 27], ['Université ou recherche', 7], ['Secteur privé', 8], ['Autre', 8],
];
const CODES_GENDERS: [string, number][] = [['Femme', 43], ['Homme', 44], ['Je préfère ne pas répondre', 3]];
const CODES_LANGUAGES: [string, number][] = [['fr', 50], ['en', 25], ['es', 15]];

// ---------------------------------------------------------------- generation

const EN_COMMENTS = [
  'Good sessions, but too many at the same time; "less is more".',
  'The registration desk, badges and Wi-Fi all worked.\nThanks!',
  'Please circulate the presentations, including the side-events, before the meeting.',
  'I could not hear the speakers in Room XIX, the microphones kept cutting out.',
  'Contact me on a.haddad@example.org for the survivors network, please.',
];
const FR_COMMENTS = [
  'Très bonne organisation, mais trop de sessions en parallèle.',
  'L’interprétation vers le français manquait dans deux événements, « encore une fois ».',
  'Merci pour l’accueil ; prévoir plus de temps pour les questions,\nsurtout en plénière.',
  'Les salles étaient trop petites, beaucoup de gens debout.',
];

function pick<T>(values: T[], random: () => number): T {
  return values[Math.floor(random() * values.length)];
}

const pad = (n: number) => String(n).padStart(2, '0');

function timestamps(r: number, n: number, random: () => number): { start: string; end: string } {
  const day = 14 + Math.floor((r / n) * 7);
  const minute = Math.floor(random() * 720);
  const second = Math.floor(random() * 60);
  const start = `2020-02-${pad(day)} ${pad(8 + Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(second)}`;
  const later = minute + 4 + Math.floor(random() * 12);
  const end = `2020-02-${pad(day)} ${pad(8 + Math.floor(later / 60))}:${pad(later % 60)}:${pad((second + 23) % 60)}`;
  return { start, end };
}

function ip(r: number, random: () => number): string {
  return `${[85, 145, 193, 41, 196, 62][r % 6]}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${1 + Math.floor(random() * 254)}`;
}

/** The last page each respondent reached, in a seeded order: `stopped[k]` respondents stopped after page k + 1. */
function lastPages(n: number, pages: number, stopped: number[], random: () => number): number[] {
  const pairs: [string, number][] = stopped.map((count, k) => [String(k + 1), count]);
  return spread(pairs, n, random, 'last pages').map((p) => (p === '' ? pages : Number(p)));
}

/** Spreads the answers of one question over the respondents who reached its page; the others get NULL. */
function onPage(answers: (slots: number) => string[], page: number, last: number[]): Cell[] {
  const reached = last.map((p, r) => (p >= page ? r : -1)).filter((r) => r >= 0);
  const spreadOver = answers(reached.length);
  const out: Cell[] = last.map(() => null);
  reached.forEach((r, k) => (out[r] = spreadOver[k]));
  return out;
}

/** full-text.csv: the CSV text and the personal data it holds. */
export function generateFullText(seed = 523): { csv: string; pii: string[] } {
  const random = mulberry32(seed);
  const n = FULL_RESPONDENTS;
  const last = lastPages(n, 4, FULL_STOPPED, random);
  const levels = ['Excellent', 'Good', 'Fair', 'Poor'];
  const roles = onPage((k) => spread(FULL_ROLES, k, random, 'roles'), 1, last);
  const genders = onPage((k) => spread(FULL_GENDERS, k, random, 'genders'), 1, last);
  const logistics = onPage((k) => ratedAnswers(FULL_LOGISTICS, levels, '', k, random), 2, last);
  const plenaries = FULL_PLENARIES.map((c) => onPage((k) => ratedAnswers(c, levels, 'Did not attend', k, random), 2, last));
  const sideEvents = FULL_SIDE_EVENTS.map((c) => onPage((k) => ratedAnswers(c, levels, 'Didn’t attend', k, random), 3, last));
  const satisfaction = ['Very satisfied', 'Satisfied', 'Neither satisfied nor dissatisfied', 'Dissatisfied', 'Very dissatisfied'];
  const overall = onPage(
    (k) => ratedAnswers(FULL_OVERALL, satisfaction, '', k, random),
    4,
    last,
  );
  const survey: Survey<LimeSurveyMeta> = {
    questions: [
      { kind: 'single', text: 'Which of the following best describes your role?', options: FULL_ROLES.map(([o]) => o), other: { option: 'Other' } },
      { kind: 'single', text: 'What is your gender?', options: FULL_GENDERS.map(([o]) => o) },
      { kind: 'rating', text: '<p>Overall, how would you rate the <strong>logistical and organisational</strong> arrangements of the meeting?</p>', scale: levels },
      { kind: 'matrix', text: FULL_PLENARY_QUESTION, rows: FULL_PLENARIES.map((c) => c.label), scale: levels, notApplicable: 'Did not attend' },
      { kind: 'text', text: 'Comments' },
      { kind: 'matrix', text: FULL_SIDE_EVENT_QUESTION, rows: FULL_SIDE_EVENTS.map((c) => c.label), scale: levels, notApplicable: 'Didn’t attend' },
      { kind: 'text', text: 'Comments' },
      { kind: 'rating', text: FULL_OVERALL.label, scale: satisfaction },
      { kind: 'text', text: 'Do you have any other comments or suggestions for future meetings?' },
      { kind: 'text', text: 'Your e-mail address, if you would like to receive the report' },
    ],
    respondents: [],
  };
  const pii: string[] = [];
  for (let r = 0; r < n; r++) {
    const { start, end } = timestamps(r, n, random);
    const complete = last[r] === 4;
    const address = ip(r, random);
    const token = r % 3 === 0 ? `tk${Math.floor(random() * 1e9).toString(36)}${r}` : '';
    pii.push(address);
    if (token) pii.push(token);
    const comment = (page: number) => (last[r] >= page ? (random() < 0.12 ? pick(EN_COMMENTS, random) : '') : null);
    const email = last[r] >= 4 && r % 6 === 0 ? `participant${r}@example.org` : last[r] >= 4 ? '' : null;
    if (email) pii.push(email);
    const other = roles[r] === 'Other' ? ['Journalist', 'Military liaison', 'Consultant', 'Student'][r % 4] : last[r] >= 1 ? '' : null;
    const seed = String(Math.floor(random() * 1e9));
    survey.respondents.push({
      meta: {
        id: String(r + 1), submitdate: complete ? end : null, lastpage: String(last[r]), startlanguage: r % 9 === 0 ? 'fr' : 'en', seed, token,
        startdate: start, datestamp: end, ipaddr: address, refurl: r % 5 === 0 ? 'https://www.gichd.org/en/events/ndm-un23/' : '',
      },
      answers: [
        { choice: roles[r], other }, genders[r], logistics[r], plenaries.map((a) => a[r]), comment(2),
        sideEvents.map((a) => a[r]), comment(3), overall[r], comment(4), email,
      ],
    });
  }
  pii.push('a.haddad@example.org');
  // A blank line left at the end, as after a hand edit.
  return { csv: limeSurveyCsv(survey, { accessCodes: true, blankLines: 1 }), pii: [...new Set(pii)].sort() };
}

/** codes.csv: the CSV text and the personal data it holds. */
export function generateCodes(seed = 524): { csv: string; pii: string[] } {
  const random = mulberry32(seed);
  const n = CODES_RESPONDENTS;
  const last = lastPages(n, 4, [0, CODES_STOPPED], random);
  const levels = ['Très bien', 'Bien', 'Moyen', 'Insuffisant'];
  // The side-event answer list was typed again, with a double space and a curly apostrophe.
  const sideLevels = ['Très  bien', 'Bien', 'Moyen', 'Insuffisant'];
  const languages = spread(CODES_LANGUAGES, n, random, 'languages');
  const roles = onPage((k) => spread(CODES_ROLES, k, random, 'roles'), 1, last);
  const genders = onPage((k) => spread(CODES_GENDERS, k, random, 'genders'), 1, last);
  const logistics = onPage((k) => ratedAnswers(CODES_LOGISTICS, levels, '', k, random), 2, last);
  const plenaries = CODES_PLENARIES.map((c) => onPage((k) => ratedAnswers(c, levels, 'Sans objet', k, random), 2, last));
  const sideEvents = CODES_SIDE_EVENTS.map((c) => onPage((k) => ratedAnswers(c, sideLevels, 'Je n’ai pas assisté', k, random), 3, last));
  const satisfaction = ['Très satisfait', 'Satisfait', 'Ni satisfait ni insatisfait', 'Insatisfait', 'Pas du tout satisfait'];
  const overall = onPage(
    (k) => ratedAnswers(CODES_OVERALL, satisfaction, '', k, random),
    4,
    last,
  );
  // Headed by codes in the export; the texts are the French form's.
  const survey: Survey<LimeSurveyMeta> = {
    questions: [
      { kind: 'single', code: 'G01Q01', text: 'Quelle est votre fonction ?', options: CODES_ROLES.map(([o]) => o), other: { option: 'Autre' } },
      { kind: 'single', code: 'G01Q02', text: 'Quel est votre genre ?', options: CODES_GENDERS.map(([o]) => o) },
      { kind: 'rating', code: CODES_LOGISTICS.label, text: 'Dans l’ensemble, comment évaluez-vous l’organisation de la réunion ?', scale: levels },
      { kind: 'matrix', code: 'G02Q02', text: 'Comment évaluez-vous chacune des séances plénières ?', rows: CODES_PLENARIES.map((c) => c.label), scale: levels, notApplicable: 'Sans objet' },
      { kind: 'text', code: 'G02Q03', text: 'Commentaires' },
      {
        kind: 'matrix', code: 'G03Q01', text: 'Comment évaluez-vous les événements parallèles auxquels vous avez assisté ?',
        rows: CODES_SIDE_EVENTS.map((c) => c.label), scale: sideLevels, notApplicable: 'Je n’ai pas assisté',
      },
      { kind: 'text', code: 'G03Q02', text: 'Commentaires' },
      { kind: 'rating', code: CODES_OVERALL.label, text: 'Dans l’ensemble, êtes-vous satisfait(e) de la réunion ?', scale: satisfaction },
      { kind: 'text', code: 'G04Q02', text: 'Avez-vous d’autres commentaires ?' },
    ],
    respondents: [],
  };
  const pii: string[] = [];
  for (let r = 0; r < n; r++) {
    const { start, end } = timestamps(r, n, random);
    const address = ip(r, random);
    pii.push(address);
    const comment = (page: number) => (last[r] >= page ? (random() < 0.15 ? pick(FR_COMMENTS, random) : '') : null);
    const other = roles[r] === 'Autre' ? ['Journaliste', 'Consultant', 'Étudiante'][r % 3] : '';
    const seed = String(Math.floor(random() * 1e9));
    survey.respondents.push({
      meta: { id: String(1000 + r), submitdate: last[r] === 4 ? end : null, lastpage: String(last[r]), startlanguage: languages[r], seed, startdate: start, datestamp: end, ipaddr: address, refurl: '' },
      answers: [
        { choice: roles[r], other }, genders[r], logistics[r], plenaries.map((a) => a[r]), comment(2),
        sideEvents.map((a) => a[r]), comment(3), overall[r], comment(4),
      ],
    });
  }
  return { csv: limeSurveyCsv(survey, { headings: 'code', delimiter: ',' }), pii: [...new Set(pii)].sort() };
}

/** The expectations, from the chosen counts; code headers carry no group cue, so every coded item is `other`. */
export function expected(fullPii: string[], codesPii: string[]): Record<string, ExpectedFixture> {
  return {
    'full-text.csv': {
      tool: 'limesurvey',
      respondents: FULL_RESPONDENTS,
      encoding: 'utf-8-bom',
      delimiter: ';',
      items: [
        ...expectedItems([FULL_LOGISTICS], 'logistics', FULL_RESPONDENTS),
        ...expectedItems(FULL_PLENARIES, 'plenary', FULL_RESPONDENTS),
        ...expectedItems(FULL_SIDE_EVENTS, 'side-event', FULL_RESPONDENTS),
        ...expectedItems([FULL_OVERALL], 'overall', FULL_RESPONDENTS),
      ],
      pii: fullPii,
    },
    'codes.csv': {
      tool: 'limesurvey',
      respondents: CODES_RESPONDENTS,
      encoding: 'utf-8-bom',
      delimiter: ',',
      items: [
        ...expectedItems([CODES_LOGISTICS], 'other', CODES_RESPONDENTS),
        ...expectedItems(CODES_PLENARIES, 'other', CODES_RESPONDENTS),
        ...expectedItems(CODES_SIDE_EVENTS, 'other', CODES_RESPONDENTS),
        ...expectedItems([CODES_OVERALL], 'other', CODES_RESPONDENTS),
      ],
      pii: codesPii,
    },
  };
}

/** The folder's exports and their expectations. */
export function fixtures(): FixtureFile[] {
  const full = generateFullText();
  const codes = generateCodes();
  const chosen = expected(full.pii, codes.pii);
  return [
    { name: 'full-text.csv', data: full.csv, expected: chosen['full-text.csv'] },
    { name: 'codes.csv', data: codes.csv, expected: chosen['codes.csv'] },
  ];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/limesurvey', fixtures());
