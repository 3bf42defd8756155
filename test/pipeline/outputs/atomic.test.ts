/**
 * The output folder is staged beside the target and swapped in whole: a run
 * that fails leaves the previous report as it was and no staging folder
 * behind, no name can write outside the folder, and a kill between the two
 * renames is put right by the next run.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverStale, stage } from '../../../pipeline/outputs/atomic.js';
import { MANIFEST_FILE } from '../../../pipeline/outputs/manifest.js';
import { runReport } from '../../../pipeline/run.js';
import * as msg from '../../../pipeline/messages.js';

/** A folder holding a previous report that debrief wrote (index.html, charts/old.svg, and its manifest). */
function previous(): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-atomic-'));
  const out = join(dir, 'report');
  const s = stage(out);
  s.write('index.html', 'previous');
  s.write('charts/old.svg', '<svg/>');
  s.commit();
  return { dir, out };
}

describe('stage(out)', () => {
  it('stage(out).commit() writes a manifest naming each file with its size and SHA-256', () => {
    const { out } = previous();
    const m = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8'));
    // sha256('previous') and sha256('<svg/>'), computed with sha256sum.
    expect(m.files).toEqual([
      { name: 'charts/old.svg', size: 6, sha256: 'd4dc56669143034f31aa309635d4113d9ad76a02b1739da22c965ed2049be9e6' },
      { name: 'index.html', size: 8, sha256: '6da0633528deaa0144e7b058315f0b753ec0b945163a72bf96a0d18180f9de0d' },
    ]);
    expect(readdirSync(out).sort()).toEqual([MANIFEST_FILE, 'charts', 'index.html']);
  });

  it('stage(out).abort() after some writes leaves the previous folder as it was and no staging folder', () => {
    const { dir, out } = previous();
    const s = stage(out);
    s.write('index.html', 'half');
    s.write('charts/new.svg', '<svg/>');
    s.abort();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(readdirSync(join(out, 'charts'))).toEqual(['old.svg']);
    expect(readdirSync(dir)).toEqual(['report']);
  });

  it('stage(out).commit() replaces the whole folder: no file of the previous report stays', () => {
    const { dir, out } = previous();
    const s = stage(out);
    s.write('index.html', 'new');
    s.commit();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(out, 'charts', 'old.svg'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['report']);
  });

  it('stage(out).commit() into an empty folder or an absent one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-atomic-'));
    mkdirSync(join(dir, 'empty'));
    for (const name of ['empty', 'absent']) {
      const s = stage(join(dir, name));
      s.write('summary.json', '{}');
      s.commit();
      expect(readdirSync(join(dir, name)).sort()).toEqual([MANIFEST_FILE, 'summary.json']);
    }
    expect(readdirSync(dir).sort()).toEqual(['absent', 'empty']);
  });

  it('stage(out).commit() refuses when a file appeared in the folder during the run, and keeps it', () => {
    const { dir, out } = previous();
    const s = stage(out, { shown: 'report' });
    s.write('index.html', 'new');
    writeFileSync(join(out, 'notes.txt'), 'mine');
    expect(() => s.commit()).toThrow(msg.outHoldsForeign('report', ['notes.txt']));
    s.abort();
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['report']);
  });

  it('stage(out).write refuses names that leave the folder, and the manifest\'s own name', () => {
    const { dir, out } = previous();
    const s = stage(out);
    for (const name of ['../escape.txt', '../../etc/passwd', 'charts/../../escape.txt', '/tmp/absolute.txt', '.']) {
      expect(() => s.write(name, 'x'), name).toThrow(/outside the output folder/);
    }
    expect(() => s.write(MANIFEST_FILE, 'x')).toThrow(/debrief's own file/);
    s.abort();
    expect(readdirSync(dir)).toEqual(['report']);
  });
});

describe('recoverStale(out)', () => {
  it('recoverStale(out) removes a staging folder a killed run left, and nothing else', () => {
    const { dir, out } = previous();
    stage(out).write('index.html', 'half'); // never committed nor aborted: as after SIGKILL
    mkdirSync(join(dir, '.debrief-report.staging-mine')); // a user's folder with that look but no marker: kept
    writeFileSync(join(dir, '.debrief-report.staging-mine', 'x'), 'x');
    expect(readdirSync(dir).filter((n) => n.includes('staging')).length).toBe(2);
    recoverStale(out);
    expect(readdirSync(dir).sort()).toEqual(['.debrief-report.staging-mine', 'report']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
  });

  it('recoverStale(out) puts the previous report back when a kill came between the two renames', () => {
    const { dir, out } = previous();
    renameSync(out, join(dir, '.debrief-report.old-abc123')); // the first rename of a commit, and no second
    recoverStale(out);
    expect(readdirSync(dir)).toEqual(['report']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
  });

  it('recoverStale(out) removes the previous report a kill left half removed after the swap, and keeps a user\'s folder of that look', () => {
    const { dir, out } = previous();
    mkdirSync(join(dir, '.debrief-report.old-abc123')); // its files and manifest gone, the folder not yet
    mkdirSync(join(dir, '.debrief-report.old-mine')); // no manifest but not empty: not debrief's to remove
    writeFileSync(join(dir, '.debrief-report.old-mine', 'x'), 'x');
    recoverStale(out);
    expect(readdirSync(dir).sort()).toEqual(['.debrief-report.old-mine', 'report']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
  });
});

describe('runReport(failing input)', () => {
  it('runReport([good, broken]) fails with exit 1 and leaves the previous report and no staging folder', async () => {
    const { dir, out } = previous();
    const broken = join(dir, 'broken.csv');
    // A stray quote that runs the rows after it together (an error; one open at the very end would read as a cut file).
    writeFileSync(broken, 'Respondent ID,Role,How would you rate the venue?,Comments\r\n1,Delegate,Good,fine\r\n2,Delegate,"Excellent,nice\r\n3,Observer,Fair,ok\r\n4,Delegate,Good,ok\r\n');
    await expect(runReport(['fixtures/hostile/surveymonkey.csv', broken], { out })).rejects.toMatchObject({ exitCode: 1 });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(readdirSync(dir).sort()).toEqual(['broken.csv', 'report']);
  }, 60_000);
});
