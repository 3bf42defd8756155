import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DebriefError } from '../../../../pipeline/errors.js';
import { checkInputFile, readInputFile } from '../../../../pipeline/ingest/decode/input-file.js';
import * as msg from '../../../../pipeline/messages.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-input-'));

function thrown(f: () => unknown): DebriefError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DebriefError);
    return e as DebriefError;
  }
  throw new Error('did not throw');
}

describe('checkInputFile(path)', () => {
  it('checkInputFile(path) gives the size of a regular file', () => {
    const path = join(dir, 'export.csv');
    writeFileSync(path, 'a,b\n1,2\n');
    expect(checkInputFile(path)).toBe(8);
  });

  it('checkInputFile(path) refuses a FIFO at once, without opening it (which would wait for a writer)', () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    expect(thrown(() => checkInputFile(fifo)).message).toBe(msg.notRegularFile(fifo, 'a named pipe (FIFO)'));
  });

  it('checkInputFile(path) refuses devices and folders, and names a missing file', () => {
    expect(thrown(() => checkInputFile('/dev/zero')).message).toBe(msg.notRegularFile('/dev/zero', 'a character device'));
    expect(thrown(() => checkInputFile('/dev/urandom')).message).toBe(msg.notRegularFile('/dev/urandom', 'a character device'));
    expect(thrown(() => checkInputFile(dir)).message).toBe(msg.notAFile(dir));
    expect(thrown(() => checkInputFile(join(dir, 'nope.csv'))).message).toBe(msg.missingFile(join(dir, 'nope.csv')));
  });

  it('checkInputFile(path, { exitCode }) fails with the exit code given (2 for a config)', () => {
    expect(thrown(() => checkInputFile('/dev/zero', { exitCode: 2 })).exitCode).toBe(2);
    expect(thrown(() => checkInputFile('/dev/zero')).exitCode).toBe(1);
  });
});

describe('readInputFile(path, size)', () => {
  it('readInputFile(path, size) reads the size stat gave, not what was appended since', () => {
    const path = join(dir, 'growing.csv');
    writeFileSync(path, 'a,b\n1,2\n');
    const size = checkInputFile(path);
    writeFileSync(path, 'a,b\n1,2\n3,4\n');
    expect(readInputFile(path, size).toString('utf8')).toBe('a,b\n1,2\n');
  });

  it('readInputFile(path, size) gives what there is when the file shrank', () => {
    const path = join(dir, 'shrunk.csv');
    writeFileSync(path, 'abc');
    expect(readInputFile(path, 10).toString('utf8')).toBe('abc');
  });
});

describe('checkInputFile(path, { config })', () => {
  it('checkInputFile(path, { config: true }) names a config in the message', () => {
    expect(thrown(() => checkInputFile('/dev/zero', { config: true, exitCode: 2 })).message).toBe(msg.configNotRegular('/dev/zero', 'a character device'));
  });
});
