import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../../pipeline/util/version.js';

describe('VERSION', () => {
  it('VERSION is package.json\'s version (it is written into every report\'s manifest)', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
