import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { decode } from './decode.js';
import { fail } from './errors.js';
import { detectLayout } from './layout/index.js';
import * as msg from './messages.js';
import type { Layout, Sheet } from './model.js';
import { parseDelimited } from './parse.js';
import { resolve, type Survey } from './resolve.js';
import { ingestStream } from './stream/ingest.js';
import { addRow, createTally, type Tally } from './tally.js';
import { isZip, readXlsx } from './xlsx.js';

export interface Ingested {
  file: string;
  encoding: string;
  delimiter: string;
  layout: Layout;
  tally: Tally;
  survey: Survey;
  warnings: string[];
}

/**
 * Reads one export: decode → parse → detect layout → fold rows → resolve
 * items. Personal-data columns are never read past the layout stage: the
 * tally only looks at answer, attribute and respondent-id columns.
 */
export interface IngestOptions {
  /** Respondent ids already counted in this run (shared across exports); default a fresh set. */
  seen?: Set<string | number>;
  /** Called with the share (0–1) of the file folded so far; default none. */
  onProgress?: (share: number) => void;
  /** `stream`: fold the file chunk by chunk in bounded memory (pipeline/stream); `memory`: read it whole. Default `stream`. */
  mode?: 'stream' | 'memory';
  /** Threads the streaming path may fold on; default 2. */
  threads?: number;
}

export async function ingestFile(path: string, options: IngestOptions = {}): Promise<Ingested> {
  const file = basename(path);
  if (!existsSync(path)) fail(msg.missingFile(path));
  if ((options.mode ?? 'stream') === 'stream') return ingestStream(path, options);
  return ingestBytes(readFileSync(path), { ...options, file });
}

/** Reads the bytes of a CSV/TSV or XLSX export into rows. */
export async function readSheet(bytes: Uint8Array, options: { file: string }): Promise<Sheet> {
  const { file } = options;
  if (isZip(bytes)) return { file, encoding: 'xlsx', delimiter: '', rows: await readXlsx(bytes, { file }) };
  const { text, encoding } = decode(bytes, { file });
  if (text.trim() === '') fail(msg.emptyFile(file));
  const { rows, delimiter } = parseDelimited(text, { file });
  return { file, encoding, delimiter, rows };
}

export async function ingestBytes(bytes: Uint8Array, options: IngestOptions & { file: string }): Promise<Ingested> {
  const { file } = options;
  const { rows, encoding, delimiter } = await readSheet(bytes, { file });
  const layout = detectLayout(rows);
  if (rows.length <= layout.headerRows) fail(msg.headerOnly(file));
  const tally = createTally(layout, { seen: options.seen });
  for (let r = layout.headerRows; r < rows.length; r++) {
    addRow(tally, layout, rows[r], r + 1);
    if (options.onProgress && r % 4096 === 0) options.onProgress(r / rows.length);
  }
  options.onProgress?.(1);
  return finishIngest({ file, encoding, delimiter, layout, tally });
}

/** From a full tally to items, with the checks and warnings both ingest paths share. */
export function finishIngest(parts: { file: string; encoding: string; delimiter: string; layout: Layout; tally: Tally }): Ingested {
  const { file, encoding, delimiter, layout, tally } = parts;
  // A file whose every row repeats respondents of an earlier export is a duplicate collector, not an error.
  if (tally.respondents === 0 && tally.duplicateRows.length === 0) fail(msg.headerOnly(file));
  const survey = resolve(tally, layout);
  if (survey.items.length === 0 && tally.respondents > 0) fail(msg.notSurvey(file));
  const warnings: string[] = [];
  for (const row of tally.footerRows) warnings.push(msg.skippedFooter(file, row));
  if (tally.duplicateRows.length) warnings.push(msg.duplicateRespondents(file, tally.duplicateRows.length, String(tally.duplicateRows[0])));
  for (const item of survey.items) {
    if (item.unrecognised.length) {
      const count = item.unrecognised.reduce((a, [, n]) => a + n, 0);
      warnings.push(msg.unknownLabels(file, item.label, item.unrecognised.map(([l]) => l), count));
    }
  }
  return { file, encoding, delimiter, layout, tally, survey, warnings };
}
