import type { Summary } from '../narrate/index.js';
import { toCsv, type Cell } from './csv.js';

/** choices.csv: tidy, one row per closed question and option (text cells defused as in metrics.csv). */
export function choicesCsv(summary: Pick<Summary, 'choices'>): string {
  const header = ['choice_id', 'question', 'kind', 'answered', 'option', 'option_rank', 'count', 'share', 'low', 'high'];
  const rows: Cell[][] = [];
  for (const c of summary.choices ?? []) {
    c.options.forEach((o, rank) => rows.push([c.id, c.question, c.kind, c.answered, o.label, rank + 1, o.count, round(o.share), round(o.low), round(o.high)]));
  }
  return toCsv(header, rows);
}

/** Six decimals, as metrics.csv. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
