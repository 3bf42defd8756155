import type { Column, Layout } from '../model.js';
import { attributeOf, cleanHeader, roleFromHeader } from './headers.js';

const SUBHEADER_SINGLE = /^(response|open-ended response|réponse|réponse ouverte|respuesta|respuesta abierta)$/i;

/** SurveyMonkey: "Respondent ID" and "Collector ID" in row 1, a sub-header row 2. */
export function isSurveyMonkey(rows: string[][]): boolean {
  const first = rows[0]?.map((c) => c.trim().toLowerCase()) ?? [];
  return first.includes('respondent id') && first.includes('collector id') && rows.length > 1;
}

/**
 * Two header rows: the question text stands over the first column of a
 * question only, so it is carried right until the next question begins.
 */
export function surveyMonkeyLayout(rows: string[][]): Layout {
  const [top, sub] = rows;
  const width = Math.max(top.length, sub.length);
  const columns: Column[] = [];
  let question = '';
  for (let index = 0; index < width; index++) {
    const head = cleanHeader(top[index] ?? '');
    const label = cleanHeader(sub[index] ?? '');
    if (head) question = head;
    const own = head ? roleFromHeader(head) : undefined;
    if (own) {
      columns.push({ index, header: head, role: own });
      continue;
    }
    if (!question) continue; // trailing empty column
    const attribute = attributeOf(question);
    if (attribute) {
      const single = !label || SUBHEADER_SINGLE.test(label);
      columns.push({ index, header: question, role: single ? { kind: 'attribute', attribute } : { kind: 'meta' } });
      continue;
    }
    const item = !label || SUBHEADER_SINGLE.test(label) ? question : label;
    const subRole = roleFromHeader(label);
    columns.push({ index, header: item === question ? question : `${question} - ${item}`, role: subRole?.kind === 'personal' ? subRole : { kind: 'answer', question, item } });
  }
  return { tool: 'surveymonkey', headerRows: 2, columns };
}
