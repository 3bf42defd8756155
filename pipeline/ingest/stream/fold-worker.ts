/**
 * Folds one byte range of an export in a worker thread; see ingest.ts. The
 * worker is started before its range is known: once its modules are loaded
 * it says so (`ready`), and the main thread, which has been folding from the
 * start meanwhile, sends the range left for it.
 */
import { parentPort } from 'node:worker_threads';
import { decoderFor } from '../decode/decode.js';
import { IdSet } from '../normalise/ids.js';
import { detectLayout } from '../layout/index.js';
import { StreamFold } from './fold.js';
import { UnterminatedQuote, type FoldPlan } from './fold-plan.js';
import { Utf8Check } from './boundary.js';
import { readRange } from './read.js';
import { mark } from '../../util/timing.js';

export interface FoldJob {
  path: string;
  start: number;
  end: number;
  delimiter: string;
  encoding: string;
  /** The head's rows, when the layout recodes answers (the worker rebuilds it for its `recode`); else none. */
  sample?: string[][];
  plan: FoldPlan;
  seen: (string | number)[];
  /** Ids the worker's set should hold without growing. */
  expected: number;
}

async function main(job: FoldJob): Promise<void> {
  mark('fold worker job received');
  // The layout is rebuilt from the same sample: functions (recode) do not cross threads.
  const recode = job.sample ? detectLayout(job.sample).recode : undefined;
  const fold = new StreamFold(job.plan, job.delimiter, { decoder: decoderFor(job.encoding)!, seen: IdSet.from(job.seen, job.expected), recode, collectIds: true, expectedIds: job.expected });
  const check = job.encoding.startsWith('utf-8') ? new Utf8Check() : undefined;
  await readRange(job.path, job.start, job.end, (chunk) => {
    check?.push(chunk);
    fold.push(chunk);
  });
  fold.end();
  mark('fold worker done');
  const state = fold.finish();
  // The ids (8 bytes each, half a million for a large export) move to the main thread instead of being copied.
  parentPort!.postMessage({ state, utf8: check ? check.end() : true }, [state.numericIds.buffer as ArrayBuffer]);
}

parentPort!.once('message', (job: FoldJob) => {
  main(job).catch((e: unknown) => {
    parentPort!.postMessage(e instanceof UnterminatedQuote ? { error: e.message, record: e.record } : { error: e instanceof Error ? e.message : String(e) });
  });
});
mark('fold worker ready');
parentPort!.postMessage({ ready: true });
