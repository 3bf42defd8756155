import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prestartWorker, startWorker } from '../../../pipeline/util/workers.js';

// The fold worker as the ingest starts it: workerUrl maps this source path to dist/pipeline/ingest/stream/fold-worker.js.
const INGEST = pathToFileURL(resolve('pipeline/ingest/stream/ingest.ts')).href;

/** The next message of a worker, or its failure. */
const next = (worker: import('node:worker_threads').Worker) =>
  new Promise<unknown>((ok, fail) => {
    worker.once('message', ok);
    worker.once('error', fail);
  });

describe('startWorker()', () => {
  it('startWorker(name) after prestartWorker(name) gives the worker started early, with what it posted meanwhile, once', async () => {
    prestartWorker('fold-worker', INGEST);
    // The fold worker posts { ready: true } once its modules are loaded; nobody listens yet.
    await new Promise((r) => setTimeout(r, 3000));
    const taken = startWorker('fold-worker', INGEST);
    expect(taken.messages).toEqual([{ ready: true }]);
    // Taken: the next start is a new worker, which says it is ready in its turn.
    const fresh = startWorker('fold-worker', INGEST);
    expect(fresh.worker).not.toBe(taken.worker);
    expect(fresh.messages).toEqual([]);
    expect(await next(fresh.worker)).toEqual({ ready: true });
    await Promise.all([taken.worker.terminate(), fresh.worker.terminate()]);
  }, 30_000);

  it('startWorker(name) with none started early starts one', async () => {
    const { worker, messages } = startWorker('fold-worker', INGEST);
    expect(messages).toEqual([]);
    expect(await next(worker)).toEqual({ ready: true });
    await worker.terminate();
  }, 30_000);
});
