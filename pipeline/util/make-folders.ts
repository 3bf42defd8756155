import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Creates a folder and its missing parents one at a time, as `mkdir -p`.
 * Why not `mkdirSync(path, { recursive: true })`: on Node 20 it loops forever
 * under a folder that refuses new entries with ENOENT (such as /proc/self/),
 * where one call per level fails at once with an error the CLI can name.
 */
export function makeFolders(path: string): void {
  const missing: string[] = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    if (exists(p)) break;
    missing.push(p);
    if (dirname(p) === p) break;
  }
  for (const p of missing.reverse()) {
    try {
      mkdirSync(p);
    } catch (e) {
      // Another run (or the user) made it meanwhile: that is what we wanted.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
