/**
 * LimeSurvey's CSV export: UTF-8 with BOM, every value quoted, CRLF, the
 * separator chosen in the export dialog. Headings are either the full
 * question text (`Question [Subquestion]`, `Question [Other]`, metadata as
 * `Response ID`, `Date submitted`…) or the question codes (`G02Q02[SQ001]`,
 * `G01Q01[other]`, `id`, `submitdate`…). `""` is a question shown and not
 * answered; an empty field (a `null` cell) one never shown: the pages after
 * an incomplete response's last page.
 */
import { toDelimitedText } from './csv.js';
import { cellOf, cellsOf, choiceOf, picksOf, type Cell, type Question, type Survey } from './survey.js';

/** What LimeSurvey records of a response. */
export interface LimeSurveyMeta {
  id: string;
  /** `null` for an incomplete response. */
  submitdate: Cell;
  lastpage: string;
  startlanguage: string;
  seed: string;
  /** The access code, when the survey uses a participant list (see `accessCodes`). */
  token?: string;
  startdate: string;
  datestamp: string;
  ipaddr: string;
  refurl: string;
}

export interface LimeSurveyOptions {
  /** `full`: question text headings; `code`: question codes. Default `full`. */
  headings?: 'full' | 'code';
  /** Separator; default `;` (LimeSurvey's fallback). */
  delimiter?: string;
  /** The survey has a participant list: an access-code column after the seed; default false. */
  accessCodes?: boolean;
  /** Empty lines after the data (a hand edit); default 0. */
  blankLines?: number;
  /** What the column of a ticked multiple-choice option holds; default `Yes` with `full` headings, `Y` with `code`. */
  ticked?: string;
}

const FULL = ['Response ID', 'Date submitted', 'Last page', 'Start language', 'Seed', 'Access code', 'Date started', 'Date last action', 'IP address', 'Referrer URL'];
const CODE = ['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'token', 'startdate', 'datestamp', 'ipaddr', 'refurl'];
/** The access-code column's place in the metadata. */
const TOKEN = 5;

const subquestion = (i: number) => `SQ${String(i + 1).padStart(3, '0')}`;

function headings(q: Question, full: boolean): string[] {
  const name = full ? q.text : (q.code ?? q.text);
  const sub = (label: string, i: number) => (full ? `${name} [${label}]` : `${name}[${subquestion(i)}]`);
  if (q.kind === 'matrix') return q.rows.map(sub);
  if (q.kind === 'multi') return q.options.map(sub);
  if (q.kind === 'single' && q.other) return [name, full ? `${name} [Other]` : `${name}[other]`];
  return [name];
}

/** The export's rows: header, then one row per response. */
export function limeSurveyRows(survey: Survey<LimeSurveyMeta>, options: LimeSurveyOptions = {}): Cell[][] {
  const full = (options.headings ?? 'full') === 'full';
  const ticked = options.ticked ?? (full ? 'Yes' : 'Y');
  const keep = (_: unknown, i: number) => options.accessCodes || i !== TOKEN;
  const header = [...(full ? FULL : CODE).filter(keep), ...survey.questions.flatMap((q) => headings(q, full))];
  const rows: Cell[][] = [header];
  for (const { meta: m, answers } of survey.respondents) {
    const cells = survey.questions.flatMap((q, k): Cell[] => {
      const a = answers[k];
      if (q.kind === 'matrix') return cellsOf(a);
      if (q.kind === 'multi') {
        const picked = picksOf(a);
        return q.options.map((o) => (picked.includes(o) ? ticked : ''));
      }
      if (q.kind === 'single' && q.other) {
        const { choice, other } = choiceOf(a);
        return [choice, other];
      }
      return [cellOf(a)];
    });
    const meta = [m.id, m.submitdate, m.lastpage, m.startlanguage, m.seed, m.token ?? '', m.startdate, m.datestamp, m.ipaddr, m.refurl];
    rows.push([...meta.filter(keep), ...cells]);
  }
  return rows;
}

/** The CSV text LimeSurvey writes. */
export function limeSurveyCsv(survey: Survey<LimeSurveyMeta>, options: LimeSurveyOptions = {}): string {
  const text = toDelimitedText(limeSurveyRows(survey, options), { delimiter: options.delimiter ?? ';', newline: '\r\n', quote: 'all' });
  return '\ufeff' + text + '\r\n'.repeat(options.blankLines ?? 0);
}
