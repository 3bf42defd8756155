/**
 * Generates fixtures/congreso-es/qualtrics.csv and its expected.json: the
 * Qualtrics export (current layout, three header rows, choice text, UTF-8
 * BOM) of the feedback survey of an academic conference in Spanish, whose
 * matrices offer a "did not attend" column worded as the organisers chose:
 * "No aplica · no pude asistir a esta plenaria" for the plenaries, "Sin
 * opinión — no participé en el taller" for the workshops, and "NS/NC" on the
 * single logistics question. No label here is one the catalogue lists whole.
 * Seeded: the same run writes the same bytes.
 *
 *   node dist/scripts/gen-congreso-es.js [folder]
 */
import type { ExpectedFixture } from './expected.js';
import { qualtricsCsv, type QualtricsMeta } from './exports/qualtrics.js';
import type { Survey } from './exports/survey.js';
import { mulberry32 } from './random.js';
import { ratedAnswers, spread, type RatedCounts } from './spread.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';

export const RESPONDENTS = 80;
/** The five levels, best first, as the survey wrote them. */
export const LEVELS = ['Excelente', 'Bueno', 'Regular', 'Malo', 'Muy malo'];

export const LOGISTICS_QUESTION = '¿Cómo valora la organización y la sede del congreso?';
export const PLENARY_QUESTION = '¿Cómo valora cada una de las sesiones plenarias?';
export const WORKSHOP_QUESTION = '¿Cómo valora cada taller en el que se inscribió?';
const ROLE_QUESTION = '¿Cuál es su categoría de participante?';
const COMMENT_QUESTION = '¿Desea añadir algún comentario sobre el congreso?';

/** The "did not attend" label of each question, as written in the survey. */
export const NOT_APPLICABLE = {
  logistics: 'NS/NC',
  plenary: 'No aplica · no pude asistir a esta plenaria',
  workshop: 'Sin opinión — no participé en el taller',
};

export const LOGISTICS: RatedCounts = { label: LOGISTICS_QUESTION, counts: [22, 30, 15, 6, 2], notApplicable: 3 };
export const PLENARIES: RatedCounts[] = [
  { label: 'Plenaria 1 – Lenguas en contacto en la Amazonía', counts: [12, 20, 14, 5, 2], notApplicable: 18 },
  { label: 'Plenaria 2 – Traducción automática y posedición', counts: [15, 22, 10, 3, 1], notApplicable: 21 },
  { label: 'Plenaria 3 – Adquisición de segundas lenguas en adultos', counts: [9, 17, 16, 6, 3], notApplicable: 24 },
  { label: 'Plenaria 4 – Políticas lingüísticas en la universidad', counts: [10, 14, 12, 7, 4], notApplicable: 26 },
];
export const WORKSHOPS: RatedCounts[] = [
  { label: 'Taller de corpus orales', counts: [8, 12, 6, 2, 0], notApplicable: 44 },
  { label: 'Taller de anotación con ELAN', counts: [6, 10, 7, 3, 1], notApplicable: 47 },
  { label: 'Taller de redacción de proyectos', counts: [5, 9, 8, 4, 2], notApplicable: 45 },
];

const ROLES: [string, number][] = [
  ['Ponente', 24],
  ['Asistente', 38],
  ['Estudiante de posgrado', 14],
  ['Comité organizador', 4],
];
const COMMENTS = [
  'Las plenarias de la tarde coincidieron con los talleres.',
  'Muy buena organización, aunque faltó café.',
  'Sería útil tener las diapositivas antes de cada sesión.',
  'La sala del taller de ELAN era demasiado pequeña.',
  'Excelente nivel académico; volveré el año próximo.',
];
const FIRST = ['Lucía', 'Mateo', 'Valentina', 'Santiago', 'Camila', 'Joaquín', 'Renata', 'Tomás'];
const LAST = ['Herrera', 'Quispe', 'Castaño', 'Villalobos', 'Ortega', 'Mamani', 'Salazar', 'Ibarra'];

/** The survey: its questions in form order, and each respondent's answers (drawn from the chosen counts) and what Qualtrics recorded. */
export function congresoSurvey(seed = 2026): { survey: Survey<QualtricsMeta>; pii: string[] } {
  const random = mulberry32(seed);
  const roles = spread(ROLES, RESPONDENTS, random, 'roles');
  const logistics = ratedAnswers(LOGISTICS, LEVELS, NOT_APPLICABLE.logistics, RESPONDENTS, random);
  const plenaries = PLENARIES.map((p) => ratedAnswers(p, LEVELS, NOT_APPLICABLE.plenary, RESPONDENTS, random));
  const workshops = WORKSHOPS.map((w) => ratedAnswers(w, LEVELS, NOT_APPLICABLE.workshop, RESPONDENTS, random));
  const comments = spread(COMMENTS.map((c): [string, number] => [c, 2]), RESPONDENTS, random, 'comments');
  const pii: string[] = [];
  const respondents = Array.from({ length: RESPONDENTS }, (_, r) => {
    const first = FIRST[r % FIRST.length];
    const last = LAST[Math.floor(r / FIRST.length) % LAST.length];
    const email = `${first.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()}.${r}@universidad.example.es`;
    const ip = `192.0.2.${r + 10}`;
    pii.push(email, ip, `${first} ${last}`);
    const minute = String(r % 60).padStart(2, '0');
    const meta: QualtricsMeta = {
      id: `R_congreso${String(r).padStart(4, '0')}`, start: `2026-10-16 18:${minute}:00`, end: `2026-10-16 19:${minute}:00`, duration: 3600,
      ip, first, last, email, latitude: '40.96', longitude: '-5.66', language: 'ES',
    };
    return { meta, answers: [roles[r], logistics[r], plenaries.map((p) => p[r]), workshops.map((w) => w[r]), comments[r]] };
  });
  const survey: Survey<QualtricsMeta> = {
    questions: [
      { kind: 'single', code: 'Q1', text: ROLE_QUESTION, options: ROLES.map(([role]) => role) },
      { kind: 'rating', code: 'Q2', text: LOGISTICS_QUESTION, scale: LEVELS, notApplicable: NOT_APPLICABLE.logistics },
      { kind: 'matrix', code: 'Q3', text: PLENARY_QUESTION, rows: PLENARIES.map((p) => p.label), scale: LEVELS, notApplicable: NOT_APPLICABLE.plenary },
      { kind: 'matrix', code: 'Q4', text: WORKSHOP_QUESTION, rows: WORKSHOPS.map((w) => w.label), scale: LEVELS, notApplicable: NOT_APPLICABLE.workshop },
      { kind: 'text', code: 'Q5', text: COMMENT_QUESTION },
    ],
    respondents,
  };
  return { survey, pii: [...new Set(pii)].sort() };
}

/** Builds the CSV text (with its BOM), and the personal data it holds. */
export function generate(seed = 2026): { csv: string; pii: string[] } {
  const { survey, pii } = congresoSurvey(seed);
  // A Spanish-language account: its own words in the question-text row, Madrid time, and the role question marked `- Opción seleccionada` though it has no text field.
  return { csv: qualtricsCsv(survey, { headerLanguage: 'es', timeZone: 'Europe/Madrid', selectedChoice: 'always' }), pii };
}

/** The expectation, from the chosen counts alone. */
export function expected(pii: string[]): ExpectedFixture {
  const item = (c: RatedCounts, group: string): ExpectedFixture['items'][number] => ({
    label: c.label,
    group,
    counts: c.counts,
    notApplicable: c.notApplicable,
    missing: RESPONDENTS - c.counts.reduce((a, b) => a + b, 0) - c.notApplicable,
  });
  return {
    tool: 'qualtrics',
    respondents: RESPONDENTS,
    encoding: 'utf-8-bom',
    delimiter: ',',
    items: [item(LOGISTICS, 'logistics'), ...PLENARIES.map((p) => item(p, 'plenary')), ...WORKSHOPS.map((w) => item(w, 'workshop'))],
    pii,
  };
}

/** The fixture folder's files, with what debrief must read from them (registered in write-fixtures.ts). */
export function fixtures(): FixtureFile[] {
  const { csv, pii } = generate();
  return [{ name: 'qualtrics.csv', data: csv, expected: expected(pii) }];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/congreso-es', fixtures());
