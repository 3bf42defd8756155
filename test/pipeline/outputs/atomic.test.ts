/**
 * The output folder is staged beside the target and swapped in whole: a run
 * that fails leaves the previous report as it was and no staging folder
 * behind, and no name can write outside the folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stage } from '../../../pipeline/outputs/atomic.js';
import { runReport } from '../../../pipeline/run.js';

/** A folder holding a previous report. */
function previous(): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-atomic-'));
  const out = join(dir, 'report');
  mkdirSync(join(out, 'charts'), { recursive: true });
  writeFileSync(join(out, 'index.html'), 'previous');
  writeFileSync(join(out, 'charts', 'old.svg'), '<svg/>');
  return { dir, out };
}

describe('stage(out)', () => {
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

  it('stage(out).write refuses names that leave the folder', () => {
    const { dir, out } = previous();
    const s = stage(out);
    for (const name of ['../escape.txt', '../../etc/passwd', 'charts/../../escape.txt', '/tmp/absolute.txt']) {
      expect(() => s.write(name, 'x'), name).toThrow(/outside the output folder/);
    }
    s.abort();
    expect(readdirSync(dir)).toEqual(['report']);
  });
});

describe('runReport(failing input)', () => {
  it('runReport([good, broken]) fails with exit 1 and leaves the previous report and no staging folder', async () => {
    const { dir, out } = previous();
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'Respondent ID,How would you rate the venue?\r\n1,Good\r\n2,"Excellent\r\n');
    await expect(runReport(['fixtures/hostile/surveymonkey.csv', broken], { out })).rejects.toMatchObject({ exitCode: 1 });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(readdirSync(dir).sort()).toEqual(['broken.csv', 'report']);
  }, 60_000);
});
