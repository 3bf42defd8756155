import { describe, expect, it } from 'vitest';
import { earlyWorkers, PRESTART_MIN } from '../../pipeline/cli-early.js';
import { PARALLEL_MIN } from '../../pipeline/ingest/stream/ingest.js';

// Sizes of the files a command line names: one large export, one small, a folder (undefined).
const SIZES: Record<string, number | undefined> = { 'big.csv': 500e6, 'small.csv': 200e3, 'survey.yml': 300, report: undefined };
const sizeOf = (path: string) => SIZES[path];

describe('earlyWorkers()', () => {
  it('earlyWorkers(report args, outputs) names the fold worker for a large export and the outputs worker when the run draws PNGs, a deck or charts.pdf', () => {
    const cases: [string, string[]][] = [
      ['report big.csv', ['fold-worker', 'outputs-worker']],
      ['report small.csv', ['outputs-worker']],
      ['--quiet report big.csv --out report', ['fold-worker', 'outputs-worker']],
      // The value of --out (here a large file's name) is not an export.
      ['report small.csv --out big.csv', ['outputs-worker']],
      ['report small.csv --out=report big.csv', ['fold-worker', 'outputs-worker']],
      ['report big.csv --formats json,csv', ['fold-worker']],
      ['report big.csv --formats=json,png', ['fold-worker', 'outputs-worker']],
      ['report big.csv --formats json --slides', ['fold-worker', 'outputs-worker']],
      // A config's formats are not read here: no outputs worker on a guess.
      ['report --config survey.yml', []],
      ['report big.csv -c survey.yml', ['fold-worker']],
      ['inspect big.csv', []],
      ['init big.csv', []],
      ['--help', []],
    ];
    for (const [line, want] of cases) expect([line, earlyWorkers(line.split(' '), { sizeOf, outputs: true })]).toEqual([line, want]);
  });

  it('earlyWorkers(report args) names no outputs worker unless asked to', () => {
    expect(earlyWorkers(['report', 'big.csv'], { sizeOf })).toEqual(['fold-worker']);
    expect(earlyWorkers(['report', 'small.csv'], { sizeOf })).toEqual([]);
  });

  it('PRESTART_MIN is the ingest\'s PARALLEL_MIN (8 MiB)', () => {
    expect(PRESTART_MIN).toBe(8 * 1024 * 1024);
    expect(PRESTART_MIN).toBe(PARALLEL_MIN);
  });
});
