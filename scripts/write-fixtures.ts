/**
 * How every fixture generator ends: run as a script, it writes its exports and
 * their expected.json into one folder of fixtures/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeExpected, type ExpectedFixture } from './expected.js';

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

/** Writes each file into `dir` (made if missing), then expected.json with their expectations in the same order; says what it wrote on stderr. */
export function writeFixtures(dir: string, files: FixtureFile[]): void {
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.data);
  writeExpected(join(dir, 'expected.json'), Object.fromEntries(files.map((f) => [f.name, f.expected])));
  console.error(`wrote ${files.map((f) => join(dir, f.name)).join(', ')}`);
}
