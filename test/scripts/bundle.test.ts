/**
 * The bundle (scripts/bundle.ts, built by `npm test` before vitest) is what
 * `debrief` runs: it must write exactly what the modules write, and its
 * workers must load beside it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runReport } from '../../pipeline/run.js';
import { foldPlan } from '../../pipeline/ingest/stream/fold-plan.js';
import { detectLayout } from '../../pipeline/ingest/layout/index.js';
import { parseDelimited } from '../../pipeline/ingest/decode/parse.js';
import { headerFields } from '../../pipeline/ingest/normalise/tally.js';

const BUNDLE = resolve('dist/bundle');

/** Every file below `dir`, by relative path, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

describe('bundle', () => {
  it('dist/bundle/debrief.js report writes the same bytes, file for file, as runReport()', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const input = 'fixtures/ndm-un23/surveymonkey.csv';
    const cli = spawnSync(process.execPath, [join(BUNDLE, 'debrief.js'), 'report', input, '--out', join(dir, 'cli'), '--quiet'], { encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    await runReport([input], { out: join(dir, 'modules') });
    const bundled = tree(join(dir, 'cli'));
    const modules = tree(join(dir, 'modules'));
    expect([...bundled.keys()].sort()).toEqual([...modules.keys()].sort());
    expect([...bundled.keys()]).toContain('deck.pptx');
    expect([...bundled].filter(([name, bytes]) => !bytes.equals(modules.get(name)!)).map(([name]) => name)).toEqual([]);
  }, 120_000);

  it('dist/bundle/fold-worker.js loads beside the bundle, says it is ready and folds the byte range it is sent', async () => {
    const text = 'Respondent ID,Role,How would you rate the plenary?\r\n,,Response\r\n1,NGO,Good\r\n2,Donor,Poor\r\n3,NGO,Good\r\n';
    const file = join(mkdtempSync(join(tmpdir(), 'bundle-')), 'export.csv');
    writeFileSync(file, text);
    const sample = parseDelimited(text, { file: 'export.csv' }).rows;
    const layout = detectLayout(sample);
    const plan = { ...foldPlan(layout, headerFields(sample, layout.headerRows)), headerRows: 2 };
    // The worker says it is ready (its modules loaded), then takes its range.
    const worker = new Worker(join(BUNDLE, 'fold-worker.js'));
    const ready = await new Promise<unknown>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(ready).toEqual({ ready: true });
    worker.postMessage({ path: file, start: 0, end: text.length, delimiter: ',', encoding: 'utf-8', sample, plan, seen: [], expected: 8 });
    const state = await new Promise<{ state: { respondents: number; answers: { keys: Uint8Array[]; counts: number[] }[] } }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    }).finally(() => worker.terminate());
    expect(state.state.respondents).toBe(3);
    const answers = state.state.answers[0];
    // Spellings met only in the header rows are in the dictionary with no count.
    const counts = Object.fromEntries(answers.keys.map((k, i) => [Buffer.from(k).toString(), answers.counts[i]]).filter(([, n]) => n));
    expect(counts).toEqual({ Good: 2, Poor: 1 });
  }, 60_000);
});
