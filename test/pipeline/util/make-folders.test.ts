import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolders } from '../../../pipeline/util/make-folders.js';

describe('makeFolders', () => {
  it('makeFolders(path) creates every missing level and leaves existing ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-mkdir-'));
    makeFolders(join(dir, 'a', 'b', 'c'));
    expect(statSync(join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
    makeFolders(join(dir, 'a', 'b')); // already there: nothing to do, no error
    expect(statSync(join(dir, 'a', 'b')).isDirectory()).toBe(true);
  });

  it('makeFolders(path) under a file fails with ENOTDIR, creating nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-mkdir-'));
    writeFileSync(join(dir, 'notes.txt'), 'x');
    expect(() => makeFolders(join(dir, 'notes.txt', 'a', 'b'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    expect(existsSync(join(dir, 'a'))).toBe(false);
  });

  it.runIf(existsSync('/proc/self'))('makeFolders(/proc/self/x/y) fails at once with ENOENT, where mkdirSync recursive loops forever', () => {
    expect(() => makeFolders('/proc/self/x/y')).toThrow(expect.objectContaining({ code: 'ENOENT', path: '/proc/self/x' }));
  });
});
