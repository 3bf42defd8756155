/**
 * Microsoft Forms' responses workbook ("Open in Excel"): one header row; `ID`,
 * `Start time`, `Completion time`, `Email`, `Name` (in the form owner's
 * language; `Last modified time` on newer forms), then one column per
 * question. A Likert question loses its own text: each statement is a column
 * headed by the statement alone. A title already used by an earlier column
 * gets a number (`Overall rating2`). Multiple-choice picks are joined with
 * `;` and end with one; an "Other" answer is the typed text. In the workbook,
 * dates and star ratings are numbers, and blanks are empty cells.
 */
import { cellOf, cellsOf, choiceOf, picksOf, type Cell, type Survey } from './survey.js';
import { workbookBytes, type XlsxValue } from './xlsx.js';

/** What Forms records of a response; `Date`s stay dates in the workbook. */
export interface MicrosoftFormsMeta {
  id: number | string;
  start: Date | string;
  completion: Date | string;
  /** `anonymous` when the form was open to anyone. */
  email: string;
  name: string | null;
}

export interface MicrosoftFormsOptions {
  /** The five metadata headers; default English: ID, Start time, Completion time, Email, Name. */
  metadata?: string[];
  /** Add the empty `Last modified time` column of newer forms after the metadata; default false. */
  lastModified?: boolean;
  /** Empty columns after the last question (a used range wider than the data, once re-saved by Excel); default 0. */
  extraColumns?: number;
}

const METADATA = ['ID', 'Start time', 'Completion time', 'Email', 'Name'];

/** Headers as Forms writes them: a title seen before gets its occurrence number. */
function numbered(titles: string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((t) => {
    const n = (seen.get(t) ?? 0) + 1;
    seen.set(t, n);
    return n === 1 ? t : `${t}${n}`;
  });
}

/** The export's rows: header, then one row per response (metadata as given: `Date`s stay dates). */
export function microsoftFormsRows(survey: Survey<MicrosoftFormsMeta>, options: MicrosoftFormsOptions = {}): XlsxValue[][] {
  const { metadata = METADATA, lastModified = false, extraColumns = 0 } = options;
  const blanks = Array<string>(extraColumns).fill('');
  const titles = survey.questions.flatMap((q) => (q.kind === 'matrix' ? q.rows : [q.text]));
  const rows: XlsxValue[][] = [[...metadata, ...(lastModified ? ['Last modified time'] : []), ...numbered(titles), ...blanks]];
  for (const { meta, answers } of survey.respondents) {
    const cells = survey.questions.flatMap((q, k): Cell[] => {
      const a = answers[k];
      if (q.kind === 'matrix') return cellsOf(a);
      if (q.kind === 'multi') return [picksOf(a).map((p) => `${p};`).join('')];
      if (q.kind === 'single' && q.other) {
        const { choice, other } = choiceOf(a);
        return [choice === q.other.option ? other : choice];
      }
      return [cellOf(a)];
    });
    rows.push([meta.id, meta.start, meta.completion, meta.email, meta.name, ...(lastModified ? [null] : []), ...cells, ...blanks]);
  }
  return rows;
}

export interface MicrosoftFormsXlsxOptions extends MicrosoftFormsOptions {
  /** Document dates and ZIP entry times (fixed: the same bytes on every run). */
  created: Date;
}

/** The workbook Forms downloads: blanks as empty cells, whole-number answers (star ratings) as numbers. */
export async function microsoftFormsXlsx(survey: Survey<MicrosoftFormsMeta>, options: MicrosoftFormsXlsxOptions): Promise<Uint8Array> {
  const rows = microsoftFormsRows(survey, options);
  const meta = METADATA.length + (options.lastModified ? 1 : 0);
  const typed = rows.map((row, r) =>
    row.map((v, c) => (v === '' ? null : r > 0 && c >= meta && typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v)),
  );
  return workbookBytes(typed, {
    creator: 'Microsoft Forms',
    sheet: 'Sheet1',
    date: options.created,
    dateColumns: options.lastModified ? [2, 3, 6] : [2, 3],
    dateFormat: 'm/d/yy h:mm:ss',
  });
}

/** The rows as text, for a CSV re-save of the workbook (excel-resave.ts); a `Date` becomes ISO 8601 (give dates as text to write them as a locale does). */
export function microsoftFormsText(survey: Survey<MicrosoftFormsMeta>, options: MicrosoftFormsOptions = {}): Cell[][] {
  return microsoftFormsRows(survey, options).map((row) => row.map((v) => (v === null ? '' : v instanceof Date ? v.toISOString() : String(v))));
}
