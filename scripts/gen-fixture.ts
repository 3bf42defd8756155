/**
 * Generates a survey export of any size in each supported layout, streaming
 * it to disk, and returns the counts it chose (per item and level, not
 * applicable, blank) so tests and benchmarks can check debrief against them.
 *
 *   node dist/scripts/gen-fixture.js --tool surveymonkey --respondents 1000000 --items 40 --out big.csv
 */
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './random.js';
import { toDelimitedText } from './exports/csv.js';
import { googleFormsRows } from './exports/google-forms.js';
import { koboRows } from './exports/kobotoolbox.js';
import { limeSurveyRows } from './exports/limesurvey.js';
import { microsoftFormsText } from './exports/microsoft-forms.js';
import { qualtricsRows } from './exports/qualtrics.js';
import type { Answer, Cell, Question } from './exports/survey.js';
import { surveyMonkeyRows } from './exports/surveymonkey.js';

export const TOOLS = ['surveymonkey', 'google-forms', 'microsoft-forms', 'qualtrics', 'kobotoolbox', 'limesurvey', 'generic'] as const;
export type GeneratedTool = (typeof TOOLS)[number];

export interface GenerateOptions {
  /** Layout to write; default surveymonkey. */
  tool?: GeneratedTool;
  /** Data rows; default 1000. */
  respondents?: number;
  /** Rating items (the first is logistics, then plenaries, then side-events); default 40. */
  items?: number;
  /** PRNG seed; default 1. */
  seed?: number;
  /**
   * `programme`: a logistics question, a plenary grid and a side-event grid; `one-grid`: every item a row of
   * one grid ("Session k"), then a comment question answered by about a third (issue 18's second layout);
   * default programme.
   */
  shape?: 'programme' | 'one-grid';
}

export interface GeneratedCounts {
  labels: string[];
  /** Per item: count per level, best first (Excellent, Good, Fair, Poor). */
  counts: number[][];
  notApplicable: number[];
  missing: number[];
  respondents: number;
}

const LEVELS = ['Excellent', 'Good', 'Fair', 'Poor'];
const NA = 'Did not attend';
const ROLES = ['National Director', 'UN adviser', 'Donor', 'Civil society / NGO', 'Academia', 'Private sector'];
const GENDERS = ['Female', 'Male', 'Prefer not to say'];
const LOGISTICS_Q = 'How would you rate the logistical and organisational arrangements?';
const PLENARY_Q = 'How would you rate the plenary sessions?';
const SIDE_Q = 'How would you rate the side-events you attended?';
const GRID_Q = 'How would you rate each session of the programme?';
const COMMENT_Q = 'What should we improve next time?';
const COMMENTS = ['More time for questions after each session', 'The rooms were too cold in the afternoon', 'Better coffee, please', 'Publish the slides before the meeting', 'Wi-Fi kept dropping in the main hall', 'Shorter opening speeches'];

/** Item labels and their questions: one logistics question, then a third plenaries, the rest side-events. */
function itemPlan(items: number, shape: 'programme' | 'one-grid'): { label: string; question: string }[] {
  if (shape === 'one-grid') return Array.from({ length: items }, (_, k) => ({ label: `Session ${k + 1}`, question: GRID_Q }));
  const plenaries = Math.max(1, Math.round((items - 1) / 3));
  return Array.from({ length: items }, (_, k) => {
    if (k === 0) return { label: LOGISTICS_Q, question: LOGISTICS_Q };
    if (k <= plenaries) return { label: `Plenary ${k} – Session ${k}`, question: PLENARY_Q };
    return { label: `Side-event ${k - plenaries}: Topic ${k - plenaries}`, question: SIDE_Q };
  });
}

/** The survey's questions: role and gender, then the items as the plan groups them (a one-item question is a rating). */
function questionsOf(plan: { label: string; question: string }[], comment: boolean): Question[] {
  const questions: Question[] = [
    { kind: 'single', code: 'Q1', text: 'What is your role?', options: ROLES },
    { kind: 'single', code: 'Q2', text: 'What is your gender?', options: GENDERS },
  ];
  for (const text of [...new Set(plan.map((p) => p.question))]) {
    const rows = plan.filter((p) => p.question === text).map((p) => p.label);
    const code = `Q${questions.length + 1}`;
    if (rows.length === 1 && rows[0] === text) questions.push({ kind: 'rating', code, text, scale: LEVELS, notApplicable: 'N/A' });
    // Kobo groups the grids (`Plenary sessions/…`); the others show the question.
    else questions.push({ kind: 'matrix', code, text, rows, scale: LEVELS, notApplicable: NA });
  }
  if (comment) questions.push({ kind: 'text', code: `Q${questions.length + 1}`, text: COMMENT_Q });
  return questions;
}

/** The answers of one respondent, shaped by the questions (role, gender, then each question's items in plan order). */
function answersOf(questions: Question[], items: string[], role: string, gender: string, comment: string): Answer[] {
  let k = 0;
  return questions.map((q, i): Answer => {
    if (i === 0) return role;
    if (i === 1) return gender;
    if (q.kind === 'text') return comment;
    if (q.kind === 'matrix') return q.rows.map(() => items[k++]);
    return items[k++];
  });
}

const at = (r: number) => `2020-02-${String(14 + (r % 10)).padStart(2, '0')} 1${r % 10}:${String(r % 60).padStart(2, '0')}:00`;

/**
 * A tool's layout for a block of respondents: the rows its writer lays out
 * (header rows kept only for the first block) and the text they become.
 */
interface Layout {
  headerRows: number;
  rows: (questions: Question[], block: { r: number; answers: Answer[] }[]) => Cell[][];
  text: (rows: Cell[][]) => string;
  bom: boolean;
}

const crlf = (delimiter: string, quote: 'needed' | 'all' = 'needed') => (rows: Cell[][]) => toDelimitedText(rows, { delimiter, newline: '\r\n', quote });

function layoutFor(tool: GeneratedTool): Layout {
  switch (tool) {
    case 'surveymonkey':
      return {
        headerRows: 2,
        rows: (questions, block) => surveyMonkeyRows({
          questions,
          respondents: block.map(({ r, answers }) => ({
            meta: { id: String(10000000000 + r), collector: '238456101', start: at(r), end: at(r), ip: `10.${r % 250}.${(r >> 8) % 250}.${r % 7}`, email: `person${r}@example.org`, first: 'Ana', last: 'Silva' },
            answers,
          })),
        }),
        text: crlf(','),
        bom: false,
      };
    case 'google-forms':
      return {
        headerRows: 1,
        rows: (questions, block) => googleFormsRows({
          questions,
          respondents: block.map(({ r, answers }) => ({ meta: { timestamp: `2/${14 + (r % 10)}/2020 10:00:${String(r % 60).padStart(2, '0')}`, email: `person${r}@example.org` }, answers })),
        }),
        text: crlf(','),
        bom: false,
      };
    case 'microsoft-forms':
      return {
        headerRows: 1,
        rows: (questions, block) => microsoftFormsText({
          questions,
          respondents: block.map(({ r, answers }) => ({ meta: { id: String(r + 1), start: at(r), completion: at(r), email: 'anonymous', name: '' }, answers })),
        }),
        text: crlf(','),
        bom: false,
      };
    case 'qualtrics':
      return {
        headerRows: 3,
        rows: (questions, block) => qualtricsRows({
          questions,
          respondents: block.map(({ r, answers }) => ({
            meta: {
              id: `R_${r.toString(36).padStart(15, '0')}`, start: at(r), end: at(r), duration: 600, ip: `10.0.${r % 250}.1`, first: '', last: '',
              email: `person${r}@example.org`, latitude: '', longitude: '', language: 'EN',
            },
            answers,
          })),
        }),
        text: crlf(','),
        bom: true,
      };
    case 'kobotoolbox':
      return {
        headerRows: 1,
        rows: (questions, block) => koboRows({
          // Kobo heads grid rows by group path: the group is the question's short name.
          questions: questions.map((q) => (q.kind === 'matrix' ? { ...q, text: q.text === PLENARY_Q ? 'Plenary sessions' : 'Side-events' } : q.kind === 'rating' ? { ...q, text: `Logistics/${q.text}` } : q)),
          respondents: block.map(({ r, answers }) => ({
            meta: {
              start: at(r), end: at(r), today: at(r).slice(0, 10), deviceid: `ee:${r}`, id: String(r + 1), uuid: `uuid-${r}`, submissionTime: at(r),
              validation: '', submittedBy: '', version: 'v1',
            },
            answers,
          })),
        }),
        text: crlf(';', 'all'),
        bom: false,
      };
    case 'limesurvey':
      return {
        headerRows: 1,
        rows: (questions, block) => limeSurveyRows({
          questions,
          respondents: block.map(({ r, answers }) => ({
            meta: { id: String(r + 1), submitdate: at(r), lastpage: '3', startlanguage: 'en', seed: String(r * 7), startdate: at(r), datestamp: at(r), ipaddr: `10.0.${r % 250}.2`, refurl: '' },
            answers,
          })),
        }),
        text: crlf(';', 'all'),
        bom: true,
      };
    case 'generic':
      // Not a tool: one header row, no metadata.
      return {
        headerRows: 1,
        rows: (questions, block) => [
          ['Role', 'Gender', ...questions.slice(2).flatMap((q) => (q.kind === 'matrix' ? q.rows.map((row) => `${q.text} [${row}]`) : [q.text]))],
          ...block.map(({ answers }) => answers.flatMap((a) => (Array.isArray(a) ? a : [a as Cell]))),
        ],
        text: crlf(','),
        bom: false,
      };
  }
}

/** Writes the export to `path`; resolves with the counts it chose. */
export async function generateExport(path: string, options: GenerateOptions = {}): Promise<GeneratedCounts> {
  const { tool = 'surveymonkey', respondents = 1000, items = 40, seed = 1, shape = 'programme' } = options;
  const random = mulberry32(seed);
  const plan = itemPlan(items, shape);
  const layout = layoutFor(tool);
  const questions = questionsOf(plan, shape === 'one-grid');
  const counts = plan.map(() => [0, 0, 0, 0]);
  const notApplicable = plan.map(() => 0);
  const missing = plan.map(() => 0);
  // Each item has its own profile: shares of Excellent/Good/Fair/Poor/NA/blank as cumulative cut points.
  const profiles = plan.map((_, k) => {
    const na = k === 0 ? 0 : 0.05 + 0.5 * random();
    const blank = 0.02 + 0.05 * random();
    const good = 0.6 + 0.3 * random();
    const rest = 1 - na - blank;
    const e = rest * good * 0.45;
    const g = rest * good * 0.55;
    const f = rest * (1 - good) * 0.7;
    const p = rest * (1 - good) * 0.3;
    return [e, e + g, e + g + f, e + g + f + p, e + g + f + p + na];
  });
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  // Respondents are laid out by their tool's writer a block at a time: memory stays flat at any size.
  let block: { r: number; answers: Answer[] }[] = [];
  let first = true;
  const flush = async () => {
    const rows = layout.rows(questions, block);
    await write((first && layout.bom ? '\ufeff' : '') + layout.text(first ? rows : rows.slice(layout.headerRows)));
    first = false;
    block = [];
  };
  for (let r = 0; r < respondents; r++) {
    const answers = new Array<string>(plan.length);
    for (let k = 0; k < plan.length; k++) {
      const x = random();
      const cuts = profiles[k];
      let level = 0;
      while (level < 5 && x >= cuts[level]) level++;
      if (level < 4) {
        counts[k][level]++;
        answers[k] = LEVELS[level];
      } else if (level === 4) {
        notApplicable[k]++;
        answers[k] = k === 0 ? 'N/A' : NA;
      } else {
        missing[k]++;
        answers[k] = '';
      }
    }
    const role = ROLES[Math.floor(random() * ROLES.length)];
    const gender = GENDERS[Math.floor(random() * GENDERS.length)];
    // Drawn only for the one-grid shape, so the programme shape's files stay as they were.
    const comment = shape === 'one-grid' && random() < 0.35 ? COMMENTS[Math.floor(random() * COMMENTS.length)] : '';
    block.push({ r, answers: answersOf(questions, answers, role, gender, comment) });
    if (block.length === 4096) await flush();
  }
  if (block.length || first) await flush();
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return { labels: plan.map((p) => p.label), counts, notApplicable, missing, respondents };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const tool = arg('tool', 'surveymonkey') as GeneratedTool;
  if (!TOOLS.includes(tool)) throw new Error(`--tool must be one of ${TOOLS.join(', ')}`);
  const out = arg('out', `${tool}.csv`);
  await generateExport(out, { tool, respondents: Number(arg('respondents', '1000')), items: Number(arg('items', '40')), seed: Number(arg('seed', '1')), shape: arg('shape', 'programme') as 'programme' | 'one-grid' });
  console.error(`wrote ${out}`);
}
