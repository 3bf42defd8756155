import type { Layout } from '../../model.js';
import { cleanHeader } from './headers.js';
import { qualtricsColumns, type QualtricsHeader } from './qualtrics-questions.js';

/**
 * The ImportId of a third-row cell: `{"ImportId":"QID4_1"}` (current, may
 * carry `"timeZone"`) or `{'ImportId': 'QID4-1'}` (the 2016 "Insights"
 * export, which is not JSON). Undefined for any other text.
 */
export function importIdOf(cell: string): string | undefined {
  const m = /^\s*\{\s*["']ImportId["']\s*:\s*["']([^"']*)["']/.exec(cell);
  return m ? m[1] : undefined;
}

/**
 * Qualtrics (current and 2016 "Insights"): three header rows, the third one
 * of ImportIds. Most non-empty cells of row 3 must be ImportIds, so a data
 * row that happens to hold one JSON answer does not qualify.
 */
export function isQualtrics(rows: string[][]): boolean {
  const third = (rows[2] ?? []).filter((c) => c.trim() !== '');
  const ids = third.filter((c) => importIdOf(c) !== undefined).length;
  return ids > 0 && ids * 2 > third.length;
}

/**
 * Three header rows: export tags, question text, ImportIds. The tags decide
 * metadata (row 2 is localised: `Anfangsdatum`), the ImportIds group the
 * columns into questions. Current exports separate question and row with
 * ` - `; the Insights variant (single-quoted ImportIds) writes `Question-Row`.
 */
export function qualtricsLayout(rows: string[][]): Layout {
  const [tags, texts, ids] = rows;
  const width = Math.max(tags.length, texts.length, ids.length);
  const insights = ids.some((c) => /^\s*\{\s*'ImportId'/.test(c));
  const headers: QualtricsHeader[] = [];
  for (let index = 0; index < width; index++) {
    headers.push({
      index,
      tag: (tags[index] ?? '').trim(),
      text: cleanHeader(texts[index] ?? ''),
      importId: importIdOf(ids[index] ?? ''),
    });
  }
  const columns = qualtricsColumns(headers, { separator: insights ? '-' : ' - ' });
  return { tool: 'qualtrics', headerRows: 3, columns };
}
