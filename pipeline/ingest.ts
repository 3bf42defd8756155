import { readFileSync, existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { dropCutRow, excelResave } from './cut.js';
import { decode } from './decode.js';
import { fail } from './errors.js';
import * as msg from './messages.js';
import type { IdSet } from './ids.js';
import type { Layout, Sheet } from './model.js';
import { parseDelimited } from './parse.js';
import { resolve, type Survey } from './resolve.js';
import { isNotApplicable } from './scales.js';
import { ingestStream } from './stream/ingest.js';
import { addRow, createTally, headerFields, MAX_SPELLINGS, type Tally } from './tally.js';
import { isZip, readXlsx } from './xlsx.js';
import { cutSheetInBytes } from './xlsx-cut.js';
import { checkZipBytes, type ZipProblem } from './zip-check.js';

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
  seen?: IdSet;
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
  if (statSync(path).isDirectory()) fail(msg.notAFile(path));
  if ((options.mode ?? 'stream') === 'stream') return ingestStream(path, options);
  return ingestBytes(readFileSync(path), { ...options, file });
}

/** Reads the bytes of a CSV/TSV or XLSX export into rows. */
export async function readSheet(bytes: Uint8Array, options: { file: string }): Promise<Sheet> {
  const { file } = options;
  if (isZip(bytes)) {
    zipFailure(file, await checkZipBytes(bytes));
    const cutSheet = await cutSheetInBytes(bytes);
    if (cutSheet) fail(msg.cutXlsxSheet(file, cutSheet));
    return { file, encoding: 'xlsx', delimiter: '', rows: await readXlsx(bytes, { file }) };
  }
  const { text, encoding } = decode(bytes, { file });
  if (text.trim() === '') fail(msg.emptyFile(file));
  const { rows, delimiter, last } = parseDelimited(text, { file, openEnd: 'keep' });
  if (rows.length === 0) fail(msg.emptyFile(file)); // nothing but delimiters and line breaks
  return { file, encoding, delimiter, rows, last };
}

export async function ingestBytes(bytes: Uint8Array, options: IngestOptions & { file: string }): Promise<Ingested> {
  const { file } = options;
  const sheet = await readSheet(bytes, { file });
  const { encoding, delimiter } = sheet;
  // A last row cut off by an interrupted download is left out before anything reads it (see cut.ts).
  const { rows, layout, cut } = dropCutRow(sheet.rows, sheet.last, { file, encoding });
  if (rows.length <= layout.headerRows) fail(cut ? msg.cutOnly(file, cut.row, cut.reason) : msg.headerOnly(file));
  // XLSX cells are addressed, not delimited: a note in a far column shifts nothing, so only delimited text is checked.
  const fields = delimiter ? headerFields(rows, layout.headerRows) : Infinity;
  const tally = createTally(layout, { seen: options.seen, fields });
  tally.cut = cut;
  for (let r = layout.headerRows; r < rows.length; r++) {
    addRow(tally, layout, rows[r], r + 1);
    if (options.onProgress && r % 4096 === 0) options.onProgress(r / rows.length);
  }
  options.onProgress?.(1);
  return finishIngest({ file, encoding, delimiter, layout, tally });
}

/** Fails with the message for a damaged XLSX archive, the same on both ingest paths. */
export function zipFailure(file: string, problem: ZipProblem): void {
  if (problem?.kind === 'incomplete') fail(msg.truncatedXlsx(file));
  if (problem?.kind === 'unreadable') fail(msg.unreadableXlsx(file, problem.reason));
}

/** Matrix rows that hold comments rather than ratings ("Other (please specify)", "Comments"). */
const COMMENT_ROW = /\b(other|others|comments?|specify|remarks?|suggestions?|autres?|commentaires?|préciser|precisez|précisez|remarques?|otros?|otras?|comentarios?|especifique|observaciones)\b/i;

/**
 * A row of a rating matrix whose answers fit no scale is an error: its
 * siblings are rated, so the layout says it is a rating too, and without
 * this check it would drop out of the report unnoticed (a re-save that
 * replaced its labels, a column pasted from elsewhere). Rows that read as
 * comment fields and checkbox columns are not ratings.
 */
function unratedMatrixRow(file: string, layout: Layout, tally: Tally, survey: Survey): void {
  const rated = new Set(survey.items.map((i) => i.question));
  for (const o of survey.other) {
    const c = layout.columns.find((col) => col.index === o.column);
    if (!c || c.role.kind !== 'answer' || c.role.multiple || c.role.item === c.role.question || !rated.has(c.role.question) || COMMENT_ROW.test(c.role.item)) continue;
    const answers = [...tally.columns.get(o.column)!.counts].filter(([a]) => !isNotApplicable(a));
    answers.sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
    if (answers.length) fail(msg.noScale(file, c.header, answers.map(([a]) => a)));
  }
}

/** From a full tally to items, with the checks and warnings both ingest paths share. */
export function finishIngest(parts: { file: string; encoding: string; delimiter: string; layout: Layout; tally: Tally }): Ingested {
  const { file, encoding, delimiter, layout, tally } = parts;
  // A file whose every row repeats respondents of an earlier export is a duplicate collector, not an error.
  if (tally.respondents === 0 && tally.duplicateRows.length === 0) fail(tally.cut ? msg.cutOnly(file, tally.cut.row, tally.cut.reason) : msg.headerOnly(file));
  const survey = resolve(tally, layout);
  if (survey.items.length === 0 && tally.respondents > 0) fail(msg.notSurvey(file));
  // A row with text past the header's last field is an error, not a warning: a field added or split by hand
  // (an unquoted delimiter in a comment, a cell inserted in a re-saved export) shifts every answer after it
  // into the wrong question, and counting such a row would silently corrupt the figures. The first rows are
  // named so they can be fixed or the file exported again. Blank extra fields (trailing delimiters) and short
  // rows (Excel drops trailing empty cells: StataCorp FAQ "How Excel writes empty cells") are read as blanks.
  if (tally.wideRows.length) fail(msg.fieldCount(file, tally.wideRows, tally.wideFields, tally.fields));
  unratedMatrixRow(file, layout, tally, survey);
  const warnings: string[] = [];
  if (tally.cut) warnings.push(msg.cutOff(file, tally.cut.row, tally.cut.reason));
  if (tally.shortCount && !excelResave(layout.tool, encoding)) warnings.push(msg.shortRows(file, tally.shortRows, tally.shortCount, tally.fields));
  for (const row of tally.footerRows) warnings.push(msg.skippedFooter(file, row));
  if (tally.duplicateRows.length) warnings.push(msg.duplicateRespondents(file, tally.duplicateRows.length, String(tally.duplicateRows[0])));
  for (const c of layout.columns) if (tally.attributeOverflow.has(c.index)) warnings.push(msg.attributeTooVaried(file, c.header, MAX_SPELLINGS));
  for (const item of survey.items) {
    if (item.unrecognised.length) {
      const count = item.unrecognised.reduce((a, [, n]) => a + n, 0);
      warnings.push(msg.unknownLabels(file, item.label, item.unrecognised.map(([l]) => l), count));
    }
  }
  return { file, encoding, delimiter, layout, tally, survey, warnings };
}
