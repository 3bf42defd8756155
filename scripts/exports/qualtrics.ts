/**
 * Qualtrics' CSV exports, in their three layouts:
 * - `current` (2017 on): three header rows, the export tags (`Q4_1`), the
 *   question text (`Question - Row`, `- Selected Choice`, `- Text`), and the
 *   ImportId JSON (`{"ImportId":"QID4_1"}`); 17 metadata columns first, their
 *   labels in the account's language (English or Spanish); UTF-8 with BOM,
 *   CRLF; choice text, or numeric recodes with `numeric`;
 * - `legacy` (before 2017): `V1…V10` and tags, then names and labels
 *   (`Question-Row`); a trailing comma on every line; LF, no BOM;
 * - `insights` (the 2016 "Insights" export): three header rows, the third
 *   of single-quoted ImportIds (`{'ImportId': 'QID4-1'}`), question text cut
 *   at 99 characters; UTF-8 with BOM, LF.
 * Each question's `code` is its export tag (`Q4`); a grid's rows are
 * `Q4_1`, `Q4_2`…, an "Other" text field `Q1_7_TEXT` (7: the option's number).
 */
import { toDelimitedText } from './csv.js';
import { cellOf, cellsOf, choiceOf, picksOf, type Answer, type Cell, type Question, type Survey } from './survey.js';

/** What Qualtrics records of a response. */
export interface QualtricsMeta {
  /** `R_…` */
  id: string;
  /** `2020-02-14 07:31:12` */
  start: string;
  end: string;
  /** Seconds. */
  duration: number;
  ip: string;
  /** Recipient fields: '' for an anonymous link. */
  first: string;
  last: string;
  email: string;
  latitude: string;
  longitude: string;
  /** UserLanguage (`EN`, `FR`…). */
  language: string;
}

export interface QualtricsOptions {
  /** Which export; default `current`. */
  layout?: 'current' | 'legacy' | 'insights';
  /** Current layout: recode values instead of choice text ("Use numeric values"); default false. */
  numeric?: boolean;
  /** Rows of commas under the data (legacy: a blank line of commas at the end); default 0. */
  blankRows?: number;
  /** Current layout: the exporting account's language, which words the metadata labels of the question-text row, `Selected Choice`, `Text` and the Status text; default `en`. */
  headerLanguage?: QualtricsLanguage;
  /** Current layout: the time zone the date columns' ImportIds name; default `Europe/Zurich`. */
  timeZone?: string;
  /** Current layout: which choice columns the question-text row marks `- Selected Choice`: `with-other`, a single choice with an "Other" text field; `multi`, those and every multiple choice; `always`, every single and multiple choice (lone columns marked too, which the reader drops). Default `with-other`. */
  selectedChoice?: 'with-other' | 'multi' | 'always';
}

export type QualtricsLanguage = 'en' | 'es';

/** The current layout's own words per account language: the 17 metadata labels of the question-text row in column order, the Status text, and the role suffixes. */
const WORDS: Record<QualtricsLanguage, { meta: string[]; status: string; selectedChoice: string; text: string }> = {
  en: {
    meta: [
      'Start Date', 'End Date', 'Response Type', 'IP Address', 'Progress', 'Duration (in seconds)', 'Finished', 'Recorded Date', 'Response ID',
      'Recipient Last Name', 'Recipient First Name', 'Recipient Email', 'External Data Reference', 'Location Latitude', 'Location Longitude',
      'Distribution Channel', 'User Language',
    ],
    status: 'IP Address', selectedChoice: 'Selected Choice', text: 'Text',
  },
  es: {
    meta: [
      'Fecha de inicio', 'Fecha de finalización', 'Tipo de respuesta', 'Dirección IP', 'Progreso', 'Duración (en segundos)', 'Finalizado', 'Fecha registrada', 'ID de respuesta',
      'Apellido del destinatario', 'Nombre del destinatario', 'Correo electrónico del destinatario', 'Referencia de datos externos', 'Latitud de la ubicación', 'Longitud de la ubicación',
      'Canal de distribución', 'Idioma del usuario',
    ],
    status: 'Dirección IP', selectedChoice: 'Opción seleccionada', text: 'Texto',
  },
};

/** One column: export tag, question text, ImportId; and how an answer fills it. */
interface Column {
  tag: string;
  text: string;
  importId: string;
  cell: (answer: Answer) => Cell;
}

const code = (q: Question) => {
  if (!q.code) throw new Error(`Qualtrics: question "${q.text}" has no code (export tag)`);
  return q.code;
};

/** The recode of a choice-text answer in a numeric export. */
function recode(q: { scale: string[]; notApplicable?: string; recodes?: number[] }, answer: Cell): Cell {
  if (!answer) return answer;
  const codes = q.recodes ?? q.scale.map((_, i) => q.scale.length - i);
  const level = q.scale.indexOf(answer);
  if (level >= 0) return String(codes[level]);
  if (answer === q.notApplicable && codes.length > q.scale.length) return String(codes[q.scale.length]);
  throw new Error(`Qualtrics: no recode for "${answer}"`);
}

/** The question columns of one layout. */
function questionColumns(questions: Question[], layout: 'current' | 'legacy' | 'insights', numeric: boolean, words: (typeof WORDS)['en'], mark: 'with-other' | 'multi' | 'always'): Column[] {
  // How each layout joins question and row text, cuts long text, and spells ImportIds.
  const join = layout === 'current' ? ' - ' : '-';
  const cut = (t: string) => (layout === 'insights' && t.length > 99 ? `${t.slice(0, 99)}...` : t);
  const qid = (tag: string) => (layout === 'insights' ? tag.replace(/^Q/, 'QID').replace(/_/g, '-') : tag.replace(/^Q/, 'QID'));
  const columns: Column[] = [];
  questions.forEach((q, k) => {
    const tag = code(q);
    const text = cut(q.text);
    switch (q.kind) {
      case 'matrix':
        q.rows.forEach((row, i) => {
          const rowTag = `${tag}_${i + 1}`;
          // The current export escapes `&` in row text.
          const label = layout === 'current' ? row.replace(/&/g, '&amp;') : row;
          columns.push({ tag: rowTag, text: `${text}${join}${label}`, importId: qid(rowTag), cell: (a) => (numeric ? recode(q, cellsOf(a)[i]) : cellsOf(a)[i]) });
        });
        break;
      case 'rating':
        columns.push({ tag, text, importId: qid(tag), cell: (a) => (numeric ? recode(q, cellOf(a)) : cellOf(a)) });
        break;
      case 'single': {
        const choice = (a: Answer) => {
          const c = choiceOf(a).choice;
          return numeric && c ? String(q.options.indexOf(c) + 1) : c;
        };
        const marked = layout === 'current' && (mark === 'always' || !!q.other) ? `${text} - ${words.selectedChoice}` : text;
        if (!q.other) {
          columns.push({ tag, text: marked, importId: qid(tag), cell: choice });
          break;
        }
        const otherTag = `${tag}_${q.options.indexOf(q.other.option) + 1}_TEXT`;
        const otherText = { current: `${text} - ${q.other.option} - ${words.text}`, legacy: `${text}-${q.other.option}-TEXT`, insights: `${text}-${q.other.option}` }[layout];
        columns.push(
          { tag, text: marked, importId: qid(tag), cell: choice },
          { tag: otherTag, text: otherText, importId: qid(otherTag), cell: (a) => choiceOf(a).other },
        );
        break;
      }
      case 'multi':
        // Picks joined with a comma in one column (their option numbers in a numeric export).
        columns.push({
          tag, text: layout === 'current' && mark !== 'with-other' ? `${text} - ${words.selectedChoice}` : text, importId: qid(tag),
          cell: (a) => picksOf(a).map((p) => (numeric ? String(q.options.indexOf(p) + 1) : p)).join(','),
        });
        break;
      case 'text':
        // A text entry's ImportId ends in _TEXT whatever its tag.
        columns.push({ tag, text, importId: /_TEXT$/.test(tag) ? qid(tag) : qid(`${tag}_TEXT`), cell: cellOf });
        break;
      default:
        columns.push({ tag, text, importId: qid(tag), cell: cellOf });
    }
  });
  return columns;
}

/** The export's rows: header rows, then one row per response. */
export function qualtricsRows(survey: Survey<QualtricsMeta>, options: QualtricsOptions = {}): Cell[][] {
  const { layout = 'current', numeric = false, blankRows = 0, headerLanguage = 'en', timeZone = 'Europe/Zurich', selectedChoice = 'with-other' } = options;
  const words = WORDS[headerLanguage];
  const questions = questionColumns(survey.questions, layout, numeric, words, selectedChoice);
  const answers = (all: Answer[]) => {
    let k = -1;
    const owner = survey.questions.flatMap((q, i) => (q.kind === 'matrix' ? q.rows.map(() => i) : q.kind === 'single' && q.other ? [i, i] : [i]));
    return questions.map((c) => c.cell(all[owner[++k]]));
  };
  let rows: Cell[][];
  if (layout === 'current') {
    const zone = (id: string) => JSON.stringify({ ImportId: id, timeZone });
    const plain = (id: string) => JSON.stringify({ ImportId: id });
    const meta: [string, string][] = [
      ['StartDate', zone('startDate')], ['EndDate', zone('endDate')], ['Status', plain('status')],
      ['IPAddress', plain('ipAddress')], ['Progress', plain('progress')], ['Duration (in seconds)', plain('duration')],
      ['Finished', plain('finished')], ['RecordedDate', zone('recordedDate')], ['ResponseId', plain('_recordId')],
      ['RecipientLastName', plain('recipientLastName')], ['RecipientFirstName', plain('recipientFirstName')],
      ['RecipientEmail', plain('recipientEmail')], ['ExternalReference', plain('externalDataReference')],
      ['LocationLatitude', plain('locationLatitude')], ['LocationLongitude', plain('locationLongitude')],
      ['DistributionChannel', plain('distributionChannel')], ['UserLanguage', plain('userLanguage')],
    ];
    rows = [
      [...meta.map((m) => m[0]), ...questions.map((c) => c.tag)],
      [...words.meta, ...questions.map((c) => c.text)],
      [...meta.map((m) => m[1]), ...questions.map((c) => plain(c.importId))],
    ];
    for (const { meta: p, answers: a } of survey.respondents) {
      rows.push([
        p.start, p.end, numeric ? '0' : words.status, p.ip, '100', String(p.duration), numeric ? '1' : 'True', p.end, p.id,
        p.last, p.first, p.email, '', p.latitude, p.longitude, p.email ? 'email' : 'anonymous', p.language,
        ...answers(a),
      ]);
    }
  } else if (layout === 'legacy') {
    const meta = ['ResponseID', 'ResponseSet', 'Name', 'ExternalDataReference', 'EmailAddress', 'IPAddress', 'Status', 'StartDate', 'EndDate', 'Finished'];
    const location = ['LocationLatitude', 'LocationLongitude', 'LocationAccuracy', ''];
    rows = [
      [...meta.map((_, i) => `V${i + 1}`), ...questions.map((c) => c.tag), ...location],
      [...meta, ...questions.map((c) => c.text), ...location],
    ];
    for (const { meta: p, answers: a } of survey.respondents) {
      rows.push([
        p.id, 'Default Response Set', p.email ? `${p.last}, ${p.first}` : 'Anonymous', '', p.email, p.ip, '0', p.start, p.end, '1',
        ...answers(a), p.latitude, p.longitude, '-1', '',
      ]);
    }
  } else {
    const meta: [string, string][] = [
      ['ResponseID', 'responseId'], ['ResponseSet', 'responseSetId'], ['IPAddress', 'ipAddress'], ['StartDate', 'startDate'], ['EndDate', 'endDate'],
      ['RecipientLastName', 'panel-RecipientLastName'], ['RecipientFirstName', 'panel-RecipientFirstName'], ['RecipientEmail', 'panel-RecipientEmail'],
      ['ExternalDataReference', 'panel-ExternalDataReference'], ['Finished', 'finished'], ['Status', 'status'],
    ];
    const location: [string, string][] = [['LocationLatitude', 'Location-LocationLatitude'], ['LocationLongitude', 'Location-LocationLongitude'], ['LocationAccuracy', 'Location-LocationAccuracy']];
    const id = (s: string) => `{'ImportId': '${s}'}`;
    rows = [
      [...meta.map((m) => m[0]), ...questions.map((c) => c.tag), ...location.map((m) => m[0])],
      [...meta.map((m) => m[0]), ...questions.map((c) => c.text), ...location.map((m) => m[0])],
      [...meta.map((m) => id(m[1])), ...questions.map((c) => id(c.importId)), ...location.map((m) => id(m[1]))],
    ];
    for (const { meta: p, answers: a } of survey.respondents) {
      rows.push([p.id, 'Default Response Set', p.ip, p.start, p.end, p.last, p.first, p.email, '', '1', '0', ...answers(a), p.latitude, p.longitude, '-1']);
    }
  }
  for (let k = 0; k < blankRows; k++) rows.push(rows[0].map(() => ''));
  return rows;
}

/** The CSV text of the export (BOM for `current` and `insights`; CRLF for `current`, LF for the others). */
export function qualtricsCsv(survey: Survey<QualtricsMeta>, options: QualtricsOptions = {}): string {
  const layout = options.layout ?? 'current';
  const text = toDelimitedText(qualtricsRows(survey, options), { delimiter: ',', newline: layout === 'current' ? '\r\n' : '\n', quoteEdgeSpaces: true });
  return layout === 'legacy' ? text : '\ufeff' + text;
}
