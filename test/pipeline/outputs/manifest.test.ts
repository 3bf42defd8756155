import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as msg from '../../../pipeline/messages.js';
import { claimFolder, MANIFEST_FILE, manifestEntry, manifestText, readManifest, removeReport, surveyFolder } from '../../../pipeline/outputs/manifest.js';

/** A folder with a.txt and sub/b.txt listed in its manifest. */
function report(): string {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-manifest-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), 'aa');
  writeFileSync(join(dir, 'sub', 'b.txt'), 'bbb');
  writeFileSync(join(dir, MANIFEST_FILE), manifestText([manifestEntry('sub/b.txt', 'bbb'), manifestEntry('a.txt', 'aa')]));
  return dir;
}

describe('manifestText(files)', () => {
  it('manifestText(files) sorts entries by name, so equal runs give equal bytes', () => {
    const a = manifestText([manifestEntry('z', 'z'), manifestEntry('a', 'a')]);
    const b = manifestText([manifestEntry('a', 'a'), manifestEntry('z', 'z')]);
    expect(a).toBe(b);
    expect(JSON.parse(a).files.map((f: { name: string }) => f.name)).toEqual(['a', 'z']);
  });
});

describe('surveyFolder(dir, manifest)', () => {
  it('surveyFolder(dir, manifest) sorts entries into own, changed and foreign, entering only listed folders', () => {
    const dir = report();
    writeFileSync(join(dir, 'sub', 'b.txt'), 'BBB'); // same size, other content
    mkdirSync(join(dir, 'big', 'deep'), { recursive: true });
    writeFileSync(join(dir, 'big', 'deep', 'x'), 'x');
    symlinkSync('/etc/passwd', join(dir, 'sub', 'link'));
    expect(surveyFolder(dir, readManifest(dir))).toEqual({ own: ['a.txt'], changed: ['sub/b.txt'], foreign: ['big/', 'sub/link'] });
  });
});

describe('claimFolder(dir, shown)', () => {
  it('claimFolder(dir) is absent, empty or ours, and otherwise a usage error naming what is in the way', () => {
    const dir = report();
    expect(claimFolder(join(dir, 'none'))).toBe('absent');
    mkdirSync(join(dir, 'empty'));
    expect(claimFolder(join(dir, 'empty'))).toBe('empty');
    expect(() => claimFolder(dir, 'r')).toThrow(msg.outHoldsForeign('r', ['empty/']));
    const mine = report();
    expect(claimFolder(mine)).toBe('ours');
    writeFileSync(join(mine, MANIFEST_FILE), 'not json');
    expect(() => claimFolder(mine, 'r')).toThrow(expect.objectContaining({ exitCode: 2, message: msg.outHoldsForeign('r', [MANIFEST_FILE, 'a.txt', 'sub/']) }));
  });
});

describe('removeReport(dir)', () => {
  it('removeReport(dir) removes the listed files, their folders and the manifest', () => {
    const dir = report();
    expect(removeReport(dir)).toEqual([]);
    expect(readdirSync(join(dir, '..')).includes(dir.split('/').pop()!)).toBe(false);
  });

  it('removeReport(dir) keeps the folder and anything it did not write', () => {
    const dir = report();
    writeFileSync(join(dir, 'sub', 'mine.txt'), 'mine');
    expect(removeReport(dir)).toEqual(['sub/mine.txt']);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['mine.txt']);
  });
});
