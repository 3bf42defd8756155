/**
 * `npm run bench`: what issue 18 measures, in one run, on whatever processor
 * runs it (named in the output: a ratio from one processor is no claim about
 * another).
 * 1. Two 1M-respondent, 40-item SurveyMonkey exports (scripts/gen-fixture.ts):
 *    `programme` (a logistics question and two grids) and `one-grid` (one
 *    40-row grid and a comment question). Each full report (every output) runs
 *    in turn with DuckDB's count of the same file (scripts/bench-duckdb.ts), so
 *    both see the machine in the same state; the ratio is of their medians.
 * 2. Smaller exports of the programme shape (`--sizes`), to show that only
 *    ingest grows with the export.
 * 3. The 600-respondent, 25-item event as users run it: the bundled CLI
 *    (`node_modules/.bin/debrief`), every output and `--formats json`, and
 *    through `npx debrief` as the README's first example does.
 * Each line is the median (fastest) of `--runs` fresh processes; peak RSS the
 * largest. The tables replace the ones between the bench markers in
 * README.md, with the date and the processor (`--no-readme` leaves it).
 *
 *   npm run bench [-- --runs 5 --sizes 1000,100000 --respondents 1000000 --no-readme]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateExport, type GenerateOptions } from './gen-fixture.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

const RUNS = Number(arg('runs', '5'));
const SIZES = arg('sizes', '1000,100000').split(',').filter(Boolean).map(Number);
const LARGE = Number(arg('respondents', '1000000'));
const README = !process.argv.includes('--no-readme');
const DIR = join(tmpdir(), 'debrief-bench');
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DUCKDB = fileURLToPath(new URL('./bench-duckdb.js', import.meta.url));
// The bundled runner (see scripts/bundle.ts) times ingest apart; the CLI is what users run.
const RUNNER = fileURLToPath(new URL('../bundle/bench-run.js', import.meta.url));
const CLI = fileURLToPath(new URL('../bundle/debrief.js', import.meta.url));
const MARK = { start: '<!-- bench:start -->', end: '<!-- bench:end -->' };

export interface Measure {
  wall: number;
  ingest?: number;
  report?: number;
  maxRssMb: number;
}

const out = () => {
  const folder = join(DIR, 'out');
  rmSync(folder, { recursive: true, force: true });
  return folder;
};

function parseLast<T>(stdout: string, what: string, stderr: string): T {
  const last = stdout.trim().split('\n').at(-1);
  if (!last) throw new Error(`${what} failed: ${stderr}`);
  return JSON.parse(last) as T;
}

/** One full report through the bench runner, which splits ingest from the rest. */
function runner(file: string): Measure {
  const r = spawnSync(process.execPath, [RUNNER, file, out()], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench run failed: ${r.stderr}`);
  return parseLast<Measure>(r.stdout, 'bench run', r.stderr);
}

/**
 * A command as a user types it, timed from outside (process start to exit);
 * peak RSS from GNU time when the machine has it (the largest process of the tree).
 */
function command(argv: string[]): Measure {
  const time = existsSync('/usr/bin/time');
  const start = process.hrtime.bigint();
  const r = spawnSync(time ? '/usr/bin/time' : argv[0], time ? ['-f', '%M', ...argv] : argv.slice(1), { encoding: 'utf8', cwd: ROOT });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  const rss = time ? Number(r.stderr.trim().split('\n').at(-1)) / 1024 : NaN;
  return { wall, maxRssMb: rss };
}

/** DuckDB's count of the same file, or undefined when DuckDB could not run. */
function duckdb(file: string): Measure | undefined {
  // gen-fixture's SurveyMonkey exports: 10 columns (metadata, role) before the answers.
  const r = spawnSync(process.execPath, [DUCKDB, file, '10'], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  return parseLast<Measure>(r.stdout, 'duckdb', r.stderr);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const seconds = (runs: Measure[]) => `${median(runs.map((r) => r.wall)).toFixed(2)} s (${Math.min(...runs.map((r) => r.wall)).toFixed(2)})`;
const peak = (runs: Measure[]) => {
  const mb = Math.max(...runs.map((r) => r.maxRssMb));
  return Number.isFinite(mb) ? `${mb.toFixed(0)} MB` : '';
};
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

async function exportFile(name: string, options: GenerateOptions): Promise<{ file: string; mb: number }> {
  const file = join(DIR, `${name}.csv`);
  if (!existsSync(file)) await generateExport(file, options);
  return { file, mb: statSync(file).size / 1e6 };
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const cpu = execFileSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], { encoding: 'utf8' }).trim() || 'unknown processor';
  const cores = execFileSync('nproc', { encoding: 'utf8' }).trim();
  const started = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const heading = `${started} UTC, ${cpu}, ${cores} cores, Node ${process.version}; median (fastest) of ${RUNS} fresh processes, peak RSS the largest`;
  console.log(`debrief bench: ${heading}\n`);
  const lines: string[] = [];
  const print = (line: string) => {
    console.log(line);
    lines.push(line);
  };

  // 1. The 1M pairs.
  print(row(['1M × 40, every output', 'size', 'debrief', 'ingest', 'peak RSS', 'DuckDB count', 'DuckDB RSS', 'ratio']));
  print(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const shape of ['programme', 'one-grid'] as const) {
    const { file, mb } = await exportFile(`surveymonkey-${shape}-${LARGE}x40`, { tool: 'surveymonkey', respondents: LARGE, items: 40, seed: 1, shape });
    const ours: Measure[] = [];
    const theirs: Measure[] = [];
    for (let k = 0; k < RUNS; k++) {
      const d = duckdb(file);
      if (d) theirs.push(d);
      ours.push(runner(file));
    }
    const ratio = theirs.length ? (median(ours.map((r) => r.wall)) / median(theirs.map((r) => r.wall))).toFixed(2) : 'DuckDB did not run';
    print(row([`${LARGE.toLocaleString('en')} respondents, ${shape === 'programme' ? 'three questions' : 'one 40-row grid and a comment'}`, `${mb.toFixed(0)} MB`, seconds(ours), `${median(ours.map((r) => r.ingest!)).toFixed(2)} s`, peak(ours), theirs.length ? seconds(theirs) : '', theirs.length ? peak(theirs) : '', ratio]));
  }

  // 2. Scaling.
  print('');
  print(row(['respondents (programme, 40 items)', 'size', 'wall', 'ingest', 'charts + report', 'peak RSS']));
  print(row(['---:', '---:', '---:', '---:', '---:', '---:']));
  for (const n of SIZES) {
    const { file, mb } = await exportFile(`surveymonkey-programme-${n}x40`, { tool: 'surveymonkey', respondents: n, items: 40, seed: 1 });
    const runs = Array.from({ length: RUNS }, () => runner(file));
    print(row([n.toLocaleString('en'), `${mb.toFixed(1)} MB`, seconds(runs), `${median(runs.map((r) => r.ingest!)).toFixed(2)} s`, `${median(runs.map((r) => r.report!)).toFixed(2)} s`, peak(runs)]));
  }

  // 3. The event, as users run it.
  const { file: event } = await exportFile('event-600x25', { tool: 'surveymonkey', respondents: 600, items: 25, seed: 2 });
  print('');
  print(row(['600 respondents × 25 items', 'wall', 'peak RSS']));
  print(row(['---', '---:', '---:']));
  const cases: [string, string[]][] = [
    ['the binary (`dist/bundle/debrief.js`, which `node_modules/.bin/debrief` runs), every output', [process.execPath, CLI, 'report', event, '--out', join(DIR, 'out'), '--quiet']],
    ['the binary, `--formats json`', [process.execPath, CLI, 'report', event, '--out', join(DIR, 'out'), '--quiet', '--formats', 'json']],
    ['`npx debrief report`, every output', ['npx', '--no-install', 'debrief', 'report', event, '--out', join(DIR, 'out'), '--quiet']],
  ];
  for (const [label, argv] of cases) {
    const runs = Array.from({ length: RUNS }, () => (out(), command(argv)));
    print(row([label, seconds(runs), peak(runs)]));
  }

  if (README) {
    const path = join(ROOT, 'README.md');
    const text = readFileSync(path, 'utf8');
    const from = text.indexOf(MARK.start);
    const to = text.indexOf(MARK.end);
    if (from < 0 || to < from) throw new Error(`README.md has no ${MARK.start} … ${MARK.end} block`);
    const block = `${MARK.start}\nMeasured by \`npm run bench\`, ${heading}:\n\n${lines.join('\n')}\n${MARK.end}`;
    writeFileSync(path, text.slice(0, from) + block + text.slice(to + MARK.end.length));
    console.log('\nREADME.md: the bench tables replaced');
  }
}

await main();
