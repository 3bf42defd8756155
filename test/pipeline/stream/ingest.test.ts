/**
 * The streaming path must give exactly what the in-memory path gives, on
 * every fixture: the same summary.json, the same warnings.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../pipeline/ingest.js';
import { ingestStream } from '../../../pipeline/stream/ingest.js';
import { summarise } from '../../../pipeline/summary.js';
import { expectations, FIXTURES } from '../../fixtures.test.js';

describe('ingestStream(fixture)', () => {
  for (const [dir, file] of expectations()) {
    it(`ingestStream(${dir}/${file}) gives the in-memory path's summary.json`, async () => {
      const path = join(FIXTURES, dir, file);
      const memory = await ingestFile(path, { mode: 'memory' });
      const stream = await ingestStream(path, { threads: 1 });
      expect(stream.encoding).toBe(memory.encoding);
      expect(stream.layout.tool).toBe(memory.layout.tool);
      expect(stream.warnings).toEqual(memory.warnings);
      expect(JSON.stringify(summarise(stream.survey).summary)).toBe(JSON.stringify(summarise(memory.survey).summary));
      expect(stream.survey.texts).toEqual(memory.survey.texts);
      expect(stream.survey.attributes).toEqual(memory.survey.attributes);
    });
  }
});
