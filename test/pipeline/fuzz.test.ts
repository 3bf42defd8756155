import { expectations } from '../expectations.js';
/**
 * Fuzzing the ingest with damaged copies of the fixtures (see mutate.ts).
 * Every case must end in a clean result or a clean DebriefError: exit code 1
 * and a one-line message naming the file; never another exception, never a
 * hang (fast-check's per-case timeout). Both ingest paths must agree, damaged or not, and
 * when only ignorable changes were made (CRLF ↔ LF, a BOM, trailing empty
 * columns) the figures must equal those of the unchanged file.
 *
 * The data path (ingest + summarise, on the streaming and the in-memory
 * path) runs for the bulk of the cases, on the first 15 records of each text
 * fixture so that 2,000 cases fit in well under a minute; the full
 * `runReport` runs for a smaller share. The seed is fixed so CI is
 * reproducible; set FUZZ_SEED to explore others, FUZZ_RUNS to run more.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DebriefError } from '../../pipeline/errors.js';
import { ingestFile } from '../../pipeline/ingest/index.js';
import { runReport } from '../../pipeline/run.js';
import { summarise } from '../../pipeline/narrate/summary.js';
import { applyMutation, firstRecords, mutation } from './mutate.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20231102);
/** Data-path cases in all (each runs both ingest paths). */
const DATA_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const REPORT_RUNS = 6;
/** A case taking longer than this is a hang. */
const CASE_TIMEOUT = 5000;

const dir = mkdtempSync(join(tmpdir(), 'debrief-fuzz-'));

interface Base {
  name: string;
  file: string;
  delimiter: string;
  bytes: Buffer;
}


/** Text fixtures in an ASCII-compatible encoding (UTF-16 ones are not cut byte-wise), cut to 15 records; XLSX whole. */
const BASES: Base[] = expectations()
  .filter(([, , e]) => !e.encoding?.startsWith('utf-16'))
  .map(([folder, file, e]) => {
    const bytes = readFileSync(join('fixtures', folder, file));
    const delimiter = e.delimiter ?? ',';
    return { name: `${folder}/${file}`, file, delimiter, bytes: e.encoding === 'xlsx' ? bytes : firstRecords(bytes, delimiter, 15) };
  });

type Outcome = { figures: string } | { error: string; exitCode: number } | { crash: string };

/** What one ingest path makes of a file: the figures, the error, or a crash (anything but a DebriefError). */
async function outcome(path: string, mode: 'stream' | 'memory'): Promise<Outcome> {
  try {
    const r = await ingestFile(path, { mode, threads: 1 });
    const { summary } = summarise(r.survey, { warnings: r.warnings });
    return {
      figures: JSON.stringify({
        respondents: summary.respondents,
        items: summary.items.map((i) => [i.label, i.levels, i.counts, i.notApplicable, i.missing, i.unrecognised]),
        warnings: summary.warnings,
      }),
    };
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

/** The unchanged bases' figures, from the in-memory path. */
const reference = new Map<string, Outcome>();

describe('ingestFile(mutated fixture)', () => {
  beforeAll(async () => {
    for (const base of BASES) {
      const path = join(dir, base.file);
      writeFileSync(path, base.bytes);
      reference.set(base.name, await outcome(path, 'memory'));
    }
  }, 60_000);

  it('ingestFile(base) gives the same figures on both paths for every fuzz base', async () => {
    for (const base of BASES) {
      const path = join(dir, base.file);
      writeFileSync(path, base.bytes);
      const memory = reference.get(base.name)!;
      expect('figures' in memory, `${base.name}: ${JSON.stringify(memory)}`).toBe(true);
      expect(await outcome(path, 'stream'), base.name).toEqual(memory);
    }
  }, 60_000);

  const chunks = 4;
  for (let k = 0; k < chunks; k++) {
    const runs = Math.ceil(DATA_RUNS / chunks);
    it(`ingestFile(${runs} mutated fixtures, part ${k + 1} of ${chunks}) ends cleanly on both paths`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: BASES.length - 1 }), mutation, async (b, m) => {
          const base = BASES[b];
          const mutated = applyMutation(base.bytes, base.delimiter, m);
          const context = `${base.name}: ${mutated.steps.join(', ')}`;
          const path = join(dir, base.file);
          writeFileSync(path, mutated.bytes);
          const stream = await outcome(path, 'stream');
          const memory = await outcome(path, 'memory');
          expectClean(stream, base.file, `${context} (stream)`);
          expectClean(memory, base.file, `${context} (memory)`);
          // On an XLSX workbook every change to its bytes is damage.
          if (mutated.ignorable && !base.file.endsWith('.xlsx')) {
            expect(memory, `${context}: an ignorable change altered the figures (memory)`).toEqual(reference.get(base.name));
            expect(stream, `${context}: an ignorable change altered the figures (stream)`).toEqual(reference.get(base.name));
          } else {
            // Damaged files too: the fold reads stray quotes as papaparse does, numbers rows from the first
            // non-blank record as parse.ts does, and judges a cut last record with the same function (cut.ts);
            // both paths read a workbook with the same reader (ingest/decode/xlsx-read.ts).
            expect(stream, `${context}: the two paths read the damaged file differently`).toEqual(memory);
          }
        }),
        { seed: SEED + k, numRuns: runs, timeout: CASE_TIMEOUT, endOnFailure: true },
      );
    }, 120_000);
  }
});

describe('runReport(mutated fixture)', () => {
  it(`runReport(${REPORT_RUNS} mutated fixtures) writes a report or fails cleanly`, async () => {
    const text = BASES.filter((b) => !b.file.endsWith('.xlsx'));
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: text.length - 1 }), mutation, async (b, m) => {
        const base = text[b];
        const mutated = applyMutation(base.bytes, base.delimiter, m);
        const context = `${base.name}: ${mutated.steps.join(', ')}`;
        const path = join(dir, base.file);
        writeFileSync(path, mutated.bytes);
        try {
          const result = await runReport([path], { out: join(dir, 'report') });
          expect(result.files, context).toContain('index.html');
        } catch (e) {
          expect(e, context).toBeInstanceOf(DebriefError);
          const error = e as DebriefError;
          expect(error.exitCode, context).toBe(1);
          expect(error.message, context).not.toContain('\n');
          // Writing into a temporary folder does not fail: this message here would hide a bug.
          expect(error.message, context).not.toMatch(/could not be written/);
        }
      }),
      { seed: SEED, numRuns: REPORT_RUNS, timeout: 20_000, endOnFailure: true },
    );
  }, 120_000);
});
