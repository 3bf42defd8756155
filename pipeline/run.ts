/**
 * The `report` run, top to bottom:
 * 1. with `ifChanged`, fingerprint inputs and options, and stop when the last run had the same;
 * 2. ingest each export (decode → detect layout → tally → resolve items), sharing
 *    respondent ids so duplicates across exports count once; apply the config;
 * 3. merge the exports into one survey (language versions, collectors);
 * 4. summarise: item and group metrics, then sentences;
 * 5. plan the charts and render them to SVG with vega, here; a worker thread (started
 *    early, so that it loads its modules meanwhile) rasterises each to a 2× PNG (with
 *    `slides`, also 1920×1080 PNGs in large type), draws charts.pdf and builds deck.pptx;
 * 6. write every file into a staged folder beside the target, with a manifest of
 *    them, then swap it in, so a failure or an interrupt at any point leaves the
 *    previous report intact.
 * Before all of it, `runReport` refuses an output folder that is, holds or lies
 * inside an input, takes the folder's lock, and checks that it may replace it.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync, fstatSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createRenderer, SLIDES_LOOK } from '../charts/index.js';
import { applyConfig } from './config/apply.js';
import { FORMATS, type Format } from './config/formats.js';
import type { Config } from './config/index.js';
import { DebriefError, fail } from './errors.js';
import { ingestFile, type Ingested } from './ingest/index.js';
import type { IdSet } from './ingest/index.js';
import { mergeSurveys } from './ingest/index.js';
import { checkInputFile } from './ingest/index.js';
import * as msg from './messages.js';
import type { Lang } from './narrate/index.js';
import { checkOut, claimFolder, lockOut, recoverStale, stage } from './outputs/index.js';
import { planCharts } from './outputs/index.js';
import { startOutputsThread, type OutputsThread } from './outputs/index.js';
import { breakdownsCsv } from './outputs/index.js';
import { metricsCsv } from './outputs/index.js';
import { choicesCsv } from './outputs/index.js';
import type { RenderedChart } from './outputs/index.js';
import { reportFiles } from './outputs/index.js';
import { detectSurveyLanguage } from './narrate/index.js';
import { summarise, type Summary } from './narrate/index.js';
import { later } from './util/later.js';
import { collectGarbage } from './util/collect.js';
import { mark } from './util/timing.js';

/** Total export bytes past which the heap is collected after ingest (about 20 ms). */
const LARGE_INPUT = 32 << 20;

/** Bumped when outputs change for the same inputs, so --if-changed reruns after an upgrade. */
export const OUTPUT_VERSION = '1';
/** File in the output folder holding the fingerprint of the run that wrote it. */
export const FINGERPRINT_FILE = '.debrief-fingerprint';

export interface RunOptions {
  /** Output folder; default `report`. */
  out?: string;
  /** Report title; default the config's, else "Survey results". */
  title?: string;
  /** Language of sentences and report; default the config's, else the export's (detected from its labels), else `en`. */
  lang?: Lang;
  /** Also write report.pdf through a system Chromium (a warning when there is none); default false. */
  pdf?: boolean;
  /** The validated config; default none. */
  config?: Config;
  /** The config's file name, for messages; default `config`. */
  configFile?: string;
  /**
   * Skip the run when inputs, config and options are unchanged since the last run with `ifChanged`
   * (their fingerprint is computed, and written beside the report, only then); default false.
   */
  ifChanged?: boolean;
  /** Write the run's time into summary.json (breaks byte-identical reruns); default false. */
  stamp?: boolean;
  /** Receives each warning as it happens; default: ignored. */
  onWarning?: (message: string) => void;
  /** Receives input bytes read so far and in all; default: ignored. */
  onProgress?: (bytes: number, total: number) => void;
  /** Outputs to write; default the config's `formats`, else all (see FORMATS). */
  formats?: Format[];
  /** Called as each phase ends (the benchmark times them); default: ignored. */
  onStage?: (stage: 'ingested' | 'written') => void;
  /** Export of the previous edition, to compare items with; default none. */
  baseline?: string;
  /** Number of participants (invited or present), for the response rate; default the config's, else none. */
  participants?: number;
  /** Also render every chart for 1920×1080 slides with large type, as slides/<name>.png, and build deck.pptx from those; default false (the deck uses the 2× PNGs). */
  slides?: boolean;
}

export interface RunResult {
  out: string;
  /** Absent when the run was skipped by `ifChanged`. */
  summary?: Summary;
  files: string[];
  warnings: string[];
  skipped: boolean;
}

export async function runReport(inputs: string[], options: RunOptions = {}): Promise<RunResult> {
  const out = options.out ?? 'report';
  // 0. the output folder: never onto an input, the config, / or home (decided before anything is read);
  // one run at a time; replaced only when absent, empty, or a report debrief wrote and nobody changed
  checkOut(out, inputs, { others: [options.configFile, options.baseline].filter((p): p is string => p !== undefined) });
  const release = lockOut(out);
  const threads: Threads = {};
  try {
    recoverStale(out, { onWarning: options.onWarning });
    claimFolder(resolve(out), out);
    return await report(inputs, options, threads);
  } finally {
    threads.outputs?.stop();
    release();
  }
}

/** Worker threads of a run, stopped when it ends however it ends. */
interface Threads {
  outputs?: OutputsThread;
}

async function report(inputs: string[], options: RunOptions, threads: Threads): Promise<RunResult> {
  const out = options.out ?? 'report';
  const config = options.config ?? {};
  const lang = options.lang ?? config.lang;
  const formats = new Set<Format>(options.formats ?? config.formats ?? FORMATS);
  const wants = (f: Format) => formats.has(f);
  // A folder is the user's mistake, also when --if-changed would hash it first.
  // A FIFO or a device too: the fingerprint would read it forever.
  for (const path of options.baseline ? [...inputs, options.baseline] : inputs) if (existsSync(path)) checkInputFile(path);
  // 1. fingerprint: only with ifChanged, as hashing half a gigabyte of export costs a third of a second
  const fingerprint = options.ifChanged ? fingerprintRun(inputs, options) : undefined;
  if (fingerprint !== undefined && readFingerprint(out) === fingerprint) return { out, files: [], warnings: [], skipped: true };
  // 2. ingest
  const sizes = inputs.map((p) => (existsSync(p) ? statSync(p).size : 0));
  // PNGs, charts.pdf and deck.pptx are built on the second core, by a worker that loads resvg, the PDF writer
  // and the deck writer while this thread ingests (on a large export, the fold's second thread and it share a core).
  if (wants('png') || wants('pptx') || wants('pdf') || options.slides) threads.outputs = startOutputsThread();
  mark('ingest start');
  const parts = await ingestAll(inputs, sizes, options, config);
  mark('ingest done');
  // 3. merge, then the config's groups, labels and exclusions on the whole
  const merged = mergeSurveys(parts.map((p) => ({ file: p.file, survey: p.survey })), { aliases: aliases(config) });
  const survey = applyConfig(merged.survey, undefined, { ...config, items: withoutScales(config) }, { file: options.configFile });
  const warnings = [...parts.flatMap((i) => i.warnings), ...merged.warnings];
  options.onStage?.('ingested');
  // The fold of a large export leaves a grown heap that V8 would keep through the charts, the run's peak.
  if (sizes.reduce((a, b) => a + b, 0) > LARGE_INPUT) collectGarbage();
  mark('garbage collected');
  for (const w of warnings) options.onWarning?.(w);
  const reportLang = lang ?? detectSurveyLanguage(survey) ?? 'en';
  // 4. summarise
  const baseline = options.baseline ? { file: basename(options.baseline), survey: (await ingestFile(options.baseline, { notApplicable: config.notApplicable })).survey } : undefined;
  const { summary, sentences } = summarise(survey, {
    title: options.title ?? config.title, tool: parts[0].layout.tool, lang: reportLang, warnings,
    participants: options.participants ?? config.participants, minCell: config.minCell, positiveLevels: config.positiveLevels, baseline,
  });
  mark('summarised');
  // Warnings of the figures themselves (items on too few answers, breakdowns left out) go out like the ingest ones.
  for (const w of summary.warnings.slice(warnings.length)) options.onWarning?.(w);
  const stamped = options.stamp ? { ...summary, generatedAt: new Date().toISOString() } : summary;
  // 5. charts: SVGs here, with vega, one after another; the outputs worker rasterises each as it comes, draws
  // its page of charts.pdf, and builds deck.pptx at the end
  threads.outputs?.start({ png: wants('png'), pptx: wants('pptx'), pdf: wants('pdf') ? { title: summary.title } : undefined, lang: reportLang });
  const renderer = createRenderer();
  const charts: (RenderedChart & { spec: object })[] = [];
  // Only outputs that show charts pay for vega (loaded on the first chart): `--formats json,csv` draws none.
  const drawn = ['svg', 'html', 'png', 'pptx', 'pdf'].some((f) => wants(f as Format)) || options.slides;
  for (const plan of drawn ? planCharts(summary, sentences, { lang: reportLang }) : []) {
    const svg = await renderer.svg(plan.spec);
    threads.outputs?.chart({ sentence: plan.sentence, notes: plan.notes, svg, native: plan.native });
    charts.push({ ...plan, svg });
  }
  mark(`${charts.length} charts drawn (svg)`);
  // report.html holds a narrow layout of each chart beside the wide one, for phones: drawn for it alone (no file,
  // PNG, PDF page or slide), and not for the themes charts, which the report draws as HTML bars (themes-chart.ts).
  if (wants('html')) {
    for (const plan of planCharts(summary, sentences, { lang: reportLang, layout: 'narrow' })) {
      const chart = charts.find((c) => c.name === plan.name);
      if (chart && plan.kind !== 'themes') chart.narrowSvg = await renderer.svg(plan.spec);
    }
    mark('narrow layouts drawn (svg)');
  }
  const slideNames: string[] = [];
  if (options.slides) {
    for (const plan of planCharts(summary, sentences, { lang: reportLang, ...SLIDES_LOOK })) {
      threads.outputs!.slide(await renderer.svg(plan.spec));
      slideNames.push(plan.name);
    }
  }
  const deckSurvey = { title: summary.title, respondents: summary.respondents, items: summary.items.length, headlines: summary.headlines, responseRate: summary.responseRate };
  const built = threads.outputs ? later(threads.outputs.end(wants('pptx') ? deckSurvey : undefined)) : undefined;
  // 6. write, staged
  const staging = stage(out, { shown: out, onWarning: options.onWarning });
  const files: string[] = [];
  const write = (name: string, data: string | Uint8Array) => {
    staging.write(name, data);
    files.push(name);
  };
  try {
    if (wants('json')) write('summary.json', JSON.stringify(stamped, null, 2) + '\n');
    if (wants('csv')) {
      write('metrics.csv', metricsCsv(summary));
      write('breakdowns.csv', breakdownsCsv(summary));
      if (summary.choices.length) write('choices.csv', choicesCsv(summary));
    }
    if (wants('svg')) {
      for (const c of charts) {
        write(`charts/${c.name}.svg`, c.svg);
        write(`charts/${c.name}.vl.json`, JSON.stringify(c.spec, null, 2) + '\n');
      }
    }
    // The report links to the worker's files by name: it is built while the worker finishes them.
    const coming = built ? [...(wants('png') ? charts.map((c) => `charts/${c.name}.png`) : []), ...slideNames.map((name) => `slides/${name}.png`), ...(wants('pptx') ? ['deck.pptx'] : []), ...(wants('pdf') ? ['charts.pdf'] : [])] : [];
    const report = wants('html') ? later(reportFiles(summary, charts, { lang: reportLang, sentences, survey, files: [...files, ...coming], pdf: options.pdf, onWarning: options.onWarning })) : undefined;
    const outputs = await built;
    mark('outputs worker done');
    if (outputs) {
      if (wants('png')) charts.forEach((c, k) => write(`charts/${c.name}.png`, outputs.pngs[k].data));
      slideNames.forEach((name, k) => write(`slides/${name}.png`, outputs.slides[k].data));
      if (outputs.pptx) write('deck.pptx', outputs.pptx);
      if (outputs.pdf) write('charts.pdf', outputs.pdf);
    }
    for (const f of (await report) ?? []) write(f.name, f.data);
    mark('report files written');
    if (fingerprint !== undefined) staging.write(FINGERPRINT_FILE, fingerprint + '\n');
    staging.commit();
    mark('committed');
    options.onStage?.('written');
  } catch (err) {
    staging.abort();
    if (err instanceof DebriefError) throw err;
    // A file-system failure (permissions, a full disk) is the user's to fix; anything else is a bug.
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw new DebriefError(msg.writeFailed(out, err instanceof Error ? err.message : String(err)));
    throw err;
  }
  return { out, summary: stamped, files, warnings: summary.warnings, skipped: false };
}

/**
 * Ingests each export, sharing respondent ids so that a respondent in two
 * collectors' files counts once, and applies the config's scales. Its own
 * function so that the tallies and their ids (8 to 16 MB for a million
 * respondents) are garbage once it returns, before the charts.
 */
async function ingestAll(inputs: string[], sizes: number[], options: RunOptions, config: Config): Promise<Pick<Ingested, 'file' | 'survey' | 'layout' | 'warnings'>[]> {
  const total = sizes.reduce((a, b) => a + b, 0);
  const parts: Pick<Ingested, 'file' | 'survey' | 'layout' | 'warnings'>[] = [];
  let seen: IdSet | undefined;
  let before = 0;
  for (const [k, path] of inputs.entries()) {
    const onProgress = options.onProgress && ((share: number) => options.onProgress!(before + share * sizes[k], total));
    const ingested = await ingestFile(path, { seen, onProgress, notApplicable: config.notApplicable });
    seen = ingested.tally.seen;
    before += sizes[k];
    const survey = applyConfig(ingested.survey, ingested.tally, { items: onlyScales(config), notApplicable: config.notApplicable }, { file: options.configFile, lenient: true, layout: ingested.layout });
    parts.push({ file: ingested.file, survey, layout: ingested.layout, warnings: ingested.warnings });
  }
  return parts;
}

/** SHA-256 over the inputs' bytes, the config and the options that shape the output. */
export function fingerprintRun(inputs: string[], options: RunOptions): string {
  const hash = createHash('sha256');
  hash.update(`debrief ${OUTPUT_VERSION}\n`);
  for (const path of options.baseline ? [...inputs, options.baseline] : inputs) {
    hash.update(`${basename(path)}\n`);
    if (existsSync(path)) hashFile(hash, path);
  }
  // Where the report goes and how the run reports do not change what it contains.
  const { ifChanged: _if, onWarning: _on, onProgress: _p, onStage: _s, out: _out, ...rest } = options;
  hash.update(canonicalJson(rest));
  return hash.digest('hex');
}

/** Feeds a file to the hash a MiB at a time: an export of half a gigabyte is never held whole. */
function hashFile(hash: ReturnType<typeof createHash>, path: string): void {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    // Up to the size stat gave: a file still growing is read as it was.
    let left = fstatSync(fd).size;
    for (let n; left > 0 && (n = readSync(fd, buf, 0, Math.min(buf.length, left), null)) > 0; left -= n) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/** JSON with object keys sorted at every depth, so equal options hash equally. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function readFingerprint(out: string): string | undefined {
  const path = `${out}/${FINGERPRINT_FILE}`;
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined;
}

function onlyScales(config: Config): Config['items'] {
  return Object.fromEntries(Object.entries(config.items ?? {}).filter(([, v]) => v.scale).map(([k, v]) => [k, { scale: v.scale }]));
}

function withoutScales(config: Config): Config['items'] {
  return Object.fromEntries(Object.entries(config.items ?? {}).map(([k, { scale: _scale, match: _match, ...v }]) => [k, v]));
}

function aliases(config: Config): Record<string, string[]> {
  return Object.fromEntries(Object.entries(config.items ?? {}).filter(([, v]) => v.match).map(([k, v]) => [k, v.match!]));
}
