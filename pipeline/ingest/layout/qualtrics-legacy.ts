import type { Column, Layout } from '../../model.js';
import { cleanHeader, roleFromHeader } from './headers.js';
import { qualtricsColumns, type QualtricsHeader } from './qualtrics-questions.js';

/**
 * Qualtrics legacy export: row 1 starts `V1, V2, …` (the metadata columns)
 * before the export tags, and row 2 names those metadata (`ResponseID`).
 */
export function isQualtricsLegacy(rows: string[][]): boolean {
  const first = rows[0]?.map((c) => c.trim()) ?? [];
  const second = rows[1]?.map((c) => c.trim().toLowerCase()) ?? [];
  return first[0] === 'V1' && first[1] === 'V2' && second.includes('responseid');
}

/**
 * Two header rows: `V1…V10` then the export tags, over the metadata names
 * then the question text (`Question-Row`, no spaces around the dash). Every
 * line ends with a comma, so the last column is empty and is skipped.
 */
export function qualtricsLegacyLayout(rows: string[][]): Layout {
  const [tags, texts] = rows;
  const width = Math.max(tags.length, texts.length);
  const meta: Column[] = [];
  const headers: QualtricsHeader[] = [];
  for (let index = 0; index < width; index++) {
    const tag = (tags[index] ?? '').trim();
    const text = cleanHeader(texts[index] ?? '');
    if (/^V\d+$/.test(tag)) {
      // The `Vn` columns are metadata; their name is in row 2. Unknown ones are ignored.
      meta.push({ index, header: text || tag, role: roleFromHeader(text) ?? { kind: 'meta' } });
    } else {
      headers.push({ index, tag, text });
    }
  }
  const columns = [...meta, ...qualtricsColumns(headers, { separator: '-' })].sort((a, b) => a.index - b.index);
  return { tool: 'qualtrics-legacy', headerRows: 2, columns };
}
