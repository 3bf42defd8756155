/**
 * Which worker threads a command line will want, decided before the CLI is
 * loaded (see bin.ts). The arguments are only glanced at: the CLI parses them
 * for real, and a guess that starts a worker for nothing costs an idle core
 * some loading.
 */
import { statSync } from 'node:fs';
import type { WorkerName } from './util/workers.js';

/** Exports at least this large are folded on two threads: the ingest's PARALLEL_MIN (a test keeps them equal). */
export const PRESTART_MIN = 8 << 20;

/** `report` options that take a value (the next argument, unless written `--name=value`). */
const VALUED = new Set(['--out', '-o', '--config', '-c', '--title', '--lang', '--baseline', '--participants', '--formats', '--log']);

export interface EarlyOptions {
  /** Size in bytes of a file, or undefined when it is not one; default statSync's, for regular files. */
  sizeOf?: (path: string) => number | undefined;
  /**
   * Also the outputs worker, when the run draws PNGs, a deck or charts.pdf; default false: started early,
   * it slowed the CLI's own module loading by about 75 ms (600-respondent event, 2026-12-06), and it
   * loads in time anyway while the export is ingested.
   */
  outputs?: boolean;
}

/**
 * The workers worth starting for command-line arguments `args` (without node
 * and the script): for `report`, the fold worker when an export is large
 * enough to be folded on two threads, and the outputs worker when the run
 * draws PNGs, a deck or charts.pdf as far as the flags tell (not with
 * `--config`, whose formats are not read here).
 */
export function earlyWorkers(args: string[], options: EarlyOptions = {}): WorkerName[] {
  const sizeOf = options.sizeOf ?? fileSize;
  const command = args.findIndex((a) => !a.startsWith('-'));
  if (command < 0 || args[command] !== 'report') return [];
  const exports: string[] = [];
  const values = new Map<string, string>();
  for (let k = command + 1; k < args.length; k++) {
    const a = args[k];
    if (!a.startsWith('-')) exports.push(a);
    else if (a.includes('=')) values.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    else if (VALUED.has(a)) values.set(a, args[++k] ?? '');
    else values.set(a, '');
  }
  const workers: WorkerName[] = [];
  if (exports.some((p) => (sizeOf(p) ?? 0) >= PRESTART_MIN)) workers.push('fold-worker');
  if (options.outputs) {
    const formats = values.get('--formats')?.split(',').map((f) => f.trim());
    const draws = !formats || formats.some((f) => f === 'png' || f === 'pptx' || f === 'pdf') || values.has('--slides');
    if (draws && !values.has('--config') && !values.has('-c')) workers.push('outputs-worker');
  }
  return workers;
}

function fileSize(path: string): number | undefined {
  try {
    const s = statSync(path);
    return s.isFile() ? s.size : undefined;
  } catch {
    return undefined;
  }
}
