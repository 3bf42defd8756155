/**
 * Generates fixtures/surveymonkey-hackathon/: a SurveyMonkey CSV export
 * (two header rows: the question over its first column only, row 2
 * `Response`, a matrix row's label, a checkbox option's label or
 * `Open-Ended Response`; comma, CRLF, UTF-8 without BOM) of the feedback
 * survey of a weekend open-data hackathon, with vocabulary no other fixture
 * uses: masterclasses, lightning talks, speed networking, a tutorial and a
 * demo day. Closed questions in SurveyMonkey's own forms: a 0–10
 * recommendation question (numbers), a Yes / No / Maybe question, a single
 * choice, and two checkbox questions written one column per option (the
 * option's label when ticked, blank when not), one of them the attendance of
 * the rated masterclasses. Comments mention the Wi-Fi (three spellings),
 * snacks and mentors. Its expected.json: the groups the catalogue should give
 * (the masterclasses grid is `masterclass`; the mixed grid is its own
 * question; the practical arrangements are logistics; the recommendation is
 * `nps`), and the choices and themes counted from the drawn answers.
 * Seeded: the same run writes the same bytes.
 *
 *   node dist/scripts/gen-hackathon.js [out-dir]
 */
import type { ExpectedFixture } from './expected.js';
import { countedCheckboxes, countedSingle, countedThemes, drawConference, expectedItems, type ConferenceSurvey, type Drawn } from './conference-answers.js';
import { conferenceExport } from './conference-survey.js';
import { surveyMonkeyCsv, type SurveyMonkeyMeta } from './exports/surveymonkey.js';
import { mulberry32 } from './random.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';

const QUALITY = ['Excellent', 'Very good', 'Good', 'Fair', 'Poor'];
const SATISFACTION = ['Very satisfied', 'Satisfied', 'Neither satisfied nor dissatisfied', 'Dissatisfied', 'Very dissatisfied'];
const TEN = ['10', '9', '8', '7', '6', '5', '4', '3', '2', '1', '0'];

const MASTERCLASSES_QUESTION = 'How would you rate the masterclasses?';
export const WEEKEND_QUESTION = 'How would you rate these parts of the weekend?';
const PRACTICAL_QUESTION = 'How satisfied were you with the practical arrangements?';
const RECOMMEND_QUESTION = 'How likely is it that you would recommend this hackathon to a friend or colleague?';
export const ATTENDED_QUESTION = 'Which masterclasses did you attend?';
const MASTERCLASSES = ['Prototyping with open APIs', 'Telling stories with data', 'Pitching to investors'];

export const SURVEY: ConferenceSurvey = {
  respondents: 120,
  ratings: [
    {
      question: MASTERCLASSES_QUESTION, levels: QUALITY, notApplicable: 'N/A – did not attend',
      items: [
        { label: MASTERCLASSES[0], group: 'masterclass', counts: [18, 24, 15, 6, 2], notApplicable: 41 },
        { label: MASTERCLASSES[1], group: 'masterclass', counts: [22, 28, 12, 3, 1], notApplicable: 44 },
        { label: MASTERCLASSES[2], group: 'masterclass', counts: [9, 17, 19, 8, 4], notApplicable: 52 },
      ],
    },
    {
      question: WEEKEND_QUESTION, levels: QUALITY, notApplicable: 'N/A – did not attend',
      items: [
        { label: 'Lightning talks by the sponsors', group: WEEKEND_QUESTION, counts: [8, 21, 34, 20, 9], notApplicable: 18 },
        { label: 'Speed networking on Friday night', group: WEEKEND_QUESTION, counts: [25, 31, 20, 7, 3], notApplicable: 26 },
        { label: 'Tutorial: your first open-data API', group: WEEKEND_QUESTION, counts: [14, 20, 11, 4, 1], notApplicable: 62 },
        { label: 'Demo day', group: WEEKEND_QUESTION, counts: [41, 38, 19, 5, 2], notApplicable: 6 },
      ],
    },
    {
      question: PRACTICAL_QUESTION, levels: SATISFACTION, notApplicable: 'N/A',
      items: [
        { label: 'Venue and workspace', group: 'logistics', counts: [30, 46, 22, 10, 4] },
        { label: 'Food and snacks', group: 'logistics', counts: [20, 38, 30, 18, 8] },
        { label: 'Wi-Fi', group: 'logistics', counts: [9, 20, 27, 35, 22] },
        { label: 'Registration on Friday', group: 'logistics', counts: [36, 44, 20, 6, 2], notApplicable: 5 },
      ],
    },
    {
      question: RECOMMEND_QUESTION, levels: TEN, notApplicable: '',
      // Promoters 29 + 33 = 62, passives 22 + 12 = 34, detractors 17.
      items: [{ label: RECOMMEND_QUESTION, group: 'nps', counts: [29, 33, 22, 12, 7, 4, 2, 2, 1, 0, 1] }],
    },
  ],
  singles: [
    { question: 'Which challenge did your team work on?', kind: 'single', options: [['Clean air', 38], ['Open transport data', 31], ['Flood alerts', 27], ['Library catalogues', 14]] },
    { question: "Would you take part in next year's hackathon?", kind: 'yes-no', options: [['Yes', 72], ['No', 11], ['Maybe', 30]] },
  ],
  checkboxes: [
    {
      question: ATTENDED_QUESTION,
      options: [[MASTERCLASSES[0], 74], [MASTERCLASSES[1], 71], [MASTERCLASSES[2], 60]],
      links: Object.fromEntries(MASTERCLASSES.map((m) => [m, m])),
    },
    { question: 'What did your team use during the weekend?', options: [['Cloud credits', 64], ['Open datasets', 97], ['Hardware kits', 23], ['Mentor office hours', 58]] },
  ],
  comments: {
    question: 'What should we improve for the next hackathon?',
    comments: [
      ['The Wi-Fi kept dropping on Saturday night', 9],
      ['wifi was too slow to download the datasets', 7],
      ['More mentors in the evening, and the WiFi too', 5],
      ['Healthier snacks and more mentors please', 6],
      ['We needed a mentor who knew the transport data', 5],
      ['The snack table was empty by midnight', 6],
      ['Longer demo slots for each team', 4],
      ['Great weekend, thank you!', 8],
      ['Quieter rooms where teams can sleep', 3],
      ['Clearer judging criteria before the pitches', 4],
    ],
    themes: [
      { term: 'wifi', variants: ['Wi-Fi', 'wifi', 'WiFi'] },
      { term: 'mentors', variants: ['mentor', 'mentors'] },
      { term: 'snacks', variants: ['snack', 'snacks'] },
    ],
  },
};

const FIRST = ['Ada', 'Bilal', 'Chen', 'Dagny', 'Esi', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jomo'];
const LAST = ['Okoro', 'Lind', 'Wei', 'Haugen', 'Mensah', 'Karimi', 'Olsen', 'Petit', 'Costa', 'Kariuki'];

/** The export's text and the personal data it holds. */
export function generate(seed = 2026): { csv: string; drawn: Drawn; pii: string[] } {
  const s = SURVEY;
  const drawn = drawConference(s, seed);
  const random = mulberry32(seed + 1);
  const [challenge, again] = s.singles;
  const [attended, used] = s.checkboxes;
  const pii: string[] = [];
  const meta = Array.from({ length: s.respondents }, (_, r): SurveyMonkeyMeta => {
    const start = new Date(Date.UTC(2026, 2, 16, 9, 0, 0) + r * 517_000 + Math.floor(random() * 400_000));
    const end = new Date(start.getTime() + 180_000 + Math.floor(random() * 600_000));
    const named = r % 4 === 0;
    const first = FIRST[Math.floor(random() * FIRST.length)];
    const last = LAST[Math.floor(random() * LAST.length)];
    const email = named ? `${first}.${last}.${r}@hackers.example`.toLowerCase() : '';
    const ip = `198.51.100.${(r * 7) % 250}`;
    pii.push(ip);
    if (named) pii.push(email, `${first} ${last}`);
    return { id: String(114_870_000_000 + r * 13), collector: '431207786', start, end, ip, email, first: named ? first : '', last: named ? last : '' };
  });
  const survey = conferenceExport(s, drawn, [...s.ratings, challenge, attended, used, again, s.comments], meta);
  return { csv: surveyMonkeyCsv(survey), drawn, pii: [...new Set(pii)].sort() };
}

export function expected(drawn: Drawn, pii: string[]): ExpectedFixture {
  const s = SURVEY;
  const [challenge, again] = s.singles;
  const [attended, used] = s.checkboxes;
  return {
    tool: 'surveymonkey',
    respondents: s.respondents,
    encoding: 'utf-8',
    delimiter: ',',
    items: expectedItems(s),
    // In the export's column order.
    choices: [countedSingle(challenge, drawn), countedCheckboxes(attended, drawn, 'columns'), countedCheckboxes(used, drawn, 'columns'), countedSingle(again, drawn)],
    themes: [countedThemes(s.comments, drawn)],
    pii,
  };
}

/** The fixture folder's files, with what debrief must read from them (registered in write-fixtures.ts). */
export function fixtures(): FixtureFile[] {
  const out = generate();
  return [{ name: 'responses.csv', data: out.csv, expected: expected(out.drawn, out.pii) }];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/surveymonkey-hackathon', fixtures());
