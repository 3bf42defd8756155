/**
 * One measured `debrief report` run, in its own process (scripts/bench.ts
 * spawns it): prints {wall, ingest, report, maxRssMb} as JSON. Wall time runs
 * from process start, so module loading counts as it does for a user; and as
 * the CLI does (pipeline/bin.ts), the workers start before the modules load.
 *
 *   node dist/scripts/bench-run.js <export> <out> [html,svg,png,pptx]
 */
import { performance } from 'node:perf_hooks';
import type { Format } from '../pipeline/config/formats.js';
import { earlyWorkers } from '../pipeline/cli-early.js';
import { prestartWorker } from '../pipeline/util/workers.js';

const [file, out, formats] = process.argv.slice(2);
for (const name of earlyWorkers(['report', file, '--out', out, ...(formats ? ['--formats', formats] : [])])) prestartWorker(name, import.meta.url);
const { runReport } = await import('../pipeline/run.js');
let ingested = 0;
const start = performance.now();
await runReport([file], { out, formats: formats ? (formats.split(',') as Format[]) : undefined, onStage: (stage) => void (stage === 'ingested' && (ingested = performance.now())) });
const end = performance.now();
// performance.now() counts from the process's start: the wall time includes loading the modules.
const wall = end / 1000;
console.log(JSON.stringify({ wall, ingest: (ingested - start) / 1000, report: (end - ingested) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
