/**
 * Clean-up that must run however a run ends. `finally` blocks cover errors,
 * but SIGINT (Ctrl-C, a scheduler's stop) and SIGTERM end the process
 * without them; the handlers here run the registered clean-ups, then let the
 * signal take its ordinary course so the exit status still says "killed".
 */

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const cleanups = new Set<() => void>();

function onSignal(signal: NodeJS.Signals): void {
  for (const fn of [...cleanups].reverse()) {
    try {
      fn();
    } catch {
      // a clean-up that fails must not keep the others from running
    }
  }
  cleanups.clear();
  detach();
  process.kill(process.pid, signal);
}

function detach(): void {
  for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/**
 * Runs `fn` (synchronous: the process is about to end) if the process is
 * interrupted before the returned function is called; calling it
 * unregisters `fn` without running it.
 */
export function onInterrupt(fn: () => void): () => void {
  if (cleanups.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  cleanups.add(fn);
  return () => {
    cleanups.delete(fn);
    if (cleanups.size === 0) detach();
  };
}
