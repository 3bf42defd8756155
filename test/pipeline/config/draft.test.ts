import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { draftConfig } from '../../../pipeline/config/draft.js';
import { validateConfig } from '../../../pipeline/config/load.js';
import { ingestFile } from '../../../pipeline/ingest/index.js';

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
});
