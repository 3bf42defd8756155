import type { Summary } from '../narrate/index.js';
import { toCsv, type Cell } from './csv.js';

/**
 * breakdowns.csv: tidy, one row per attribute value of each group (pooled
 * answers, `scope` = group) and each item (`scope` = item). Suppressed cells
 * keep their value label and `suppressed` = true, with every figure empty.
 */
export function breakdownsCsv(summary: Pick<Summary, 'breakdowns' | 'items' | 'groups'>): string {
  const header = ['attribute', 'value', 'group', 'scope', 'item_id', 'item', 'valid', 'positive_count', 'positive', 'positive_low', 'positive_high', 'suppressed'];
  const labels = new Map(summary.items.map((i) => [i.id, i.label]));
  const groupLabels = new Map(summary.groups.map((g) => [g.id, g.label]));
  const rows: Cell[][] = [];
  for (const row of summary.breakdowns.rows) {
    for (const c of row.cells) {
      rows.push([
        row.attribute, c.value, row.group, row.item === null ? 'group' : 'item', row.item ?? '', row.item === null ? groupLabels.get(row.group) ?? row.group : labels.get(row.item) ?? row.item,
        c.valid, c.positiveCount, round(c.positive), round(c.positiveLow), round(c.positiveHigh), c.suppressed,
      ]);
    }
  }
  return toCsv(header, rows);
}

/** Six decimals, as in metrics.csv; null stays empty. */
function round(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e6) / 1e6;
}
