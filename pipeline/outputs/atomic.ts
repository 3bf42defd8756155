import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** A folder being written: files go to a temporary sibling, renamed over the target on commit. */
export interface Staging {
  /** Writes a file relative to the output folder; refuses paths that leave it. */
  write: (name: string, data: string | Uint8Array) => void;
  /** Replaces the target folder with the staged one. */
  commit: () => void;
  /** Removes the staged folder; the target is untouched. */
  abort: () => void;
}

/**
 * Stages an output folder beside `target` (same file system, so the final
 * rename is atomic): a failed run leaves the previous report as it was.
 */
export function stage(target: string): Staging {
  const out = resolve(target);
  mkdirSync(dirname(out), { recursive: true });
  const tmp = mkdtempSync(join(dirname(out), `.${basename(out)}.tmp-`));
  // mkdtemp makes the folder private (0700); a report is meant to be shared.
  chmodSync(tmp, 0o755);
  return {
    write(name, data) {
      const path = resolve(tmp, name);
      const rel = relative(tmp, path);
      if (rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(tmp, rel) !== path) throw new Error(`refusing to write outside the output folder: ${name}`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
    },
    commit() {
      const old = existsSync(out) ? `${tmp}-old` : undefined;
      if (old) renameSync(out, old);
      try {
        renameSync(tmp, out);
      } catch (e) {
        if (old) renameSync(old, out);
        throw e;
      }
      if (old) rmSync(old, { recursive: true, force: true });
    },
    abort() {
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
