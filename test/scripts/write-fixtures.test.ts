/**
 * fixtures/ is committed and generated, never edited: every folder is
 * registered in FIXTURE_FOLDERS, and regenerating it from its generator (and
 * the shared writers under scripts/exports/) gives the committed bytes, its
 * expected.json included.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_FOLDERS, fixturesExpectedJson } from '../../scripts/write-fixtures.js';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('FIXTURE_FOLDERS', () => {
  it('FIXTURE_FOLDERS names every folder of fixtures/, once', () => {
    const folders = FIXTURE_FOLDERS.map((f) => f.folder);
    expect(new Set(folders).size).toBe(folders.length);
    expect([...folders].sort()).toEqual(readdirSync('fixtures').sort());
  });

  for (const { folder, files } of FIXTURE_FOLDERS) {
    it(`FIXTURE_FOLDERS ${folder}: files() regenerates fixtures/${folder} byte for byte, expected.json included`, async () => {
      const generated = await files();
      const committed = readdirSync(join('fixtures', folder)).sort();
      expect(committed).toEqual([...generated.map((f) => f.name), 'expected.json'].sort());
      for (const f of generated) {
        const data = typeof f.data === 'string' ? new TextEncoder().encode(f.data) : f.data;
        expect(sha256(data), f.name).toBe(sha256(readFileSync(join('fixtures', folder, f.name))));
      }
      expect(fixturesExpectedJson(generated)).toBe(readFileSync(join('fixtures', folder, 'expected.json'), 'utf8'));
    });
  }
});
