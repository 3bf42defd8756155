/**
 * How every fixture generator ends (`isMain`, `writeFixtures`: its exports and
 * their expected.json into one folder of fixtures/), and the list of every
 * folder with the generator that writes it. Run as a script, it regenerates
 * them all; `git status fixtures/` must stay clean:
 *
 *   npx tsc -p . && node dist/scripts/write-fixtures.js [fixtures-dir] [folder…]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedJson, type ExpectedFixture } from './expected.js';

/** True when the module at `moduleUrl` is the script node was started with (not imported by a test). */
export function isMain(moduleUrl: string): boolean {
  return !!process.argv[1] && fileURLToPath(moduleUrl) === process.argv[1];
}

/** One export of a fixture folder: its file name, its bytes, and what debrief must read from it. */
export interface FixtureFile {
  name: string;
  data: string | Uint8Array;
  expected: ExpectedFixture;
}

/** The expected.json text of a folder's files, their expectations in the same order. */
export function fixturesExpectedJson(files: FixtureFile[]): string {
  return expectedJson(Object.fromEntries(files.map((f) => [f.name, f.expected])));
}

/** Writes each file into `dir` (made if missing), then expected.json with their expectations in the same order; says what it wrote on stderr. */
export function writeFixtures(dir: string, files: FixtureFile[]): void {
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.data);
  writeFileSync(join(dir, 'expected.json'), fixturesExpectedJson(files));
  console.error(`wrote ${files.map((f) => join(dir, f.name)).join(', ')}`);
}

/**
 * Every folder of fixtures/ and how its files are made. A new fixture is
 * registered here: its folder and its generator's `fixtures()`. Generators
 * are loaded only when asked for (each imports this module for `isMain`).
 */
export const FIXTURE_FOLDERS: { folder: string; files: () => Promise<FixtureFile[]> }[] = [
  { folder: 'ndm-un23', files: async () => (await import('./gen-ndm-un23.js')).fixtures() },
  { folder: 'ndm-un24', files: async () => (await import('./gen-ndm-un24.js')).fixtures() },
  { folder: 'hostile', files: async () => (await import('./gen-hostile.js')).fixtures() },
  { folder: 'google-forms', files: async () => (await import('./gen-google-forms.js')).fixtures() },
  { folder: 'microsoft-forms', files: async () => (await import('./gen-microsoft-forms.js')).fixtures() },
  { folder: 'qualtrics', files: async () => (await import('./gen-qualtrics.js')).fixtures() },
  { folder: 'kobotoolbox', files: async () => (await import('./gen-kobotoolbox.js')).fixtures() },
  { folder: 'limesurvey', files: async () => (await import('./gen-limesurvey.js')).fixtures() },
  { folder: 'excel-resaves', files: async () => (await import('./gen-resaves.js')).excelResaveFixtures() },
  { folder: 'surveymonkey-xlsx', files: async () => (await import('./gen-resaves.js')).surveyMonkeyXlsxFixtures() },
  { folder: 'surveymonkey-fr', files: async () => (await import('./gen-resaves.js')).surveyMonkeyFrFixtures() },
  { folder: 'congreso-es', files: async () => (await import('./gen-congreso-es.js')).fixtures() },
  { folder: 'google-forms-symposium', files: async () => (await import('./gen-symposium.js')).fixtures() },
  { folder: 'microsoft-forms-feria', files: async () => (await import('./gen-feria.js')).fixtures() },
  { folder: 'trade-fair-qualtrics', files: async () => (await import('./gen-trade-fair.js')).fixtures() },
  { folder: 'surveymonkey-hackathon', files: async () => (await import('./gen-hackathon.js')).fixtures() },
  { folder: 'kobo-consulta-regional', files: async () => (await import('./gen-consulta.js')).fixtures() },
  { folder: 'limesurvey-congres', files: async () => (await import('./gen-congres.js')).fixtures() },
  { folder: 'devconf-unicode-text', files: async () => (await import('./gen-devconf.js')).fixtures() },
  { folder: 'rencontres-windows-1252', files: async () => (await import('./gen-rencontres.js')).fixtures() },
];

/** Regenerates the folders named in `only` (default: all) under `root`. */
export async function writeAllFixtures(root = 'fixtures', only: string[] = []): Promise<void> {
  for (const { folder, files } of FIXTURE_FOLDERS) if (!only.length || only.includes(folder)) writeFixtures(join(root, folder), await files());
}

// No top-level await here: the generators import this module, and awaiting them while it is still being evaluated would never settle.
if (isMain(import.meta.url)) {
  const [root = 'fixtures', ...only] = process.argv.slice(2);
  const unknown = only.filter((f) => !FIXTURE_FOLDERS.some((e) => e.folder === f));
  if (unknown.length) {
    console.error(`no fixture folder named ${unknown.join(', ')}; the folders are ${FIXTURE_FOLDERS.map((e) => e.folder).join(', ')}`);
    process.exit(2);
  }
  writeAllFixtures(root, only).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
