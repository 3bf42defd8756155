/**
 * Generates two KoboToolbox CSV exports of a post-conference survey of the
 * NDM-UN23 meeting, and their expected.json, from the counts chosen below:
 *
 * - fixtures/kobotoolbox/labels.csv: "Labels" export with group paths
 *   (`Group label/Question label`) and the HXL hashtag row under the header;
 * - fixtures/kobotoolbox/xml-values.csv: "XML values and headers" export
 *   (`group/name` headers, choice names such as `very_good`, numeric codes,
 *   `n_a`), no HXL row.
 *
 * Both as KPI writes them: `;`, every field quoted, CRLF, UTF-8 without BOM;
 * metadata `start, end, today, deviceid … _id, _uuid, _submission_time,
 * _validation_status, _notes, _status, _submitted_by, __version__, _tags,
 * _index`; a geopoint with its four `_…_latitude` columns; a select_multiple
 * question as a summary column plus one 1/0 column per option.
 * Pitfalls: HTML in a group label, duplicated `Comments` headers, a `/` inside
 * a question label, a choice list whose labels carry a trailing space and a
 * curly apostrophe (`Very good `, `Didn’t attend`), an `or_other` text column,
 * personal data (names, e-mails, device ids, user names, GPS), trailing blank
 * rows. Seeded: the same run writes the same bytes.
 *
 *   node dist/scripts/gen-kobotoolbox.js [out-dir]
 */
import { type ExpectedFixture } from './expected.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';
import { koboCsv, type KoboMeta } from './exports/kobotoolbox.js';
import type { Survey } from './exports/survey.js';
import { mulberry32 } from './random.js';
import { expectedItems, ratedAnswers, spread, type RatedCounts } from './spread.js';
import { FIRST_NAMES, LAST_NAMES } from './names.js';

// ---------------------------------------------------------------- chosen counts

/** labels.csv: respondents. */
export const LABELS_RESPONDENTS = 148;

export const LOGISTICS_GROUP = 'Logistics and organisation';
export const LABELS_LOGISTICS: RatedCounts[] = [
  { label: 'Overall, how would you rate the logistical and organisational arrangements of the meeting?', counts: [52, 58, 25, 6, 2], notApplicable: 0 },
  { label: 'How would you rate the venue, catering and/or registration?', counts: [40, 55, 35, 10, 3], notApplicable: 0 },
];

export const PLENARY_GROUP = 'How would you rate each of the plenary sessions?';
export const LABELS_PLENARIES: RatedCounts[] = [
  { label: 'Plenary 1 – Mine Action and the Environment', counts: [30, 45, 30, 10, 5], notApplicable: 20 },
  { label: 'Plenary 2 – Mine Action for People: Dimensions of Diversity', counts: [25, 40, 35, 12, 6], notApplicable: 22 },
  { label: 'Plenary 3 – Regional Approaches to Mine Action', counts: [22, 38, 33, 12, 5], notApplicable: 30 },
  { label: 'Plenary 4 – Thinking Safety and Acting Safely in the Digital Age', counts: [26, 40, 32, 10, 7], notApplicable: 25 },
  { label: 'Plenary 5 – SDGs - From Theory to Practice: Linking Mine Action to SDGs', counts: [24, 43, 30, 11, 6], notApplicable: 26 },
  { label: 'Plenary 6 – Partnerships to Save Lives in Humanitarian Emergencies', counts: [18, 30, 25, 8, 4], notApplicable: 55 },
  { label: 'Plenary 7 – Improvised Explosive Devices: Connecting Actors for Solutions', counts: [40, 55, 25, 6, 2], notApplicable: 12 },
];

/** The side-event group label as typed in the form builder, with HTML; the cleaned text is the question. */
export const SIDE_EVENT_GROUP_RAW = 'How would you rate the <b>side-events</b> you attended?';
export const SIDE_EVENT_GROUP = 'How would you rate the side-events you attended?';
export const LABELS_SIDE_EVENTS: RatedCounts[] = [
  { label: 'Safe Ground: Turning Minefields into Playing Fields', counts: [20, 25, 12, 4, 1], notApplicable: 80 },
  { label: 'Mine Action Information Management of the Future', counts: [15, 20, 12, 3, 2], notApplicable: 90 },
  { label: 'Libya: The Toxic and Explosive Legacy of Modern Conflict', counts: [8, 14, 9, 3, 1], notApplicable: 105 },
  { label: 'Launch of the SMART IED Threat Mitigation Technology Roadmap (SMiTMiTR)', counts: [14, 16, 6, 2, 0], notApplicable: 102 },
  { label: 'Environmental Impact and Climate Change Adaptation in Mine Action', counts: [18, 22, 9, 2, 1], notApplicable: 88 },
  { label: 'Sudan – Mine Action and Peace: Sudan’s Experience and Future', counts: [10, 13, 8, 2, 1], notApplicable: 105 },
];

export const OVERALL_QUESTION = 'Overall, how satisfied were you with the meeting?';
export const LABELS_OVERALL: RatedCounts = { label: OVERALL_QUESTION, counts: [55, 60, 18, 6, 3], notApplicable: 0 };

/** Choice list `quality` (logistics, plenaries) and its copy `quality_se` typed again for the side-events. */
const QUALITY = ['Excellent', 'Very good', 'Good', 'Fair', 'Poor'];
const QUALITY_SE = ['Excellent', 'Very good ', 'Good', 'Fair', 'Poor'];
const SATISFACTION = ['Very satisfied', 'Satisfied', 'Neither satisfied nor dissatisfied', 'Dissatisfied', 'Very dissatisfied'];

const LABEL_ROLES: [string, number][] = [
  ['National Director of a mine action programme', 22],
  ['United Nations adviser or staff', 20],
  ['Donor representative', 25],
  ['Civil society / NGO', 41],
  ['Academia or research', 12],
  ['Private sector', 14],
  ['Other', 14],
];
const LABEL_GENDERS: [string, number][] = [['Female', 70], ['Male', 72], ['Prefer not to say', 6]];
const LANGUAGES = ['English', 'French', 'Spanish', 'Arabic'];

/** xml-values.csv: respondents. */
export const XML_RESPONDENTS = 96;

export const XML_LOGISTICS: RatedCounts[] = [
  { label: 'logistics', counts: [30, 45, 12, 4], notApplicable: 0 },
  { label: 'venue', counts: [25, 44, 18, 5], notApplicable: 0 },
];
export const XML_PLENARIES: RatedCounts[] = [
  { label: 'plenary_1', counts: [18, 28, 20, 8, 3], notApplicable: 12 },
  { label: 'plenary_2', counts: [15, 25, 22, 9, 4], notApplicable: 14 },
  { label: 'plenary_3', counts: [14, 24, 20, 8, 4], notApplicable: 18 },
  { label: 'plenary_4', counts: [16, 26, 21, 7, 3], notApplicable: 15 },
  { label: 'plenary_5', counts: [15, 27, 19, 8, 4], notApplicable: 16 },
  { label: 'plenary_6', counts: [10, 18, 16, 6, 2], notApplicable: 40 },
  { label: 'plenary_7', counts: [25, 33, 15, 5, 1], notApplicable: 8 },
];
/** Side-events rated on numeric choice names 4 (best) … 1, with `n_a`. */
export const XML_SIDE_EVENTS: RatedCounts[] = [
  { label: 'se_safe_ground', counts: [15, 18, 6, 2], notApplicable: 50 },
  { label: 'se_im_future', counts: [10, 14, 7, 2], notApplicable: 58 },
  { label: 'se_libya', counts: [6, 9, 5, 2], notApplicable: 68 },
  { label: 'se_risk_education', counts: [14, 20, 8, 3], notApplicable: 45 },
  { label: 'se_survivors', counts: [12, 15, 4, 1], notApplicable: 60 },
];
export const XML_OVERALL: RatedCounts = { label: 'overall_satisfaction', counts: [35, 40, 12, 4, 2], notApplicable: 0 };

const XML_ROLES: [string, number][] = [
  ['national_director', 14], ['un_staff', 13], ['donor', 17], ['civil_society', 27], ['academia', 8], ['private_sector', 9], ['other', 8],
];
const XML_GENDERS: [string, number][] = [['female', 46], ['male', 47], ['prefer_not_to_say', 3]];
const XML_LANGUAGES = ['english', 'french', 'spanish', 'arabic'];

// ---------------------------------------------------------------- generation

// The first twelve of each list: the fixture was drawn from those.
const FIRST = FIRST_NAMES.slice(0, 12);
const LAST = LAST_NAMES.slice(0, 12);
const USERS = ['unmas_geneva', 'gichd_events', 'ndm_focal_point'];

const COMMENTS = [
  'Well organised; the app worked offline, which helped in the basement rooms.',
  'Too many sessions in parallel, "choose one" is hard.\nPlease record them.',
  'Interpretation into French was missing in two side-events, again.',
  'Great networking, but lunch queues were long, very long.',
  'Please send the slides, the list of participants and the "key messages" before the next meeting.',
  'Write to me at m.rossi@example.org about the survivors event, thanks.',
  'More time for Q&A; fewer speeches.',
];

function pick<T>(values: T[], random: () => number): T {
  return values[Math.floor(random() * values.length)];
}

function hex(random: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(random() * 16)];
  return s;
}

function alnum(random: () => number, n: number): string {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let s = '';
  for (let i = 0; i < n; i++) s += chars[Math.floor(random() * chars.length)];
  return s;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One submission as KPI records it, and the name and e-mail the respondent typed (questions of the form). */
interface Submission {
  meta: Omit<KoboMeta, 'validation'>;
  name: string;
  email: string;
}

function submission(r: number, n: number, random: () => number, pii: string[]): Submission {
  const day = 14 + Math.floor((r / n) * 6);
  const minute = Math.floor(random() * 600);
  const hour = 8 + Math.floor(minute / 60);
  const second = Math.floor(random() * 60);
  const date = `2020-02-${pad(day)}`;
  const start = `${date}T${pad(hour)}:${pad(minute % 60)}:${pad(second)}.${String(Math.floor(random() * 1000)).padStart(3, '0')}+01:00`;
  const endMinute = (minute % 60) + 3 + Math.floor(random() * 9);
  const end = `${date}T${pad(hour + Math.floor(endMinute / 60))}:${pad(endMinute % 60)}:${pad(second)}.${String(Math.floor(random() * 1000)).padStart(3, '0')}+01:00`;
  const collect = r % 4 === 0; // KoboCollect on a phone; the rest came through Enketo in a browser
  const deviceid = collect ? `collect:${alnum(random, 16)}` : `ee.kobotoolbox.org:${alnum(random, 16)}`;
  const named = r % 5 === 0;
  const first = pick(FIRST, random);
  const last = pick(LAST, random);
  const name = named ? `${first} ${last}` : '';
  const email = named ? `${first}.${last}.${r}@example.org`.toLowerCase().normalize('NFKD').replace(/[^a-z0-9.@-]/g, '') : '';
  const gps: KoboMeta['gps'] = collect
    ? [`${(46.2 + random() * 0.05).toFixed(7)}`, `${(6.1 + random() * 0.05).toFixed(7)}`, `${(380 + random() * 60).toFixed(1)}`, `${(3 + random() * 20).toFixed(1)}`]
    : undefined;
  const submittedBy = collect ? USERS[r % USERS.length] : '';
  pii.push(deviceid);
  if (named) pii.push(name, email);
  if (gps) pii.push(gps[0], gps[1]);
  if (submittedBy) pii.push(submittedBy);
  const uuid = `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-${'89ab'[Math.floor(random() * 4)]}${hex(random, 3)}-${hex(random, 12)}`;
  const submissionTime = `${date}T${pad(hour - 1 + Math.floor(endMinute / 60))}:${pad(endMinute % 60)}:${pad((second + 7) % 60)}`;
  return {
    meta: {
      start, end, today: date, deviceid, gps,
      id: String(40731200 + r * 3 + Math.floor(random() * 3)), uuid, submissionTime, submittedBy,
      version: r < n / 3 ? 'vGq8pT3sYxLmNa4Wc2Rk7b' : 'vR5dJzK9uEhFw2XqP6tBnM',
    },
    name,
    email,
  };
}

/** A select_multiple answer: the chosen options (at least one), or none when unanswered. */
function multiSelect(options: string[], random: () => number): string[] | undefined {
  if (random() < 0.06) return undefined;
  const chosen = options.filter((_, i) => random() < (i === 0 ? 0.85 : 0.3));
  return chosen.length ? chosen : [options[0]];
}

/** The HXL hashtags the labels form carries (`#indicator+plenary`…), by header. */
function LABELS_HXL(h: string): string {
  if (h === 'start') return '#date+start';
  if (h === 'end') return '#date+end';
  if (h === 'today') return '#date';
  if (h.endsWith('role?')) return '#meta+role';
  if (h.endsWith('gender?')) return '#meta+gender';
  if (h.startsWith(LOGISTICS_GROUP)) return '#indicator+logistics';
  if (h.startsWith(PLENARY_GROUP)) return '#indicator+plenary';
  if (h.startsWith(SIDE_EVENT_GROUP_RAW)) return '#indicator+side_event';
  if (h === '_Location_latitude') return '#geo+lat';
  if (h === '_Location_longitude') return '#geo+lon';
  return '';
}

/** labels.csv: the CSV text and the personal data it holds. */
export function generateLabels(seed = 2023): { csv: string; pii: string[] } {
  const random = mulberry32(seed);
  const n = LABELS_RESPONDENTS;
  const logistics = LABELS_LOGISTICS.map((c) => ratedAnswers(c, QUALITY, '', n, random));
  const plenaries = LABELS_PLENARIES.map((c) => ratedAnswers(c, QUALITY, 'Did not attend', n, random));
  const sideEvents = LABELS_SIDE_EVENTS.map((c) => ratedAnswers(c, QUALITY_SE, 'Didn’t attend', n, random));
  const overall = ratedAnswers(LABELS_OVERALL, SATISFACTION, '', n, random);
  const roles = spread(LABEL_ROLES, n, random, 'roles');
  const genders = spread(LABEL_GENDERS, n, random, 'genders');
  const about = 'About you';
  const survey: Survey<KoboMeta> = {
    questions: [
      {
        kind: 'single', text: `${about}/Which of the following best describes your role?`, options: LABEL_ROLES.map(([o]) => o),
        other: { option: 'Other', text: `${about}/Specify other.` },
      },
      { kind: 'single', text: `${about}/What is your gender?`, options: LABEL_GENDERS.map(([o]) => o) },
      { kind: 'text', text: `${about}/Name` },
      { kind: 'text', text: `${about}/Email address` },
      { kind: 'multi', text: 'Which working language(s) did you use during the meeting?', options: LANGUAGES },
      { kind: 'matrix', text: LOGISTICS_GROUP, rows: LABELS_LOGISTICS.map((c) => c.label), scale: QUALITY },
      { kind: 'matrix', text: PLENARY_GROUP, rows: LABELS_PLENARIES.map((c) => c.label), scale: QUALITY, notApplicable: 'Did not attend' },
      { kind: 'text', text: 'Comments' },
      { kind: 'matrix', text: SIDE_EVENT_GROUP_RAW, rows: LABELS_SIDE_EVENTS.map((c) => c.label), scale: QUALITY_SE, notApplicable: 'Didn’t attend' },
      { kind: 'text', text: 'Comments' },
      { kind: 'rating', text: OVERALL_QUESTION, scale: SATISFACTION },
      { kind: 'text', text: 'Do you have any other comments and/or suggestions for future meetings?' },
    ],
    respondents: [],
  };
  const pii: string[] = [];
  for (let r = 0; r < n; r++) {
    const s = submission(r, n, random, pii);
    const langs = multiSelect(LANGUAGES, random);
    const other = roles[r] === 'Other' ? ['Journalist', 'Military liaison', 'Consultant', 'Student'][r % 4] : '';
    const comment = () => (random() < 0.12 ? pick(COMMENTS, random) : '');
    survey.respondents.push({
      meta: { ...s.meta, validation: r % 7 === 0 ? 'Approved' : '' },
      answers: [
        { choice: roles[r], other }, genders[r], s.name, s.email, langs ?? [],
        logistics.map((a) => a[r]), plenaries.map((a) => a[r]), comment(), sideEvents.map((a) => a[r]), comment(), overall[r], comment(),
      ],
    });
  }
  pii.push('m.rossi@example.org');
  // Trailing blank rows, as left by a spreadsheet that touched the file.
  return { csv: koboCsv(survey, { geopoint: 'Location', hxl: LABELS_HXL, blankLines: 2 }), pii: [...new Set(pii)].sort() };
}

/** xml-values.csv: the CSV text and the personal data it holds. */
export function generateXml(seed = 2024): { csv: string; pii: string[] } {
  const random = mulberry32(seed);
  const n = XML_RESPONDENTS;
  const xmlScales = {
    logistics: ['excellent', 'good', 'fair', 'poor'],
    plenaries: ['excellent', 'very_good', 'good', 'fair', 'poor'],
    sideEvents: ['4', '3', '2', '1'],
    overall: ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied'],
  };
  const logistics = XML_LOGISTICS.map((c) => ratedAnswers(c, xmlScales.logistics, '', n, random));
  const plenaries = XML_PLENARIES.map((c) => ratedAnswers(c, xmlScales.plenaries, 'did_not_attend', n, random));
  const sideEvents = XML_SIDE_EVENTS.map((c) => ratedAnswers(c, xmlScales.sideEvents, 'n_a', n, random));
  const overall = ratedAnswers(XML_OVERALL, xmlScales.overall, '', n, random);
  const roles = spread(XML_ROLES, n, random, 'roles');
  const genders = spread(XML_GENDERS, n, random, 'genders');
  const survey: Survey<KoboMeta> = {
    questions: [
      { kind: 'single', text: 'about/role', options: XML_ROLES.map(([o]) => o), other: { option: 'other', text: 'about/role_other' } },
      { kind: 'single', text: 'about/gender', options: XML_GENDERS.map(([o]) => o) },
      { kind: 'text', text: 'about/name' },
      { kind: 'text', text: 'about/email' },
      { kind: 'multi', text: 'languages', options: XML_LANGUAGES },
      { kind: 'matrix', text: 'organisation', rows: XML_LOGISTICS.map((c) => c.label), scale: xmlScales.logistics },
      { kind: 'matrix', text: 'plenaries', rows: XML_PLENARIES.map((c) => c.label), scale: xmlScales.plenaries, notApplicable: 'did_not_attend' },
      { kind: 'text', text: 'plenaries_comments' },
      { kind: 'matrix', text: 'side_events', rows: XML_SIDE_EVENTS.map((c) => c.label), scale: xmlScales.sideEvents, notApplicable: 'n_a' },
      { kind: 'rating', text: XML_OVERALL.label, scale: xmlScales.overall },
      { kind: 'text', text: 'comments' },
    ],
    respondents: [],
  };
  const pii: string[] = [];
  for (let r = 0; r < n; r++) {
    const s = submission(r, n, random, pii);
    const langs = multiSelect(XML_LANGUAGES, random);
    const other = roles[r] === 'other' ? ['Journalist', 'Military liaison', 'Consultant'][r % 3] : '';
    const comment = () => (random() < 0.15 ? pick(COMMENTS, random) : '');
    survey.respondents.push({
      meta: { ...s.meta, validation: r % 7 === 0 ? 'validation_status_approved' : '' },
      answers: [
        { choice: roles[r], other }, genders[r], s.name, s.email, langs ?? [],
        logistics.map((a) => a[r]), plenaries.map((a) => a[r]), comment(), sideEvents.map((a) => a[r]), overall[r], comment(),
      ],
    });
  }
  pii.push('m.rossi@example.org');
  return { csv: koboCsv(survey, { geopoint: 'location' }), pii: [...new Set(pii)].sort() };
}

/** The expectations, from the chosen counts. */
export function expected(labelsPii: string[], xmlPii: string[]): Record<string, ExpectedFixture> {
  return {
    'labels.csv': {
      tool: 'kobotoolbox',
      respondents: LABELS_RESPONDENTS,
      encoding: 'utf-8',
      delimiter: ';',
      items: [
        ...expectedItems(LABELS_LOGISTICS, 'logistics', LABELS_RESPONDENTS),
        ...expectedItems(LABELS_PLENARIES, 'plenary', LABELS_RESPONDENTS),
        ...expectedItems(LABELS_SIDE_EVENTS, 'side-event', LABELS_RESPONDENTS),
        ...expectedItems([LABELS_OVERALL], 'overall', LABELS_RESPONDENTS),
      ],
      pii: labelsPii,
    },
    'xml-values.csv': {
      tool: 'kobotoolbox',
      respondents: XML_RESPONDENTS,
      encoding: 'utf-8',
      delimiter: ';',
      items: [
        ...expectedItems(XML_LOGISTICS, 'logistics', XML_RESPONDENTS),
        ...expectedItems(XML_PLENARIES, 'plenary', XML_RESPONDENTS),
        ...expectedItems(XML_SIDE_EVENTS, 'side-event', XML_RESPONDENTS),
        ...expectedItems([XML_OVERALL], 'overall', XML_RESPONDENTS),
      ],
      pii: xmlPii,
    },
  };
}

/** The folder's exports and their expectations. */
export function fixtures(): FixtureFile[] {
  const labels = generateLabels();
  const xml = generateXml();
  const chosen = expected(labels.pii, xml.pii);
  return [
    { name: 'labels.csv', data: labels.csv, expected: chosen['labels.csv'] },
    { name: 'xml-values.csv', data: xml.csv, expected: chosen['xml-values.csv'] },
  ];
}

if (isMain(import.meta.url)) writeFixtures(process.argv[2] ?? 'fixtures/kobotoolbox', fixtures());
