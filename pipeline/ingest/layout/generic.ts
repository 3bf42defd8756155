import type { Column, Layout, Tool } from '../../model.js';
import { attributeOf, cleanHeader, roleFromHeader } from './headers.js';

/** `Question [Row]`, as Google Forms and LimeSurvey write grid rows. */
const BRACKETED = /^(.*\S)\s*\[([^\]]+)\]\s*$/;

/**
 * One header row. Grid rows written `Question [Row]` are split into question
 * and item; every other column is its own question.
 */
export function genericLayout(rows: string[][], options: { tool?: Tool } = {}): Layout {
  const header = rows[0] ?? [];
  const columns: Column[] = [];
  header.forEach((raw, index) => {
    const text = cleanHeader(raw);
    if (!text) return; // trailing empty column
    const own = roleFromHeader(text);
    if (own) return void columns.push({ index, header: text, role: own });
    const attribute = attributeOf(text);
    if (attribute) return void columns.push({ index, header: text, role: { kind: 'attribute', attribute } });
    const m = BRACKETED.exec(text);
    const [question, item] = m ? [m[1].trim(), m[2].trim()] : [text, text];
    columns.push({ index, header: text, role: { kind: 'answer', question, item } });
  });
  return { tool: options.tool ?? 'generic', headerRows: 1, columns };
}
