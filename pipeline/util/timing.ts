/**
 * Phase timestamps for profiling a run (issue 18): with DEBRIEF_TIMING set in
 * the environment, each `mark` writes one line to stderr, the milliseconds
 * since the process started and the thread; without it `mark` returns at
 * once. Worker threads count from the main thread's start too (they inherit
 * DEBRIEF_TIMING_ORIGIN, set here when the main thread loads this module),
 * so the lines of all threads fall on one time line.
 */
import { writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { isMainThread, threadId } from 'node:worker_threads';

const on = process.env.DEBRIEF_TIMING !== undefined && process.env.DEBRIEF_TIMING !== '';
if (on && isMainThread) process.env.DEBRIEF_TIMING_ORIGIN = String(performance.timeOrigin);
const origin = on ? Number(process.env.DEBRIEF_TIMING_ORIGIN ?? performance.timeOrigin) : 0;

/** Writes `label` with the time since the process started, when DEBRIEF_TIMING is set; else nothing. */
export function mark(label: string): void {
  if (!on) return;
  const ms = performance.timeOrigin + performance.now() - origin;
  // Synchronous, so a worker's lines are not lost when it is terminated right after.
  writeSync(2, `timing ${ms.toFixed(0).padStart(6)} ms ${isMainThread ? 'main' : `thread ${threadId}`}: ${label}\n`);
}
