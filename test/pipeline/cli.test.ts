/**
 * The CLI contract for scheduled runs: exit codes, atomic output,
 * byte-identical reruns and --if-changed.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../pipeline/cli.js';
import { createLogger } from '../../pipeline/util/log.js';
import * as msg from '../../pipeline/messages.js';
import { joinRecords, splitRecords } from './mutate.js';

const EN = 'fixtures/ndm-un23/surveymonkey.csv';
const FR = 'fixtures/ndm-un23/surveymonkey-fr.csv';

async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await main(args, { log: createLogger({ write: (l) => lines.push(l) }) });
  return { code, lines };
}

/** Path → sha256 of every file under a folder. */
function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const tmp = () => mkdtempSync(join(tmpdir(), 'debrief-cli-'));

/** The sample's 2 header rows and first 10 responses, then 3 fields of the 11th with no line break: a cut download. */
function cutExport(dir: string): { path: string; fields: number } {
  const records = splitRecords(readFileSync(EN, 'latin1'), ',');
  const partial = { fields: records[12].fields.slice(0, 3), end: '' };
  const path = join(dir, 'cut.csv');
  writeFileSync(path, Buffer.from(joinRecords([...records.slice(0, 12), partial], ','), 'latin1'));
  return { path, fields: records[0].fields.length };
}

describe('main(report)', () => {
  it('main(report x2) gives byte-identical outputs', async () => {
    const a = join(tmp(), 'a');
    const b = join(tmp(), 'b');
    expect((await run(['report', EN, '--out', a])).code).toBe(0);
    expect((await run(['report', EN, '--out', b])).code).toBe(0);
    const da = digest(a);
    expect(Object.keys(da)).toContain('index.html');
    expect(digest(b)).toEqual(da);
  }, 60_000);

  it('main(report good corrupt) exits 1 and leaves the previous output untouched', async () => {
    const dir = tmp();
    const out = join(dir, 'report');
    expect((await run(['report', EN, '--out', out])).code).toBe(0);
    const before = digest(out);
    const corrupt = join(dir, 'corrupt.csv');
    // A stray quote that runs the rows after it together: an error (a quote open only at the very end reads as a cut file, a warning).
    writeFileSync(corrupt, 'Respondent ID,Role,How would you rate the venue?,Comments\r\n1,Delegate,Good,fine\r\n2,Delegate,"Excellent,nice\r\n3,Observer,Fair,ok\r\n4,Delegate,Good,ok\r\n');
    const { code, lines } = await run(['report', EN, corrupt, '--out', out]);
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatch(/^debrief: error: corrupt\.csv, row \d+: a quoted field is never closed/);
    expect(digest(out)).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.startsWith('.debrief-'))).toEqual([]); // no staging folder or lock left
  }, 60_000);

  it('main(report missing.csv) exits 1 with one sentence naming the file', async () => {
    const { code, lines } = await run(['report', 'missing.csv', '--out', join(tmp(), 'r')]);
    expect(code).toBe(1);
    expect(lines).toEqual([`debrief: error: ${msg.missingFile('missing.csv')}`]);
  });

  it('main(report <a folder>) exits 1 with one sentence naming it, not an internal error, with or without --if-changed', async () => {
    const folder = tmp();
    for (const flags of [[], ['--if-changed']]) {
      const { code, lines } = await run(['report', folder, '--out', join(tmp(), 'r'), ...flags]);
      expect(code).toBe(1);
      expect(lines).toEqual([`debrief: error: ${msg.notAFile(folder)}`]);
    }
  });

  it('main(report --lang de) and main(report) with no input exit 2', async () => {
    expect((await run(['report', EN, '--lang', 'de'])).code).toBe(2);
    const { code, lines } = await run(['report', '--out', join(tmp(), 'r')]);
    expect(code).toBe(2);
    expect(lines).toEqual([`debrief: error: ${msg.noInputs()}`]);
  });

  it('main(report --config bad.yml) exits 2 naming the key', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.yml'), 'lang: de\n');
    const { code, lines } = await run(['report', EN, '--config', join(dir, 'bad.yml'), '--out', join(dir, 'r')]);
    expect(code).toBe(2);
    expect(lines[0]).toBe(`debrief: error: ${msg.configValue(join(dir, 'bad.yml'), 'lang', ['en', 'fr', 'es'])}`);
  });

  it('main(report --strict) exits 3 when the run had warnings, after writing the report', async () => {
    const dir = tmp();
    const withFooter = join(dir, 'footer.csv');
    writeFileSync(withFooter, readFileSync(EN, 'utf8') + 'Averaged results,,,,\r\n');
    const { code, lines } = await run(['report', withFooter, '--strict', '--out', join(dir, 'r')]);
    expect(lines.some((l) => l.includes('a summary row, not a response, was skipped'))).toBe(true);
    expect(code).toBe(3);
    expect(existsSync(join(dir, 'r', 'summary.json'))).toBe(true);
    expect((await run(['report', EN, '--strict', '--out', join(dir, 'r2')])).code).toBe(0);
  }, 60_000);

  it('main(report cut.csv --strict) warns of the cut row, counts the 10 responses before it, and exits 3', async () => {
    const dir = tmp();
    const { path, fields } = cutExport(dir);
    const { code, lines } = await run(['report', path, '--strict', '--formats', 'json', '--out', join(dir, 'r')]);
    expect(lines).toContain(`debrief: warning: ${msg.cutOff('cut.csv', 13, { kind: 'short', fields: 3, expected: fields })}`);
    expect(code).toBe(3);
    expect(JSON.parse(readFileSync(join(dir, 'r', 'summary.json'), 'utf8')).respondents).toBe(10);
  }, 60_000);

  it('main(report --if-changed) runs after a run without it, skips an unchanged run, then runs again after an input changes', async () => {
    const dir = tmp();
    const input = join(dir, 'export.csv');
    copyFileSync(EN, input);
    const out = join(dir, 'r');
    // A run without the flag writes no fingerprint: the first --if-changed run after it runs.
    expect((await run(['report', input, '--out', out])).code).toBe(0);
    expect(existsSync(join(out, '.debrief-fingerprint'))).toBe(false);
    const first = await run(['report', input, '--out', out, '--if-changed']);
    expect(first.code).toBe(0);
    expect(first.lines[0]).toMatch(/^wrote /);
    const skipped = await run(['report', input, '--out', out, '--if-changed']);
    expect(skipped.code).toBe(0);
    expect(skipped.lines).toEqual([msg.skipped(out)]);
    writeFileSync(input, readFileSync(EN, 'utf8').replace(/\r\n11453200000,/, '\r\n11453200000,'.replace('0,', '1,')));
    const again = await run(['report', input, '--out', out, '--if-changed']);
    expect(again.code).toBe(0);
    expect(again.lines[0]).toMatch(/^wrote /);
  }, 60_000);

  it('main(report en fr) merges the two language versions into one report', async () => {
    const out = join(tmp(), 'r');
    expect((await run(['report', EN, FR, '--out', out])).code).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const expected = JSON.parse(readFileSync('fixtures/ndm-un23/expected.json', 'utf8')).fixtures;
    expect(summary.respondents).toBe(expected['surveymonkey.csv'].respondents + expected['surveymonkey-fr.csv'].respondents);
    const valid = (e: { counts: number[] }) => e.counts.reduce((a, b) => a + b, 0);
    expect(summary.items[0].valid).toBe(valid(expected['surveymonkey.csv'].items[0]) + valid(expected['surveymonkey-fr.csv'].items[0]));
  }, 60_000);

  it('main(report --quiet) prints nothing on success; --log json prints JSON lines', async () => {
    const lines: string[] = [];
    // The logger is built from the flags when none is injected; capture stderr instead.
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      await main(['report', EN, '--out', join(tmp(), 'r'), '--quiet']);
      expect(lines).toEqual([]);
      await main(['report', EN, '--out', join(tmp(), 'r'), '--log', 'json']);
    } finally {
      process.stderr.write = write;
    }
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'info' });
  }, 60_000);
});

describe('main(init) and main(inspect)', () => {
  it('main(init) writes a config that main(report --config) runs, and refuses to overwrite it', async () => {
    const dir = tmp();
    const config = join(dir, 'survey.yml');
    copyFileSync(EN, join(dir, 'export.csv'));
    expect((await run(['init', join(dir, 'export.csv'), '--config', config])).code).toBe(0);
    expect(readFileSync(config, 'utf8')).toMatch(/^inputs:\n {2}- export\.csv$/m);
    expect((await run(['init', join(dir, 'export.csv'), '--config', config])).code).toBe(2);
    expect((await run(['report', '--config', config])).code).toBe(0);
    expect(existsSync(join(dir, 'report', 'summary.json'))).toBe(true);
  }, 60_000);

  it('main(inspect --json) prints the detection on stdout, without personal data', async () => {
    const chunks: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write;
    let code: number;
    try {
      code = await run(['inspect', EN, '--json']).then((r) => r.code);
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(0);
    const i = JSON.parse(chunks.join(''));
    expect(i.tool).toBe('surveymonkey');
    expect(i.respondents).toBe(512);
    expect(i.droppedPersonal).toEqual(['IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1']);
    expect(chunks.join('')).not.toMatch(/@example\.org/);
  });
});

describe('main(inspect cut.csv)', () => {
  it('main(inspect cut.csv) shows the warning of the cut row and the 10 respondents before it', async () => {
    const { path, fields } = cutExport(tmp());
    const chunks: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write;
    let code: number;
    try {
      code = await run(['inspect', path]).then((r) => r.code);
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(0);
    const text = chunks.join('');
    expect(text).toContain(`warning: ${msg.cutOff('cut.csv', 13, { kind: 'short', fields: 3, expected: fields })}\n`);
    expect(text).toContain('respondents: 10\n');
  });
});

describe('main(report --formats)', () => {
  it('main(report --formats json,csv) writes only summary.json and the CSVs; a config baseline is read relative to the config', async () => {
    const dir = tmp();
    const out = join(dir, 'r');
    expect((await run(['report', EN, '--out', out, '--formats', 'json,csv'])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.debrief-manifest.json', 'breakdowns.csv', 'choices.csv', 'metrics.csv', 'summary.json']);
    copyFileSync(EN, join(dir, 'last-year.csv'));
    writeFileSync(join(dir, 'survey.yml'), `inputs: [${join(process.cwd(), 'fixtures/ndm-un24/surveymonkey.csv')}]\nbaseline: last-year.csv\nformats: [json]\nout: r2\n`);
    expect((await run(['report', '--config', join(dir, 'survey.yml')])).code).toBe(0);
    expect(readdirSync(join(dir, 'r2')).sort()).toEqual(['.debrief-manifest.json', 'summary.json']);
    const summary = JSON.parse(readFileSync(join(dir, 'r2', 'summary.json'), 'utf8'));
    expect(summary.comparison.baseline).toBe('last-year.csv');
  }, 60_000);

  it('main(report --formats xml) exits 2 naming the bad format', async () => {
    const { code, lines } = await run(['report', EN, '--formats', 'html,xml', '--out', join(tmp(), 'r')]);
    expect(code).toBe(2);
    expect(lines).toEqual([`debrief: error: ${msg.badFormat('xml', ['html', 'json', 'csv', 'svg', 'png', 'pptx', 'pdf'])}`]);
  });
});
