/**
 * The streaming ingest: the export is never held whole in memory.
 * 1. read the first MiB: encoding, delimiter and layout come from it;
 * 2. fold the records as chunks arrive (bytes compared, not strings built);
 *    for a large file a worker thread starts first thing; this thread folds
 *    from the start meanwhile, and when the worker is ready (its modules
 *    loaded) the rest of the file is split in two at a line break, and the
 *    worker folds the second half. The split is checked afterwards (a line
 *    break inside a quoted comment, or a respondent in both halves, sends the
 *    second half through this thread again);
 * 3. merge the fold states into the in-memory path's Tally and finish alike.
 * UTF-16 files (rare: Excel's "Unicode Text") take the in-memory path.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { checkInputFile, readInputFile } from '../decode/input-file.js';
import { basename } from 'node:path';
import { CHUNK, readRange } from './read.js';
import { cutCheck, dropCutRow } from '../cut.js';
import { decode, decoderFor, type BytesDecoder } from '../decode/decode.js';
import { fail } from '../../errors.js';
import { finishIngest, zipFailure, type IngestOptions, type Ingested } from '../finish.js';
import { ingestBytes } from '../memory.js';
import { detectLayout } from '../layout/index.js';
import * as msg from '../../messages.js';
import type { Layout } from '../../model.js';
import { parseDelimited } from '../decode/parse.js';
import { addRow, createTally, headerFields } from '../normalise/tally.js';
import { isZip } from '../decode/xlsx.js';
import { IdSet } from '../normalise/ids.js';
import { checkZipFile } from '../decode/zip-check.js';
import { StreamFold } from './fold.js';
import { UnterminatedQuote, foldPlan, type FoldState } from './fold-plan.js';
import type { FoldJob } from './fold-worker.js';
import { checkDeclaredSizes } from '../decode/xlsx-read.js';
import { fileSource } from '../decode/zip-read.js';
import { cutSheetInFile } from '../decode/xlsx-cut.js';
import { toTally, type FoldPart } from './merge.js';
import { streamXlsxRows } from './xlsx.js';
import { utf8Boundary, Utf8Check } from './boundary.js';
import { later } from '../../util/later.js';
import { startWorker } from '../../util/workers.js';
import { mark } from '../../util/timing.js';

/** Bytes read to detect encoding, delimiter and layout. */
export const HEAD_BYTES = 1 << 20;
/** Rows of the head given to layout detection. */
export const SAMPLE_ROWS = 1000;
/** Files at least this large are folded on two threads. */
export const PARALLEL_MIN = 8 << 20;

export interface StreamOptions extends IngestOptions {
  /** Threads to fold on: 1 or 2; default 2 (this machine has two cores). */
  threads?: number;
  /** Smallest file folded on two threads; default PARALLEL_MIN (8 MiB): below it a worker's start-up costs more than it saves. */
  parallelMin?: number;
  /**
   * Share of the file this thread folds, the worker the rest: this thread then waits for the worker to be
   * ready before it starts (tests use it to split small files where they choose). Default: none; the split
   * is made when the worker is ready, halfway through what this thread has not read yet.
   */
  mainShare?: number;
}

export async function ingestStream(path: string, options: StreamOptions = {}): Promise<Ingested> {
  const size = checkInputFile(path);
  // Started before anything else, so that it loads its modules while this thread reads the head and detects the layout.
  const worker = (options.threads ?? 2) > 1 && size >= (options.parallelMin ?? PARALLEL_MIN) ? bootFoldWorker() : undefined;
  try {
    return await ingestStreamWith(path, size, worker, options);
  } finally {
    // Ended here when the file took no second thread (XLSX, UTF-16, a small head) or the run failed.
    worker?.stop();
  }
}

async function ingestStreamWith(path: string, size: number, worker: FoldWorker | undefined, options: StreamOptions): Promise<Ingested> {
  const file = basename(path);
  if (size === 0) fail(msg.emptyFile(file));
  const head = readHead(path, Math.min(size, HEAD_BYTES));
  if (isZip(head)) {
    checkDeclaredSizes(fileSource(path), { file });
    zipFailure(file, await checkZipFile(path));
    const cutSheet = await cutSheetInFile(path);
    if (cutSheet) fail(msg.cutXlsxSheet(file, cutSheet));
    return ingestXlsxStream(path, file, options);
  }
  const whole = head.length === size;
  // Cut the head at a character boundary so a split UTF-8 sequence does not look like Windows-1252.
  const { encoding } = decode(whole ? head : utf8Prefix(head), { file });
  const decoder = decoderFor(encoding);
  if (!decoder) return ingestMemory(path, file, size, options);
  // A BOM is skipped also before Windows-1252 bytes (a tool added it to a 1252 file), as decode() drops it.
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const headText = decoder.decode(head.subarray(bom, whole ? head.length : lastLineBreak(head)));
  if (headText.trim() === '') fail(msg.emptyFile(file));
  const parsed = whole ? parseDelimited(headText, { file, openEnd: 'keep' }) : parseHead(headText, file);
  const { delimiter } = parsed;
  if (whole && parsed.rows.length === 0) fail(msg.emptyFile(file)); // nothing but delimiters and line breaks
  // A whole file's last row is judged as the in-memory path judges it, so the layout comes from the same rows;
  // the fold judges it again at its end, where a larger file's last row is met (see cut.ts).
  const { rows, cut } = whole ? dropCutRow(parsed.rows, parsed.last, { file, encoding }) : { rows: parsed.rows, cut: undefined };
  const sample = rows.slice(0, SAMPLE_ROWS);
  const layout = detectLayout(sample);
  if (whole && rows.length <= layout.headerRows) fail(cut ? msg.cutOnly(file, cut.row, cut.reason) : msg.headerOnly(file));
  // Blank records above the header, as parse.ts counts them (a quoted line break is one record): row numbers start after them.
  const { leadingBlank } = parsed;
  // Sized from the head's records per byte, the id sets need not grow (rehashing a million ids costs a tenth of a second).
  const expected = whole ? rows.length : Math.ceil((rows.length / Math.max(1, headText.length)) * size * 1.1);
  mark('layout detected');
  const run = (enc: string, dec: BytesDecoder, second: FoldWorker | undefined) => fold(path, { file, size, bom, delimiter, layout, sample, leadingBlank, expected, encoding: enc, decoder: dec }, second, options);
  let result = await run(encoding, decoder, worker);
  // The first worker has ended; a rerun (rare) takes a new one.
  if (!result.utf8 && encoding === 'utf-8') result = await run('windows-1252', decoderFor('windows-1252')!, worker && bootFoldWorker());
  mark('folded');
  const tally = toTally(result.parts, layout, foldPlan(layout, headerFields(sample, layout.headerRows)), { decoder: result.decoder, seen: result.seen });
  mark('tallied');
  const finished = finishIngest({ file, encoding: result.encoding, delimiter, layout, tally }, options);
  mark('finished');
  return finished;
}

interface FoldInput {
  file: string;
  size: number;
  bom: number;
  delimiter: string;
  layout: Layout;
  sample: string[][];
  leadingBlank: number;
  /** Records the file likely holds, estimated from the head. */
  expected: number;
  encoding: string;
  decoder: BytesDecoder;
}

interface FoldResult {
  parts: FoldPart[];
  /** False when a byte sequence was not UTF-8: the file is Windows-1252 after all. */
  utf8: boolean;
  encoding: string;
  decoder: BytesDecoder;
  /** Ids of earlier exports and of this one. */
  seen: IdSet;
}

async function fold(path: string, input: FoldInput, worker: FoldWorker | undefined, options: StreamOptions): Promise<FoldResult> {
  const fields = headerFields(input.sample, input.layout.headerRows);
  const plan = { ...foldPlan(input.layout, fields), cut: cutCheck(input.layout, fields, input.encoding) };
  // Without an id column no id is kept: the table need not be sized for the rows.
  const expected = plan.idColumn >= 0 ? input.expected : 0;
  /** Where this thread stops: the file's end until the worker takes the rest. */
  let split = input.size;
  /** Bytes this thread has read (a read of at most CHUNK more may be under way). */
  let read = input.bom;
  /** The worker's fold, once it has its range. */
  const second: { result?: Promise<{ state: FoldState; utf8: boolean }> } = {};
  const give = (from: number) => {
    split = lineBreakAfter(path, from, input.size);
    if (split >= input.size) return;
    mark(`worker takes ${(((input.size - split) / input.size) * 100).toFixed(0)}% of the file`);
    second.result = worker!.fold({ path, start: split, end: input.size, delimiter: input.delimiter, encoding: input.encoding, sample: input.layout.recode ? input.sample : undefined, plan: { ...plan, headerRows: 0 }, seen: [...(options.seen ?? [])], expected: (options.seen?.size ?? 0) + Math.ceil((expected * (input.size - split)) / input.size) });
  };
  let done = false;
  if (worker && options.mainShare !== undefined) {
    // A worker that fails to start leaves the whole file to this thread.
    await worker.ready.then(() => give(Math.floor(input.size * options.mainShare!)), () => undefined);
  } else if (worker) {
    // Half of what is left once the worker can start; not before the end of this thread's read under way.
    const half = () => {
      const from = read + CHUNK + Math.floor((input.size - read - CHUNK) / 2);
      if (!done && from < input.size - CHUNK) give(from);
    };
    // Started by the CLI before this thread loaded its modules, it is often ready already: its range goes now.
    if (worker.isReady()) half();
    else void worker.ready.then(half, () => undefined);
  }
  // Work on a copy: a rerun (Windows-1252 after all) must start from the ids known before this file.
  const seen = IdSet.from(options.seen ?? [], (options.seen?.size ?? 0) + expected);
  const main = new StreamFold(plan, input.delimiter, { decoder: input.decoder, seen, firstRecord: -input.leadingBlank, recode: input.layout.recode });
  const checkUtf8 = input.encoding === 'utf-8' || input.encoding === 'utf-8-bom';
  const progress = (bytes: number) => {
    read = bytes;
    options.onProgress?.(Math.min(1, bytes / input.size));
  };
  let first: ScanResult;
  try {
    first = await scanRange(path, input.bom, () => split, input, main, checkUtf8, progress);
  } catch (e) {
    // The worker's half is not wanted any more (and its own failure must not go unhandled).
    worker?.stop();
    throw e;
  } finally {
    done = true;
  }
  mark('main fold done');
  let parts: FoldPart[] = [{ state: main.finish(), offset: 0 }];
  let utf8 = first.utf8;
  if (second.result) {
    // A worker error (an open quote at its end) also means a bad split: the sequential rerun decides.
    const other = await second.result.catch(() => undefined);
    mark('worker fold received');
    const ids = other && other.state.numericIds.subarray(0, other.state.numericCount);
    const clean = other !== undefined && first.consumed === split - input.bom && !seen.hasAny(ids!, other.state.textIds);
    if (clean) {
      seen.addAll(ids!, other.state.textIds);
      mark('ids merged');
      parts.push({ state: other.state, offset: parts[0].state.records - input.leadingBlank });
      utf8 &&= other.utf8;
    } else {
      // The split fell inside a quoted field, or a respondent answered in both halves: fold the rest here, in order
      // (the fold still holds the unfinished record it stopped at).
      const rest = await scanRange(path, split, input.size, input, main, checkUtf8, progress);
      utf8 &&= rest.utf8;
      parts = [{ state: main.finish(), offset: 0 }];
    }
  }
  return { parts, utf8, encoding: input.encoding, decoder: input.decoder, seen };
}

interface ScanResult {
  consumed: number;
  utf8: boolean;
}

/** Scans [start, end) into `target`; at the file's end, flushes the last record. `end` may move (see readRange). */
async function scanRange(path: string, start: number, end: number | (() => number), input: FoldInput, target: StreamFold, checkUtf8: boolean, progress: (bytes: number) => void): Promise<ScanResult> {
  const until = typeof end === 'number' ? () => end : end;
  const check = checkUtf8 ? new Utf8Check() : undefined;
  const scanner = target;
  const before = target.consumed();
  let read = start;
  let final = false;
  try {
    await readRange(path, start, until, (chunk) => {
      check?.push(chunk);
      scanner.push(chunk);
      read += chunk.length;
      progress(read);
    });
    final = until() >= input.size;
    if (final) scanner.end();
  } catch (e) {
    // The fold numbers records from the first non-blank one already (its firstRecord).
    if (e instanceof UnterminatedQuote) fail(msg.unterminatedQuote(input.file, e.record));
    throw e;
  }
  // A range that ends mid-file may end mid-character; only the file's end makes that invalid.
  const utf8 = check ? (final ? check.end() : check.valid) : true;
  return { consumed: scanner.consumed() - before, utf8 };
}

/** A fold worker, started before its range is known (see fold-worker.ts). */
interface FoldWorker {
  /** Resolves once the worker has loaded its modules. */
  ready: Promise<void>;
  /** True once `ready` has resolved. */
  isReady(): boolean;
  /** Sends the worker its range (once); resolves to its fold. */
  fold(job: FoldJob): Promise<{ state: FoldState; utf8: boolean }>;
  /** Ends the worker; safe to call at any time. */
  stop(): void;
}

/** The fold worker the CLI started first thing (see util/workers.ts), or a new one. */
function bootFoldWorker(): FoldWorker {
  const { worker, messages } = startWorker('fold-worker', import.meta.url);
  type Message = { ready: true } | { state: FoldState; utf8: boolean } | { error: string; record?: number };
  let settle: { resolve: (r: { state: FoldState; utf8: boolean }) => void; reject: (e: unknown) => void } | undefined;
  let failure: unknown;
  let stopped = false;
  let isReady = false;
  const ready = later(
    new Promise<void>((resolve, reject) => {
      const onMessage = (m: Message) => {
        if ('ready' in m) {
          isReady = true;
          return resolve();
        }
        if ('error' in m) settle?.reject(m.record !== undefined ? new UnterminatedQuote(m.record) : new Error(m.error));
        else settle?.resolve(m);
        void worker.terminate();
      };
      // A worker started early may have said it is ready already.
      for (const m of messages) onMessage(m as Message);
      worker.on('message', onMessage);
      worker.once('error', (e) => {
        failure = e;
        reject(e);
        settle?.reject(e);
      });
      worker.once('exit', () => {
        const e = failure ?? new Error('the fold worker stopped');
        reject(e);
        settle?.reject(e);
      });
    }),
  );
  return {
    ready,
    isReady: () => isReady,
    fold(job) {
      const result = later(new Promise<{ state: FoldState; utf8: boolean }>((resolve, reject) => (settle = { resolve, reject })));
      worker.postMessage(job);
      return result;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      void worker.terminate();
    },
  };
}

/**
 * Parses the head of a large file. Its end may fall inside a quoted field (a
 * long comment), which would look like an unclosed quote: cut the text at
 * earlier line breaks until it parses. A real unclosed quote is found later,
 * by the fold, at the end of the file.
 */
function parseHead(text: string, file: string): ReturnType<typeof parseDelimited> {
  for (let cut = text.length; cut > 0; ) {
    try {
      return parseDelimited(text.slice(0, cut), { file });
    } catch (e) {
      const previous = text.lastIndexOf('\n', Math.floor(cut / 2));
      if (previous <= 0) throw e;
      cut = previous + 1;
    }
  }
  return parseDelimited(text, { file });
}

function readHead(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Just after the first line break at or after `from`: where the second thread starts (`size` when none). */
function lineBreakAfter(path: string, from: number, size: number): number {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    for (let pos = from; pos < size; pos += buf.length) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      const i = buf.subarray(0, n).indexOf(0x0a);
      if (i >= 0) return pos + i + 1;
    }
    return size;
  } finally {
    closeSync(fd);
  }
}

function utf8Prefix(buf: Uint8Array): Uint8Array {
  return buf.subarray(0, utf8Boundary(buf));
}

function lastLineBreak(buf: Uint8Array): number {
  const i = buf.lastIndexOf(0x0a);
  return i >= 0 ? i + 1 : buf.length;
}

/** Blank lines above the header: parse.ts drops them, so row numbers count from the header. */
function countLeadingBlank(text: string, delimiter: string): number {
  let n = 0;
  const blank = new RegExp(`^[ \\t${delimiter === '\t' ? '' : delimiter}]*$`);
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (!blank.test(line)) break;
    n++;
  }
  return n;
}

async function ingestMemory(path: string, file: string, size: number, options: IngestOptions): Promise<Ingested> {
  return ingestBytes(readInputFile(path, size), { ...options, file });
}

/** XLSX read row by row (decode/xlsx-read.ts, streaming); rows then fold like the in-memory path's. */
async function ingestXlsxStream(path: string, file: string, options: IngestOptions): Promise<Ingested> {
  const sample: string[][] = [];
  let layout: Layout | undefined;
  let tally: ReturnType<typeof createTally> | undefined;
  let row = 0;
  const start = () => {
    while (sample.length && sample[0].every((c) => c.trim() === '')) sample.shift();
    layout = detectLayout(sample);
    tally = createTally(layout, { seen: options.seen });
    sample.forEach((cells, r) => r >= layout!.headerRows && addRow(tally!, layout!, cells, r + 1));
    row = sample.length;
  };
  for await (const cells of streamXlsxRows(path, { file })) {
    if (!layout) {
      sample.push(cells);
      if (sample.length >= SAMPLE_ROWS) start();
      continue;
    }
    addRow(tally!, layout, cells, ++row);
  }
  if (!layout) start();
  if (row <= layout!.headerRows) fail(msg.headerOnly(file));
  return finishIngest({ file, encoding: 'xlsx', delimiter: '', layout: layout!, tally: tally! }, options);
}
