/**
 * A full garbage collection on request. V8 sizes its heap by what it sees, so
 * it lets memory held by native objects (resvg's pixmaps) or a heap grown by a
 * finished stage (the fold of a large export) stand, and the run's peak is
 * what the issue measures. `gc` comes from a fresh context after exposing it,
 * the way jest's leak detection gets it, so no command-line flag is needed.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/** Collects garbage now (some milliseconds on a small heap). */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
