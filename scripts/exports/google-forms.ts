/**
 * Google Forms' "Download responses (.csv)" (the responses sheet): one header
 * row; `Timestamp` and `Email Address` first (in the owner's language), then
 * one column per question, a grid as one column per row headed
 * `Question [Row]`, checkbox picks joined with `, `, and an "Other:" answer's
 * typed text in the question's own column. Comma, LF, UTF-8 without BOM; the
 * sheet's writer quotes a field with a leading or trailing space too.
 */
import { toDelimitedText } from './csv.js';
import { cellOf, cellsOf, choiceOf, picksOf, type Cell, type Survey } from './survey.js';

/** What Google records of a response: when, and the e-mail when the form collects it. */
export interface GoogleFormsMeta {
  timestamp: string;
  email: string;
}

export interface GoogleFormsOptions {
  /** The first two headers in the owner's language; default `Timestamp`, `Email Address`. */
  metadata?: [string, string];
  /** Blank columns someone added in Sheets after the last question; default 0. */
  extraColumns?: number;
  /** Rows someone cleared by hand under the data: they come out blank; default 0. */
  blankRows?: number;
}

/** The export's rows: header, then one row per response. */
export function googleFormsRows(survey: Survey<GoogleFormsMeta>, options: GoogleFormsOptions = {}): Cell[][] {
  const { metadata = ['Timestamp', 'Email Address'], extraColumns = 0, blankRows = 0 } = options;
  const blanks = Array<string>(extraColumns).fill('');
  const header = [
    ...metadata,
    ...survey.questions.flatMap((q) => (q.kind === 'matrix' ? q.rows.map((row) => `${q.text} [${row}]`) : [q.text])),
    ...blanks,
  ];
  const rows: Cell[][] = [header];
  for (const { meta, answers } of survey.respondents) {
    const cells = survey.questions.flatMap((q, k): Cell[] => {
      const a = answers[k];
      if (q.kind === 'matrix') return cellsOf(a);
      if (q.kind === 'multi') return [picksOf(a).join(', ')];
      if (q.kind === 'single' && q.other) {
        const { choice, other } = choiceOf(a);
        return [choice === q.other.option ? other : choice];
      }
      return [cellOf(a)];
    });
    rows.push([meta.timestamp, meta.email, ...cells, ...blanks]);
  }
  for (let k = 0; k < blankRows; k++) rows.push(header.map(() => ''));
  return rows;
}

/** The CSV text Google Forms downloads. */
export function googleFormsCsv(survey: Survey<GoogleFormsMeta>, options: GoogleFormsOptions = {}): string {
  return toDelimitedText(googleFormsRows(survey, options), { delimiter: ',', newline: '\n', quoteEdgeSpaces: true });
}
