/**
 * Generates fixtures/kobo-consulta-regional/: a KoboToolbox "Labels" CSV
 * export (`;`, every field quoted, CRLF, UTF-8 without BOM; group paths
 * `Group label/Question label`; a select_multiple question as a summary
 * column of labels joined by spaces followed by one 1/0 column per option)
 * of the evaluation form of a UN regional consultation in Spanish, with
 * vocabulary no other fixture uses: mesas de diálogo, sesiones de
 * capacitación, a gira de estudio, a cóctel de bienvenida, a ronda de
 * negocios, the sesión de clausura, and logistics (alojamiento, transporte,
 * interpretación, visado). Also a 0–10 "¿Qué probabilidad hay de que
 * recomiende…?" question, a Sí / No / Tal vez question, a single choice, a
 * country question (a breakdown attribute, every country 5 or more), and two
 * select_multiple questions, one the attendance of the rated mesas de
 * diálogo. Comments mention interpretation, the Wi-Fi and the documents in
 * several spellings. Its expected.json: the groups the catalogue should give,
 * and the choices and themes counted from the drawn answers.
 * Seeded: the same run writes the same bytes.
 *
 *   node dist/scripts/gen-consulta.js [out-dir]
 */
import type { ExpectedFixture } from './expected.js';
import { countedCheckboxes, countedSingle, countedThemes, drawConference, expectedItems, type ConferenceSurvey, type Drawn } from './conference-answers.js';
import { conferenceExport, type GivenPart } from './conference-survey.js';
import { koboCsv, type KoboMeta } from './exports/kobotoolbox.js';
import { mulberry32 } from './random.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';

const SCALE = ['Excelente', 'Bueno', 'Regular', 'Malo'];
const TEN = ['10', '9', '8', '7', '6', '5', '4', '3', '2', '1', '0'];
const NOT_THERE = 'No participé';

/** Kobo group labels: the question each group of select_one questions asks. */
const MESAS_QUESTION = '¿Cómo calificaría las mesas de diálogo?';
const CAPACITACION_QUESTION = '¿Qué tan útiles fueron las sesiones de capacitación?';
export const OTRAS_QUESTION = '¿Cómo calificaría las demás actividades del programa?';
const LOGISTICA_QUESTION = 'Logística';
const RECOMMEND_QUESTION = '¿Qué probabilidad hay de que recomiende esta consulta a un colega?';
export const ATTENDED_QUESTION = '¿En qué mesas de diálogo participó?';
const MESAS = ['Mesa de diálogo 1: agua y saneamiento', 'Mesa de diálogo 2: migración y empleo', 'Mesa de diálogo 3: financiamiento climático'];

export const SURVEY: ConferenceSurvey = {
  respondents: 110,
  ratings: [
    {
      question: MESAS_QUESTION, levels: SCALE, notApplicable: NOT_THERE,
      items: [
        { label: MESAS[0], group: 'roundtable', counts: [30, 34, 10, 3], notApplicable: 25 },
        { label: MESAS[1], group: 'roundtable', counts: [22, 30, 15, 5], notApplicable: 31 },
        { label: MESAS[2], group: 'roundtable', counts: [18, 26, 17, 8], notApplicable: 34 },
      ],
    },
    {
      question: CAPACITACION_QUESTION, levels: SCALE, notApplicable: NOT_THERE,
      items: [
        { label: 'Datos abiertos para el seguimiento de los ODS', group: 'training', counts: [20, 25, 9, 2], notApplicable: 48 },
        { label: 'Redacción de informes nacionales voluntarios', group: 'training', counts: [12, 21, 13, 6], notApplicable: 52 },
      ],
    },
    {
      question: OTRAS_QUESTION, levels: SCALE, notApplicable: NOT_THERE,
      items: [
        { label: 'Gira de estudio a la planta desalinizadora', group: OTRAS_QUESTION, counts: [24, 15, 4, 1], notApplicable: 60 },
        { label: 'Cóctel de bienvenida', group: OTRAS_QUESTION, counts: [35, 38, 14, 3], notApplicable: 14 },
        { label: 'Ronda de negocios con donantes', group: OTRAS_QUESTION, counts: [11, 19, 16, 9], notApplicable: 47 },
        { label: 'Sesión de clausura', group: OTRAS_QUESTION, counts: [28, 41, 17, 4], notApplicable: 12 },
      ],
    },
    {
      question: LOGISTICA_QUESTION, levels: SCALE, notApplicable: 'No aplica',
      items: [
        { label: 'Alojamiento', group: 'logistics', counts: [33, 45, 20, 7], notApplicable: 3 },
        { label: 'Transporte local', group: 'logistics', counts: [25, 44, 26, 10] },
        { label: 'Interpretación simultánea', group: 'logistics', counts: [15, 35, 38, 20] },
        { label: 'Visado y cartas de invitación', group: 'logistics', counts: [20, 31, 16, 9], notApplicable: 30 },
      ],
    },
    {
      question: RECOMMEND_QUESTION, levels: TEN, notApplicable: '',
      // Promoters 26 + 28 = 54, passives 21 + 14 = 35, detractors 18.
      items: [{ label: RECOMMEND_QUESTION, group: 'nps', counts: [26, 28, 21, 14, 8, 4, 3, 1, 1, 0, 1] }],
    },
  ],
  singles: [
    { question: 'País', kind: 'single', options: [['Chile', 27], ['Perú', 24], ['Colombia', 22], ['Ecuador', 18], ['Bolivia', 12], ['Uruguay', 7]] },
    { question: '¿Cómo se enteró de la consulta?', kind: 'single', options: [['Invitación oficial', 41], ['Correo de la oficina regional', 33], ['Un colega', 19], ['Redes sociales', 12]] },
    { question: '¿Participaría en la próxima consulta regional?', kind: 'yes-no', options: [['Sí', 81], ['No', 6], ['Tal vez', 19]] },
  ],
  checkboxes: [
    { question: ATTENDED_QUESTION, options: [[MESAS[0], 80], [MESAS[1], 74], [MESAS[2], 69]], links: Object.fromEntries(MESAS.map((m) => [m, m])) },
    { question: '¿Qué materiales consultó antes de la consulta?', options: [['Nota conceptual', 77], ['Programa detallado', 91], ['Informe regional de avance', 45], ['Ninguno', 6]] },
  ],
  comments: {
    question: '¿Qué mejoraría para la próxima consulta?',
    comments: [
      ['La interpretación al inglés se cortaba en la sala 2', 8],
      ['Faltó interpretacion en las mesas de la tarde', 6],
      ['El wifi del hotel no funcionaba', 7],
      ['Mejor Wi-Fi y enchufes en la sala plenaria', 5],
      ['Enviar los documentos con dos semanas de antelación', 6],
      ['Un documento único con las conclusiones', 4],
      ['Interpretación y documentos también en portugués', 4],
      ['Muy buena organización, gracias', 9],
      ['Más tiempo para hablar con la sociedad civil', 5],
    ],
    themes: [
      { term: 'interpretación', variants: ['interpretación', 'interpretacion', 'Interpretación'] },
      { term: 'documentos', variants: ['documento', 'documentos'] },
      { term: 'wifi', variants: ['wifi', 'Wi-Fi'] },
    ],
  },
};

const FIRST = ['Camila', 'Mateo', 'Valentina', 'Joaquín', 'Florencia', 'Andrés', 'Renata', 'Diego'];
const LAST = ['Quispe', 'Morales', 'Castro', 'Vargas', 'Rojas', 'Mamani', 'Herrera', 'Silva'];
const pad = (v: number) => String(v).padStart(2, '0');

function hex(random: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(random() * 16)];
  return s;
}

/** The export's text and the personal data it holds. */
export function generate(seed = 2026): { csv: string; drawn: Drawn; pii: string[] } {
  const s = SURVEY;
  const drawn = drawConference(s, seed);
  const random = mulberry32(seed + 1);
  const [country, heard, again] = s.singles;
  const [attended, materials] = s.checkboxes;
  const pii: string[] = [];
  const names: string[] = [];
  const emails: string[] = [];
  const meta = Array.from({ length: s.respondents }, (_, r): KoboMeta => {
    const minute = 9 * 60 + r * 4 + Math.floor(random() * 4);
    const date = `2026-05-${pad(20 + Math.floor(minute / 1440))}`;
    const at = (m: number) => `${date}T${pad(Math.floor((m % 1440) / 60))}:${pad(m % 60)}:${pad(Math.floor(random() * 60))}.${String(Math.floor(random() * 1000)).padStart(3, '0')}-03:00`;
    const named = r % 3 === 0;
    const first = FIRST[Math.floor(random() * FIRST.length)];
    const last = LAST[Math.floor(random() * LAST.length)];
    const name = named ? `${first} ${last}` : '';
    const email = named ? `${first}.${last}.${r}@consulta.example`.toLowerCase().normalize('NFKD').replace(/[^a-z0-9.@-]/g, '') : '';
    const deviceid = `ee.kobotoolbox.org:${hex(random, 16)}`;
    pii.push(deviceid);
    if (named) pii.push(name, email);
    names.push(name);
    emails.push(email);
    // Drawn in the order the row was always drawn: the times, then the uuid.
    const start = at(minute);
    const end = at(minute + 6);
    return {
      start, end, today: date, deviceid,
      id: String(51_200_400 + r * 3), uuid: `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`,
      submissionTime: `${date}T${pad(12 + (r % 10))}:${pad(r % 60)}:00`, validation: '', submittedBy: '', version: 'vKx3cQ8mRt2LpZ9wYd4FhN',
    };
  });
  const about = 'Datos del participante';
  const given = (text: string, answers: string[]): GivenPart => ({ asked: { kind: 'text', group: about, text }, answers });
  const parts = [given('Nombre', names), given('Correo electrónico', emails), country, ...s.ratings, attended, materials, heard, again, s.comments];
  const survey = conferenceExport(s, drawn, parts, meta);
  return { csv: koboCsv(survey, { unticked: 'zeros' }), drawn, pii: [...new Set(pii)].sort() };
}

export function expected(drawn: Drawn, pii: string[]): ExpectedFixture {
  const s = SURVEY;
  const [country, heard, again] = s.singles;
  const [attended, materials] = s.checkboxes;
  return {
    tool: 'kobotoolbox',
    respondents: s.respondents,
    encoding: 'utf-8',
    delimiter: ';',
    items: expectedItems(s),
    // In the export's column order; the country is a breakdown attribute, counted as a single choice too.
    choices: [countedSingle(country, drawn), countedCheckboxes(attended, drawn, 'ordered'), countedCheckboxes(materials, drawn, 'ordered'), countedSingle(heard, drawn), countedSingle(again, drawn)],
    themes: [countedThemes(s.comments, drawn)],
    pii,
  };
}

/** The fixture folder's files, with what debrief must read from them (registered in write-fixtures.ts). */
export function fixtures(): FixtureFile[] {
  const out = generate();
  return [{ name: 'respuestas.csv', data: out.csv, expected: expected(out.drawn, out.pii) }];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/kobo-consulta-regional', fixtures());
