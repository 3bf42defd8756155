#!/usr/bin/env node
/**
 * The `debrief` command, as bundled (scripts/bundle.ts): before it loads the
 * CLI (a quarter of a second of module loading on this thread, with the
 * second core idle), it starts the worker threads a `report` run will want
 * (cli-early.ts), so that they load their own modules meanwhile (see
 * util/workers.ts). A worker started for nothing is ended with the process.
 */
import { earlyWorkers } from './cli-early.js';
import { prestartWorker } from './util/workers.js';

const args = process.argv.slice(2);
for (const name of earlyWorkers(args)) prestartWorker(name, import.meta.url);
const { main } = await import('./cli.js');
process.exitCode = await main(args);
