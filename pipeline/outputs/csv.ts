import Papa from 'papaparse';
import type { Summary } from '../narrate/index.js';
import { defuseCell } from './escape.js';

/** A cell: numbers are written as they are, text is defused against formula injection. */
export type Cell = string | number | boolean | null;

/** Writes rows as RFC 4180 CSV with CRLF; every text cell defused. */
export function toCsv(header: string[], rows: Cell[][]): string {
  const safe = rows.map((r) => r.map((c) => (typeof c === 'string' ? defuseCell(c) : c === null ? '' : c)));
  return Papa.unparse({ fields: header.map(defuseCell), data: safe }, { newline: '\r\n' }) + '\r\n';
}

/** metrics.csv: tidy, one row per item and level, with the item's base and shares repeated. */
export function metricsCsv(summary: Summary): string {
  const header = ['item_id', 'item', 'question', 'group', 'level', 'level_rank', 'count', 'share_of_valid', 'valid', 'not_applicable', 'missing', 'positive', 'positive_low', 'positive_high'];
  const rows: Cell[][] = [];
  for (const item of summary.items) {
    item.levels.forEach((level, rank) => {
      const count = item.counts[level] ?? 0;
      rows.push([
        item.id, item.label, item.question, item.group, level, rank + 1, count,
        item.valid ? round(count / item.valid) : '', item.valid, item.notApplicable, item.missing,
        round(item.positive), round(item.positiveLow), round(item.positiveHigh),
      ]);
    });
  }
  return toCsv(header, rows);
}

/** Six decimals: enough for any share, and stable across platforms. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
