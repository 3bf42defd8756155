/**
 * SurveyMonkey's export (CSV and XLSX, "Expanded" layout): two header rows.
 * Row 1 holds the question text over the first column of each question only;
 * row 2 the matrix row labels, `Response` over a one-column answer,
 * `Open-Ended Response` over a comment box, and the label of the "Other"
 * option over its text column. Nine metadata columns come first, headed in
 * the language of the account (not of the survey).
 */
import { toDelimitedText } from './csv.js';
import { cellOf, cellsOf, choiceOf, picksOf, type Answer, type Cell, type Survey } from './survey.js';
import { workbookBytes, type XlsxValue } from './xlsx.js';

/** Header words SurveyMonkey writes in the account's language. */
export interface SurveyMonkeyAccount {
  /** Respondent ID, Collector ID, Start Date, End Date, IP Address, Email Address, First Name, Last Name, Custom Data 1. */
  metadata: string[];
  /** Row 2 over a one-column answer. */
  response: string;
  /** Row 2 over a comment box. */
  openEnded: string;
}

export const SURVEYMONKEY_ACCOUNTS: Record<'en' | 'fr' | 'es', SurveyMonkeyAccount> = {
  en: {
    metadata: ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1'],
    response: 'Response',
    openEnded: 'Open-Ended Response',
  },
  fr: {
    metadata: ['ID du répondant', 'ID du collecteur', 'Date de début', 'Date de fin', 'Adresse IP', 'Adresse e-mail', 'Prénom', 'Nom', 'Données personnalisées 1'],
    response: 'Réponse',
    openEnded: 'Réponse ouverte',
  },
  es: {
    metadata: ['ID del encuestado', 'ID del recopilador', 'Fecha de inicio', 'Fecha de finalización', 'Dirección IP', 'Dirección de correo electrónico', 'Nombre', 'Apellido', 'Datos personalizados 1'],
    response: 'Respuesta',
    openEnded: 'Respuesta abierta',
  },
};

/** What SurveyMonkey records of a respondent; dates as `Date` are formatted by the writer. */
export interface SurveyMonkeyMeta {
  id: string | number;
  collector: string | number;
  start: string | Date;
  end: string | Date;
  ip: string;
  email: string;
  first: string;
  last: string;
}

export interface SurveyMonkeyOptions {
  /** Header words of the account; default English (`SURVEYMONKEY_ACCOUNTS.en`). */
  account?: SurveyMonkeyAccount;
  /** How a `Date` of the metadata is written in text; default `02/17/2020 08:31:12 AM` (an English account). */
  date?: (d: Date) => string;
  /** HTML-escape the header texts (`&lt;`, `&amp;`…), as SurveyMonkey writes text typed with markup; default false. */
  escapeHtml?: boolean;
}

const pad = (v: number) => String(v).padStart(2, '0');

/** `02/17/2020 08:31:12 AM`: an English account's dates. */
export function surveyMonkeyDate(d: Date): string {
  const h = d.getUTCHours();
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${pad(h % 12 || 12)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Row 1, row 2 and the answer cells of each question, side by side. */
function columns(survey: Survey<SurveyMonkeyMeta>, account: SurveyMonkeyAccount) {
  const top: string[] = [];
  const sub: string[] = [];
  const spans: [number, number][] = [];
  const cells: ((answer: Answer) => Cell[])[] = [];
  for (const q of survey.questions) {
    const at = top.length;
    let heads: string[];
    switch (q.kind) {
      case 'matrix':
        heads = q.other ? [...q.rows, q.other] : q.rows;
        cells.push(cellsOf);
        break;
      case 'single':
        if (q.other) {
          const option = q.other.option;
          heads = [account.response, option];
          // The "Other" choice itself is not written: its column holds the typed text.
          cells.push((a) => {
            const { choice, other } = choiceOf(a);
            return [choice === option ? '' : choice, other];
          });
        } else {
          heads = [account.response];
          cells.push((a) => [cellOf(a)]);
        }
        break;
      case 'multi':
        heads = q.options;
        cells.push((a) => {
          const picked = picksOf(a);
          return q.options.map((o) => (picked.includes(o) ? o : ''));
        });
        break;
      case 'text':
        heads = [account.openEnded];
        cells.push((a) => [cellOf(a)]);
        break;
      default:
        heads = [account.response];
        cells.push((a) => [cellOf(a)]);
    }
    top.push(q.text, ...heads.slice(1).map(() => ''));
    sub.push(...heads);
    spans.push([at, heads.length]);
  }
  return { top, sub, spans, cells };
}

/** The export as rows of cells: two header rows, then one row per respondent (metadata as given, dates still `Date`). */
export function surveyMonkeyTable(survey: Survey<SurveyMonkeyMeta>, options: SurveyMonkeyOptions = {}): { rows: XlsxValue[][]; spans: [number, number][] } {
  const account = options.account ?? SURVEYMONKEY_ACCOUNTS.en;
  const header = options.escapeHtml ? escape : (s: string) => s;
  const { top, sub, spans, cells } = columns(survey, account);
  const rows: XlsxValue[][] = [
    [...account.metadata, ...top].map(header),
    [...account.metadata.map(() => ''), ...sub].map(header),
  ];
  for (const { meta: m, answers } of survey.respondents) {
    rows.push([m.id, m.collector, m.start, m.end, m.ip, m.email, m.first, m.last, '', ...answers.flatMap((a, k) => cells[k](a))]);
  }
  return { rows, spans: spans.map(([at, n]) => [account.metadata.length + at, n]) };
}

/** The export as text rows, dates formatted with `options.date`: the table a CSV holds, or an Excel re-save starts from. */
export function surveyMonkeyRows(survey: Survey<SurveyMonkeyMeta>, options: SurveyMonkeyOptions = {}): string[][] {
  const date = options.date ?? surveyMonkeyDate;
  return surveyMonkeyTable(survey, options).rows.map((row) => row.map((v) => (v instanceof Date ? date(v) : v === null ? '' : String(v))));
}

/** SurveyMonkey's CSV: comma, CRLF, UTF-8 without BOM. */
export function surveyMonkeyCsv(survey: Survey<SurveyMonkeyMeta>, options: SurveyMonkeyOptions = {}): string {
  return toDelimitedText(surveyMonkeyRows(survey, options), { delimiter: ',', newline: '\r\n' });
}

export interface SurveyMonkeyXlsxOptions extends SurveyMonkeyOptions {
  /** Document dates and ZIP entry times (fixed: the same bytes on every run). */
  created: Date;
  /** Formatted empty rows under the data; default 0. */
  formattedBlankRows?: number;
}

/** SurveyMonkey's XLSX: ids and dates as typed cells, each question's header merged across its columns, blanks as empty cells. */
export async function surveyMonkeyXlsx(survey: Survey<SurveyMonkeyMeta>, options: SurveyMonkeyXlsxOptions): Promise<Uint8Array> {
  const { rows, spans } = surveyMonkeyTable(survey, options);
  return workbookBytes(rows.map((row) => row.map((v) => (v === '' ? null : v))), {
    creator: 'SurveyMonkey',
    sheet: 'Sheet',
    date: options.created,
    dateColumns: [3, 4],
    dateFormat: 'mm/dd/yyyy hh:mm:ss AM/PM',
    merges: spans.filter(([, n]) => n > 1).map(([at, n]): [number, number, number] => [1, at + 1, at + n]),
    formattedBlankRows: options.formattedBlankRows,
  });
}
