import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as msg from '../../../pipeline/messages.js';
import { checkOut, realish } from '../../../pipeline/outputs/out-guard.js';

function place(): string {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-guard-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'export.csv'), 'x');
  symlinkSync(join(dir, 'data'), join(dir, 'alias'));
  return dir;
}

describe('realish(path)', () => {
  it('realish(path) resolves links in the part that exists and appends the rest', () => {
    const dir = place();
    expect(realish(join(dir, 'alias', 'new', 'deeper'))).toBe(join(realish(dir), 'data', 'new', 'deeper'));
    expect(realish(join(dir, 'alias', '..', 'data'))).toBe(join(realish(dir), 'data'));
  });
});

describe('checkOut(out, inputs, options)', () => {
  it('checkOut(out, inputs) accepts a folder apart from the inputs', () => {
    const dir = place();
    expect(() => checkOut(join(dir, 'report'), [join(dir, 'data', 'export.csv')], { home: join(dir, 'home') })).not.toThrow();
  });

  it('checkOut(out, inputs) sees through links and other spellings of the same place', () => {
    const dir = place();
    const input = join(dir, 'data', 'export.csv');
    expect(() => checkOut(join(dir, 'alias'), [input])).toThrow(msg.outHoldsInput(join(dir, 'alias'), input));
    expect(() => checkOut(join(dir, 'alias', 'export.csv'), [input])).toThrow(msg.outIsInput(join(dir, 'alias', 'export.csv'), input));
    expect(() => checkOut(join(dir, 'data', '.'), [input])).toThrow(msg.outHoldsInput(join(dir, 'data', '.'), input));
  });

  it('checkOut(out, inputs, { others }) guards the config and baseline like the inputs, with exit 2', () => {
    const dir = place();
    const config = join(dir, 'survey.yml');
    expect(() => checkOut(dir, [], { others: [config] })).toThrow(expect.objectContaining({ exitCode: 2, message: msg.outHoldsInput(dir, config) }));
  });

  it('checkOut(out) refuses / and the home folder, but not a folder inside home', () => {
    const dir = place();
    expect(() => checkOut('/', [])).toThrow(msg.outIsRoot('/'));
    expect(() => checkOut(join(dir, 'alias'), [], { home: join(dir, 'data') })).toThrow(msg.outIsHome(join(dir, 'alias')));
    expect(() => checkOut(join(dir, 'data', 'report'), [], { home: join(dir, 'data') })).not.toThrow();
  });
});
