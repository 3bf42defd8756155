/**
 * The manifest marks a report folder as debrief's: the name, size and
 * SHA-256 of every file the run wrote. debrief replaces a folder only when it
 * is absent, empty, or holds exactly what its manifest lists, unchanged; any
 * other file is the user's, and the run stops before it could be lost.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, realpathSync, rmdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../errors.js';
import * as msg from '../messages.js';
import { VERSION } from '../util/version.js';

/** File in every report folder listing what the run wrote. */
export const MANIFEST_FILE = '.debrief-manifest.json';

export interface ManifestEntry {
  /** Path inside the folder, with `/`. */
  name: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  /** The version of debrief that wrote the folder. */
  debrief: string;
  files: ManifestEntry[];
}

/** The entry for a file's content. */
export function manifestEntry(name: string, data: string | Uint8Array): ManifestEntry {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  return { name, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The manifest's text, entries sorted by name so that equal runs give equal bytes. */
export function manifestText(files: ManifestEntry[]): string {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return JSON.stringify({ debrief: VERSION, files: sorted } satisfies Manifest, null, 2) + '\n';
}

/** The folder's manifest, or undefined when it has none or one that is not debrief's. */
export function readManifest(dir: string): Manifest | undefined {
  const path = join(dir, MANIFEST_FILE);
  try {
    if (!lstatSync(path).isFile()) return undefined;
    const m = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
    const ok = typeof m.debrief === 'string' && Array.isArray(m.files) &&
      m.files.every((f) => f && typeof f.name === 'string' && typeof f.size === 'number' && typeof f.sha256 === 'string');
    return ok ? (m as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

/** What a folder holds beside what its manifest lists. */
export interface FolderContents {
  /** Entries debrief did not write (folders end with `/`), sorted. */
  foreign: string[];
  /** Listed files whose size or content differs from the manifest. */
  changed: string[];
  /** Listed files found as listed: the only ones debrief may remove. */
  own: string[];
}

/**
 * Walks a folder against its manifest without following links: only folders
 * that hold listed files are entered, so a user's large tree is not read.
 */
export function surveyFolder(dir: string, manifest: Manifest | undefined): FolderContents {
  const listed = new Map((manifest?.files ?? []).map((f) => [f.name, f]));
  const folders = new Set<string>();
  for (const name of listed.keys()) for (let k = name.indexOf('/'); k > 0; k = name.indexOf('/', k + 1)) folders.add(name.slice(0, k));
  const result: FolderContents = { foreign: [], changed: [], own: [] };
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (!rel && entry.name === MANIFEST_FILE && manifest) continue;
      if (entry.isDirectory()) {
        if (folders.has(name)) walk(name);
        else result.foreign.push(`${name}/`);
      } else if (entry.isFile() && listed.has(name)) {
        (sameContent(join(dir, name), listed.get(name)!) ? result.own : result.changed).push(name);
      } else {
        result.foreign.push(name);
      }
    }
  };
  walk('');
  return result;
}

function sameContent(path: string, entry: ManifestEntry): boolean {
  if (lstatSync(path).size !== entry.size) return false;
  return createHash('sha256').update(readFileSync(path)).digest('hex') === entry.sha256;
}

/** How a folder stands before a report replaces it. */
export type Claim = 'absent' | 'empty' | 'ours';

/**
 * Whether debrief may replace `dir`: absent, empty, or a report it wrote and
 * nobody changed. Otherwise a usage error (exit 2) naming what is in the way;
 * `shown` is the folder as the user wrote it.
 */
export function claimFolder(dir: string, shown: string = dir): Claim {
  let stat;
  try {
    stat = lstatSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw err;
  }
  if (stat.isSymbolicLink()) {
    let target = '';
    try {
      // where the link really leads, through chains of links
      target = realpathSync(dir);
    } catch {
      // a dangling link is refused all the same
    }
    fail(msg.outIsLink(shown, target), 2);
  }
  if (!stat.isDirectory()) fail(msg.outIsFile(shown), 2);
  const manifest = readManifest(dir);
  if (!manifest && readdirSync(dir).length === 0) return 'empty';
  const { foreign, changed } = surveyFolder(dir, manifest);
  if (foreign.length) fail(msg.outHoldsForeign(trimSlash(shown), foreign), 2);
  if (changed.length) fail(msg.outHoldsChanged(trimSlash(shown), changed), 2);
  return 'ours';
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/**
 * Removes a report folder debrief wrote (or the empty folder it replaced): only the files its manifest lists,
 * unchanged, then the folders they emptied, then the manifest. Returns what
 * it left: anything else found there (nothing, unless a file appeared during
 * the run), in which case the folder stays.
 */
export function removeReport(dir: string): string[] {
  const manifest = readManifest(dir);
  if (!manifest) {
    // the empty folder the report replaced, unless something appeared in it since
    const left = readdirSync(dir).sort();
    if (!left.length) rmdirSync(dir);
    return left;
  }
  const { own, foreign, changed } = surveyFolder(dir, manifest);
  for (const name of own) unlinkSync(join(dir, name));
  const left = [...foreign, ...changed];
  if (left.length) return left;
  // Deepest folders first; each now holds nothing (anything foreign would be in `left`).
  const folders = [...new Set(own.flatMap((n) => parentsOf(n)))].sort((a, b) => b.length - a.length);
  for (const f of folders) rmdirSync(join(dir, f));
  unlinkSync(join(dir, MANIFEST_FILE));
  rmdirSync(dir);
  return [];
}

function parentsOf(name: string): string[] {
  const out: string[] = [];
  for (let k = name.lastIndexOf('/'); k > 0; k = name.lastIndexOf('/', k - 1)) out.push(name.slice(0, k));
  return out;
}
