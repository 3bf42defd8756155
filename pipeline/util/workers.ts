/**
 * The run's worker threads, which can be started before the modules that use
 * them are loaded. The CLI's entry (pipeline/bin.ts) starts them first thing,
 * so that they load their own modules on the second core while this thread
 * loads the CLI (about a quarter of a second idle on that core otherwise);
 * the ingest and the outputs stage then take them ready, or start their own.
 * A worker started early and never taken does not keep the process alive.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { workerUrl } from './worker-url.js';

/** The workers a run may start, with the options each is started with. */
export const WORKERS = {
  'fold-worker': {},
  // A small young generation: the outputs worker's garbage is short-lived, and each MB of heap it grows into is kept.
  'outputs-worker': { resourceLimits: { maxYoungGenerationSizeMb: 8 } },
} satisfies Record<string, WorkerOptions>;

export type WorkerName = keyof typeof WORKERS;

/** A worker and the messages it posted before it was taken, in order. */
export interface TakenWorker {
  worker: Worker;
  messages: unknown[];
}

interface Early extends TakenWorker {
  failed: boolean;
  stopListening: () => void;
}

const early = new Map<WorkerName, Early>();

/**
 * Starts worker `name` from `moduleUrl`'s folder (see workerUrl) for a later
 * `startWorker` to take, when its script is there (the bundle's workers lie
 * beside its entries; dist/pipeline/'s do not). Its messages are kept until
 * then; a failure or exit before then makes `startWorker` start a fresh one.
 */
export function prestartWorker(name: WorkerName, moduleUrl: string): void {
  const url = workerUrl(moduleUrl, name);
  if (early.has(name) || !existsSync(fileURLToPath(url))) return;
  const worker = new Worker(url, WORKERS[name]);
  const entry: Early = { worker, messages: [], failed: false, stopListening: () => undefined };
  const onMessage = (m: unknown) => void entry.messages.push(m);
  const onFailure = () => void (entry.failed = true);
  worker.on('message', onMessage);
  worker.on('error', onFailure);
  worker.on('exit', onFailure);
  entry.stopListening = () => {
    worker.off('message', onMessage);
    worker.off('error', onFailure);
    worker.off('exit', onFailure);
  };
  // Untaken (a run that fails early, or needs no such worker), it must not hold the process open.
  worker.unref();
  early.set(name, entry);
}

/**
 * Worker `name`: the one started early, if any and still alive, with the
 * messages it posted so far (the caller listens from now on), else a new one
 * from `moduleUrl`'s folder.
 */
export function startWorker(name: WorkerName, moduleUrl: string): TakenWorker {
  const entry = early.get(name);
  early.delete(name);
  if (entry) {
    entry.stopListening();
    if (!entry.failed) {
      entry.worker.ref();
      return { worker: entry.worker, messages: entry.messages };
    }
    void entry.worker.terminate();
  }
  return { worker: new Worker(workerUrl(moduleUrl, name), WORKERS[name]), messages: [] };
}
