/**
 * Broken and hostile inputs, each with the exact error or warning it must
 * give (compared with the functions of messages.ts), on both ingest paths:
 * the streaming one (the default) and the in-memory one. An error is a
 * DebriefError with exit code 1 and a one-line message naming the file.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { main } from '../../pipeline/cli.js';
import { DebriefError } from '../../pipeline/errors.js';
import { ingestFile } from '../../pipeline/ingest/index.js';
import { createLogger } from '../../pipeline/util/log.js';
import * as msg from '../../pipeline/messages.js';
import { summarise } from '../../pipeline/narrate/summary.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-errors-'));

const HEADER = [
  'Respondent ID', 'Email Address', 'What is your role?', 'Overall, how would you rate the logistical arrangements?',
  'How would you rate each plenary session? [Plenary 1]', 'How would you rate each plenary session? [Plenary 2]',
  'How would you rate each plenary session? [Plenary 3]', 'Any other comments?',
];
const LEVELS = ['Excellent', 'Good', 'Fair', 'Poor'];

/** Eight respondents, every rating column on the four-level scale. */
function baseRows(): string[][] {
  return Array.from({ length: 8 }, (_, r) => [
    String(101 + r), `person${r}@example.org`, r % 2 ? 'Observer' : 'Delegate', LEVELS[r % 4],
    LEVELS[(r + 1) % 4], LEVELS[(r + 2) % 4], LEVELS[(r * 3) % 4], r === 0 ? 'Great, thanks' : '',
  ]);
}

/** RFC 4180 text: fields quoted when they hold a delimiter, a quote or a line break. */
function csv(rows: string[][], options: { delimiter?: string; eol?: string } = {}): string {
  const d = options.delimiter ?? ',';
  const quote = (f: string) => (f.includes(d) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(quote).join(d)).join(options.eol ?? '\r\n') + (options.eol ?? '\r\n');
}

const base = () => csv([HEADER, ...baseRows()]);

type Expect = { error: string } | { warning: string } | { ok: true };

interface Case {
  name: string;
  /** File name: messages start with it. */
  file: string;
  bytes: () => Uint8Array | string | Promise<Uint8Array | string>;
  expect: (file: string) => Expect;
}

/** Replaces row r (0 = header) of the base export. */
function withRow(r: number, row: string[]): string {
  const rows = [HEADER, ...baseRows()];
  rows[r] = row;
  return csv(rows);
}

function withColumn(c: number, values: string[]): string {
  const rows = baseRows();
  rows.forEach((row, r) => (row[c] = values[r % values.length]));
  return csv([HEADER, ...rows]);
}

const hex = (h: string) => Buffer.from(h.replace(/\s+/g, ''), 'hex');

const CASES: Case[] = [
  { name: 'an empty file', file: 'empty.csv', bytes: () => '', expect: (f) => ({ error: msg.emptyFile(f) }) },
  { name: 'only white space and line breaks', file: 'blank.csv', bytes: () => '  \r\n\r\n\t\r\n', expect: (f) => ({ error: msg.emptyFile(f) }) },
  { name: 'only a UTF-8 BOM', file: 'bom.csv', bytes: () => '\ufeff', expect: (f) => ({ error: msg.emptyFile(f) }) },
  { name: 'only delimiters (an emptied sheet)', file: 'commas.csv', bytes: () => ',,,\r\n,,,\r\n, ,,\r\n', expect: (f) => ({ error: msg.emptyFile(f) }) },
  { name: 'a header and no response', file: 'header.csv', bytes: () => csv([HEADER]), expect: (f) => ({ error: msg.headerOnly(f) }) },
  { name: 'a header, then blank lines', file: 'header-blank.csv', bytes: () => csv([HEADER]) + '\r\n\r\n,,,,,,,\r\n', expect: (f) => ({ error: msg.headerOnly(f) }) },
  {
    name: 'a SurveyMonkey two-row header and no response', file: 'sm-header.csv',
    bytes: () => readFileSync('fixtures/ndm-un23/surveymonkey.csv', 'utf8').split('\n').slice(0, 2).join('\n') + '\n',
    expect: (f) => ({ error: msg.headerOnly(f) }),
  },
  { name: 'a PNG image', file: 'chart.csv', bytes: () => hex('89504e470d0a1a0a 0000000d49484452 00000001000000010806000000'), expect: (f) => ({ error: msg.binaryFile(f, 'a PNG image') }) },
  { name: 'a gzip archive', file: 'export.csv.gz', bytes: () => hex('1f8b0800000000000003cb48cdc9c95728cf2fca49010085114a0d0b000000'), expect: (f) => ({ error: msg.binaryFile(f, 'a gzip archive') }) },
  { name: 'a PDF whose first kilobytes are text', file: 'results.pdf', bytes: () => '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', expect: (f) => ({ error: msg.binaryFile(f, 'a PDF document') }) },
  { name: 'a JPEG image', file: 'photo.csv', bytes: () => hex('ffd8ffe000104a46494600010100000100010000'), expect: (f) => ({ error: msg.binaryFile(f, 'a JPEG image') }) },
  {
    name: 'an Excel 97–2003 workbook', file: 'responses.xls', bytes: () => Buffer.concat([hex('d0cf11e0a1b11ae1'), Buffer.alloc(504, 0)]),
    expect: (f) => ({ error: msg.binaryFile(f, 'an Excel 97–2003 workbook (.xls) or another legacy Office file') }),
  },
  { name: 'binary data with no known signature', file: 'data.bin', bytes: () => Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256)), expect: (f) => ({ error: msg.binaryFile(f) }) },
  {
    name: 'an XLSX workbook cut short', file: 'cut.xlsx', bytes: () => readFileSync('fixtures/microsoft-forms/responses.xlsx').subarray(0, 4000),
    expect: (f) => ({ error: msg.truncatedXlsx(f) }),
  },
  {
    name: 'an XLSX workbook with a damaged worksheet', file: 'damaged.xlsx',
    bytes: async () => {
      const zip = await JSZip.loadAsync(readFileSync('fixtures/microsoft-forms/responses.xlsx'));
      const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
      // Flip bytes inside the compressed data of the first worksheet.
      const at = bytes.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length + 40;
      for (let i = at; i < at + 16; i++) bytes[i] ^= 0x5a;
      return bytes;
    },
    expect: (f) => ({ error: msg.unreadableXlsx(f, 'its part "xl/worksheets/sheet1.xml" is damaged') }),
  },
  {
    name: 'a ZIP archive that is not a workbook', file: 'export.xlsx',
    bytes: async () => {
      const zip = new JSZip();
      zip.file('export.csv', base());
      return zip.generateAsync({ type: 'uint8array' });
    },
    expect: (f) => ({ error: msg.unreadableXlsx(f, 'it is a ZIP archive but not an XLSX workbook') }),
  },
  { name: 'a CSV of measurements', file: 'numbers.csv', bytes: () => 'x,y,z\r\n1.5,2.25,3.1\r\n3.75,4.1,0.2\r\n9.2,100.3,7.7\r\n', expect: (f) => ({ error: msg.notSurvey(f) }) },
  {
    name: 'a text document', file: 'minutes.txt',
    bytes: () => 'Minutes of the meeting\nThe meeting opened at 10:00 in Geneva.\nThe chair welcomed the delegates.\nThe next meeting is in February.\n',
    expect: (f) => ({ error: msg.notSurvey(f) }),
  },
  {
    name: 'an HTML sign-in page saved instead of the export', file: 'download.csv',
    bytes: () => '<!DOCTYPE html>\n<html>\n<head><title>Sign in</title></head>\n<body>\n<p>Please sign in to see the responses</p>\n</body>\n</html>\n',
    expect: (f) => ({ error: msg.notSurvey(f) }),
  },
  { name: 'a JSON file', file: 'responses.json', bytes: () => '{\n  "respondents": [1, 2, 3],\n  "ok": true\n}\n', expect: (f) => ({ error: msg.notSurvey(f) }) },
  {
    name: 'a quote opened in a response and never closed', file: 'open-quote.csv',
    // At the end of the file, the signature of a cut download (issue 19): a warning, and the row left out.
    bytes: () => base() + '109,p@example.org,Delegate,Good,Good,Fair,Poor,"I liked it\r\n',
    expect: (f) => ({ warning: msg.cutOff(f, 10, { kind: 'open-quote' }) }),
  },
  {
    name: 'a file cut inside a quoted comment', file: 'cut.csv',
    bytes: () => csv([HEADER, ...baseRows().slice(0, 4), ['105', 'q@example.org', 'Delegate', 'Good', 'Good', 'Good', 'Good', 'Line one\r\nline two']]).slice(0, -12),
    expect: (f) => ({ warning: msg.cutOff(f, 6, { kind: 'open-quote' }) }),
  },
  {
    name: 'a quote never closed in the header', file: 'open-header.csv',
    bytes: () => '"Respondent ID,What is your role?\r\n1,Delegate\r\n',
    expect: (f) => ({ error: msg.cutOnly(f, 1, { kind: 'open-quote' }) }),
  },
  {
    // A cell inserted by hand shifts the row right; its last answer lands past the header.
    name: 'a row with one field more than the header', file: 'shifted.csv',
    bytes: () => withRow(3, ['103', 'x@example.org', 'Delegate', 'Good', 'inserted', 'Good', 'Fair', 'Poor', 'Nice']),
    expect: (f) => ({ error: msg.fieldCount(f, [4], [9], 8) }),
  },
  {
    name: 'an unquoted comma in a comment', file: 'comma.csv',
    bytes: () => base().replace(/\r\n$/, '') + '\r\n109,c@example.org,Delegate,Good,Good,Fair,Poor,Great venue, bad coffee\r\n',
    expect: (f) => ({ error: msg.fieldCount(f, [10], [9], 8) }),
  },
  {
    name: 'seven rows with text past the header, the first five named', file: 'wide.csv',
    bytes: () => csv([HEADER, ...baseRows().map((r, k) => (k < 7 ? [...r, 'stray'] : r))]),
    expect: (f) => ({ error: msg.fieldCount(f, [2, 3, 4, 5, 6, 7, 8], [9, 9, 9, 9, 9, 9, 9], 8) }),
  },
  { name: 'trailing empty fields on every row (tolerated)', file: 'trailing.csv', bytes: () => base().replace(/\r\n/g, ',,\r\n'), expect: () => ({ ok: true }) },
  {
    // Tolerated silently only where a tool is known to drop them (Excel re-saves); elsewhere read as blanks, with a warning.
    name: 'rows missing their empty trailing fields in a plain UTF-8 CSV (read as blanks, warned)', file: 'short.csv',
    bytes: () => base().split('\r\n').map((l) => l.replace(/,+$/, '')).join('\r\n'),
    expect: (f) => {
      // Rows (1-based, header first) that ended in empty fields before they were stripped: a plain loop over the lines.
      const short = base().split('\r\n').flatMap((l, i) => (i > 0 && l.endsWith(',') ? [i + 1] : []));
      return { warning: msg.shortRows(f, short.slice(0, 5), short.length, HEADER.length) };
    },
  },
  { name: 'LF line breaks, a BOM and a semicolon delimiter (tolerated)', file: 'semicolon.csv', bytes: () => '\ufeff' + csv([HEADER, ...baseRows()], { delimiter: ';', eol: '\n' }), expect: () => ({ ok: true }) },
  {
    name: 'a matrix row whose answers fit no scale', file: 'no-scale.csv', bytes: () => withColumn(6, ['Yes', 'No', 'Yes', 'Maybe']),
    expect: (f) => ({ error: msg.noScale(f, 'How would you rate each plenary session? [Plenary 3]', ['Yes', 'Maybe', 'No']) }),
  },
  {
    name: 'duplicate respondent ids', file: 'dupes.csv',
    bytes: () => csv([HEADER, ...baseRows(), ...baseRows().slice(2, 5)]),
    expect: (f) => ({ warning: msg.duplicateRespondents(f, 3, '10') }),
  },
  {
    name: 'answer labels not on the scale', file: 'labels.csv', bytes: () => withColumn(4, ['Excellent', 'Excelent', 'Good', 'Very nice']),
    // Rows cycle through the four answers: "Very nice" is in 2 of the 8 rows. One warning per label, not per column.
    expect: (f) => ({ warning: msg.unknownLabel(f, 'Very nice', ['Plenary 1'], 2) }),
  },
  {
    name: 'a choice beside the scale on every row of a matrix (one warning for all its columns)', file: 'beside.csv',
    bytes: () => csv([HEADER, ...baseRows().map((r, k) => (k % 4 === 3 ? [...r.slice(0, 4), 'Watched the recording', 'Watched the recording', 'Watched the recording', r[7]] : r))]),
    // Rows 3 and 7 (k = 3, 7) in each of the three plenary columns: 6 answers.
    expect: (f) => ({ warning: msg.unknownChoice(f, 'Watched the recording', ['Plenary 1', 'Plenary 2', 'Plenary 3'], 6) }),
  },
  {
    name: 'a summary row under the responses', file: 'footer.csv', bytes: () => csv([HEADER, ...baseRows(), ['Averaged results', '', '', '2.5', '2.5', '2.5', '2.5', '']]),
    expect: (f) => ({ warning: msg.skippedFooter(f, 10) }),
  },
  {
    name: 'an item with fewer than five answers', file: 'few.csv', bytes: () => withColumn(6, ['Good', 'Did not attend', 'Fair', 'Did not attend', 'Did not attend', 'Did not attend', 'Did not attend', 'Did not attend']),
    expect: () => ({ warning: msg.fewAnswers('Plenary 3', 2, 5) }),
  },
  {
    name: 'a matrix row that nobody attended (kept, on its question\'s scale)', file: 'nobody.csv', bytes: () => withColumn(6, ['Did not attend']),
    expect: () => ({ warning: msg.fewAnswers('Plenary 3', 0, 5) }),
  },
  {
    name: 'script tags and formulas in every text (read as text)', file: 'hostile.csv',
    bytes: () => withRow(1, ['101', 'a@example.org', '<script>alert(1)</script>', 'Good', 'Good', 'Good', 'Good', '=HYPERLINK("http://evil.example")']),
    expect: () => ({ ok: true }),
  },
];

/** Every case's file, written once. */
async function fileOf(c: Case): Promise<string> {
  const path = join(dir, c.file);
  writeFileSync(path, await c.bytes());
  return path;
}

/** The outcome of ingest and summarise: the error, or the warnings. */
async function outcome(path: string, mode: 'stream' | 'memory'): Promise<{ error: unknown } | { warnings: string[]; respondents: number }> {
  try {
    const r = await ingestFile(path, { mode, threads: 1 });
    const { summary } = summarise(r.survey, { warnings: r.warnings });
    return { warnings: summary.warnings, respondents: summary.respondents };
  } catch (error) {
    return { error };
  }
}

describe('ingestFile(broken or hostile input)', () => {
  it('ingestFile(cases) covers at least 30 broken or hostile inputs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.file)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it(`ingestFile(${c.name}) on both paths: ${Object.keys(c.expect(c.file))[0]}`, async () => {
      const path = await fileOf(c);
      const want = c.expect(c.file);
      for (const mode of ['stream', 'memory'] as const) {
        const got = await outcome(path, mode);
        if ('error' in want) {
          expect('error' in got, `${mode}: expected an error`).toBe(true);
          const error = (got as { error: unknown }).error;
          expect(error, mode).toBeInstanceOf(DebriefError);
          expect((error as DebriefError).message, mode).toBe(want.error);
          expect((error as DebriefError).exitCode, mode).toBe(1);
          expect(want.error).not.toContain('\n');
          expect(want.error.startsWith(c.file), 'the message names the file first').toBe(true);
        } else {
          expect('warnings' in got, `${mode}: ${'error' in got ? String((got as { error: unknown }).error) : ''}`).toBe(true);
          const { warnings } = got as { warnings: string[] };
          if ('warning' in want) expect(warnings, mode).toContain(want.warning);
          else expect(warnings, mode).toEqual([]);
        }
      }
    });
  }
});

describe('ingestFile(tolerated changes)', () => {
  /** Counts per item of an export, by a plain loop over the base rows (not by debrief). */
  function handCounts(): Record<string, number[]> {
    const out: Record<string, number[]> = {};
    for (const c of [3, 4, 5, 6]) out[c] = LEVELS.map((l) => baseRows().filter((r) => r[c] === l).length);
    return out;
  }

  for (const file of ['trailing.csv', 'short.csv', 'semicolon.csv']) {
    it(`ingestFile(${file}) gives the counts of the unchanged export`, async () => {
      const path = await fileOf(CASES.find((c) => c.file === file)!);
      const want = handCounts();
      for (const mode of ['stream', 'memory'] as const) {
        const r = await ingestFile(path, { mode, threads: 1 });
        expect(r.survey.respondents).toBe(8);
        expect(Object.fromEntries(r.survey.items.map((i) => [i.column, i.counts]))).toEqual(want);
      }
    });
  }
});

describe('main(report) with broken input or config', () => {
  const run = async (args: string[]) => {
    const lines: string[] = [];
    const code = await main(args, { log: createLogger({ write: (l) => lines.push(l) }) });
    return { code, lines };
  };

  it('main(report empty.csv) exits 1 with one line naming the file, and writes nothing', async () => {
    const path = await fileOf(CASES.find((c) => c.file === 'empty.csv')!);
    const out = join(dir, 'out-empty');
    const { code, lines } = await run(['report', path, '--out', out]);
    expect(code).toBe(1);
    expect(lines).toEqual([`debrief: error: ${msg.emptyFile('empty.csv')}`]);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('.debrief-'))).toEqual([]);
  });

  it('main(report --config naming an item that does not exist) exits 2 naming the key', async () => {
    const path = await fileOf(CASES.find((c) => c.file === 'trailing.csv')!);
    const config = join(dir, 'survey.yml');
    writeFileSync(config, 'items:\n  no-such-item:\n    group: plenary\n');
    const { code, lines } = await run(['report', path, '--config', config, '--out', join(dir, 'out-config')]);
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`debrief: error: ${config}, key "items.no-such-item": no item has this id or label; known ids include `)).toBe(true);
    expect(existsSync(join(dir, 'out-config'))).toBe(false);
  });

  it('main(report --config declaring a scale that no answer is on) exits 2 naming the key and the answers', async () => {
    const path = await fileOf(CASES.find((c) => c.file === 'trailing.csv')!);
    const config = join(dir, 'scale.yml');
    writeFileSync(config, 'items:\n  Plenary 1:\n    scale: agree-5\n');
    const { code, lines } = await run(['report', path, '--config', config, '--out', join(dir, 'out-scale')]);
    expect(code).toBe(2);
    // Plenary 1 of the base export: Good, Fair, Poor, Excellent, … (two of each), ties in label order as sorted by the tally.
    expect(lines).toEqual([`debrief: error: ${msg.configScaleMismatch(config, 'Plenary 1', 'agree-5', ['Excellent', 'Fair', 'Good', 'Poor'])}`]);
  });

  it('main(report --strict) prints each warning on stderr and exits 3: duplicates, unknown labels, too few answers', async () => {
    for (const file of ['dupes.csv', 'labels.csv', 'few.csv']) {
      const c = CASES.find((x) => x.file === file)!;
      const path = await fileOf(c);
      const out = join(dir, `out-strict-${file}`);
      const { code, lines } = await run(['report', path, '--strict', '--out', out]);
      const warning = (c.expect(file) as { warning: string }).warning;
      expect(lines, file).toContain(`debrief: warning: ${warning}`);
      expect(code, file).toBe(3);
      // The report was written, with the warning in it.
      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { warnings: string[] };
      expect(summary.warnings, file).toContain(warning);
    }
  }, 120_000);
});
