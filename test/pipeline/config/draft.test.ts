import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { draftConfig } from '../../../pipeline/config/draft.js';
import { validateConfig } from '../../../pipeline/config/load.js';
import { ingestFile } from '../../../pipeline/ingest/index.js';
import { NOT_APPLICABLE } from '../../../scripts/gen-congreso-es.js';

describe('draftConfig(ingested)', () => {
  it('draftConfig(ndm-un23) lists every item with its group and scale, and the dropped personal columns; it validates', async () => {
    const ingested = await ingestFile('fixtures/ndm-un23/surveymonkey.csv');
    const text = draftConfig(ingested, { inputs: ['surveymonkey.csv'] });
    const config = validateConfig(parse(text), { file: 'draft' });
    expect(Object.keys(config.items!)).toHaveLength(25);
    const groups = Object.values(config.items!).map((i) => i.group);
    expect(groups.filter((g) => g === 'plenary')).toHaveLength(7);
    expect(groups.filter((g) => g === 'side-event')).toHaveLength(17);
    expect(config.dropped).toEqual(['IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1']);
    expect(config.inputs).toEqual(['surveymonkey.csv']);
  });

  it('draftConfig(an export with an unknown "did not attend" column) offers the notApplicable line with its label, commented out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-na-'));
    const path = join(dir, 'congreso.csv');
    writeFileSync(path, readFileSync('fixtures/congreso-es/qualtrics.csv', 'utf8').split(NOT_APPLICABLE.plenary).join('Estaba en otra sala'));
    const text = draftConfig(await ingestFile(path));
    expect(text.split('\n')).toContain('# notApplicable: ["Estaba en otra sala"]  # answer labels meaning "not applicable" / "did not attend" beyond those debrief knows');
    expect(validateConfig(parse(text), { file: 'draft' }).notApplicable).toBeUndefined();
    const uncommented = text.replace('# notApplicable:', 'notApplicable:').replace(/  # answer labels.*$/m, '');
    expect(validateConfig(parse(uncommented), { file: 'draft' }).notApplicable).toEqual(['Estaba en otra sala']);
  });
});
