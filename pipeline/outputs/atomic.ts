/**
 * A report folder is written beside its target and swapped in whole, and
 * only over a folder debrief may replace (see manifest.ts):
 * 1. `stage` makes `.debrief-<name>.staging-XXXXXX` beside the target (a
 *    fresh name, on the same file system, so renames are atomic) with a
 *    marker file, and removes it on failure or interrupt;
 * 2. `commit` writes the manifest, checks the target again, renames the
 *    previous report to `.debrief-<name>.old-XXXXXX`, the staged one into
 *    place, then removes the previous report's own files only;
 * 3. `recoverStale`, run by the next run under the lock, removes a staging
 *    folder a killed run left, and puts back a previous report if a kill came
 *    between the two renames.
 */
import { makeFolders } from '../util/make-folders.js';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import * as msg from '../messages.js';
import { onInterrupt } from './interrupt.js';
import { claimFolder, MANIFEST_FILE, manifestEntry, manifestText, readManifest, removeReport, type ManifestEntry } from './manifest.js';

/** Marks a staging folder as debrief's until its manifest is written. */
const STAGING_MARK = '.debrief-staging';

/** A folder being written: files go to a temporary sibling, renamed over the target on commit. */
export interface Staging {
  /** Writes a file relative to the output folder; refuses paths that leave it. */
  write: (name: string, data: string | Uint8Array) => void;
  /** Replaces the target folder with the staged one. */
  commit: () => void;
  /** Removes the staged folder; the target is untouched. */
  abort: () => void;
}

export interface StageOptions {
  /** The target as the user wrote it, for messages; default the target. */
  shown?: string;
  /** Receives a warning when the previous report cannot be removed whole; default: ignored. */
  onWarning?: (message: string) => void;
}

/** Prefix of the folders debrief keeps beside `out` while it replaces it. */
function siblingPrefix(out: string): string {
  return join(dirname(out), `.debrief-${basename(out)}.`);
}

/** Stages an output folder beside `target`: a failed or interrupted run leaves the previous report as it was. */
export function stage(target: string, options: StageOptions = {}): Staging {
  const out = resolve(target);
  const shown = options.shown ?? target;
  makeFolders(dirname(out));
  const tmp = mkdtempSync(`${siblingPrefix(out)}staging-`);
  // mkdtemp makes the folder private (0700); a report is meant to be shared.
  chmodSync(tmp, 0o755);
  writeFileSync(join(tmp, STAGING_MARK), '');
  const forget = onInterrupt(() => rmSync(tmp, { recursive: true, force: true }));
  const written: ManifestEntry[] = [];
  return {
    write(name, data) {
      const path = resolve(tmp, name);
      const rel = relative(tmp, path);
      if (rel === '' || rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(tmp, rel) !== path) throw new Error(`refusing to write outside the output folder: ${name}`);
      if (rel === MANIFEST_FILE || rel === STAGING_MARK) throw new Error(`refusing to overwrite debrief's own file: ${name}`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
      written.push(manifestEntry(rel.split(sep).join('/'), data));
    },
    commit() {
      writeFileSync(join(tmp, MANIFEST_FILE), manifestText(written));
      unlinkSync(join(tmp, STAGING_MARK));
      if (claimFolder(out, shown) === 'absent') {
        renameSync(tmp, out);
      } else {
        const old = tmp.replace(/\.staging-([^.]*)$/, '.old-$1');
        renameSync(out, old);
        try {
          renameSync(tmp, out);
        } catch (e) {
          renameSync(old, out);
          throw e;
        }
        const left = removeReport(old);
        if (left.length) options.onWarning?.(msg.oldReportKept(old, left));
      }
      forget();
    },
    abort() {
      rmSync(tmp, { recursive: true, force: true });
      forget();
    },
  };
}

/**
 * Clears what a killed run left beside `target` (call it under the lock):
 * its staging folders, and its previous report, put back when the kill came
 * after the previous report was moved aside and before the new one took its
 * place.
 */
export function recoverStale(target: string, options: StageOptions = {}): void {
  const out = resolve(target);
  const prefix = basename(siblingPrefix(out));
  let names: string[];
  try {
    names = readdirSync(dirname(out));
  } catch {
    return; // no parent yet: nothing was left
  }
  for (const name of names.filter((n) => n.startsWith(prefix)).sort()) {
    const path = join(dirname(out), name);
    const rest = name.slice(prefix.length);
    if (!lstatSync(path).isDirectory()) continue;
    if (/^staging-[^./]+$/.test(rest) && (exists(join(path, STAGING_MARK)) || readManifest(path))) {
      rmSync(path, { recursive: true, force: true });
    } else if (/^old-[^./]+$/.test(rest) && readManifest(path)) {
      if (!exists(out)) renameSync(path, out);
      else {
        const left = removeReport(path);
        if (left.length) options.onWarning?.(msg.oldReportKept(path, left));
      }
    } else if (/^old-[^./]+$/.test(rest) && readdirSync(path).length === 0) {
      // A kill between removing the previous report's manifest (its last file) and its folder.
      rmdirSync(path);
    }
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
