/**
 * Fuzzing the XLSX ingest with damaged and hostile copies of the XLSX
 * fixtures and of a workbook written here (see xlsx-mutate.ts): every case
 * must end, on both ingest paths, in figures or a DebriefError with exit
 * code 1 and one line naming the file; never another exception, never a
 * case longer than 10 s (fast-check's per-case timeout catches a promise
 * that never settles). Calls are in-process, so 500 cases take seconds, not
 * 500 process starts. The seed is fixed so CI is reproducible; set
 * FUZZ_SEED to explore others, XLSX_FUZZ_RUNS to run more.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { DebriefError } from '../../../../pipeline/errors.js';
import { ingestFile } from '../../../../pipeline/ingest/index.js';
import { applyXlsxMutations, xlsxMutation, type XlsxBase } from './xlsx-mutate.js';
import { sheetXml, workbookParts } from './zip-build.js';
import { inflateRawSync } from 'node:zlib';

const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const RUNS = Number(process.env.XLSX_FUZZ_RUNS ?? 500);
/** A case taking longer than this is a hang. */
const CASE_TIMEOUT = 10_000;

const dir = mkdtempSync(join(tmpdir(), 'debrief-xlsx-fuzz-'));
const bases: XlsxBase[] = [];

type Outcome = { respondents: number } | { error: string; exitCode: number } | { crash: string };

async function outcome(path: string, mode: 'stream' | 'memory'): Promise<Outcome> {
  try {
    const r = await ingestFile(path, { mode, threads: 1 });
    return { respondents: r.tally.respondents };
  } catch (e) {
    if (e instanceof DebriefError) return { error: e.message, exitCode: e.exitCode };
    return { crash: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e) };
  }
}

function expectClean(o: Outcome, file: string, context: string): void {
  expect('crash' in o ? o.crash : '', context).toBe('');
  if ('error' in o) {
    expect(o.exitCode, context).toBe(1);
    expect(o.error, context).not.toContain('\n');
    expect(o.error.startsWith(file), `${context}: the message names the file`).toBe(true);
  }
}

/** Outcomes by kind, printed at the end for the record. */
const tally = { cases: 0, read: 0, refused: 0, slowest: 0 };
const kinds = new Map<string, number>();

describe('ingestFile(mutated XLSX)', () => {
  beforeAll(async () => {
    for (const fixture of ['microsoft-forms/responses.xlsx', 'surveymonkey-xlsx/responses.xlsx']) {
      const zip = await JSZip.loadAsync(readFileSync(join('fixtures', fixture)));
      const parts: XlsxBase['parts'] = [];
      for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) parts.push({ name, data: Buffer.from(await zip.files[name].async('uint8array')) });
      bases.push({ name: fixture, parts });
    }
    // A workbook of inline strings, unlike the fixtures' shared strings.
    const rows = [['Respondent ID', 'Role', 'How would you rate the venue?'], ...Array.from({ length: 12 }, (_, r) => [String(900 + r), r % 2 ? 'Staff' : 'Guest', ['Very good', 'Good', 'Fair', 'Poor'][r % 4]])];
    const inline = workbookParts({ sheet: sheetXml(rows.map((cells) => ({ cells }))) });
    bases.push({ name: 'inline strings', parts: inline.map((p) => ({ name: p.name, data: inflateRawSync(p.data) })) });
  }, 60_000);

  const chunks = 2;
  for (let k = 0; k < chunks; k++) {
    const runs = Math.ceil(RUNS / chunks);
    it(`ingestFile(${runs} mutated XLSX workbooks, part ${k + 1} of ${chunks}) ends cleanly on both paths`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: bases.length - 1 }), xlsxMutation, async (b, mutations) => {
          const base = bases[b];
          const { bytes, steps } = applyXlsxMutations(base, mutations);
          const context = `${base.name}: ${steps.join(', ')}`;
          const path = join(dir, 'export.xlsx');
          writeFileSync(path, bytes);
          const started = Date.now();
          const stream = await outcome(path, 'stream');
          const memory = await outcome(path, 'memory');
          tally.slowest = Math.max(tally.slowest, Date.now() - started);
          tally.cases++;
          if ('respondents' in stream) tally.read++;
          else if ('error' in stream) {
            tally.refused++;
            const kind = stream.error.replace(/"[^"]*"|\d[\d,]*/g, '…').slice(0, 90);
            kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
          }
          expectClean(stream, 'export.xlsx', `${context} (stream)`);
          expectClean(memory, 'export.xlsx', `${context} (memory)`);
          // Both paths read the workbook with the same reader: they must agree.
          expect(memory, context).toEqual(stream);
        }),
        { seed: SEED + k, numRuns: runs, timeout: CASE_TIMEOUT, endOnFailure: true },
      );
    }, 300_000);
  }

  it('ingestFile(mutated XLSX workbooks) read some and refused some', () => {
    console.info(`xlsx fuzz: ${tally.cases} cases, ${tally.read} read, ${tally.refused} refused, slowest ${tally.slowest} ms\n  ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} × ${k}`).join('\n  ')}`);
    expect(tally.read).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
  });
});
