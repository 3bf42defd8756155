/**
 * Generates the Microsoft Forms fixtures of the NDM-UN23 post-conference
 * survey from the counts chosen below, and their expected.json:
 * - fixtures/microsoft-forms/responses.xlsx: the English form as "Open in
 *   Excel" downloads it (dates and star ratings as numbers, not text);
 * - fixtures/microsoft-forms/responses.csv: a French form's workbook re-saved
 *   by Excel on a French locale as "CSV UTF-8" (BOM, `;`, CRLF).
 * Pitfalls carried: the Likert parent question is lost (one column per
 * statement); a repeated title suffixed `Overall rating2` / `Satisfaction
 * générale2`; numbered labels `5. Strongly agree`; multi-select answers
 * joined with `;` and a trailing `;`; `anonymous` e-mails after the form was
 * opened to anyone; `Didn't attend` and `Didn’t attend` in two questions;
 * comments with commas, quotes and line breaks; in the CSV, a trailing empty
 * column, an averages row typed under the data (`Moyenne`) and blank `;;;`
 * rows Excel keeps from formatted cells.
 * Seeded, and the XLSX has fixed document dates and ZIP entry times: the same
 * run writes the same bytes.
 *
 *   node dist/scripts/gen-microsoft-forms.js [out-dir]
 */
import { type ExpectedFixture } from './expected.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';
import { choiceAnswers, expectedItem, pad, pick, ratingAnswers, type RatingCounts } from './forms-fixture.js';
import { mulberry32 } from './random.js';
import { excelResave } from './exports/excel-resave.js';
import { microsoftFormsText, microsoftFormsXlsx, type MicrosoftFormsMeta } from './exports/microsoft-forms.js';
import type { Survey } from './exports/survey.js';
import { pinZipDates } from './stable-zip.js';
import { FIRST_NAMES, LAST_NAMES } from './names.js';

const FIRST = FIRST_NAMES;
const LAST = LAST_NAMES;
const ascii = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/** Star-rating counts, best first (5 stars … 1 star). */
const STARS = ['5', '4', '3', '2', '1'];

/** One export's description and the personal data it holds. */
interface Export {
  survey: Survey<MicrosoftFormsMeta>;
  pii: string[];
}

// ---------------------------------------------------------------- English form

export const EN_RESPONDENTS = 90;
/** Responses before the owner opened the form to anyone: those carry a work e-mail and name. */
const EN_SIGNED_IN = 30;
const EN_SCALE = ['Excellent', 'Good', 'Fair', 'Poor'];
const EN_AGREE = ['5. Strongly agree', '4. Agree', '3. Neither agree nor disagree', '2. Disagree', '1. Strongly disagree'];

/** Likert "Please rate the following aspects of the meeting" (question text lost). */
export const EN_ASPECTS: RatingCounts[] = [
  { label: 'Logistical and organisational arrangements', group: 'logistics', counts: [30, 46, 8, 3] },
  { label: 'Registration and badge collection', group: 'logistics', counts: [22, 40, 18, 7] },
  // No cue of its own: classified through its run's question text.
  { label: 'Interpretation services', group: 'logistics', counts: [20, 38, 12, 4] },
  { label: 'Overall rating', group: 'overall', counts: [28, 48, 10, 2] },
];
/** Likert "How would you rate the plenary sessions?" */
export const EN_PLENARIES: RatingCounts[] = [
  { label: 'Plenary 1: Mine Action and the Environment', group: 'plenary', counts: [22, 38, 12, 4], notApplicable: 10 },
  { label: 'Plenary 2: Mine Action for People: Dimensions of Diversity', group: 'plenary', counts: [18, 36, 14, 5], notApplicable: 14 },
  { label: 'Plenary 3: Regional Approaches to Mine Action', group: 'plenary', counts: [17, 34, 15, 5], notApplicable: 16 },
  { label: 'Plenary 4: Thinking Safety and Acting Safely in the Digital Age', group: 'plenary', counts: [19, 35, 13, 6], notApplicable: 14 },
  { label: 'Plenary 5: SDGs - From Theory to Practice', group: 'plenary', counts: [18, 37, 12, 5], notApplicable: 15 },
  { label: 'Plenary 6: Partnerships to Save Lives in Humanitarian Emergencies', group: 'plenary', counts: [12, 27, 10, 4], notApplicable: 34 },
  { label: 'Plenary 7: Improvised Explosive Devices: Connecting Actors for Solutions', group: 'plenary', counts: [30, 40, 9, 3], notApplicable: 6 },
];
/** Likert "How would you rate the side events you attended?" */
export const EN_SIDE_EVENTS: RatingCounts[] = [
  { label: 'Side event – Safe Ground: Turning Minefields into Playing Fields', group: 'side-event', counts: [14, 17, 4, 1], notApplicable: 52 },
  { label: 'Side event – Mine Action Information Management of the Future', group: 'side-event', counts: [9, 14, 5, 2], notApplicable: 58 },
  { label: 'Side event – Launch of the SMART IED Threat Mitigation Technology Roadmap (SMiTMiTR)', group: 'side-event', counts: [10, 13, 2, 1], notApplicable: 62 },
  { label: 'Side event – Risk education in the Oslo Action Plan: From Vision to Reality', group: 'side-event', counts: [15, 20, 6, 2], notApplicable: 45 },
  { label: 'Side event – Environmental Impact and Climate Change Adaptation in Mine Action', group: 'side-event', counts: [12, 16, 3, 1], notApplicable: 56 },
  { label: 'Side event – United for Survivors: Solutions, Commitments, Action', group: 'side-event', counts: [11, 14, 3, 1], notApplicable: 59 },
  { label: 'Side event – Iraq - Local Solutions for National Challenges', group: 'side-event', counts: [13, 18, 5, 2], notApplicable: 50 },
  { label: 'Side event – UN Mine Action Strategy: Implementation Update', group: 'side-event', counts: [8, 12, 3, 1], notApplicable: 64 },
];
/** A star rating also titled "Overall rating": MS Forms writes `Overall rating2`. */
export const EN_STARS: RatingCounts = { label: 'Overall rating (2)', group: 'overall', counts: [30, 38, 15, 4, 2] };
/** Likert with numbered labels, statements without a topic cue. */
export const EN_AGREEMENT: RatingCounts[] = [
  { label: 'The meeting met my expectations', group: 'other', counts: [25, 40, 15, 6, 2] },
  { label: 'I would recommend this meeting to a colleague', group: 'other', counts: [35, 38, 10, 3, 1] },
];

const EN_ROLES: [string, number][] = [
  ['National Director of a mine action programme', 14],
  ['United Nations adviser or staff', 12],
  ['Donor representative', 15],
  ['Civil society / NGO', 26],
  ['Academia or research', 8],
  ['Private sector', 9],
];
const EN_OTHER_ROLES = ['Journalist', 'Military liaison', 'Consultant'];
const EN_GENDERS: [string, number][] = [['Female', 42], ['Male', 44], ['Prefer not to say', 4]];
const EN_DAYS = ['Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const EN_COMMENTS = [
  'Excellent meeting, well organised. More time for questions, please.',
  'The side events overlapped; hard to choose, "too much at once".',
  'Interpretation into Arabic would help.\nMany delegates struggled with English-only side events.',
  'Great networking, but the room for Plenary 3 was too small, many had to stand.',
  'Please share the presentations earlier, and "in one place".',
  'Write to me at k.mensah@example.com for next year\'s panel.',
];

/** The English workbook's cells. */
export function englishExport(seed = 365): Export {
  const random = mulberry32(seed);
  const n = EN_RESPONDENTS;
  const aspects = EN_ASPECTS.map((a) => ratingAnswers(a, EN_SCALE, '', n, random));
  const plenaries = EN_PLENARIES.map((p) => ratingAnswers(p, EN_SCALE, "Didn't attend", n, random));
  const sideEvents = EN_SIDE_EVENTS.map((s) => ratingAnswers(s, EN_SCALE, 'Didn’t attend', n, random));
  const stars = ratingAnswers(EN_STARS, STARS, '', n, random);
  const agreement = EN_AGREEMENT.map((a) => ratingAnswers(a, EN_AGREE, '', n, random));
  const roles = choiceAnswers([...EN_ROLES, ['Other', n - EN_ROLES.reduce((a, [, k]) => a + k, 0)]], n, random);
  const genders = choiceAnswers(EN_GENDERS, n, random);
  const survey: Survey<MicrosoftFormsMeta> = {
    questions: [
      { kind: 'matrix', text: 'Please rate the following aspects of the meeting', rows: EN_ASPECTS.map((a) => a.label), scale: EN_SCALE },
      { kind: 'matrix', text: 'How would you rate the plenary sessions?', rows: EN_PLENARIES.map((p) => p.label), scale: EN_SCALE, notApplicable: "Didn't attend" },
      { kind: 'matrix', text: 'How would you rate the side events you attended?', rows: EN_SIDE_EVENTS.map((s) => s.label), scale: EN_SCALE, notApplicable: 'Didn’t attend' },
      // Titled like the aspect above it: Forms writes `Overall rating2`.
      { kind: 'rating', text: 'Overall rating', scale: STARS },
      { kind: 'matrix', text: 'How far do you agree?', rows: EN_AGREEMENT.map((a) => a.label), scale: EN_AGREE },
      { kind: 'multi', text: 'Which days did you attend?', options: EN_DAYS },
      { kind: 'text', text: 'Do you have any other comments or suggestions for future meetings?' },
      { kind: 'single', text: 'Which of the following best describes your role?', options: [...EN_ROLES.map(([o]) => o), 'Other'], other: { option: 'Other' } },
      { kind: 'single', text: 'Gender', options: EN_GENDERS.map(([o]) => o) },
    ],
    respondents: [],
  };
  const pii: string[] = [];
  let time = Date.UTC(2020, 1, 14, 15, 0, 0);
  for (let r = 0; r < n; r++) {
    time += (1 + Math.floor(random() * 150)) * 60_000 + Math.floor(random() * 60) * 1000;
    const start = new Date(time);
    const completion = new Date(time + (3 + Math.floor(random() * 9)) * 60_000 + Math.floor(random() * 60) * 1000);
    const signedIn = r < EN_SIGNED_IN;
    const first = pick(FIRST, random);
    const last = pick(LAST, random);
    const email = signedIn ? `${ascii(first)}.${ascii(last)}${r}@unmas-example.org` : 'anonymous';
    if (signedIn) pii.push(email, `${first} ${last}`);
    const days = EN_DAYS.filter(() => random() < 0.6);
    const comment = random() < 0.25 ? pick(EN_COMMENTS, random) : '';
    const role = roles[r] === 'Other' ? { choice: 'Other', other: pick(EN_OTHER_ROLES, random) } : roles[r];
    survey.respondents.push({
      meta: { id: r + 1, start, completion, email, name: signedIn ? `${first} ${last}` : null },
      answers: [
        aspects.map((a) => a[r]),
        plenaries.map((p) => p[r]),
        sideEvents.map((s) => s[r]),
        stars[r],
        agreement.map((a) => a[r]),
        days,
        comment,
        role,
        genders[r],
      ],
    });
  }
  pii.push('k.mensah@example.com');
  return { survey, pii: [...new Set(pii)].sort() };
}

/** Fixed document dates, so the workbook's bytes do not depend on the day it was generated. */
const FIXED_DATE = new Date(Date.UTC(2020, 1, 20, 9, 0, 0));

/** The English export as an XLSX workbook, byte-stable. */
export async function englishWorkbook(exp: Export): Promise<Buffer> {
  return Buffer.from(await microsoftFormsXlsx(exp.survey, { created: FIXED_DATE, lastModified: true }));
}

/** Sets the modification time of every entry of a ZIP archive to one date (stable-zip.ts), as a Buffer. */
export function fixZipTimes(zip: Buffer, date: Date): Buffer {
  return Buffer.from(pinZipDates(zip, date));
}

export function expectedEnglish(pii: string[]): ExpectedFixture {
  const n = EN_RESPONDENTS;
  return {
    tool: 'microsoft-forms',
    respondents: n,
    encoding: 'xlsx',
    items: [...EN_ASPECTS, ...EN_PLENARIES, ...EN_SIDE_EVENTS, EN_STARS, ...EN_AGREEMENT].map((i) => expectedItem(i, n)),
    pii,
  };
}

// ----------------------------------------------------------------- French form

export const FR_RESPONDENTS = 56;
const FR_SCALE = ['Excellent', 'Bon', 'Moyen', 'Médiocre'];
const FR_METADATA = ['ID', 'Heure de début', 'Heure de fin', 'Adresse de messagerie', 'Nom'];
const FR_AGREE = ['5. Tout à fait d’accord', '4. D’accord', '3. Ni d’accord ni pas d’accord', '2. Pas d’accord', '1. Pas du tout d’accord'];

export const FR_ASPECTS: RatingCounts[] = [
  { label: 'Logistique et organisation de la réunion', group: 'logistics', counts: [20, 27, 5, 2] },
  { label: 'Inscription et retrait des badges', group: 'logistics', counts: [14, 25, 10, 4] },
  { label: 'Interprétation', group: 'logistics', counts: [16, 22, 8, 3] },
  { label: 'Satisfaction générale', group: 'overall', counts: [19, 29, 5, 1] },
];
export const FR_PLENARIES: RatingCounts[] = [
  { label: 'Plénière 1 : L’action contre les mines et l’environnement', group: 'plenary', counts: [14, 22, 8, 3], notApplicable: 6 },
  { label: 'Plénière 2 : L’action contre les mines pour les personnes', group: 'plenary', counts: [12, 21, 9, 3], notApplicable: 8 },
  { label: 'Plénière 3 : Approches régionales de l’action contre les mines', group: 'plenary', counts: [11, 21, 9, 4], notApplicable: 9 },
  { label: 'Plénière 4 : Penser et agir en sécurité à l’ère numérique', group: 'plenary', counts: [12, 20, 8, 3], notApplicable: 10 },
  { label: 'Plénière 5 : Des ODD, de la théorie à la pratique', group: 'plenary', counts: [11, 22, 7, 3], notApplicable: 10 },
  { label: 'Plénière 6 : Des partenariats pour sauver des vies', group: 'plenary', counts: [8, 16, 6, 2], notApplicable: 21 },
  { label: 'Plénière 7 : Engins explosifs improvisés', group: 'plenary', counts: [19, 23, 6, 2], notApplicable: 4 },
];
export const FR_SIDE_EVENTS: RatingCounts[] = [
  { label: 'Événement parallèle – Safe Ground : transformer les champs de mines en terrains de jeu', group: 'side-event', counts: [8, 10, 2, 1], notApplicable: 33 },
  { label: 'Événement parallèle – Libye : l’héritage toxique et explosif des conflits modernes', group: 'side-event', counts: [5, 7, 3, 1], notApplicable: 38 },
  { label: 'Événement parallèle – L’éducation aux risques dans le Plan d’action d’Oslo', group: 'side-event', counts: [9, 12, 3, 1], notApplicable: 29 },
  { label: 'Événement parallèle – Impact environnemental et changement climatique', group: 'side-event', counts: [7, 10, 2, 1], notApplicable: 34 },
  { label: 'Événement parallèle – Unis pour les survivants : solutions, engagements, action', group: 'side-event', counts: [6, 9, 2, 0], notApplicable: 37 },
  { label: 'Événement parallèle – Soudan : action contre les mines et paix', group: 'side-event', counts: [4, 8, 2, 1], notApplicable: 39 },
];
export const FR_STARS: RatingCounts = { label: 'Satisfaction générale (2)', group: 'overall', counts: [18, 24, 9, 3, 1] };
export const FR_AGREEMENT: RatingCounts[] = [
  { label: 'La réunion a répondu à mes attentes', group: 'other', counts: [16, 26, 8, 3, 1] },
  { label: 'Je recommanderais cette réunion à un collègue', group: 'other', counts: [22, 24, 6, 2, 1] },
];
const FR_ROLES: [string, number][] = [
  ['Directeur ou directrice national(e) d’un programme', 10],
  ['Conseiller ou personnel des Nations Unies', 8],
  ['Représentant(e) d’un bailleur de fonds', 9],
  ['Société civile / ONG', 20],
  ['Secteur privé', 5],
  ['Recherche', 4],
];
const FR_GENDERS: [string, number][] = [['Femme', 27], ['Homme', 28], ['Je préfère ne pas répondre', 1]];
const FR_DAYS = ['Mardi', 'Mercredi', 'Jeudi', 'Vendredi'];
const FR_COMMENTS = [
  'Très bonne réunion, bien organisée ; merci à l’équipe.',
  'Trop d’intervenants par panel, « trop de PowerPoint ».\nPlus de débat, s’il vous plaît.',
  'La salle de la plénière 3 était trop petite, beaucoup sont restés debout.',
  'Partager les présentations à l’avance, et "au même endroit".',
  'Me contacter pour l’an prochain : a.haddad@exemple.org',
];

/** The French workbook's cells, as Excel writes them back to CSV on a French locale. */
export function frenchExport(seed = 366): Export {
  const random = mulberry32(seed);
  const n = FR_RESPONDENTS;
  const aspects = FR_ASPECTS.map((a) => ratingAnswers(a, FR_SCALE, '', n, random));
  const plenaries = FR_PLENARIES.map((p) => ratingAnswers(p, FR_SCALE, 'Je n’ai pas assisté', n, random));
  const sideEvents = FR_SIDE_EVENTS.map((s) => ratingAnswers(s, FR_SCALE, "Je n'ai pas assisté", n, random));
  const stars = ratingAnswers(FR_STARS, STARS, '', n, random);
  const agreement = FR_AGREEMENT.map((a) => ratingAnswers(a, FR_AGREE, '', n, random));
  const roles = choiceAnswers(FR_ROLES, n, random);
  const genders = choiceAnswers(FR_GENDERS, n, random);
  const survey: Survey<MicrosoftFormsMeta> = {
    questions: [
      { kind: 'matrix', text: 'Veuillez évaluer les aspects suivants de la réunion', rows: FR_ASPECTS.map((a) => a.label), scale: FR_SCALE },
      { kind: 'matrix', text: 'Comment évaluez-vous les séances plénières ?', rows: FR_PLENARIES.map((p) => p.label), scale: FR_SCALE, notApplicable: 'Je n’ai pas assisté' },
      { kind: 'matrix', text: 'Comment évaluez-vous les événements parallèles ?', rows: FR_SIDE_EVENTS.map((s) => s.label), scale: FR_SCALE, notApplicable: "Je n'ai pas assisté" },
      { kind: 'rating', text: 'Satisfaction générale', scale: STARS },
      { kind: 'matrix', text: 'Dans quelle mesure êtes-vous d’accord ?', rows: FR_AGREEMENT.map((a) => a.label), scale: FR_AGREE },
      { kind: 'multi', text: 'Quels jours avez-vous participé ?', options: FR_DAYS },
      { kind: 'text', text: 'Avez-vous d’autres commentaires ou suggestions ?' },
      { kind: 'single', text: 'Quelle est votre fonction ?', options: FR_ROLES.map(([o]) => o) },
      { kind: 'single', text: 'Genre', options: FR_GENDERS.map(([o]) => o) },
    ],
    respondents: [],
  };
  const pii: string[] = [];
  let minutes = 15 * 60;
  for (let r = 0; r < n; r++) {
    minutes += 1 + Math.floor(random() * 200);
    const day = 14 + Math.floor(minutes / (24 * 60));
    const at = (m: number) => `${day}/02/2020 ${pad(Math.floor((m % 1440) / 60))}:${pad(m % 60)}`;
    const first = pick(FIRST, random);
    const last = pick(LAST, random);
    const email = `${ascii(first)}.${ascii(last)}${r}@exemple.org`;
    pii.push(email, `${first} ${last}`);
    const days = FR_DAYS.filter(() => random() < 0.6);
    survey.respondents.push({
      meta: { id: String(r + 1), start: at(minutes), completion: at(minutes + 3 + Math.floor(random() * 9)), email, name: `${first} ${last}` },
      answers: [
        aspects.map((a) => a[r]),
        plenaries.map((p) => p[r]),
        sideEvents.map((s) => s[r]),
        stars[r],
        agreement.map((a) => a[r]),
        days,
        random() < 0.25 ? pick(FR_COMMENTS, random) : '',
        roles[r],
        genders[r],
      ],
    });
  }
  pii.push('a.haddad@exemple.org');
  return { survey, pii: [...new Set(pii)].sort() };
}

/**
 * The French export as Excel's "CSV UTF-8" on a French locale (BOM, `;`, CRLF), with the empty column
 * of its used range, an averages row the organiser typed under the data (Excel's `4,1`) and formatted rows cleared.
 */
export function frenchCsv(exp: Export): Uint8Array {
  const rows = microsoftFormsText(exp.survey, { metadata: FR_METADATA, extraColumns: 1 });
  const stars = exp.survey.questions.findIndex((q) => q.kind === 'rating');
  const given = exp.survey.respondents.map((r) => r.answers[stars]).filter((s) => s).map(Number);
  const footer = rows[0].map(() => '');
  footer[0] = 'Moyenne';
  footer[rows[0].indexOf('Satisfaction générale2')] = (given.reduce((a, b) => a + b, 0) / given.length).toFixed(1).replace('.', ',');
  return excelResave(rows, 'csv-utf8', { delimiter: ';', footer: [footer], blankRows: 2 });
}

export function expectedFrench(pii: string[]): ExpectedFixture {
  const n = FR_RESPONDENTS;
  return {
    tool: 'microsoft-forms',
    respondents: n,
    encoding: 'utf-8-bom',
    delimiter: ';',
    items: [...FR_ASPECTS, ...FR_PLENARIES, ...FR_SIDE_EVENTS, FR_STARS, ...FR_AGREEMENT].map((i) => expectedItem(i, n)),
    pii,
  };
}

/** The folder's exports and their expectations. */
export async function fixtures(): Promise<FixtureFile[]> {
  const en = englishExport();
  const fr = frenchExport();
  return [
    { name: 'responses.xlsx', data: await englishWorkbook(en), expected: expectedEnglish(en.pii) },
    { name: 'responses.csv', data: frenchCsv(fr), expected: expectedFrench(fr.pii) },
  ];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/microsoft-forms', await fixtures());
