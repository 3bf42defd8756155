/**
 * Generates fixtures/rencontres-windows-1252/: a French Microsoft Forms
 * workbook of the feedback form of a wine-export business meeting, re-saved
 * by Excel as "CSV" on a French Windows laptop (Windows-1252, `;`, CRLF, a
 * field quoted only when it holds `;`, a quote or a line break). Microsoft
 * Forms keeps no parent question: each statement is a column, so the groups
 * come from each statement's own words. Vocabulary no other fixture uses:
 * classes magistrales, rencontres d'affaires, an excursion, a cocktail, a
 * webinaire, and logistics (accueil, pause café, the event's application).
 * Closed questions in Microsoft Forms' own forms: a 0–10 recommendation
 * question, an Oui / Non / Peut-être question, a single choice, and two
 * multi-select questions (picks joined with `;` and a trailing `;`, quoted
 * by Excel since they hold the delimiter), one the attendance of the rated
 * classes magistrales. Comments mention parking, the Wi-Fi and buyers in
 * several spellings. Its expected.json: the groups the catalogue should give,
 * and the choices and themes counted from the drawn answers. Seeded: the
 * same run writes the same bytes.
 *
 *   node dist/scripts/gen-rencontres.js [out-dir]
 */
import type { ExpectedFixture } from './expected.js';
import { countedCheckboxes, countedSingle, countedThemes, drawConference, expectedItems, type ConferenceSurvey, type Drawn } from './conference-answers.js';
import { conferenceExport } from './conference-survey.js';
import { excelResave } from './exports/excel-resave.js';
import { microsoftFormsText, type MicrosoftFormsMeta } from './exports/microsoft-forms.js';
import { mulberry32 } from './random.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';

const SCALE = ['Excellent', 'Bon', 'Moyen', 'Médiocre'];
const TEN = ['10', '9', '8', '7', '6', '5', '4', '3', '2', '1', '0'];
const NOT_THERE = "Je n'ai pas participé";

const RECOMMEND_QUESTION = 'Quelle est la probabilité que vous recommandiez les Rencontres à un confrère ?';
export const ATTENDED_QUESTION = 'À quelles classes magistrales avez-vous assisté ?';
const CLASSES = ['Classe magistrale : négocier un contrat d’export', 'Classe magistrale : le marketing des vins nature'];

export const SURVEY: ConferenceSurvey = {
  respondents: 100,
  ratings: [
    {
      // Microsoft Forms drops this question text: the statements stand alone.
      question: 'Comment évaluez-vous le programme ?', levels: SCALE, notApplicable: NOT_THERE,
      items: [
        { label: CLASSES[0], group: 'masterclass', counts: [24, 30, 9, 2], notApplicable: 30 },
        { label: CLASSES[1], group: 'masterclass', counts: [18, 27, 14, 5], notApplicable: 32 },
        { label: 'Rencontres d’affaires avec les acheteurs', group: 'networking', counts: [30, 35, 20, 9], notApplicable: 4 },
        { label: 'Excursion dans les vignobles', group: 'field-visit', counts: [26, 15, 4, 1], notApplicable: 50 },
        { label: 'Cocktail au musée du vin', group: 'reception', counts: [31, 38, 13, 4], notApplicable: 12 },
        { label: 'Webinaire de préparation', group: 'seminar', counts: [8, 22, 25, 10], notApplicable: 30 },
      ],
    },
    {
      question: 'Et l’organisation ?', levels: SCALE, notApplicable: '',
      items: [
        { label: 'Accueil des participants', group: 'logistics', counts: [40, 42, 13, 3] },
        { label: 'Pause café', group: 'logistics', counts: [22, 45, 24, 8] },
        { label: 'Application de l’événement', group: 'logistics', counts: [12, 30, 31, 19] },
      ],
    },
    {
      question: RECOMMEND_QUESTION, levels: TEN, notApplicable: '',
      // Promoters 21 + 25 = 46, passives 19 + 13 = 32, detractors 19.
      items: [{ label: RECOMMEND_QUESTION, group: 'nps', counts: [21, 25, 19, 13, 8, 5, 2, 2, 1, 0, 1] }],
    },
  ],
  singles: [
    { question: 'Comment avez-vous connu les Rencontres ?', kind: 'single', options: [['Presse spécialisée', 29], ['Chambre de commerce', 33], ['Bouche-à-oreille', 21], ['Réseaux sociaux', 12]] },
    { question: 'Exposerez-vous l’an prochain ?', kind: 'yes-no', options: [['Oui', 58], ['Non', 14], ['Peut-être', 25]] },
  ],
  checkboxes: [
    { question: ATTENDED_QUESTION, options: [[CLASSES[0], 66], [CLASSES[1], 61]], links: Object.fromEntries(CLASSES.map((c) => [c, c])) },
    { question: 'Quels marchés visez-vous ?', options: [['Europe du Nord', 52], ['Amérique du Nord', 38], ['Asie', 30], ['Afrique de l’Ouest', 11]] },
  ],
  comments: {
    question: 'Vos suggestions pour la prochaine édition',
    comments: [
      ['Le parking était complet dès 9 h', 7],
      ['Plus de parkings près du hall', 5],
      ['Le Wi-Fi du hall ne tenait pas', 6],
      ['wifi inutilisable pendant les rendez-vous', 5],
      ['Davantage d’acheteurs étrangers', 6],
      ['Un acheteur par table, pas trois', 4],
      ['Les acheteurs asiatiques étaient absents', 3],
      ['Bravo à l’équipe, très bonne édition', 9],
      ['Des rendez-vous de vingt minutes au lieu de quinze', 4],
    ],
    themes: [
      { term: 'acheteurs', variants: ['acheteur', 'acheteurs'] },
      { term: 'parking', variants: ['parking', 'parkings'] },
      { term: 'wifi', variants: ['Wi-Fi', 'wifi'] },
    ],
  },
};

const pad = (v: number) => String(v).padStart(2, '0');

/** The export's bytes and the personal data it holds. */
export function generate(seed = 2026): { bytes: Uint8Array; drawn: Drawn; pii: string[] } {
  const s = SURVEY;
  const drawn = drawConference(s, seed);
  const random = mulberry32(seed + 1);
  const [heard, exhibit] = s.singles;
  const [attended, markets] = s.checkboxes;
  const pii: string[] = [];
  const meta = Array.from({ length: s.respondents }, (_, r): MicrosoftFormsMeta => {
    const start = new Date(Date.UTC(2026, 2, 12, 16, 0, 0) + r * 700_000 + Math.floor(random() * 300_000));
    const end = new Date(start.getTime() + 120_000 + Math.floor(random() * 400_000));
    // Excel's French-locale rewrite: day first, no seconds.
    const when = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    const named = r < 25;
    const email = named ? `contact${r + 1}@domaine-viticole.example` : 'anonymous';
    if (named) pii.push(email);
    return { id: String(r + 1), start: when(start), completion: when(end), email, name: '' };
  });
  const survey = conferenceExport(s, drawn, [heard, ...s.ratings, attended, markets, exhibit, s.comments], meta);
  const rows = microsoftFormsText(survey, { metadata: ['ID', 'Heure de début', 'Heure de fin', 'Adresse de messagerie', 'Nom'] });
  return { bytes: excelResave(rows, 'csv', { delimiter: ';' }), drawn, pii: pii.sort() };
}

export function expected(drawn: Drawn, pii: string[]): ExpectedFixture {
  const s = SURVEY;
  const [heard, exhibit] = s.singles;
  const [attended, markets] = s.checkboxes;
  return {
    tool: 'microsoft-forms',
    respondents: s.respondents,
    encoding: 'windows-1252',
    delimiter: ';',
    items: expectedItems(s),
    // In the export's column order.
    choices: [countedSingle(heard, drawn), countedCheckboxes(attended, drawn, 'joined'), countedCheckboxes(markets, drawn, 'joined'), countedSingle(exhibit, drawn)],
    themes: [countedThemes(s.comments, drawn)],
    pii,
  };
}

/** The fixture folder's files, with what debrief must read from them (registered in write-fixtures.ts). */
export function fixtures(): FixtureFile[] {
  const out = generate();
  return [{ name: 'reponses.csv', data: out.bytes, expected: expected(out.drawn, out.pii) }];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/rencontres-windows-1252', fixtures());
