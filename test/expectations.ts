/** The fixtures under fixtures/ and the expected.json their generators wrote (a module, not a test file, so importing it runs no tests). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExpectedFixture } from '../scripts/expected.js';

export const FIXTURES = 'fixtures';

/** Every [folder, file, expectation] under fixtures/, sorted. */
export function expectations(): [string, string, ExpectedFixture][] {
  const out: [string, string, ExpectedFixture][] = [];
  for (const dir of readdirSync(FIXTURES).sort()) {
    const path = join(FIXTURES, dir, 'expected.json');
    if (!existsSync(path)) continue;
    const { fixtures } = JSON.parse(readFileSync(path, 'utf8')) as { fixtures: Record<string, ExpectedFixture> };
    for (const [file, e] of Object.entries(fixtures).sort(([a], [b]) => (a < b ? -1 : 1))) out.push([dir, file, e]);
  }
  return out;
}
