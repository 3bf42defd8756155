/**
 * Every layout the generator writes is read back by debrief with exactly the
 * counts the generator chose, on both ingest paths.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
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

describe('generateExport(path, {shape: "one-grid"})', () => {
  it('generateExport(surveymonkey, one-grid) is one grid of Session rows and a comment question, read back with the chosen counts', async () => {
    const path = join(dir, 'one-grid.csv');
    const chosen = await generateExport(path, { tool: 'surveymonkey', respondents: 300, items: 6, seed: 3, shape: 'one-grid' });
    // The comment cells, counted from the file's own last field (no quoted line breaks in these comments).
    const lines = readFileSync(path, 'utf8').trimEnd().split('\r\n').slice(2);
    let commented = 0;
    for (const line of lines) if (!line.endsWith(',')) commented++;
    for (const mode of ['stream', 'memory'] as const) {
      const { survey } = await ingestFile(path, { mode });
      expect(survey.items.map((i) => i.label)).toEqual(['Session 1', 'Session 2', 'Session 3', 'Session 4', 'Session 5', 'Session 6']);
      expect(survey.items.map((i) => i.counts)).toEqual(chosen.counts);
      expect(survey.texts.map((t) => t.question)).toEqual(['What should we improve next time?']);
      expect(survey.texts[0].answered).toBe(commented);
    }
    expect(commented).toBeGreaterThan(60);
    expect(commented).toBeLessThan(150);
  });

  it('generateExport(default shape) has no comment question: 9 metadata columns, role, gender and one per item', async () => {
    const a = join(dir, 'a.csv');
    await generateExport(a, { respondents: 50, items: 5, seed: 9 });
    const header = readFileSync(a, 'utf8').split('\r\n')[0];
    expect(header).not.toContain('What should we improve');
    expect(header.split(',').length).toBe(9 + 2 + 5);
  });
});
