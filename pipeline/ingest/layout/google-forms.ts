import type { Column, Layout } from '../../model.js';
import { labelKey } from '../normalise/scales.js';
import { genericLayout } from './generic.js';
import { cleanHeader } from './headers.js';

/**
 * The first header of a Google Forms response sheet, in the languages Google
 * writes it: the form owner's language decides, so a French owner's export
 * starts with `Horodateur` whatever the respondents spoke.
 */
export const TIMESTAMP_HEADERS: ReadonlySet<string> = new Set(
  [
    'Timestamp', 'Horodateur', 'Marca temporal', 'Carimbo de data/hora', 'Zeitstempel', 'Informazioni cronologiche',
    'Tijdstempel', 'Sygnatura czasowa', 'Отметка времени', 'Zaman damgası', 'Dấu thời gian', 'Stempel waktu',
    'Marca de temps', 'Tidsstempel', 'Tidstämpel', 'Aikaleima', 'Časová značka', 'Χρονική σήμανση', 'タイムスタンプ',
    '时间戳', '時間戳記', '타임스탬프', 'الطابع الزمني', 'חותמת זמן',
  ].map(labelKey),
);

/**
 * The quiz score column in other languages. Only a column right after the
 * timestamp (and the e-mail) whose answers read `7 / 10` is taken for one:
 * `Note` or `Punteggio` could as well be a question.
 */
const SCORE_HEADERS = new Set(['score', 'note', 'puntuacion', 'pontuacao', 'punteggio', 'punktzahl', 'punten', 'wynik', 'pisteet']);
const SCORE_VALUE = /^\d+(?:[.,]\d+)?\s*\/\s*\d+$/;

/** Google Forms → Sheets: one header row whose first cell is the (localised) timestamp. */
export function isGoogleForms(rows: string[][]): boolean {
  const first = rows[0]?.[0];
  if (first === undefined || !TIMESTAMP_HEADERS.has(labelKey(cleanHeader(first)))) return false;
  // A second header row (another tool's layout) would not start with a date.
  const next = rows[1]?.[0]?.trim() ?? '';
  return next === '' || /\d/.test(next);
}

/**
 * One header row, grid rows written `Question [Row]` (as the generic layout
 * reads them), plus what only Google does: the localised quiz score column is
 * metadata, and checkbox questions, whose picks Google joins with `, `, are
 * marked `multiple` so that a checkbox list of scale words is never a rating.
 */
export function googleFormsLayout(rows: string[][]): Layout {
  const layout = genericLayout(rows, { tool: 'google-forms' });
  const data = rows.slice(layout.headerRows);
  const columns: Column[] = layout.columns.map((column) => {
    if (column.role.kind !== 'answer') return column;
    const values = columnValues(data, column.index);
    if (column.index <= 2 && SCORE_HEADERS.has(labelKey(column.header)) && values.length > 0 && values.every((v) => SCORE_VALUE.test(v))) {
      return { ...column, role: { kind: 'meta' } };
    }
    if (isCheckboxAnswers(values)) return { ...column, role: { ...column.role, multiple: true } };
    return column;
  });
  return { ...layout, columns };
}

/** The non-blank, trimmed answers of one column. */
function columnValues(rows: string[][], index: number): string[] {
  const values: string[] = [];
  for (const row of rows) {
    const value = (row[index] ?? '').trim();
    if (value) values.push(value);
  }
  return values;
}

/**
 * True when a column holds checkbox answers: Google joins the picks with `, `,
 * so some answers split into parts that are each a choice seen in another
 * answer too. Free text also has commas, but its parts ("Great meeting",
 * "thanks") do not come back in other answers; an answer label holding a comma
 * ("Civil society, NGO") has parts that never stand alone. At least 80% of the
 * comma-joined answers must be explained by choices seen elsewhere.
 */
export function isCheckboxAnswers(values: Iterable<string>): boolean {
  const distinct = [...new Set([...values].map((v) => v.trim()).filter((v) => v !== ''))];
  const parts = distinct.map((v) => v.split(', ').map((p) => p.trim()));
  // In how many distinct answers each choice appears, alone or joined.
  const seen = new Map<string, number>();
  for (const list of parts) for (const p of new Set(list)) seen.set(p, (seen.get(p) ?? 0) + 1);
  const joined = parts.filter((list) => list.length > 1);
  if (joined.length === 0) return false;
  const explained = joined.filter((list) => list.every((p) => p !== '' && (seen.get(p) ?? 0) >= 2)).length;
  return explained > 0 && explained >= 0.8 * joined.length;
}
