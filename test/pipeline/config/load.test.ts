import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, validateConfig } from '../../../pipeline/config/load.js';
import { DebriefError } from '../../../pipeline/errors.js';
import * as msg from '../../../pipeline/messages.js';

function thrown(f: () => unknown): DebriefError {
  try {
    f();
  } catch (e) {
    if (e instanceof DebriefError) return e;
    throw e;
  }
  throw new Error('expected a DebriefError');
}

describe('validateConfig(data)', () => {
  it('validateConfig(a full config) returns it unchanged', () => {
    const data = { title: 'NDM-UN23', inputs: ['a.csv'], lang: 'fr', participants: 520, minCell: 5, items: { 'plenary-1': { group: 'plenary', scale: 'excellent-poor-4' } } };
    expect(validateConfig(data, { file: 'survey.yml' })).toEqual(data);
  });

  it('validateConfig(lang: de) names the key and the allowed values, exit 2', () => {
    const e = thrown(() => validateConfig({ lang: 'de' }, { file: 'survey.yml' }));
    expect(e.message).toBe(msg.configValue('survey.yml', 'lang', ['en', 'fr', 'es']));
    expect(e.exitCode).toBe(2);
  });

  it('validateConfig(an unknown item scale) lists the catalogue', () => {
    const e = thrown(() => validateConfig({ items: { x: { scale: 'stars' } } }, { file: 's.yml' }));
    expect(e.message).toMatch(/^s\.yml, key "items\.x\.scale": allowed values are excellent-poor-4, /);
  });

  it('validateConfig(a misspelt key) names it and the keys allowed there', () => {
    const e = thrown(() => validateConfig({ participant: 3 }, { file: 's.yml' }));
    expect(e.message).toMatch(/^s\.yml, key "participant": unknown key; allowed keys here are title, inputs, out, lang, participants/);
  });

  it('validateConfig(notApplicable) takes a list of labels, and says a list is expected otherwise', () => {
    expect(validateConfig({ notApplicable: ['Estaba en otra sala', 'Vu en replay'] }, { file: 's.yml' })).toEqual({ notApplicable: ['Estaba en otra sala', 'Vu en replay'] });
    expect(thrown(() => validateConfig({ notApplicable: 'Vu en replay' }, { file: 's.yml' })).message).toBe(msg.configType('s.yml', 'notApplicable', 'array'));
  });

  it('validateConfig(participants: "many") says a number is expected', () => {
    const e = thrown(() => validateConfig({ participants: 'many' }, { file: 's.yml' }));
    expect(e.message).toBe(msg.configType('s.yml', 'participants', 'number'));
  });
});

describe('loadConfig(path)', () => {
  it('loadConfig(missing file) is a usage error naming the file', () => {
    const e = thrown(() => loadConfig('/nonexistent/survey.yml'));
    expect(e.message).toBe(msg.missingConfig('/nonexistent/survey.yml'));
    expect(e.exitCode).toBe(2);
  });

  it('loadConfig(broken YAML) is a usage error', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cfg-')), 'survey.yml');
    writeFileSync(path, 'title: [unclosed\n');
    const e = thrown(() => loadConfig(path));
    expect(e.message).toMatch(/the config is not valid YAML/);
    expect(e.exitCode).toBe(2);
  });

  it('loadConfig(an empty file) is an empty config', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cfg-')), 'survey.yml');
    writeFileSync(path, '# nothing yet\n');
    expect(loadConfig(path)).toEqual({});
  });
});
