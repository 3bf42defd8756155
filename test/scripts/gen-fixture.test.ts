/**
 * Every layout the generator writes is read back by debrief with exactly the
 * counts the generator chose, on both ingest paths.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../pipeline/ingest/index.js';
import { generateExport, TOOLS } from '../../scripts/gen-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'gen-fixture-'));

describe('generateExport(path, {tool})', () => {
  for (const tool of TOOLS) {
    it(`generateExport(${tool}) is read back with the chosen counts, streamed and in memory`, async () => {
      const path = join(dir, `${tool}.csv`);
      const chosen = await generateExport(path, { tool, respondents: 400, items: 10, seed: 7 });
      for (const mode of ['stream', 'memory'] as const) {
        const { survey, layout } = await ingestFile(path, { mode });
        expect(layout.tool).toBe(tool);
        expect(survey.respondents).toBe(400);
        expect(survey.items.map((i) => i.counts)).toEqual(chosen.counts);
        expect(survey.items.map((i) => i.notApplicable)).toEqual(chosen.notApplicable);
        expect(survey.items.map((i) => i.missing)).toEqual(chosen.missing);
        expect(survey.items.map((i) => i.group)).toEqual(['logistics', ...Array(3).fill('plenary'), ...Array(6).fill('side-event')]);
      }
    });
  }
});
