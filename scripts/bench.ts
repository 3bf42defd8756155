/**
 * `npm run bench`: full `debrief report` runs on generated SurveyMonkey-style
 * exports (40 items) of 1k, 100k and 1M respondents, each in a fresh process,
 * median of 3; and the 600-respondent, 25-item event with every export.
 * Prints wall time, MB/s, peak RSS and the time of the chart and report stage.
 *
 *   npm run bench [-- --sizes 1000,100000 --runs 3]
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
const RUNS = Number(arg('runs', '3'));
const DIR = join(tmpdir(), 'debrief-bench');
const RUNNER = fileURLToPath(new URL('./bench-run.js', import.meta.url));

export interface Measure {
  wall: number;
  ingest: number;
  report: number;
  maxRssMb: number;
}

function measure(file: string, extra: string[] = []): Measure {
  const out = join(DIR, 'out');
  rmSync(out, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [RUNNER, file, out, ...extra], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench run failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Measure;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const cpu = execFileSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], { encoding: 'utf8' }).trim();
  console.log(`debrief bench: node ${process.version}, ${cpu}, median of ${RUNS} fresh processes each\n`);
  console.log('respondents |   size MB |  wall s |  MB/s | ingest s | charts+report s | peak RSS MB');
  console.log('----------: | --------: | ------: | ----: | -------: | --------------: | ----------:');
  for (const n of SIZES) {
    const file = join(DIR, `surveymonkey-${n}x40.csv`);
    if (!existsSync(file)) await generateExport(file, { tool: 'surveymonkey', respondents: n, items: 40, seed: 1 });
    const mb = statSync(file).size / 1e6;
    const runs = Array.from({ length: RUNS }, () => measure(file));
    const wall = median(runs.map((r) => r.wall));
    const line = [
      String(n).padStart(11),
      mb.toFixed(1).padStart(9),
      wall.toFixed(2).padStart(7),
      (mb / wall).toFixed(0).padStart(5),
      median(runs.map((r) => r.ingest)).toFixed(2).padStart(8),
      median(runs.map((r) => r.report)).toFixed(2).padStart(15),
      Math.max(...runs.map((r) => r.maxRssMb)).toFixed(0).padStart(11),
    ];
    console.log(line.join(' | '));
  }
  const event = join(DIR, 'event-600x25.csv');
  if (!existsSync(event)) await generateExport(event, { tool: 'surveymonkey', respondents: 600, items: 25, seed: 2 });
  const runs = Array.from({ length: RUNS }, () => measure(event));
  console.log(`\n600 respondents x 25 items, all exports (HTML, SVG, PNG, PPTX, PDF): ${median(runs.map((r) => r.wall)).toFixed(2)} s wall, peak RSS ${Math.max(...runs.map((r) => r.maxRssMb)).toFixed(0)} MB`);
}

await main();
