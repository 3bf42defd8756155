/**
 * One run at a time per report folder: a lock file beside it (in the parent,
 * so the swap of the folder itself cannot remove it) holds the writer's
 * process id. A lock left by a killed run names a process that is gone, and
 * the next run takes it over.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { makeFolders } from '../util/make-folders.js';
import { basename, dirname, join, resolve } from 'node:path';
import { fail } from '../errors.js';
import * as msg from '../messages.js';
import { onInterrupt } from './interrupt.js';

/** The lock file of a report folder. */
export function lockPath(out: string): string {
  const abs = resolve(out);
  return join(dirname(abs), `.debrief-${basename(abs)}.lock`);
}

/**
 * Takes the lock of `out` or fails (exit 1) naming the run that holds it.
 * Returns the release, which an interrupt also runs; `shown` is the folder
 * as the user wrote it.
 */
export function lockOut(out: string, shown: string = out): () => void {
  const path = lockPath(out);
  makeFolders(dirname(path));
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = holderOf(path);
      if (holder !== undefined && (attempt > 0 || alive(holder))) fail(msg.outLocked(shown, holder, path), 1);
      // Left by a run that died (or unreadable): the next attempt writes ours.
      try {
        unlinkSync(path);
      } catch {
        // another run removed it first; the exclusive write decides
      }
    }
  }
  const release = () => {
    try {
      if (holderOf(path) === process.pid) unlinkSync(path);
    } catch {
      // already gone
    }
  };
  const forget = onInterrupt(release);
  return () => {
    forget();
    release();
  };
}

function holderOf(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process runs with that id (EPERM: it does, as another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
