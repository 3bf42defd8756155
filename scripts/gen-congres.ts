/**
 * Generates fixtures/limesurvey-congres/: a LimeSurvey CSV export ("Full
 * question text" headings `Question ? [Subquestion]`, full answers, UTF-8
 * with BOM, every value quoted, `;`, CRLF) of the evaluation form of an
 * academic congress in French, with vocabulary no other fixture uses:
 * séances de posters, tables rondes, a visite technique, a dîner de gala, a
 * vin d'honneur, the séance de clôture, and logistics (hébergement,
 * navettes, restauration, site web). Also a 0–10 "Quelle est la probabilité
 * que vous recommandiez…" question, an Oui / Non / Peut-être question, a
 * single choice, and two multiple-choice questions in LimeSurvey's form (one
 * `Question [option]` column per option, `Y` when ticked, empty when not),
 * one the attendance of the rated poster sessions. Comments mention the
 * shuttles, the Wi-Fi and the posters in several spellings. Its
 * expected.json: the groups the catalogue should give, and the choices and
 * themes counted from the drawn answers. Seeded: the same run writes the
 * same bytes.
 *
 *   node dist/scripts/gen-congres.js [out-dir]
 */
import type { ExpectedFixture } from './expected.js';
import { countedCheckboxes, countedSingle, countedThemes, drawConference, expectedItems, type ConferenceSurvey, type Drawn } from './conference-answers.js';
import { conferenceExport } from './conference-survey.js';
import { limeSurveyCsv, type LimeSurveyMeta } from './exports/limesurvey.js';
import { mulberry32 } from './random.js';
import { utf8Bytes } from './text-bytes.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';

const SCALE = ['Très bien', 'Bien', 'Moyen', 'Insuffisant'];
const TEN = ['10', '9', '8', '7', '6', '5', '4', '3', '2', '1', '0'];
const NOT_THERE = "Je n'y ai pas assisté";

const POSTERS_QUESTION = 'Comment évaluez-vous les séances de posters ?';
const TABLES_QUESTION = 'Comment évaluez-vous les tables rondes ?';
export const AUTRES_QUESTION = 'Et les autres temps forts du congrès ?';
const PRATIQUE_QUESTION = 'Organisation pratique';
const RECOMMEND_QUESTION = 'Quelle est la probabilité que vous recommandiez ce congrès à un collègue ?';
export const ATTENDED_QUESTION = 'À quelles séances de posters avez-vous assisté ?';
const POSTERS = ['Séance de posters A : écologie marine', 'Séance de posters B : génomique', 'Séance de posters C : modélisation du climat'];

export const SURVEY: ConferenceSurvey = {
  respondents: 140,
  ratings: [
    {
      question: POSTERS_QUESTION, levels: SCALE, notApplicable: NOT_THERE,
      items: [
        { label: POSTERS[0], group: 'poster', counts: [30, 41, 18, 5], notApplicable: 38 },
        { label: POSTERS[1], group: 'poster', counts: [25, 39, 22, 8], notApplicable: 36 },
        { label: POSTERS[2], group: 'poster', counts: [19, 33, 25, 10], notApplicable: 44 },
      ],
    },
    {
      question: TABLES_QUESTION, levels: SCALE, notApplicable: NOT_THERE,
      items: [
        { label: 'Science ouverte et évaluation de la recherche', group: 'roundtable', counts: [35, 52, 21, 6], notApplicable: 20 },
        { label: 'Carrières des jeunes chercheurs', group: 'roundtable', counts: [28, 40, 30, 12], notApplicable: 25 },
      ],
    },
    {
      question: AUTRES_QUESTION, levels: SCALE, notApplicable: NOT_THERE,
      items: [
        { label: 'Visite technique du laboratoire de biologie marine', group: AUTRES_QUESTION, counts: [29, 18, 5, 1], notApplicable: 82 },
        { label: 'Dîner de gala', group: AUTRES_QUESTION, counts: [40, 47, 20, 9], notApplicable: 22 },
        { label: "Vin d'honneur à la mairie", group: AUTRES_QUESTION, counts: [33, 50, 22, 4], notApplicable: 28 },
        { label: 'Séance de clôture', group: AUTRES_QUESTION, counts: [21, 55, 34, 10], notApplicable: 16 },
      ],
    },
    {
      question: PRATIQUE_QUESTION, levels: SCALE, notApplicable: 'Sans objet',
      items: [
        { label: 'Hébergement', group: 'logistics', counts: [38, 55, 25, 9], notApplicable: 11 },
        { label: 'Navettes depuis la gare', group: 'logistics', counts: [14, 35, 45, 28], notApplicable: 15 },
        { label: 'Restauration le midi', group: 'logistics', counts: [30, 58, 35, 14] },
        { label: 'Site web du congrès', group: 'logistics', counts: [41, 60, 28, 6] },
      ],
    },
    {
      question: RECOMMEND_QUESTION, levels: TEN, notApplicable: '',
      // Promoters 30 + 35 = 65, passives 27 + 17 = 44, detractors 24.
      items: [{ label: RECOMMEND_QUESTION, group: 'nps', counts: [30, 35, 27, 17, 10, 6, 3, 2, 1, 1, 1] }],
    },
  ],
  singles: [
    { question: 'Quel est votre statut ?', kind: 'single', options: [['Doctorant ou doctorante', 44], ['Chercheur ou chercheuse', 38], ['Enseignant-chercheur', 31], ['Ingénieur ou technicien', 19]] },
    { question: 'Participerez-vous au prochain congrès ?', kind: 'yes-no', options: [['Oui', 96], ['Non', 9], ['Peut-être', 30]] },
  ],
  checkboxes: [
    { question: ATTENDED_QUESTION, options: [[POSTERS[0], 99], [POSTERS[1], 101], [POSTERS[2], 92]], links: Object.fromEntries(POSTERS.map((p) => [p, p])) },
    { question: 'Quels supports avez-vous utilisés ?', options: [['Programme imprimé', 88], ['Application mobile', 63], ['Livre des résumés', 71]] },
  ],
  comments: {
    question: 'Que faudrait-il améliorer pour le prochain congrès ?',
    comments: [
      ['Les navettes depuis la gare étaient trop rares', 8],
      ['Prévoir une navette le soir après le dîner', 5],
      ["Le wifi ne marchait pas dans l'amphi", 7],
      ['Un Wi-Fi digne de ce nom, svp', 4],
      ['Plus de temps pour les posters', 6],
      ['Les panneaux des posters étaient trop serrés', 5],
      ['Afficher le poster primé sur le site', 3],
      ['Très bonne ambiance, merci aux bénévoles', 8],
      ['Des pauses plus longues entre les sessions', 5],
    ],
    themes: [
      { term: 'posters', variants: ['poster', 'posters'] },
      { term: 'navettes', variants: ['navette', 'navettes'] },
      { term: 'wifi', variants: ['wifi', 'Wi-Fi'] },
    ],
  },
};

const pad = (v: number) => String(v).padStart(2, '0');

/** The export's bytes and the personal data it holds. */
export function generate(seed = 2026): { bytes: Uint8Array; drawn: Drawn; pii: string[] } {
  const s = SURVEY;
  const drawn = drawConference(s, seed);
  const random = mulberry32(seed + 1);
  const [status, again] = s.singles;
  const [attended, media] = s.checkboxes;
  const pii: string[] = [];
  const meta = Array.from({ length: s.respondents }, (_, r): LimeSurveyMeta => {
    const start = new Date(Date.UTC(2026, 5, 26, 7, 0, 0) + r * 613_000 + Math.floor(random() * 300_000));
    const end = new Date(start.getTime() + 240_000 + Math.floor(random() * 500_000));
    const when = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    const ipaddr = `203.0.113.${(r * 11) % 250}`;
    pii.push(ipaddr);
    return { id: String(r + 1), submitdate: when(end), lastpage: '5', startlanguage: 'fr', seed: String(Math.floor(random() * 1e9)), startdate: when(start), datestamp: when(end), ipaddr, refurl: '' };
  });
  const survey = conferenceExport(s, drawn, [status, ...s.ratings, attended, media, again, s.comments], meta);
  // Full answers, yet a ticked option written `Y`, as this export has it; the text starts with its BOM.
  return { bytes: utf8Bytes(limeSurveyCsv(survey, { ticked: 'Y' }), { bom: false }), drawn, pii: [...new Set(pii)].sort() };
}

export function expected(drawn: Drawn, pii: string[]): ExpectedFixture {
  const s = SURVEY;
  const [status, again] = s.singles;
  const [attended, media] = s.checkboxes;
  return {
    tool: 'limesurvey',
    respondents: s.respondents,
    encoding: 'utf-8-bom',
    delimiter: ';',
    items: expectedItems(s),
    // In the export's column order.
    choices: [countedSingle(status, drawn), countedCheckboxes(attended, drawn, 'columns'), countedCheckboxes(media, drawn, 'columns'), countedSingle(again, drawn)],
    themes: [countedThemes(s.comments, drawn)],
    pii,
  };
}

/** The fixture folder's files, with what debrief must read from them (registered in write-fixtures.ts). */
export function fixtures(): FixtureFile[] {
  const out = generate();
  return [{ name: 'reponses.csv', data: out.bytes, expected: expected(out.drawn, out.pii) }];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/limesurvey-congres', fixtures());
