/**
 * Issue 21's table, run through the bundled CLI (dist/bundle/debrief.js, so
 * build first) in a child process each, under a timeout: hostile workbooks
 * generated here from small descriptions (a few megabytes that inflate to
 * gigabytes, row numbers of 10^9 and 10^15, a cell of 1.5 GB, ZIP64 damage,
 * hidden entries, rows without references), special files, and output
 * folders that cannot be written. Each must end within the time with exit 0
 * or 1 and one sentence (compared with messages.ts), its peak RSS under
 * 512 MB (`process.resourceUsage().maxRSS`, printed by the child on exit).
 */
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as msg from '../../pipeline/messages.js';
import { buildZip, deflatedPart, letters, repeatedPart, sheetXml, workbookParts, type BuiltPart } from './ingest/decode/zip-build.js';

const BUNDLE = resolve('dist/bundle/debrief.js');
const dir = mkdtempSync(join(tmpdir(), 'debrief-bounds-'));
chmodSync(dir, 0o755);
/** Where children write their peak RSS: writable also by a child run as nobody. */
const rssDir = join(dir, 'rss');
mkdirSync(rssDir);
chmodSync(rssDir, 0o777);
/** The cap on each run. */
const RUN_TIMEOUT = 20_000;
const RSS_LIMIT_MB = 512;
const MiB = 1 << 20;

/** Runs the CLI under the cap; the child prints its peak RSS (kB) on exit, to a file so stderr stays the CLI's. */
const WRAPPER = join(dir, 'rss.mjs');
writeFileSync(
  WRAPPER,
  `import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [rssFile, bundle, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], bundle, ...args];
process.on('exit', () => writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));
await import(pathToFileURL(bundle).href);
`,
);

/** Ingests a file on the in-memory path (dist/pipeline/ingest/index.js, from tsc) and prints the error as JSON, as the CLI would. */
const MEMORY_INGEST = join(dir, 'memory.mjs');
writeFileSync(
  MEMORY_INGEST,
  `import { pathToFileURL } from 'node:url';
const [ingest, path] = process.argv.slice(2);
const { ingestFile } = await import(pathToFileURL(ingest).href);
try {
  await ingestFile(path, { mode: 'memory' });
} catch (e) {
  process.stderr.write(JSON.stringify({ level: 'error', message: e.exitCode ? e.message : 'internal error ' + e.stack }) + '\\n');
  process.exitCode = e.exitCode ?? 70;
}
`,
);

/** The in-memory ingest of `path` in a child, bounded like a CLI run. */
function memoryIngest(path: string): Promise<Run> {
  return debrief([path], { script: [MEMORY_INGEST, resolve('dist/pipeline/ingest/index.js')] });
}

interface Run {
  code: number | null;
  /** The messages logged, from --log json. */
  messages: { level: string; message: string }[];
  stderr: string;
  rssMb: number;
  ms: number;
  timedOut: boolean;
}

let runs = 0;
/** Exit, time and peak RSS of each run, printed at the end for the record. */
const measured: string[] = [];
afterAll(() => console.info(`bounds: ${measured.join('; ')}`));
function debrief(args: string[], options: { uid?: number; script?: string[] } = {}): Promise<Run> {
  const rssFile = join(rssDir, `rss-${runs++}`);
  const started = Date.now();
  return new Promise((done) => {
    const command = options.script ? [WRAPPER, rssFile, ...options.script, ...args] : [WRAPPER, rssFile, BUNDLE, ...args, '--log', 'json'];
    const child = spawn(process.execPath, command, { stdio: ['ignore', 'ignore', 'pipe'], uid: options.uid, gid: options.uid });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, RUN_TIMEOUT);
    child.on('close', (code) => {
      clearTimeout(timer);
      let rss = NaN;
      try {
        rss = Number(readFileSync(rssFile, 'utf8')) / 1024;
      } catch {
        // no exit handler ran (killed): the RSS check fails below
      }
      const messages = stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { level: string; message: string });
      measured.push(`${options.script ? 'memory ' : ''}${(options.script ? args[0] : args[1])?.split('/').pop()}: exit ${code}, ${Date.now() - started} ms, ${Math.round(rss)} MB`);
      done({ code, messages, stderr, rssMb: rss, ms: Date.now() - started, timedOut });
    });
  });
}

function expectBounded(run: Run): void {
  expect(run.timedOut, `still running after ${RUN_TIMEOUT} ms`).toBe(false);
  expect(run.rssMb, `peak RSS ${run.rssMb} MB`).toBeLessThan(RSS_LIMIT_MB);
  expect(run.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
}

/** The CLI (streaming path) and the in-memory path both fail on `path` with `message`, bounded. */
async function expectRefused(args: string[], path: string, message: string): Promise<void> {
  expectError(await debrief(args), message);
  expectError(await memoryIngest(path), message);
}

function expectError(run: Run, message: string): void {
  expectBounded(run);
  expect(run.messages.filter((m) => m.level === 'error').map((m) => m.message)).toEqual([message]);
  expect(run.code).toBe(1);
}

const HEADER = ['Respondent ID', 'What is your role?', 'Overall, how would you rate the logistical arrangements?', 'How would you rate each plenary session? [Plenary 1]', 'How would you rate each plenary session? [Plenary 2]'];
const LEVELS = ['Excellent', 'Good', 'Fair', 'Poor'];
/** Ten respondents; the ratings cycle through the four levels, so each level of column 3 is counted by hand below. */
const ROWS = Array.from({ length: 10 }, (_, r) => [String(501 + r), r % 3 ? 'Delegate' : 'Observer', LEVELS[r % 4], LEVELS[(r + 1) % 4], LEVELS[(r + 2) % 4]]);

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The sound workbook of the header and ROWS, inline strings, with cell references. */
function soundSheet(options: { refs?: boolean } = {}): string {
  return sheetXml([{ cells: HEADER }, ...ROWS.map((cells) => ({ cells }))], options);
}

/** The header and ROWS, then `extra` (raw row XML) before the end of the sheet data. */
function sheetWith(extra: string): string {
  return soundSheet().replace('</sheetData>', `${extra}</sheetData>`);
}

/** summary.json of a run into `out`. */
function summary(out: string): { respondents: number; items: { label: string; counts: Record<string, number> }[] } {
  return JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
}

describe('debrief report|inspect <hostile XLSX> (issue 21)', () => {
  it('debrief report <workbook of rows and cells without r> reads them in document order, as with r', async () => {
    const withR = write('with-r.xlsx', buildZip(workbookParts({ sheet: soundSheet() })));
    const withoutR = write('without-r.xlsx', buildZip(workbookParts({ sheet: soundSheet({ refs: false }) })));
    expect(readFileSync(withoutR).includes(Buffer.from(' r="'))).toBe(false);
    const a = await debrief(['report', withR, '--formats', 'json', '--out', join(dir, 'out-r')]);
    const b = await debrief(['report', withoutR, '--formats', 'json', '--out', join(dir, 'out-no-r')]);
    expectBounded(a);
    expectBounded(b);
    const memory = await memoryIngest(withoutR);
    expectBounded(memory);
    expect([a.code, b.code, memory.code]).toEqual([0, 0, 0]);
    const s = summary(join(dir, 'out-no-r'));
    expect(s.respondents).toBe(10);
    // Column 3 cycles Excellent, Good, Fair, Poor over 10 rows: 3, 3, 2, 2.
    const logistics = s.items.find((i) => i.label.includes('logistical'))!;
    expect(logistics.counts).toEqual({ Excellent: 3, Good: 3, Fair: 2, Poor: 2 });
    expect(s).toEqual(summary(join(dir, 'out-r')));
  }, 60_000);

  it('debrief report <ZIP64 workbook> reads it', async () => {
    const path = write('zip64.xlsx', buildZip(workbookParts({ sheet: soundSheet() }), { zip64: true }));
    const run = await debrief(['report', path, '--formats', 'json', '--out', join(dir, 'out-zip64')]);
    expectBounded(run);
    expect(run.code).toBe(0);
    expect(summary(join(dir, 'out-zip64')).respondents).toBe(10);
  }, 30_000);

  it('debrief inspect <ZIP64 workbook whose sheet part is cut> fails with a sentence, not exit 13', async () => {
    const parts = workbookParts({ sheet: soundSheet() });
    const sheet = parts[parts.length - 1];
    // The deflate stream stops halfway; the directory agrees on the shorter compressed size.
    parts[parts.length - 1] = { ...sheet, data: sheet.data.subarray(0, sheet.data.length >> 1) };
    const path = write('zip64-cut.xlsx', buildZip(parts, { zip64: true }));
    const message = msg.unreadableXlsx('zip64-cut.xlsx', 'its part "xl/worksheets/sheet1.xml" is damaged');
    await expectRefused(['inspect', path], path, message);
    expectError(await debrief(['report', path, '--out', join(dir, 'out-cut')]), message);
  }, 60_000);

  it('debrief report <workbook with a damaged local entry the directory hides> reads the listed parts only', async () => {
    const hidden: BuiltPart = { ...deflatedPart('xl/worksheets/sheet0.xml', soundSheet()), hidden: true };
    hidden.data = Buffer.from(hidden.data.subarray(0, 40)); // damaged: cut deflate data
    const path = write('hidden.xlsx', buildZip(workbookParts({ sheet: soundSheet(), before: [hidden] })));
    const run = await debrief(['report', path, '--formats', 'json', '--out', join(dir, 'out-hidden')]);
    expectBounded(run);
    expect(run.code).toBe(0);
    expect(summary(join(dir, 'out-hidden')).respondents).toBe(10);
  }, 30_000);

  for (const row of [1e9, 1e15]) {
    it(`debrief report <workbook whose row numbers jump to ${row}> fails at once`, async () => {
      const path = write(`rows-${row}.xlsx`, buildZip(workbookParts({ sheet: sheetWith(`<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>999</t></is></c></row>`) })));
      await expectRefused(['report', path, '--out', join(dir, 'out-rows')], path, msg.xlsxRowLimit(`rows-${row}.xlsx`, row, 1_048_576));
    }, 30_000);
  }

  it('debrief report <workbook with a cell past column XFD> fails naming the cell', async () => {
    const path = write('column.xlsx', buildZip(workbookParts({ sheet: sheetWith('<row r="12"><c r="XFE12" t="inlineStr"><is><t>x</t></is></c></row>') })));
    await expectRefused(['report', path, '--out', join(dir, 'out-col')], path, msg.xlsxColumnLimit('column.xlsx', 'XFE12', 'XFD'));
  }, 30_000);

  it('debrief report <workbook spanning its last row and 40 columns> fails on the sheet area', async () => {
    // 1,048,576 rows × 40 columns = 41,943,040 cells, over 2^25; row 1,048,576 itself is allowed.
    const last = 1_048_576;
    const path = write('area.xlsx', buildZip(workbookParts({ sheet: sheetWith(`<row r="${last}"><c r="${letters(40)}${last}" t="inlineStr"><is><t>x</t></is></c></row>`) })));
    await expectRefused(['report', path, '--out', join(dir, 'out-area')], path, msg.xlsxTooManyCells('area.xlsx', 2 ** 25));
  }, 30_000);

  for (const gib of [3, 6]) {
    it(`debrief report <workbook of ${gib} GB of shared strings in a few MB> fails before inflating it`, async () => {
      const unit = Buffer.from('<si><t>Excellent</t></si>'.repeat(Math.floor(MiB / 25)).padEnd(MiB, ' '));
      const strings = repeatedPart('xl/sharedStrings.xml', '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', unit, gib * 1024, '</sst>');
      const bytes = buildZip(workbookParts({ sheet: soundSheet(), sharedStrings: strings }), { zip64: gib > 3 });
      expect(bytes.length).toBeLessThan(3 * gib * MiB);
      const path = write(`strings-${gib}.xlsx`, bytes);
      await expectRefused(['report', path, '--out', join(dir, 'out-sst')], path, msg.xlsxPartTooLarge(`strings-${gib}.xlsx`, 'xl/sharedStrings.xml', 512 * MiB));
    }, 60_000);
  }

  it('debrief report <workbook with one 1.5 GB cell> fails on the part\'s inflation ratio', async () => {
    const prefix = soundSheet().split('</sheetData>')[0] + '<row r="12"><c r="B12" t="inlineStr"><is><t>';
    const sheet = repeatedPart('xl/worksheets/sheet1.xml', prefix, Buffer.alloc(MiB, 'a'), 1536, '</t></is></c></row></sheetData></worksheet>');
    const path = write('cell.xlsx', buildZip(workbookParts({ sheet })));
    await expectRefused(['report', path, '--out', join(dir, 'out-cell')], path, msg.xlsxPartRatio('cell.xlsx', 'xl/worksheets/sheet1.xml', 200));
  }, 60_000);

  it('debrief report <workbook with a 2 MB cell that compresses little> fails on the cell length', async () => {
    const text = randomBytes(1_536_000).toString('base64'); // 2,048,000 characters, about 1.3 times compressible
    const path = write('long-cell.xlsx', buildZip(workbookParts({ sheet: sheetWith(`<row r="12"><c r="B12" t="inlineStr"><is><t>${text}</t></is></c></row>`) })));
    await expectRefused(['report', path, '--out', join(dir, 'out-long')], path, msg.xlsxCellTooLong('long-cell.xlsx', 'cell B12', MiB));
  }, 30_000);

  it('debrief report <workbook of 2.1 million distinct shared strings> fails on their count', async () => {
    let xml = '<sst>';
    for (let k = 0; k < 2_100_000; k++) xml += `<si><t>${k}</t></si>`;
    const path = write('many-strings.xlsx', buildZip(workbookParts({ sheet: soundSheet(), sharedStrings: xml + '</sst>' })));
    await expectRefused(['report', path, '--out', join(dir, 'out-many')], path, msg.xlsxSharedStringCount('many-strings.xlsx', 2_097_152));
  }, 60_000);

  it('debrief report <workbook of 70 million characters of shared strings> fails on their total', async () => {
    const pieces: string[] = ['<sst>'];
    for (let k = 0; k < 2400; k++) pieces.push(`<si><t>${randomBytes(22_000).toString('base64')}</t></si>`); // 2400 × 29,336 characters
    pieces.push('</sst>');
    const path = write('big-strings.xlsx', buildZip(workbookParts({ sheet: soundSheet(), sharedStrings: pieces.join('') })));
    await expectRefused(['report', path, '--out', join(dir, 'out-big')], path, msg.xlsxSharedStringChars('big-strings.xlsx', 64 * MiB));
  }, 60_000);
});

describe('debrief report|inspect <special file>', () => {
  it('debrief report <FIFO> --if-changed is refused at once', async () => {
    const fifo = join(dir, 'export.csv');
    execFileSync('mkfifo', [fifo]);
    expectError(await debrief(['report', fifo, '--if-changed', '--out', join(dir, 'out-fifo')]), msg.notRegularFile(fifo, 'a named pipe (FIFO)'));
    expectError(await memoryIngest(fifo), msg.notRegularFile(fifo, 'a named pipe (FIFO)'));
  }, 30_000);

  it('debrief report /dev/zero --if-changed is refused at once', async () => {
    expectError(await debrief(['report', '/dev/zero', '--if-changed', '--out', join(dir, 'out-zero')]), msg.notRegularFile('/dev/zero', 'a character device'));
  }, 30_000);

  it('debrief inspect /dev/urandom is refused at once', async () => {
    await expectRefused(['inspect', '/dev/urandom'], '/dev/urandom', msg.notRegularFile('/dev/urandom', 'a character device'));
  }, 30_000);
});

describe('debrief report --out <folder that cannot be written>', () => {
  const csv = 'fixtures/ndm-un23/surveymonkey.csv';

  it('debrief report --out <inside a read-only folder> is exit 1 naming the folder', async () => {
    const ro = join(dir, 'read-only');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    // root writes anywhere: run as nobody then.
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    const run = await debrief(['report', resolve(csv), '--formats', 'json', '--out', join(ro, 'report')], { uid });
    expectError(run, msg.permissionDenied(ro));
  }, 30_000);

  it('debrief report --out <under a file> is exit 1 naming the file', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    // mkdir names the first folder it could not make, below the file.
    expectError(await debrief(['report', csv, '--formats', 'json', '--out', join(file, 'sub', 'report')]), msg.notAFolder(join(file, 'sub')));
  }, 30_000);

  // Node 20's mkdirSync(…, { recursive: true }) loops forever under a folder that refuses entries with ENOENT.
  it.runIf(existsSync('/proc/self'))('debrief report --out /proc/self/x/report ends at once, exit 1 naming the folder', async () => {
    expectError(await debrief(['report', csv, '--formats', 'json', '--out', '/proc/self/x/report']), msg.noSuchFolder('/proc/self/x'));
  }, 30_000);
});
