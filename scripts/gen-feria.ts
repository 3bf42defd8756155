/**
 * Generates fixtures/microsoft-forms-feria/: a Spanish Microsoft Forms
 * feedback form of a furniture trade fair, its workbook re-saved by Excel on
 * a Spanish locale as "CSV UTF-8" (BOM, `;`, CRLF). Microsoft Forms keeps
 * no parent question: each statement is a column, and consecutive
 * statements on one scale come back as one run. The run here mixes two
 * keynotes, a round table, a workshop and a technical visit, then the fair's
 * services (accreditation, signage of the grounds, parking, cafeteria), so
 * the groups must come from each statement's own words. Also a 0–10
 * "¿Con qué probabilidad recomendaría…?" question (`nps`) and a 0–10 mark
 * of the exhibition floor, the only 0–10 item of its kind (so it stays in
 * `exhibition`: nothing shorter to keep it from). Counts chosen here are
 * written to expected.json with the group each item belongs in.
 * Seeded: the same run writes the same bytes.
 *
 *   node dist/scripts/gen-feria.js [out-dir]
 */
import type { ExpectedFixture } from './expected.js';
import { excelResave } from './exports/excel-resave.js';
import { microsoftFormsText, type MicrosoftFormsMeta } from './exports/microsoft-forms.js';
import type { Question, Respondent, Survey } from './exports/survey.js';
import { choiceAnswers, expectedItem, pad, ratingAnswers, type RatingCounts } from './forms-fixture.js';
import { mulberry32 } from './random.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';

export const RESPONDENTS = 96;
const SCALE = ['Excelente', 'Bueno', 'Regular', 'Malo'];
const NOT_THERE = 'No asistí';
const TEN = ['10', '9', '8', '7', '6', '5', '4', '3', '2', '1', '0'];

export const PROGRAMME: RatingCounts[] = [
  { label: 'Conferencia magistral: el diseño circular', group: 'keynote', counts: [30, 38, 12, 4], notApplicable: 6 },
  { label: 'Conferencia magistral: madera y ciudad', group: 'keynote', counts: [26, 35, 16, 5], notApplicable: 8 },
  { label: 'Mesa redonda: exportar a nuevos mercados', group: 'roundtable', counts: [18, 30, 20, 8], notApplicable: 14 },
  { label: 'Taller de barnices al agua', group: 'workshop', counts: [22, 19, 6, 1], notApplicable: 40 },
  { label: 'Visita técnica a una fábrica local', group: 'field-visit', counts: [25, 14, 3, 0], notApplicable: 48 },
];
export const SERVICES: RatingCounts[] = [
  { label: 'Acreditación en la entrada', group: 'logistics', counts: [28, 40, 18, 6] },
  { label: 'Transporte público hasta el recinto', group: 'logistics', counts: [10, 30, 32, 18] },
  { label: 'Cafetería y comidas', group: 'logistics', counts: [14, 36, 27, 13] },
];
export const FLOOR: RatingCounts = { label: 'Del 0 al 10, ¿qué nota le da a la exposición de este año?', group: 'exhibition', counts: [9, 14, 25, 20, 10, 6, 4, 2, 1, 0, 0] };
/** Promoters 20 + 22 = 42, passives 19 + 9 = 28, detractors 19. */
export const RECOMMEND: RatingCounts = { label: '¿Con qué probabilidad recomendaría la feria a un colega?', group: 'nps', counts: [20, 22, 19, 9, 6, 5, 3, 2, 1, 1, 1] };
const EXHIBITOR_QUESTION = '¿Expuso usted en la feria?';
const EXHIBITOR: [string, number][] = [['Sí', 31], ['No', 60]];

/** The survey: its questions in form order, and each respondent's answers (drawn from the chosen counts) and what Forms recorded. */
export function feriaSurvey(seed = 2024): { survey: Survey<MicrosoftFormsMeta>; pii: string[] } {
  const random = mulberry32(seed);
  const n = RESPONDENTS;
  const programme = PROGRAMME.map((p) => ratingAnswers(p, SCALE, NOT_THERE, n, random));
  const services = SERVICES.map((s) => ratingAnswers(s, SCALE, '', n, random));
  const floor = ratingAnswers(FLOOR, TEN, '', n, random);
  const recommend = ratingAnswers(RECOMMEND, TEN, '', n, random);
  const exhibitor = choiceAnswers(EXHIBITOR, n, random);
  const respondents: Respondent<MicrosoftFormsMeta>[] = [];
  const pii: string[] = [];
  let minutes = 18 * 60;
  for (let r = 0; r < n; r++) {
    minutes += 2 + Math.floor(random() * 90);
    const day = 20 + Math.floor(minutes / 1440);
    // Excel's Spanish-locale rewrite of the dates: day first, no seconds.
    const at = (m: number) => `${day}/10/2024 ${pad(Math.floor((m % 1440) / 60))}:${pad(m % 60)}`;
    const email = r < 20 ? `visitante${r + 1}@feria-mueble.example` : 'anonymous';
    if (r < 20) pii.push(email);
    const meta = { id: String(r + 1), start: at(minutes), completion: at(minutes + 2 + Math.floor(random() * 6)), email, name: '' };
    respondents.push({ meta, answers: [programme.map((p) => p[r]), services.map((s) => s[r]), floor[r], recommend[r], exhibitor[r]] });
  }
  const questions: Question[] = [
    // Forms drops the question text of a Likert question: the statements stand alone.
    { kind: 'matrix', text: 'Valore el programa', rows: PROGRAMME.map((p) => p.label), scale: SCALE, notApplicable: NOT_THERE },
    { kind: 'matrix', text: 'Valore los servicios', rows: SERVICES.map((s) => s.label), scale: SCALE },
    { kind: 'score', text: FLOOR.label },
    { kind: 'score', text: RECOMMEND.label },
    { kind: 'single', text: EXHIBITOR_QUESTION, options: EXHIBITOR.map(([label]) => label) },
  ];
  return { survey: { questions, respondents }, pii };
}

/** The workbook re-saved by Excel on a Spanish locale as "CSV UTF-8", and the personal data it holds. */
export function generate(seed = 2024): { bytes: Uint8Array; pii: string[] } {
  const { survey, pii } = feriaSurvey(seed);
  const rows = microsoftFormsText(survey, { metadata: ['ID', 'Hora de inicio', 'Hora de finalización', 'Correo electrónico', 'Nombre'] });
  return { bytes: excelResave(rows, 'csv-utf8', { delimiter: ';' }), pii };
}

export function expected(pii: string[]): ExpectedFixture {
  const n = RESPONDENTS;
  return {
    tool: 'microsoft-forms',
    respondents: n,
    encoding: 'utf-8-bom',
    delimiter: ';',
    items: [...PROGRAMME, ...SERVICES, FLOOR, RECOMMEND].map((i) => expectedItem(i, n)),
    // The one closed question that is not a rating: Sí before No, as asked.
    choices: [{ question: EXHIBITOR_QUESTION, kind: 'yes-no', answered: EXHIBITOR.reduce((a, [, c]) => a + c, 0), options: EXHIBITOR.map(([label, count]) => ({ label, count })) }],
    pii,
  };
}

/** The fixture folder's files, with what debrief must read from them (registered in write-fixtures.ts). */
export function fixtures(): FixtureFile[] {
  const { bytes, pii } = generate();
  return [{ name: 'respuestas.csv', data: bytes, expected: expected(pii) }];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/microsoft-forms-feria', fixtures());
