/**
 * What both ingest paths (in memory: memory.ts; streaming: stream/ingest.ts)
 * end with: the Ingested record, and the checks and warnings they share once
 * the rows are tallied.
 */
import { fail } from '../errors.js';
import * as msg from '../messages.js';
import type { IdSet } from './normalise/ids.js';
import type { Layout } from '../model.js';
import { resolve, type Survey } from './normalise/resolve.js';
import { isNotApplicable, type NotApplicableOptions } from './normalise/scales.js';
import { unknownLabels } from './normalise/unknown-labels.js';
import { MAX_SPELLINGS, type Tally } from './normalise/tally.js';
import type { ZipProblem } from './decode/zip-check.js';
import { findChoices } from './normalise/choices/find.js';
import { excelResave } from './cut.js';

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
  /** `stream`: fold the file chunk by chunk in bounded memory (stream/); `memory`: read it whole. Default `stream`. */
  mode?: 'stream' | 'memory';
  /** Threads the streaming path may fold on; default 2. */
  threads?: number;
  /** Further answer labels meaning "not applicable" (the config's `notApplicable` key); default none. */
  notApplicable?: readonly string[];
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
function unratedMatrixRow(file: string, layout: Layout, tally: Tally, survey: Survey, na: NotApplicableOptions): void {
  const rated = new Set(survey.items.map((i) => i.question));
  for (const o of survey.other) {
    const c = layout.columns.find((col) => col.index === o.column);
    if (!c || c.role.kind !== 'answer' || c.role.multiple || c.role.item === c.role.question || !rated.has(c.role.question) || COMMENT_ROW.test(c.role.item)) continue;
    const answers = [...tally.columns.get(o.column)!.counts].filter(([a]) => !isNotApplicable(a, na));
    answers.sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
    if (answers.length) fail(msg.noScale(file, c.header, answers.map(([a]) => a)));
  }
}

/** From a full tally to items, with the checks and warnings both ingest paths share. */
export function finishIngest(parts: { file: string; encoding: string; delimiter: string; layout: Layout; tally: Tally }, options: Pick<IngestOptions, 'notApplicable'> = {}): Ingested {
  const { file, encoding, delimiter, layout, tally } = parts;
  // A file whose every row repeats respondents of an earlier export is a duplicate collector, not an error.
  if (tally.respondents === 0 && tally.duplicateRows.length === 0) fail(tally.cut ? msg.cutOnly(file, tally.cut.row, tally.cut.reason) : msg.headerOnly(file));
  const resolved = resolve(tally, layout, { notApplicable: options.notApplicable });
  // Checkbox and choice columns come out of the comments: they are counted as choices.
  const { choices, texts } = findChoices(tally, layout, resolved);
  const survey: Survey = { ...resolved, texts, choices };
  if (survey.items.length === 0 && tally.respondents > 0) fail(msg.notSurvey(file));
  // A row with text past the header's last field is an error, not a warning: a field added or split by hand
  // (an unquoted delimiter in a comment, a cell inserted in a re-saved export) shifts every answer after it
  // into the wrong question, and counting such a row would silently corrupt the figures. The first rows are
  // named so they can be fixed or the file exported again. Blank extra fields (trailing delimiters) and short
  // rows (Excel drops trailing empty cells: StataCorp FAQ "How Excel writes empty cells") are read as blanks.
  if (tally.wideRows.length) fail(msg.fieldCount(file, tally.wideRows, tally.wideFields, tally.fields));
  unratedMatrixRow(file, layout, tally, survey, { extra: options.notApplicable });
  const warnings: string[] = [];
  if (tally.cut) warnings.push(msg.cutOff(file, tally.cut.row, tally.cut.reason));
  if (tally.shortCount && !excelResave(layout.tool, encoding)) warnings.push(msg.shortRows(file, tally.shortRows, tally.shortCount, tally.fields));
  for (const row of tally.footerRows) warnings.push(msg.skippedFooter(file, row));
  if (tally.duplicateRows.length) warnings.push(msg.duplicateRespondents(file, tally.duplicateRows.length, String(tally.duplicateRows[0])));
  for (const c of layout.columns) if (tally.attributeOverflow.has(c.index)) warnings.push(msg.attributeTooVaried(file, c.header, MAX_SPELLINGS));
  // One warning per distinct label off the scale, naming every column it is in.
  for (const u of unknownLabels(survey.items)) warnings.push((u.afterScale ? msg.unknownChoice : msg.unknownLabel)(file, u.label, u.columns, u.count));
  return { file, encoding, delimiter, layout, tally, survey, warnings };
}
