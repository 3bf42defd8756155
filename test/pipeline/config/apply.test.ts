import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_APPLICABLE, PLENARIES } from '../../../scripts/gen-congreso-es.js';
import { applyConfig } from '../../../pipeline/config/apply.js';
import { DebriefError } from '../../../pipeline/errors.js';
import { ingestFile } from '../../../pipeline/ingest/index.js';
import * as msg from '../../../pipeline/messages.js';

const FIXTURE = 'fixtures/ndm-un23/surveymonkey.csv';

describe('applyConfig(survey, tally, config)', () => {
  it('applyConfig(group, label, exclude) changes only the named items, by id or by label', async () => {
    const { survey, tally } = await ingestFile(FIXTURE);
    const [first, second, third] = survey.items;
    const out = applyConfig(survey, tally, { items: { [first.id]: { group: 'venue' }, [second.label.toUpperCase()]: { label: 'Environment' }, [third.id]: { exclude: true } } });
    expect(out.items).toHaveLength(survey.items.length - 1);
    expect(out.items[0].group).toBe('venue');
    expect(out.items[1].label).toBe('Environment');
    expect(out.items.some((i) => i.id === third.id)).toBe(false);
    expect(survey.items[0].group).toBe('logistics'); // input not mutated
  });

  it('applyConfig(scale) re-reads the answers on the named scale', async () => {
    const { survey, tally } = await ingestFile(FIXTURE);
    const item = survey.items[1];
    const out = applyConfig(survey, tally, { items: { [item.id]: { scale: 'excellent-poor-5' } } });
    const next = out.items[1];
    expect(next.levels).toHaveLength(5);
    // Excellent, (Very good), Good, Fair, Poor: the 4-point counts land on levels 0, 2, 3, 4.
    expect(next.counts).toEqual([item.counts[0], 0, item.counts[1], item.counts[2], item.counts[3]]);
  });

  it('applyConfig(scale, notApplicable) re-reads the answers with the config\'s not-applicable labels kept out of the unrecognised', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apply-na-'));
    const path = join(dir, 'congreso.csv');
    writeFileSync(path, readFileSync('fixtures/congreso-es/qualtrics.csv', 'utf8').split(NOT_APPLICABLE.plenary).join('Estaba en otra sala'));
    const notApplicable = ['Estaba en otra sala'];
    const { survey, tally } = await ingestFile(path, { notApplicable });
    const item = survey.items.find((i) => i.label === PLENARIES[0].label)!;
    expect(item.notApplicable).toBe(PLENARIES[0].notApplicable);
    const out = applyConfig(survey, tally, { notApplicable, items: { [item.id]: { scale: 'excellent-poor-5' } } });
    const next = out.items.find((i) => i.id === item.id)!;
    expect(next.notApplicable).toBe(PLENARIES[0].notApplicable);
    expect(next.unrecognised.map(([label]) => label)).not.toContain('Estaba en otra sala');
    // Without the key, the same re-reading leaves the label unrecognised.
    const bare = applyConfig(survey, tally, { items: { [item.id]: { scale: 'excellent-poor-5' } } }).items.find((i) => i.id === item.id)!;
    expect(bare.notApplicable).toBe(0);
  });

  it('applyConfig(positiveLevels: 1) narrows the top box', async () => {
    const { survey, tally } = await ingestFile(FIXTURE);
    const out = applyConfig(survey, tally, { positiveLevels: 1 });
    expect(out.items.every((i) => i.scale.positiveLevels === 1)).toBe(true);
  });

  it('applyConfig(an item that does not exist) is a config error naming the key', async () => {
    const { survey, tally } = await ingestFile(FIXTURE);
    let error: unknown;
    try {
      applyConfig(survey, tally, { items: { 'plenary-99': { group: 'plenary' } } }, { file: 'survey.yml' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DebriefError);
    expect((error as DebriefError).message).toBe(msg.unknownConfigItem('survey.yml', 'plenary-99', survey.items.map((i) => i.id)));
    expect((error as DebriefError).exitCode).toBe(2);
  });
});

describe('applyConfig(scale) with the layout', () => {
  it('applyConfig(scale, {layout}) recounts the breakdowns on the new scale', async () => {
    const { survey, tally, layout } = await ingestFile(FIXTURE);
    const item = survey.items[1];
    const out = applyConfig(survey, tally, { items: { [item.id]: { scale: 'excellent-poor-5' } } }, { layout });
    const before = item.byAttribute!.gender;
    const after = out.items[1].byAttribute!.gender;
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const value of Object.keys(before)) expect(after[value]).toEqual([before[value][0], 0, before[value][1], before[value][2], before[value][3]]);
  });
});
