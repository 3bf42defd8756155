import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as msg from '../../../pipeline/messages.js';
import { lockOut, lockPath } from '../../../pipeline/outputs/lock.js';

describe('lockOut(out)', () => {
  it('lockOut(out) writes this process id beside the folder, refuses a second holder, and releases', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'debrief-lock-')), 'report');
    const release = lockOut(out);
    expect(readFileSync(lockPath(out), 'utf8')).toBe(`${process.pid}\n`);
    expect(() => lockOut(out, 'report')).toThrow(msg.outLocked('report', process.pid, lockPath(out)));
    release();
    expect(existsSync(lockPath(out))).toBe(false);
  });

  it('lockOut(out) takes over a lock whose process is gone', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'debrief-lock-')), 'report');
    writeFileSync(lockPath(out), '2147483646\n'); // above Linux's largest process id: no such process
    const release = lockOut(out);
    expect(readFileSync(lockPath(out), 'utf8')).toBe(`${process.pid}\n`);
    release();
  });
});
