/**
 * Generates the Google Forms fixtures of the NDM-UN23 post-conference survey,
 * as "Download responses (.csv)" writes them (comma, LF, UTF-8 without BOM),
 * from the counts chosen below, and their expected.json:
 * - fixtures/google-forms/responses.csv: the English form;
 * - fixtures/google-forms/reponses-fr.csv: the French form of a French owner
 *   (`Horodateur`, `Adresse e-mail`, scale Très bien / Bien / Moyen /
 *   Insuffisant + Sans objet).
 * Pitfalls carried: grid rows as `Question [Row]`; checkbox picks joined with
 * `, `; an option renamed mid-collection (`Very Good` → `Very good`, `Tres
 * bien` → `Très bien`); `Didn't attend` and `Didn’t attend` in two grids; two
 * questions both titled `Comments`; a name question and collected e-mails
 * (personal data); a blank column added in Sheets; comments with commas,
 * quotes and line breaks; French narrow no-break spaces before `?` and `:`;
 * trailing blank rows. Seeded: the same run writes the same bytes.
 *
 *   node dist/scripts/gen-google-forms.js [out-dir]
 */
import { type ExpectedFixture } from './expected.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';
import { choiceAnswers, expectedItem, pad, pick, ratingAnswers, respell, type RatingCounts } from './forms-fixture.js';
import { mulberry32 } from './random.js';
import { googleFormsCsv, type GoogleFormsMeta } from './exports/google-forms.js';
import type { Survey } from './exports/survey.js';
import { FIRST_NAMES, LAST_NAMES } from './names.js';

const FIRST = FIRST_NAMES;
const LAST = LAST_NAMES;

/** An e-mail address from a name, ASCII only. */
function emailOf(first: string, last: string, r: number, domain: string): string {
  const ascii = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
  return `${ascii(first)}.${ascii(last)}${r}@${domain}`;
}

// ---------------------------------------------------------------- English form

export const EN_RESPONDENTS = 120;
const EN_SCALE = ['Excellent', 'Very good', 'Good', 'Fair', 'Poor'];

const EN_LOGISTICS_QUESTION = 'Overall, how would you rate the logistical and organisational arrangements of the meeting?';
const EN_PLENARY_QUESTION = 'How would you rate each of the plenary sessions?';
const EN_SIDE_EVENT_QUESTION = 'How would you rate the side-events you attended?';
const EN_OVERALL_QUESTION = 'Overall, how satisfied were you with the meeting?';

export const EN_LOGISTICS: RatingCounts = { label: EN_LOGISTICS_QUESTION, group: 'logistics', counts: [45, 53, 9, 3, 2] };
export const EN_PLENARIES: RatingCounts[] = [
  { label: 'Plenary 1 – Mine Action and the Environment', group: 'plenary', counts: [25, 43, 18, 9, 3], notApplicable: 14 },
  { label: 'Plenary 2 – Mine Action for People: Dimensions of Diversity', group: 'plenary', counts: [20, 40, 20, 8, 2], notApplicable: 22 },
  { label: 'Plenary 3 – Regional Approaches to Mine Action', group: 'plenary', counts: [18, 38, 19, 9, 3], notApplicable: 24 },
  { label: 'Plenary 4 – Thinking Safety and Acting Safely in the Digital Age', group: 'plenary', counts: [21, 41, 16, 9, 4], notApplicable: 20 },
  { label: 'Plenary 5 – SDGs - From Theory to Practice: Linking Mine Action to SDGs', group: 'plenary', counts: [22, 40, 18, 8, 3], notApplicable: 19 },
  { label: 'Plenary 6 – Partnerships to Save Lives in Humanitarian Emergencies', group: 'plenary', counts: [14, 32, 13, 5, 2], notApplicable: 46 },
  { label: 'Plenary 7 – Improvised Explosive Devices: Connecting Actors for Solutions', group: 'plenary', counts: [37, 44, 12, 5, 2], notApplicable: 12 },
];
export const EN_SIDE_EVENTS: RatingCounts[] = [
  { label: 'Safe Ground: Turning Minefields into Playing Fields', group: 'side-event', counts: [16, 20, 6, 2, 1], notApplicable: 68 },
  { label: 'Mine Action Information Management of the Future', group: 'side-event', counts: [10, 17, 7, 3, 1], notApplicable: 74 },
  { label: 'Libya: The Toxic and Explosive Legacy of Modern Conflict', group: 'side-event', counts: [6, 12, 5, 2, 0], notApplicable: 86 },
  { label: 'Risk education in the Oslo Action Plan: From Vision to Reality', group: 'side-event', counts: [18, 24, 9, 3, 2], notApplicable: 56 },
  { label: 'Environmental Impact and Climate Change Adaptation in Mine Action', group: 'side-event', counts: [15, 19, 5, 1, 1], notApplicable: 71 },
  { label: 'Meeting the Challenge Together: Advancing Gender & Diversity in Project Implementation', group: 'side-event', counts: [11, 16, 4, 2, 1], notApplicable: 78 },
  { label: 'United for Survivors: Solutions, Commitments, Action', group: 'side-event', counts: [13, 17, 4, 1, 0], notApplicable: 77 },
  { label: 'A Mine-Free World by 2025: The Need for Innovation', group: 'side-event', counts: [9, 14, 3, 1, 1], notApplicable: 84 },
  { label: 'Sudan – Mine Action and Peace: Sudan’s Experience and Future', group: 'side-event', counts: [7, 12, 4, 2, 0], notApplicable: 87 },
  { label: 'UN Mine Action Strategy: Implementation Update', group: 'side-event', counts: [8, 13, 4, 1, 1], notApplicable: 85 },
];
const EN_SATISFACTION = ['Very satisfied', 'Satisfied', 'Neither satisfied nor dissatisfied', 'Dissatisfied', 'Very dissatisfied'];
export const EN_OVERALL: RatingCounts = { label: EN_OVERALL_QUESTION, group: 'overall', counts: [40, 55, 14, 6, 2] };

const EN_ROLES: [string, number][] = [
  ['National Director of a mine action programme', 18],
  ['United Nations adviser or staff', 16],
  ['Donor representative', 20],
  ['Civil society / NGO', 34],
  ['Academia or research', 10],
  ['Private sector', 12],
];
/** "Other:" answers: Google writes the typed text in the same column. */
const EN_OTHER_ROLES = ['Journalist', 'Military liaison', 'Consultant', 'Student', 'Interpreter'];
const EN_GENDERS: [string, number][] = [['Female', 55], ['Male', 58], ['Prefer not to say', 5]];
const EN_DAYS = ['Tuesday', 'Wednesday', 'Thursday', 'Friday'];

const EN_PLENARY_COMMENTS = [
  'More time for questions from the floor, please.',
  'The IED plenary was outstanding: concrete, practical, well chaired.',
  'Too many speakers per panel, "death by PowerPoint".',
  'Plenary 6 clashed with lunch, so many of us missed it.',
];
const EN_COMMENTS = [
  'Excellent meeting, well organised. More time for networking, please.',
  'The side-events overlapped with each other; hard to choose, "too much at once".',
  'Interpretation into French and Spanish was missing in some side-events.\nPlease fix for next year.',
  'Badge collection took over an hour on day 1. Registration, again, needs work.',
  'Would like more voices from affected communities, survivors and youth.',
  'Contact me about next year\'s side-event: o.kovalenko@example.net, +41 22 917 45 67.',
  'Less "panel", more discussion!\n\nAnd fewer PowerPoints.',
  'Coffee, lunch, venue: all fine. Wi-Fi, not so much.',
];

/** The English export's text and the personal data it holds. */
export function generateEnglish(seed = 2020): { csv: string; pii: string[] } {
  const random = mulberry32(seed);
  const n = EN_RESPONDENTS;
  // The owner fixed the capitalisation of one option after the first 40 responses.
  const logistics = respell(ratingAnswers(EN_LOGISTICS, EN_SCALE, '', n, random), 'Very good', 'Very Good', 40);
  const plenaries = EN_PLENARIES.map((p) => ratingAnswers(p, EN_SCALE, "Didn't attend", n, random));
  const sideEvents = EN_SIDE_EVENTS.map((s) => ratingAnswers(s, EN_SCALE, 'Didn’t attend', n, random));
  const overall = ratingAnswers(EN_OVERALL, EN_SATISFACTION, '', n, random);
  const roles = choiceAnswers([...EN_ROLES, ['Other', n - EN_ROLES.reduce((a, [, k]) => a + k, 0)]], n, random);
  const genders = choiceAnswers(EN_GENDERS, n, random);
  const survey: Survey<GoogleFormsMeta> = {
    questions: [
      { kind: 'single', text: 'Which of the following best describes your role?', options: [...EN_ROLES.map(([o]) => o), 'Other'], other: { option: 'Other' } },
      { kind: 'single', text: 'What is your gender?', options: EN_GENDERS.map(([o]) => o) },
      { kind: 'multi', text: 'Which days did you attend?', options: EN_DAYS },
      { kind: 'rating', text: EN_LOGISTICS_QUESTION, scale: EN_SCALE },
      { kind: 'matrix', text: EN_PLENARY_QUESTION, rows: EN_PLENARIES.map((p) => p.label), scale: EN_SCALE, notApplicable: "Didn't attend" },
      { kind: 'text', text: 'Comments' },
      { kind: 'matrix', text: EN_SIDE_EVENT_QUESTION, rows: EN_SIDE_EVENTS.map((s) => s.label), scale: EN_SCALE, notApplicable: 'Didn’t attend' },
      { kind: 'rating', text: EN_OVERALL_QUESTION, scale: EN_SATISFACTION },
      { kind: 'text', text: 'Comments' },
      { kind: 'text', text: 'Your name (optional)' },
    ],
    respondents: [],
  };
  const pii: string[] = [];
  let minutes = 14 * 60; // the form opened on the closing afternoon
  for (let r = 0; r < n; r++) {
    minutes += 1 + Math.floor(random() * 110);
    const day = 14 + Math.floor(minutes / (24 * 60));
    const inDay = minutes % (24 * 60);
    const timestamp = `2/${day}/2020 ${Math.floor(inDay / 60)}:${pad(inDay % 60)}:${pad(Math.floor(random() * 60))}`;
    const first = pick(FIRST, random);
    const last = pick(LAST, random);
    const email = emailOf(first, last, r, 'example.org');
    pii.push(email);
    const named = random() < 0.3;
    if (named) pii.push(`${first} ${last}`);
    const days = EN_DAYS.filter(() => random() < 0.6);
    const role = roles[r] === 'Other' ? { choice: 'Other', other: pick(EN_OTHER_ROLES, random) } : roles[r];
    survey.respondents.push({
      meta: { timestamp, email },
      answers: [
        role,
        genders[r],
        days,
        logistics[r],
        plenaries.map((p) => p[r]),
        random() < 0.15 ? pick(EN_PLENARY_COMMENTS, random) : '',
        sideEvents.map((s) => s[r]),
        overall[r],
        random() < 0.3 ? pick(EN_COMMENTS, random) : '',
        named ? `${first} ${last}` : '',
      ],
    });
  }
  pii.push('o.kovalenko@example.net', '+41 22 917 45 67');
  // A blank column added in Sheets, and rows someone cleared by hand: they come out blank.
  return { csv: googleFormsCsv(survey, { extraColumns: 1, blankRows: 2 }), pii: [...new Set(pii)].sort() };
}

export function expectedEnglish(pii: string[]): ExpectedFixture {
  const n = EN_RESPONDENTS;
  return {
    tool: 'google-forms',
    respondents: n,
    encoding: 'utf-8',
    delimiter: ',',
    items: [EN_LOGISTICS, ...EN_PLENARIES, ...EN_SIDE_EVENTS, EN_OVERALL].map((i) => expectedItem(i, n)),
    pii,
  };
}

// ----------------------------------------------------------------- French form

export const FR_RESPONDENTS = 64;
const FR_SCALE = ['Très bien', 'Bien', 'Moyen', 'Insuffisant'];
const NNBSP = '\u202f';
/** A header as debrief reports it: white space (narrow no-break spaces included) folded to one space. */
const folded = (s: string) => s.replace(/\s+/g, ' ').trim();

const FR_LOGISTICS_QUESTION = `Dans l’ensemble, comment évaluez-vous l’organisation et la logistique de la réunion${NNBSP}?`;
const FR_PLENARY_QUESTION = `Comment évaluez-vous les séances plénières${NNBSP}?`;
const FR_SIDE_EVENT_QUESTION = `Événements parallèles${NNBSP}: comment évaluez-vous ceux auxquels vous avez assisté${NNBSP}?`;
const FR_OVERALL_QUESTION = `Dans l’ensemble, êtes-vous satisfait(e) de la réunion${NNBSP}?`;

// Labels as the form owner typed them, with narrow no-break spaces before `:` and `?`.
export const FR_LOGISTICS: RatingCounts = { label: FR_LOGISTICS_QUESTION, group: 'logistics', counts: [28, 24, 6, 2] };
export const FR_PLENARIES: RatingCounts[] = [
  { label: `Plénière 1 – L’action contre les mines et l’environnement`, group: 'plenary', counts: [18, 24, 9, 3], notApplicable: 6 },
  { label: `Plénière 2 – L’action contre les mines pour les personnes${NNBSP}: les dimensions de la diversité`, group: 'plenary', counts: [15, 22, 10, 4], notApplicable: 9 },
  { label: `Plénière 3 – Approches régionales de l’action contre les mines`, group: 'plenary', counts: [14, 23, 9, 3], notApplicable: 11 },
  { label: `Plénière 4 – Penser et agir en sécurité à l’ère numérique`, group: 'plenary', counts: [16, 21, 9, 4], notApplicable: 10 },
  { label: `Plénière 5 – Des ODD, de la théorie à la pratique`, group: 'plenary', counts: [15, 22, 8, 3], notApplicable: 12 },
  { label: `Plénière 6 – Des partenariats pour sauver des vies dans les urgences humanitaires`, group: 'plenary', counts: [10, 17, 6, 2], notApplicable: 25 },
  { label: `Plénière 7 – Engins explosifs improvisés${NNBSP}: relier les acteurs autour de solutions`, group: 'plenary', counts: [22, 25, 6, 2], notApplicable: 5 },
];
export const FR_SIDE_EVENTS: RatingCounts[] = [
  { label: `Safe Ground${NNBSP}: transformer les champs de mines en terrains de jeu`, group: 'side-event', counts: [9, 10, 3, 1], notApplicable: 37 },
  { label: `Libye${NNBSP}: l’héritage toxique et explosif des conflits modernes`, group: 'side-event', counts: [5, 8, 3, 1], notApplicable: 43 },
  { label: `L’éducation aux risques dans le Plan d’action d’Oslo${NNBSP}: de la vision à la réalité`, group: 'side-event', counts: [10, 12, 4, 2], notApplicable: 32 },
  { label: `Impact environnemental et adaptation au changement climatique`, group: 'side-event', counts: [8, 11, 2, 1], notApplicable: 38 },
  { label: `Unis pour les survivants${NNBSP}: solutions, engagements, action`, group: 'side-event', counts: [7, 9, 2, 0], notApplicable: 42 },
  { label: `Soudan – Action contre les mines et paix`, group: 'side-event', counts: [4, 8, 2, 1], notApplicable: 44 },
];
const FR_SATISFACTION = ['Très satisfait', 'Satisfait', 'Peu satisfait', 'Pas du tout satisfait'];
export const FR_OVERALL: RatingCounts = { label: FR_OVERALL_QUESTION, group: 'overall', counts: [22, 30, 7, 2] };

const FR_ROLES: [string, number][] = [
  ['Directeur ou directrice national(e) d’un programme d’action contre les mines', 12],
  ['Conseiller ou personnel des Nations Unies', 9],
  ['Représentant(e) d’un bailleur de fonds', 10],
  ['Société civile / ONG', 22],
  ['Secteur privé', 6],
  ['Recherche', 5],
];
const FR_GENDERS: [string, number][] = [['Femme', 30], ['Homme', 32], ['Je préfère ne pas répondre', 2]];
const FR_COMMENTS = [
  'Très bonne réunion, bien organisée. Merci à l’UNMAS.',
  'L’interprétation vers le français manquait dans plusieurs événements parallèles\u00a0; dommage.',
  'Trop d’intervenants par panel, «\u00a0trop de PowerPoint\u00a0».\nPlus de débat, s’il vous plaît.',
  'La salle de la plénière 3 était trop petite, beaucoup sont restés debout.',
  'Partager les présentations à l’avance, et "au même endroit".',
  'Écrivez-moi pour l’an prochain : c.moreau@exemple.fr',
];

/** The French export's text and the personal data it holds. */
export function generateFrench(seed = 2021): { csv: string; pii: string[] } {
  const random = mulberry32(seed);
  const n = FR_RESPONDENTS;
  // The owner added the missing accent to the top option after 20 responses.
  const logistics = respell(ratingAnswers(FR_LOGISTICS, FR_SCALE, '', n, random), 'Très bien', 'Tres bien', 20);
  const plenaries = FR_PLENARIES.map((p) => ratingAnswers(p, FR_SCALE, 'Sans objet', n, random));
  const sideEvents = FR_SIDE_EVENTS.map((s) => ratingAnswers(s, FR_SCALE, 'Sans objet', n, random));
  const overall = ratingAnswers(FR_OVERALL, FR_SATISFACTION, '', n, random);
  const roles = choiceAnswers(FR_ROLES, n, random);
  const genders = choiceAnswers(FR_GENDERS, n, random);
  const survey: Survey<GoogleFormsMeta> = {
    questions: [
      { kind: 'single', text: `Quelle est votre fonction${NNBSP}?`, options: FR_ROLES.map(([o]) => o) },
      { kind: 'single', text: 'Genre', options: FR_GENDERS.map(([o]) => o) },
      { kind: 'rating', text: FR_LOGISTICS_QUESTION, scale: FR_SCALE },
      { kind: 'matrix', text: FR_PLENARY_QUESTION, rows: FR_PLENARIES.map((p) => p.label), scale: FR_SCALE, notApplicable: 'Sans objet' },
      { kind: 'matrix', text: FR_SIDE_EVENT_QUESTION, rows: FR_SIDE_EVENTS.map((s) => s.label), scale: FR_SCALE, notApplicable: 'Sans objet' },
      { kind: 'rating', text: FR_OVERALL_QUESTION, scale: FR_SATISFACTION },
      { kind: 'text', text: `Avez-vous d’autres commentaires ou suggestions${NNBSP}?` },
    ],
    respondents: [],
  };
  const pii: string[] = [];
  let minutes = 14 * 60; // the form opened on the closing afternoon
  for (let r = 0; r < n; r++) {
    minutes += 1 + Math.floor(random() * 200);
    const day = 14 + Math.floor(minutes / (24 * 60));
    const inDay = minutes % (24 * 60);
    const timestamp = `${day}/02/2020 ${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}:${pad(Math.floor(random() * 60))}`;
    const email = emailOf(pick(FIRST, random), pick(LAST, random), r, 'exemple.fr');
    pii.push(email);
    survey.respondents.push({
      meta: { timestamp, email },
      answers: [
        roles[r],
        genders[r],
        logistics[r],
        plenaries.map((p) => p[r]),
        sideEvents.map((s) => s[r]),
        overall[r],
        random() < 0.3 ? pick(FR_COMMENTS, random) : '',
      ],
    });
  }
  pii.push('c.moreau@exemple.fr');
  return { csv: googleFormsCsv(survey, { metadata: ['Horodateur', 'Adresse e-mail'] }), pii: [...new Set(pii)].sort() };
}

export function expectedFrench(pii: string[]): ExpectedFixture {
  const n = FR_RESPONDENTS;
  return {
    tool: 'google-forms',
    respondents: n,
    encoding: 'utf-8',
    delimiter: ',',
    // debrief folds the narrow no-break spaces of the header into plain spaces.
    items: [FR_LOGISTICS, ...FR_PLENARIES, ...FR_SIDE_EVENTS, FR_OVERALL].map((i) => expectedItem({ ...i, label: folded(i.label) }, n)),
    pii,
  };
}

/** The folder's exports and their expectations. */
export function fixtures(): FixtureFile[] {
  const en = generateEnglish();
  const fr = generateFrench();
  return [
    { name: 'responses.csv', data: en.csv, expected: expectedEnglish(en.pii) },
    { name: 'reponses-fr.csv', data: fr.csv, expected: expectedFrench(fr.pii) },
  ];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/google-forms', fixtures());
