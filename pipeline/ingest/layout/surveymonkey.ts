import type { Column, Layout } from '../../model.js';
import { attributeOf, cleanHeader, roleFromHeader } from './headers.js';
import { labelKey } from '../normalise/scales.js';

const SUBHEADER_SINGLE = /^(response|open-ended response|réponse|réponse ouverte|respuesta|respuesta abierta)$/i;

/** The respondent-id and collector-id headers as SurveyMonkey writes them for English, French and Spanish accounts. */
const RESPONDENT_ID = ['respondent id', 'id du répondant', 'id du participant', 'id del encuestado'].map(labelKey);
const COLLECTOR_ID = ['collector id', 'id du collecteur', 'id del recopilador'].map(labelKey);

/** SurveyMonkey: a respondent id and a collector id in row 1 (any account language), a sub-header row 2. */
export function isSurveyMonkey(rows: string[][]): boolean {
  const first = new Set(rows[0]?.map(labelKey) ?? []);
  return RESPONDENT_ID.some((h) => first.has(h)) && COLLECTOR_ID.some((h) => first.has(h)) && rows.length > 1;
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
