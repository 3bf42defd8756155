/**
 * `npm run bench`: full `debrief report` runs (every output) on generated
 * SurveyMonkey-style exports (40 items) of 1k, 100k and 1M respondents, each
 * in a fresh process; and the 600-respondent, 25-item event, with every
 * output and with the issue's list (HTML, SVG, PNG, PPTX). Prints the median
 * and the fastest of the runs' wall times, MB/s, peak RSS (the largest) and
 * the time of the chart and report stage. This 2-core VM's speed drifts by a
 * fifth from minute to minute: compare lines run close together.
 *
 *   npm run bench [-- --sizes 1000,100000 --runs 5]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateExport } from './gen-fixture.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

const SIZES = arg('sizes', '1000,100000,1000000').split(',').map(Number);
const RUNS = Number(arg('runs', '5'));
const DIR = join(tmpdir(), 'debrief-bench');
const DUCKDB = fileURLToPath(new URL('./bench-duckdb.js', import.meta.url));
// The bundled runner: what `debrief` runs (see scripts/bundle.ts).
const RUNNER = fileURLToPath(new URL('../bundle/bench-run.js', import.meta.url));

export interface Measure {
  wall: number;
  ingest: number;
  report: number;
  maxRssMb: number;
}

function measure(file: string, formats?: string): Measure {
  const out = join(DIR, 'out');
  rmSync(out, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [RUNNER, file, out, ...(formats ? [formats] : [])], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench run failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Measure;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** DuckDB's count of the same file (scripts/bench-duckdb.ts), or undefined when DuckDB could not run. */
function duckdb(file: string): { wall: number; maxRssMb: number } | undefined {
  // SurveyMonkey-style exports from gen-fixture: 10 columns (metadata, role, gender) before the answers.
  const r = spawnSync(process.execPath, [DUCKDB, file, '10'], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { wall: number; maxRssMb: number };
}

const seconds = (values: number[]) => `${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)})`;

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const cpu = execFileSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], { encoding: 'utf8' }).trim();
  console.log(`debrief bench: node ${process.version}, ${cpu}; ${RUNS} fresh processes a line: median (fastest)\n`);
  const references: string[] = [];
  console.log('respondents |  size MB |      wall s | MB/s | ingest s | charts+report s | peak RSS MB');
  console.log('----------: | -------: | ----------: | ---: | -------: | --------------: | ----------:');
  for (const n of SIZES) {
    const file = join(DIR, `surveymonkey-${n}x40.csv`);
    if (!existsSync(file)) await generateExport(file, { tool: 'surveymonkey', respondents: n, items: 40, seed: 1 });
    const mb = statSync(file).size / 1e6;
    // DuckDB and debrief take turns, so both see the machine in the same state.
    const reference: { wall: number; maxRssMb: number }[] = [];
    const runs = Array.from({ length: RUNS }, () => {
      if (n === Math.max(...SIZES)) {
        const d = duckdb(file);
        if (d) reference.push(d);
      }
      return measure(file);
    });
    const line = [
      String(n).padStart(11),
      mb.toFixed(1).padStart(8),
      seconds(runs.map((r) => r.wall)).padStart(11),
      (mb / median(runs.map((r) => r.wall))).toFixed(0).padStart(4),
      median(runs.map((r) => r.ingest)).toFixed(2).padStart(8),
      median(runs.map((r) => r.report)).toFixed(2).padStart(15),
      Math.max(...runs.map((r) => r.maxRssMb)).toFixed(0).padStart(11),
    ];
    console.log(line.join(' | '));
    if (reference.length) references.push(`DuckDB 2 threads, read_csv + UNPIVOT + GROUP BY of the ${n.toLocaleString('en')}-respondent file, in turn with the runs above: ${seconds(reference.map((r) => r.wall))} s wall, peak RSS ${Math.max(...reference.map((r) => r.maxRssMb)).toFixed(0)} MB`);
  }
  for (const r of references) console.log(`\n${r}`);
  const event = join(DIR, 'event-600x25.csv');
  if (!existsSync(event)) await generateExport(event, { tool: 'surveymonkey', respondents: 600, items: 25, seed: 2 });
  console.log('');
  for (const [label, formats] of [['every output (HTML, JSON, CSV, SVG, PNG, PPTX, PDF)', undefined], ['HTML, SVG, PNG, PPTX', 'html,svg,png,pptx']] as const) {
    const runs = Array.from({ length: RUNS }, () => measure(event, formats));
    console.log(`600 respondents x 25 items, ${label}: ${seconds(runs.map((r) => r.wall))} s wall, peak RSS ${Math.max(...runs.map((r) => r.maxRssMb)).toFixed(0)} MB`);
  }
}

await main();
