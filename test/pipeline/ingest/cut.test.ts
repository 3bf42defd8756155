/**
 * The cut check (pipeline/cut.ts): its rules on hand-made records, then every
 * fixture cut at 20 seeded random byte offsets on both ingest paths. The
 * figures a cut file must give are computed apart from it: the fixture's
 * records are split here with a plain quote-aware loop (test/pipeline/mutate.ts),
 * and the prefix that ends with the last record complete before the cut is
 * ingested as a file of its own.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { endsWithLineBreak, excelResave, judgeLastRecord, labelStartedBy, readLastRecord } from '../../../pipeline/ingest/cut.js';
import { DebriefError } from '../../../pipeline/errors.js';
import { ingestFile } from '../../../pipeline/ingest/index.js';
import * as msg from '../../../pipeline/messages.js';
import { ingestStream } from '../../../pipeline/ingest/stream/ingest.js';
import { summarise } from '../../../pipeline/narrate/index.js';
import { generateExport } from '../../../scripts/gen-fixture.js';
import { expectations, FIXTURES } from '../../expectations.js';
import { splitRecords } from '../mutate.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-cut-'));

describe('judgeLastRecord(last, check)', () => {
  const check = { fields: 4, finalLineBreak: true };
  const sheets = { fields: 4, finalLineBreak: false };

  it('judgeLastRecord(a row with a line break) is complete, even short', () => {
    expect(judgeLastRecord({ fields: ['1', 'Good'], lineBreak: true, open: false }, check)).toBeUndefined();
  });

  it('judgeLastRecord(a short row without a line break) names its fields and the header\'s', () => {
    expect(judgeLastRecord({ fields: ['1', 'Good', 'Fa'], lineBreak: false, open: false }, sheets)).toEqual({ kind: 'short', fields: 3, expected: 4 });
  });

  it('judgeLastRecord(a full row stopping in the middle of a label) names the label, also where a missing line break is normal', () => {
    expect(judgeLastRecord({ fields: ['1', 'Good', 'Fair', 'Excel'], lineBreak: false, open: false }, sheets)).toEqual({ kind: 'label', text: 'Excel', label: 'Excellent' });
    expect(judgeLastRecord({ fields: ['1', 'Good', 'Fair', 'Tout à fait d'], lineBreak: false, open: false }, sheets)).toEqual({ kind: 'label', text: 'Tout à fait d', label: "Tout à fait d'accord" });
  });

  it('judgeLastRecord(a full row without a line break) is cut only from a tool that writes one', () => {
    const last = { fields: ['1', 'Good', 'Fair', 'Great venue'], lineBreak: false, open: false };
    expect(judgeLastRecord(last, check)).toEqual({ kind: 'line-break' });
    expect(judgeLastRecord(last, sheets)).toBeUndefined();
    // A whole label is not the middle of one, though "1" begins "10".
    expect(judgeLastRecord({ fields: ['1', 'Good', 'Fair', '1'], lineBreak: false, open: false }, sheets)).toBeUndefined();
  });

  it('judgeLastRecord(a quote left open) is a cut when the open field holds prose, and `unclosed` when it holds rows', () => {
    expect(judgeLastRecord({ fields: ['1', 'Good', 'Fair', 'The venue was\ngreat, but'], lineBreak: false, open: true }, check)).toEqual({ kind: 'open-quote' });
    expect(judgeLastRecord({ fields: ['1', 'Good', 'x\n2,Good,Fair,ok\n3,Poor,Good,no'], lineBreak: false, open: true }, check)).toBe('unclosed');
  });
});

describe('labelStartedBy(text)', () => {
  it('labelStartedBy(text) finds the label a text begins, tolerantly, and nothing for whole labels, blanks or other text', () => {
    expect(labelStartedBy('Excel')).toBe('Excellent');
    expect(labelStartedBy('  very ')).toBeDefined();
    expect(labelStartedBy('Did not att')).toBe('did not attend');
    expect(labelStartedBy('Excellent')).toBeUndefined();
    expect(labelStartedBy('')).toBeUndefined();
    expect(labelStartedBy('Great venue')).toBeUndefined();
  });
});

describe('readLastRecord(text, delimiter)', () => {
  it('readLastRecord(text) tells a line break, a quote left open, and a blank record', () => {
    expect(readLastRecord('1,Good,"Fa\r\n', ',')).toEqual({ fields: ['1', 'Good', 'Fa\n'], lineBreak: false, open: true });
    expect(readLastRecord('1;Good;Fair\r', ';')).toEqual({ fields: ['1', 'Good', 'Fair'], lineBreak: true, open: false });
    expect(readLastRecord('1,Good,Fa', ',')).toEqual({ fields: ['1', 'Good', 'Fa'], lineBreak: false, open: false });
    expect(readLastRecord(';;;', ';')).toBeUndefined();
  });
});

describe('endsWithLineBreak(tool, encoding) and excelResave(tool, encoding)', () => {
  it('endsWithLineBreak(tool, encoding) is false for Google Sheets and unknown tools unless Excel saved the file', () => {
    expect(endsWithLineBreak('surveymonkey', 'utf-8')).toBe(true);
    expect(endsWithLineBreak('google-forms', 'utf-8')).toBe(false);
    expect(endsWithLineBreak('generic', 'utf-8')).toBe(false);
    expect(endsWithLineBreak('generic', 'windows-1252')).toBe(true);
  });

  it('excelResave(tool, encoding) reads a BOM as Excel\'s only from tools that write none', () => {
    expect(excelResave('surveymonkey', 'utf-8-bom')).toBe(true);
    expect(excelResave('qualtrics', 'utf-8-bom')).toBe(false);
    expect(excelResave('limesurvey', 'utf-8-bom')).toBe(false);
    expect(excelResave('qualtrics', 'utf-16le')).toBe(true);
    expect(excelResave('surveymonkey', 'utf-8')).toBe(false);
  });
});

type Outcome = { figures: string; warnings: string[] } | { error: string; exitCode: number };

async function outcome(path: string, mode: 'stream' | 'memory'): Promise<Outcome> {
  try {
    const r = await ingestFile(path, { mode, threads: 1 });
    const { summary } = summarise(r.survey, { warnings: r.warnings });
    const figures = JSON.stringify([summary.respondents, summary.items.map((i) => [i.label, i.levels, i.counts, i.notApplicable, i.missing, i.unrecognised])]);
    return { figures, warnings: summary.warnings };
  } catch (e) {
    if (e instanceof DebriefError) return { error: e.message, exitCode: e.exitCode };
    throw e;
  }
}

/** A seeded generator of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The file as text with one character per code unit, and back: Latin-1 bytes, or UTF-16 code units after the BOM. */
function codec(bytes: Buffer, encoding: string) {
  if (!encoding.startsWith('utf-16')) return { unit: 1, head: 0, text: bytes.toString('latin1') };
  const head = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? 2 : 0;
  return { unit: 2, head, text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(head)) };
}

const CUTS = 20;
/** How the cuts were read, per path: reported at the end. */
const seen: Record<string, number> = {};
const note = (what: string) => void (seen[what] = (seen[what] ?? 0) + 1);
const CUT_WARNING = 'the file looks cut off';

describe('ingestFile(fixture cut at 20 random byte offsets)', () => {
  afterAll(() => console.info(`cuts read: ${JSON.stringify(seen)}`));
  const fixtures = expectations();
  fixtures.forEach(([folder, file, e], f) => {
    it(`ingestFile(${folder}/${file} cut short) on both paths fails with a sentence, or warns of the cut row and counts the rows before it`, async () => {
      const bytes = readFileSync(join(FIXTURES, folder, file));
      const path = join(dir, file);
      const next = random(1900 + f);
      const offsets = Array.from({ length: CUTS }, () => 1 + Math.floor(next() * (bytes.length - 1)));
      if (e.encoding === 'xlsx') {
        // A cut archive has lost its central directory: an error on both paths.
        for (const c of offsets) {
          writeFileSync(path, bytes.subarray(0, c));
          for (const mode of ['stream', 'memory'] as const) expect(await outcome(path, mode), `${mode}, cut at ${c}`).toEqual({ error: msg.truncatedXlsx(file), exitCode: 1 });
        }
        return;
      }
      const { unit, head, text } = codec(bytes, e.encoding ?? 'utf-8');
      const records = splitRecords(text, e.delimiter ?? ',');
      // Byte offsets of each record's start, of its content's end (before its line break), and of its end.
      const starts: number[] = [];
      const contentEnds: number[] = [];
      let at = head;
      for (const r of records) {
        starts.push(at);
        contentEnds.push(at + unit * r.fields.join(e.delimiter ?? ',').length);
        at += unit * (r.fields.join(e.delimiter ?? ',').length + r.end.length);
      }
      const oracle = new Map<number, Outcome>();
      /** The ingest of the file's first `k` records, complete with their line breaks. */
      const prefix = async (k: number) => {
        if (!oracle.has(k)) {
          // The same name in another folder: warnings name the file.
          mkdirSync(join(dir, 'prefix'), { recursive: true });
          const p = join(dir, 'prefix', file);
          writeFileSync(p, bytes.subarray(0, k < records.length ? starts[k] : bytes.length));
          oracle.set(k, await outcome(p, 'memory'));
        }
        return oracle.get(k)!;
      };
      for (let c of offsets) {
        if (unit === 2) c -= (c - head) % 2; // whole UTF-16 code units
        let k = starts.findIndex((s, i) => s <= c && c < (starts[i + 1] ?? bytes.length));
        if (k < 0) k = records.length - 1;
        writeFileSync(path, bytes.subarray(0, c));
        const context = `${folder}/${file} cut at ${c} (record ${k + 1})`;
        for (const mode of ['stream', 'memory'] as const) {
          const got = await outcome(path, mode);
          const where = `${context}, ${mode}`;
          const before = await prefix(k);
          const through = await prefix(k + 1);
          const dropped = (o: Outcome) => ('warnings' in o ? { ...o, warnings: o.warnings.filter((w) => !w.includes(CUT_WARNING)) } : o);
          const warned = 'warnings' in got && got.warnings.some((w) => w.startsWith(`${file}: the last row (row ${k + 1}) `) && w.includes(CUT_WARNING));
          if ('error' in got) {
            // An error is one sentence naming the file, exit 1.
            expect(got.exitCode, where).toBe(1);
            expect(got.error.startsWith(file) && !got.error.includes('\n'), where).toBe(true);
            note('error');
            continue;
          }
          note(c === starts[k] || c > contentEnds[k] ? 'at a line break' : c === contentEnds[k] ? `line break missing, ${warned ? 'warned' : 'counted'}` : warned ? 'warned' : 'not told from a complete row');
          if (c === starts[k] || c > contentEnds[k]) {
            // At a record's start, or after its CR: every record there is complete, and nothing is said of a cut.
            expect(got.warnings.some((w) => w.includes(CUT_WARNING)), where).toBe(false);
            expect(got, where).toEqual(c === starts[k] ? before : through);
          } else if (c === contentEnds[k]) {
            // Only the line break is missing: the row is whole, left out with a warning or counted.
            expect(warned ? dropped(got) : got, where).toEqual(warned ? before : through);
          } else if (warned) {
            expect(dropped(got), where).toEqual(before);
          } else {
            // Google Sheets writes no line break after the last row: a row cut inside its last field, a comment,
            // reads as a complete row; its ratings are whole, so the figures are those of the row uncut.
            expect(e.tool, `${where}: no warning of the cut row`).toBe('google-forms');
            expect(c > starts[k] + unit * records[k].fields.slice(0, -1).join(e.delimiter ?? ',').length, `${where}: cut before the last field, no warning`).toBe(true);
            expect({ figures: got.figures }, where).toEqual({ figures: (through as { figures: string }).figures });
          }
        }
      }
    }, 60_000);
  });
});

describe('ingestFile(short rows in the middle)', () => {
  /** A one-header export of 12 responses whose rows 3, 6, 9 and 12 stop before the last question. */
  function shortRows(): string {
    const rows = ['Respondent ID,How would you rate the venue?,How would you rate the plenaries?'];
    for (let r = 1; r <= 12; r++) rows.push(r % 3 === 2 ? `${r},Good` : `${r},Good,Fair`);
    return rows.join('\r\n') + '\r\n';
  }

  it('ingestFile(short rows, UTF-8 from no Excel) warns listing them on both paths, and reads their missing answers as blanks', async () => {
    const path = join(dir, 'short.csv');
    writeFileSync(path, shortRows());
    for (const mode of ['stream', 'memory'] as const) {
      const r = await ingestFile(path, { mode, threads: 1 });
      expect(r.warnings, mode).toContain(msg.shortRows('short.csv', [3, 6, 9, 12], 4, 3));
      expect(r.tally.respondents, mode).toBe(12);
      expect(r.tally.columns.get(2)!.blank, mode).toBe(4);
    }
  });

  it('ingestFile(short rows, saved by Excel as Windows-1252 "CSV") tolerates them on both paths', async () => {
    const path = join(dir, 'short-excel.csv');
    // An é in Windows-1252 (0xE9) is not UTF-8, so the file reads as Excel's "CSV".
    writeFileSync(path, Buffer.from(shortRows().replace('Respondent ID', 'Respondent ID (é)'), 'latin1'));
    for (const mode of ['stream', 'memory'] as const) {
      const r = await ingestFile(path, { mode, threads: 1 });
      expect(r.encoding, mode).toBe('windows-1252');
      expect(r.warnings.filter((w) => w.includes('fewer fields')), mode).toEqual([]);
      expect(r.tally.columns.get(2)!.blank, mode).toBe(4);
    }
  });
});

describe('ingestStream(a large export cut short, on two threads)', () => {
  it('ingestStream(cut past the head, 2 threads) warns of the cut row and counts what the in-memory path counts', async () => {
    const whole = join(dir, 'big.csv');
    await generateExport(whole, { tool: 'surveymonkey', respondents: 4000, items: 40, seed: 7 });
    const bytes = readFileSync(whole);
    // Cut 10 bytes into the last record: its first field only.
    const lastStart = bytes.lastIndexOf(0x0a, bytes.length - 2) + 1;
    const rows = splitRecords(bytes.subarray(0, lastStart).toString('latin1'), ',').length + 1;
    const path = join(dir, 'big-cut.csv');
    writeFileSync(path, bytes.subarray(0, lastStart + 10));
    const prefix = join(dir, 'big-prefix.csv');
    writeFileSync(prefix, bytes.subarray(0, lastStart));
    const expected = await ingestFile(prefix, { mode: 'memory' });
    for (const options of [{ threads: 2, parallelMin: 1, mainShare: 0.5 }, { threads: 1 }]) {
      const got = await ingestStream(path, options);
      expect(got.warnings.find((w) => w.includes(CUT_WARNING))).toMatch(new RegExp(`^big-cut\\.csv: the last row \\(row ${rows}\\) has 1 of \\d+ fields`));
      expect(JSON.stringify(summarise(got.survey).summary)).toBe(JSON.stringify(summarise(expected.survey).summary));
    }
  }, 60_000);
});
