/**
 * The streaming path must give exactly what the in-memory path gives, on
 * every fixture: the same summary.json, the same warnings.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../../pipeline/ingest/index.js';
import { ingestStream } from '../../../../pipeline/ingest/stream/ingest.js';
import { summarise } from '../../../../pipeline/narrate/summary.js';
import { generateExport } from '../../../../scripts/gen-fixture.js';
import { expectations, FIXTURES } from '../../../expectations.js';
import * as msg from '../../../../pipeline/messages.js';
import { MAX_SPELLINGS } from '../../../../pipeline/ingest/normalise/tally.js';

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
      expect(stream.survey.choices).toEqual(memory.survey.choices);
    });
  }
});

describe('ingestStream(large file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stream-'));

  /** The summary and warnings of a path, for comparison. */
  async function figures(path: string, options: Parameters<typeof ingestStream>[1] | 'memory') {
    const r = options === 'memory' ? await ingestFile(path, { mode: 'memory' }) : await ingestStream(path, options);
    return { summary: JSON.stringify(summarise(r.survey).summary), warnings: r.warnings, texts: r.survey.texts };
  }

  it('ingestStream(3 MB, 1 and 2 threads) gives the in-memory path\'s figures across chunk boundaries', async () => {
    const path = join(dir, 'big.csv');
    await generateExport(path, { tool: 'surveymonkey', respondents: 6000, items: 40, seed: 3 });
    const memory = await figures(path, 'memory');
    expect(await figures(path, { threads: 1 })).toEqual(memory);
    expect(await figures(path, { threads: 2, parallelMin: 1, mainShare: 0.5 })).toEqual(memory);
    // The split made when the worker is ready, wherever this thread is by then (or none, when it has read the file).
    expect(await figures(path, { threads: 2, parallelMin: 1 })).toEqual(memory);
  }, 60_000);

  it('ingestStream(an attribute past its spelling limit, rows that end before it) gives the in-memory path\'s figures, warning and kept texts', async () => {
    // 1,200 countries overflow the attribute's dictionary (1,024 spellings); every third row stops after its comment.
    const rows = ['Respondent ID,Any other comments?,How would you rate the plenary?,Which country are you from?'];
    for (let r = 0; r < 1800; r++) rows.push(r % 3 === 2 ? `${r + 1},Comment ${r},Good` : `${r + 1},Comment ${r},Good,Country number ${r}`);
    const path = join(dir, 'short-rows.csv');
    writeFileSync(path, rows.join('\r\n') + '\r\n');
    const memory = await figures(path, 'memory');
    const short = memory.texts.flatMap((t) => t.texts).find((t) => t.text === 'Comment 1799');
    expect(short?.attributes).toEqual(['']);
    // Past 1,024 spellings neither path counts the attribute, and both say so.
    // Every third row (rows 4, 7, 10…: 600 in all) is shorter than the header, in a file no Excel re-save made.
    expect(memory.warnings).toEqual([msg.shortRows('short-rows.csv', [4, 7, 10, 13, 16], 600, 4), msg.attributeTooVaried('short-rows.csv', 'Which country are you from?', MAX_SPELLINGS)]);
    expect(await figures(path, { threads: 1 })).toEqual(memory);
    // Two halves of about 600 spellings each: only their union passes the limit.
    expect(await figures(path, { threads: 2, parallelMin: 1, mainShare: 0.5 })).toEqual(memory);
  });

  it('ingestStream(an attribute of exactly 1,024 spellings, and header rows that would make more) still breaks it down, as the in-memory path does', async () => {
    const rows = ['Respondent ID,How would you rate the plenary?,Which country are you from?'];
    // 1,024 countries over 2,048 rows, plus a duplicate respondent with a 1,025th spelling: it is skipped, so does not count.
    for (let r = 0; r < 2048; r++) rows.push(`${r + 1},${r % 2 ? 'Good' : 'Poor'},Country ${r % 1024}`);
    rows.push('1,Good,Country extra');
    const path = join(dir, 'exact.csv');
    writeFileSync(path, rows.join('\r\n') + '\r\n');
    const memory = await figures(path, 'memory');
    expect(memory.warnings.some((w) => w === msg.attributeTooVaried('exact.csv', 'Which country are you from?', MAX_SPELLINGS))).toBe(false);
    expect(memory.summary).toContain('Country 1023');
    expect(await figures(path, { threads: 1 })).toEqual(memory);
    expect(await figures(path, { threads: 2, parallelMin: 1, mainShare: 0.5 })).toEqual(memory);
  });

  it('ingestStream(a split inside a quoted comment, a respondent in both halves) falls back and still agrees', async () => {
    const header = 'ID,Role,Plenary 1,Comments\r\n';
    const rows: string[] = [];
    for (let r = 0; r < 4000; r++) {
      const comment = r % 2 === 0 ? `"line one, ""quoted""\r\nline two\r\nline three ${r}"` : 'ok';
      rows.push(`${r + 1},${r % 3 ? 'Donor' : 'NGO'},${['Excellent', 'Good', 'Fair', 'Poor', 'N/A'][r % 5]},${comment}`);
    }
    // A respondent of the first half answers again at the end: the second half must drop that row.
    rows.push(`1,Donor,Poor,again`);
    const path = join(dir, 'quoted.csv');
    writeFileSync(path, header + rows.join('\r\n') + '\r\n');
    const memory = await figures(path, 'memory');
    expect(memory.warnings.some((w) => /duplicate respondent/.test(w))).toBe(true);
    expect(await figures(path, { threads: 2, parallelMin: 1, mainShare: 0.5 })).toEqual(memory);
    // A comment so long that the middle of the file, where the second thread starts, falls inside it.
    const giant = `"${'a line of a very long comment, with ""quotes""\r\n'.repeat(20000)}"`;
    const middle = [...rows.slice(0, 2000), `9999,NGO,Good,${giant}`, ...rows.slice(2000)];
    const split = join(dir, 'split-inside.csv');
    writeFileSync(split, header + middle.join('\r\n') + '\r\n');
    const size = statSync(split).size;
    const text = readFileSync(split, 'latin1');
    expect(text.indexOf(giant)).toBeLessThan(size / 2);
    expect(text.indexOf(giant) + giant.length).toBeGreaterThan(size / 2);
    expect(await figures(split, { threads: 2, parallelMin: 1, mainShare: 0.5 })).toEqual(await figures(split, 'memory'));
  }, 60_000);
});
