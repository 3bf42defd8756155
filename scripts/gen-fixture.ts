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

/** Item labels and their questions: one logistics question, then a third plenaries, the rest side-events. */
function itemPlan(items: number): { label: string; question: string }[] {
  const plenaries = Math.max(1, Math.round((items - 1) / 3));
  return Array.from({ length: items }, (_, k) => {
    if (k === 0) return { label: LOGISTICS_Q, question: LOGISTICS_Q };
    if (k <= plenaries) return { label: `Plenary ${k} – Session ${k}`, question: PLENARY_Q };
    return { label: `Side-event ${k - plenaries}: Topic ${k - plenaries}`, question: SIDE_Q };
  });
}

function q(s: string, always = false): string {
  return always || /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

interface Writer {
  header: string[];
  row: (r: number, answers: string[], role: string, gender: string) => string[];
  delimiter: string;
  quoteAll: boolean;
  bom?: boolean;
}

function writerFor(tool: GeneratedTool, plan: { label: string; question: string }[]): Writer {
  const labels = plan.map((p) => p.label);
  const at = (r: number) => `2020-02-${String(14 + (r % 10)).padStart(2, '0')} 1${r % 10}:${String(r % 60).padStart(2, '0')}:00`;
  switch (tool) {
    case 'surveymonkey': {
      const top = ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'What is your role?', 'What is your gender?'];
      const sub = ['', '', '', '', '', '', '', '', 'Response', 'Response'];
      plan.forEach((p, k) => {
        const first = k === 0 || plan[k - 1].question !== p.question;
        top.push(first ? p.question : '');
        sub.push(p.label === p.question ? 'Response' : p.label);
      });
      return {
        header: [top.map((h) => q(h)).join(','), sub.map((h) => q(h)).join(',')],
        row: (r, a, role, gender) => [String(10000000000 + r), '238456101', at(r), at(r), `10.${r % 250}.${(r >> 8) % 250}.${r % 7}`, `person${r}@example.org`, 'Ana', 'Silva', role, gender, ...a],
        delimiter: ',',
        quoteAll: false,
      };
    }
    case 'google-forms':
      return {
        header: [['Timestamp', 'Email Address', 'What is your role?', 'What is your gender?', ...plan.map((p) => (p.label === p.question ? p.question : `${p.question} [${p.label}]`))].map((h) => q(h)).join(',')],
        row: (r, a, role, gender) => [`2/${14 + (r % 10)}/2020 10:00:${String(r % 60).padStart(2, '0')}`, `person${r}@example.org`, role, gender, ...a],
        delimiter: ',',
        quoteAll: false,
      };
    case 'microsoft-forms':
      return {
        header: [['ID', 'Start time', 'Completion time', 'Email', 'Name', 'What is your role?', 'What is your gender?', ...labels].map((h) => q(h)).join(',')],
        row: (r, a, role, gender) => [String(r + 1), at(r), at(r), 'anonymous', '', role, gender, ...a],
        delimiter: ',',
        quoteAll: false,
      };
    case 'qualtrics': {
      const tags = ['StartDate', 'EndDate', 'Status', 'IPAddress', 'ResponseId', 'RecipientEmail', 'UserLanguage', 'Q1', 'Q2'];
      const texts = ['Start Date', 'End Date', 'Response Type', 'IP Address', 'Response ID', 'Recipient Email', 'User Language', 'What is your role? - Selected Choice', 'What is your gender? - Selected Choice'];
      const ids = ['{"ImportId":"startDate"}', '{"ImportId":"endDate"}', '{"ImportId":"status"}', '{"ImportId":"ipAddress"}', '{"ImportId":"_recordId"}', '{"ImportId":"recipientEmail"}', '{"ImportId":"userLanguage"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2"}'];
      const qids = [...new Set(plan.map((p) => p.question))];
      plan.forEach((p, k) => {
        const n = qids.indexOf(p.question) + 3;
        const row = plan.slice(0, k + 1).filter((x) => x.question === p.question).length;
        const single = p.label === p.question;
        tags.push(single ? `Q${n}` : `Q${n}_${row}`);
        texts.push(single ? p.question : `${p.question} - ${p.label}`);
        ids.push(single ? `{"ImportId":"QID${n}"}` : `{"ImportId":"QID${n}_${row}"}`);
      });
      return {
        header: [tags, texts, ids].map((h) => h.map((c) => q(c)).join(',')),
        row: (r, a, role, gender) => [at(r), at(r), 'IP Address', `10.0.${r % 250}.1`, `R_${r.toString(36).padStart(15, '0')}`, `person${r}@example.org`, 'EN', role, gender, ...a],
        delimiter: ',',
        quoteAll: false,
      };
    }
    case 'kobotoolbox':
      return {
        header: [['start', 'end', 'deviceid', 'What is your role?', 'What is your gender?', ...plan.map((p) => (p.label === p.question ? `Logistics/${p.question}` : `${p.question === PLENARY_Q ? 'Plenary sessions' : 'Side-events'}/${p.label}`)), '_id', '_uuid', '_submission_time', '_index'].map((h) => q(h, true)).join(';')],
        row: (r, a, role, gender) => [at(r), at(r), `ee:${r}`, role, gender, ...a, String(r + 1), `uuid-${r}`, at(r), String(r + 1)],
        delimiter: ';',
        quoteAll: true,
      };
    case 'limesurvey':
      return {
        header: [['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'token', 'ipaddr', 'What is your role?', 'What is your gender?', ...plan.map((p) => (p.label === p.question ? p.question : `${p.question} [${p.label}]`))].map((h) => q(h, true)).join(';')],
        row: (r, a, role, gender) => [String(r + 1), at(r), '3', 'en', String(r * 7), '', `10.0.${r % 250}.2`, role, gender, ...a],
        delimiter: ';',
        quoteAll: true,
        bom: true,
      };
    case 'generic':
      return {
        header: [['Role', 'Gender', ...plan.map((p) => (p.label === p.question ? p.question : `${p.question} [${p.label}]`))].map((h) => q(h)).join(',')],
        row: (_r, a, role, gender) => [role, gender, ...a],
        delimiter: ',',
        quoteAll: false,
      };
  }
}

/** Writes the export to `path`; resolves with the counts it chose. */
export async function generateExport(path: string, options: GenerateOptions = {}): Promise<GeneratedCounts> {
  const { tool = 'surveymonkey', respondents = 1000, items = 40, seed = 1 } = options;
  const random = mulberry32(seed);
  const plan = itemPlan(items);
  const w = writerFor(tool, plan);
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
  await write((w.bom ? '\ufeff' : '') + w.header.join('\r\n') + '\r\n');
  let buffer = '';
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
    const cells = w.row(r, answers, ROLES[Math.floor(random() * ROLES.length)], GENDERS[Math.floor(random() * GENDERS.length)]);
    buffer += cells.map((c) => q(c, w.quoteAll)).join(w.delimiter) + '\r\n';
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(buffer);
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
  await generateExport(out, { tool, respondents: Number(arg('respondents', '1000')), items: Number(arg('items', '40')), seed: Number(arg('seed', '1')) });
  console.error(`wrote ${out}`);
}
