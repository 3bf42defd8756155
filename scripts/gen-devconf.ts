/**
 * Generates fixtures/devconf-unicode-text/: a Google Forms export of the
 * feedback form of an operations engineering conference, opened in Excel and
 * saved as "Unicode Text" (UTF-16 LE with BOM, tab-separated, CRLF, a field
 * quoted only when it holds a tab, a quote or a line break; timestamps
 * rewritten by Excel without seconds). Vocabulary no other fixture uses:
 * conference tracks, tutorials, a bootcamp, the opening ceremony, an
 * icebreaker, parallel sessions, and logistics (badge pick-up, coffee breaks,
 * the hotel block). Closed questions in Google Forms' own forms: a 0–10
 * linear scale to recommend, a Yes / No / Maybe question, a single choice,
 * and two checkbox questions (picks joined with `, `; one option holds a
 * comma itself), one the attendance of the rated tutorials. Comments
 * mention the Wi-Fi, queues and recordings in several spellings. Its
 * expected.json: the groups the catalogue should give, and the choices and
 * themes counted from the drawn answers. Seeded: the same run writes the
 * same bytes.
 *
 *   node dist/scripts/gen-devconf.js [out-dir]
 */
import type { ExpectedFixture } from './expected.js';
import { countedCheckboxes, countedSingle, countedThemes, drawConference, expectedItems, type ConferenceSurvey, type Drawn } from './conference-answers.js';
import { conferenceExport } from './conference-survey.js';
import { excelResave } from './exports/excel-resave.js';
import { googleFormsRows, type GoogleFormsMeta } from './exports/google-forms.js';
import { mulberry32 } from './random.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';

const QUALITY = ['Excellent', 'Very good', 'Good', 'Fair', 'Poor'];
const TEN = ['10', '9', '8', '7', '6', '5', '4', '3', '2', '1', '0'];
const NOT_THERE = 'I did not attend';

const TRACKS_QUESTION = 'Please rate the tracks you followed';
const TUTORIALS_QUESTION = 'How useful were the tutorials?';
export const REST_QUESTION = 'Rate the rest of the programme';
const PRACTICAL_QUESTION = 'Practical matters';
const RECOMMEND_QUESTION = 'How likely are you to recommend DevConf to a friend or colleague?';
export const ATTENDED_QUESTION = 'Which tutorials did you attend?';
const TUTORIALS = ['Kubernetes from scratch', 'Observability with OpenTelemetry', 'Chaos experiments in staging'];

export const SURVEY: ConferenceSurvey = {
  respondents: 130,
  ratings: [
    {
      question: TRACKS_QUESTION, levels: QUALITY, notApplicable: NOT_THERE,
      items: [
        { label: 'Track A: Platform engineering', group: 'track', counts: [28, 37, 20, 6, 2], notApplicable: 30 },
        { label: 'Track B: Security operations', group: 'track', counts: [19, 30, 25, 9, 3], notApplicable: 38 },
        { label: 'Track C: Data infrastructure', group: 'track', counts: [15, 26, 22, 7, 4], notApplicable: 49 },
      ],
    },
    {
      question: TUTORIALS_QUESTION, levels: QUALITY, notApplicable: NOT_THERE,
      items: [
        { label: TUTORIALS[0], group: 'training', counts: [24, 30, 12, 3, 1], notApplicable: 50 },
        { label: TUTORIALS[1], group: 'training', counts: [20, 25, 15, 6, 2], notApplicable: 55 },
        { label: TUTORIALS[2], group: 'training', counts: [9, 14, 15, 8, 5], notApplicable: 70 },
      ],
    },
    {
      question: REST_QUESTION, levels: QUALITY, notApplicable: NOT_THERE,
      items: [
        { label: 'Opening ceremony', group: REST_QUESTION, counts: [22, 41, 38, 12, 5], notApplicable: 8 },
        { label: 'Bootcamp for first-time speakers', group: REST_QUESTION, counts: [10, 12, 5, 1, 0], notApplicable: 95 },
        { label: 'Icebreaker on Monday evening', group: REST_QUESTION, counts: [30, 35, 22, 8, 3], notApplicable: 25 },
        { label: 'Parallel sessions on day 2', group: REST_QUESTION, counts: [18, 40, 39, 15, 6], notApplicable: 9 },
      ],
    },
    {
      question: PRACTICAL_QUESTION, levels: QUALITY, notApplicable: 'N/A',
      items: [
        { label: 'Badge pick-up', group: 'logistics', counts: [35, 44, 28, 12, 6] },
        { label: 'Coffee breaks', group: 'logistics', counts: [29, 46, 33, 14, 5] },
        { label: 'Hotel block booking', group: 'logistics', counts: [14, 22, 18, 9, 4], notApplicable: 60 },
      ],
    },
    {
      question: RECOMMEND_QUESTION, levels: TEN, notApplicable: '',
      // Promoters 24 + 31 = 55, passives 25 + 19 = 44, detractors 28.
      items: [{ label: RECOMMEND_QUESTION, group: 'nps', counts: [24, 31, 25, 19, 11, 7, 4, 3, 1, 1, 1] }],
    },
  ],
  singles: [
    { question: 'How many years have you worked in operations?', kind: 'single', options: [['Less than 2', 17], ['2 to 5', 43], ['6 to 10', 39], ['More than 10', 26]] },
    { question: 'Will you submit a talk next year?', kind: 'yes-no', options: [['Yes', 31], ['No', 52], ['Maybe', 40]] },
  ],
  checkboxes: [
    { question: ATTENDED_QUESTION, options: [[TUTORIALS[0], 70], [TUTORIALS[1], 66], [TUTORIALS[2], 51]], links: Object.fromEntries(TUTORIALS.map((t) => [t, t])) },
    { question: 'Which topics would you like next year?', options: [['Security, compliance and audits', 58], ['Cost control', 47], ['AI in operations', 62], ['Incident response', 39]] },
  ],
  comments: {
    question: 'What would make DevConf better?',
    comments: [
      ['The Wi-Fi in the main hall could not cope', 7],
      ['wifi died during the live demos', 6],
      ['Shorter queues at badge pick-up', 6],
      ['The lunch queue took forty minutes', 5],
      ['Publish the recordings sooner', 8],
      ['A recording of every tutorial, please', 4],
      ['Loved it, see you next year', 9],
      ['Fewer vendor pitches on the main stage', 4],
      ['Recordings and slides in one place, and better wifi', 3],
    ],
    themes: [
      { term: 'wifi', variants: ['Wi-Fi', 'wifi'] },
      { term: 'recordings', variants: ['recording', 'recordings', 'Recordings'] },
      { term: 'queues', variants: ['queue', 'queues'] },
    ],
  },
};

const pad = (v: number) => String(v).padStart(2, '0');

/** The export's bytes and the personal data it holds. */
export function generate(seed = 2026): { bytes: Uint8Array; drawn: Drawn; pii: string[] } {
  const s = SURVEY;
  const drawn = drawConference(s, seed);
  const random = mulberry32(seed + 1);
  const [years, talk] = s.singles;
  const [attended, topics] = s.checkboxes;
  const pii: string[] = [];
  const meta = Array.from({ length: s.respondents }, (_, r): GoogleFormsMeta => {
    const d = new Date(Date.UTC(2026, 9, 8, 17, 30, 0) + r * 431_000 + Math.floor(random() * 200_000));
    const email = `attendee${r + 1}@devconf.example`;
    pii.push(email);
    // Excel's US-locale rewrite of Google's `10/8/2026 17:31:04`: seconds dropped.
    return { timestamp: `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${d.getUTCHours()}:${pad(d.getUTCMinutes())}`, email };
  });
  const survey = conferenceExport(s, drawn, [years, ...s.ratings, attended, topics, talk, s.comments], meta);
  return { bytes: excelResave(googleFormsRows(survey), 'unicode-text'), drawn, pii: pii.sort() };
}

export function expected(drawn: Drawn, pii: string[]): ExpectedFixture {
  const s = SURVEY;
  const [years, talk] = s.singles;
  const [attended, topics] = s.checkboxes;
  return {
    tool: 'google-forms',
    respondents: s.respondents,
    encoding: 'utf-16le',
    delimiter: '\t',
    items: expectedItems(s),
    // In the export's column order.
    choices: [countedSingle(years, drawn), countedCheckboxes(attended, drawn, 'joined'), countedCheckboxes(topics, drawn, 'joined'), countedSingle(talk, drawn)],
    themes: [countedThemes(s.comments, drawn)],
    pii,
  };
}

/** The fixture folder's files, with what debrief must read from them (registered in write-fixtures.ts). */
export function fixtures(): FixtureFile[] {
  const out = generate();
  return [{ name: 'responses.txt', data: out.bytes, expected: expected(out.drawn, out.pii) }];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/devconf-unicode-text', fixtures());
