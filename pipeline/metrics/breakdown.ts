import { levelSides } from './item.js';
import { suppressCells } from './suppress.js';
import { wilson } from './wilson.js';

/** What a breakdown needs of an item. */
export interface BreakdownItemInput {
  id: string;
  group: string;
  /** Count per level, best first. */
  counts: number[];
  positiveLevels: number;
  /** Attribute name → attribute value → count per level (best first). */
  byAttribute?: Record<string, Record<string, number[]>>;
}

/** One attribute value's figures; all null when suppressed. */
export interface BreakdownCell {
  /** The attribute value as answered; "" for respondents who left it blank. */
  value: string;
  valid: number | null;
  positiveCount: number | null;
  positive: number | null;
  positiveLow: number | null;
  positiveHigh: number | null;
  /** True when the figures are withheld (a small cell, or one that would let a small cell be recovered). */
  suppressed: boolean;
}

/** One item (or a group's pooled answers, `item: null`) broken down by one attribute. */
export interface BreakdownRow {
  attribute: string;
  group: string;
  /** The item's id; null for the group's pooled row (all its items' answers together). */
  item: string | null;
  cells: BreakdownCell[];
}

export interface Breakdowns {
  /** Cells with fewer valid answers than this are suppressed. */
  minCell: number;
  /** Attributes broken down by, in order. */
  attributes: string[];
  rows: BreakdownRow[];
  /** Attribute × group blocks left out because the per-value counts do not add up to the item's counts. */
  skipped: { attribute: string; group: string; item: string }[];
}

export interface BreakdownOptions {
  /** Smallest number of valid answers a published cell may rest on; default 5. */
  minCell?: number;
}

/**
 * Positive share per attribute value, for each group (pooled answers) and
 * each of its items, with small cells suppressed (see `suppressCells`).
 * Every value of the attribute is a cell, blank included, so that the cells
 * of a row add up to the item's published total. Attributes with fewer than
 * two values are left out.
 */
export function breakdowns(
  items: BreakdownItemInput[],
  groups: { id: string; items: string[] }[],
  attributes: { name: string; values: string[]; respondents?: Record<string, number> }[],
  options: BreakdownOptions = {},
): Breakdowns {
  const minCell = options.minCell ?? 5;
  const byId = new Map(items.map((i) => [i.id, i]));
  const rows: BreakdownRow[] = [];
  const skipped: Breakdowns['skipped'] = [];
  const used: string[] = [];
  for (const attribute of attributes) {
    const values = [...new Set([...attribute.values, ...items.flatMap((i) => Object.keys(i.byAttribute?.[attribute.name] ?? {}))])].sort(byLabel);
    if (values.length < 2) continue;
    used.push(attribute.name);
    for (const group of groups) {
      const members = group.items.map((id) => byId.get(id)!);
      const raw = members.map((item) => values.map((v) => cellCounts(item, attribute.name, v)));
      const broken = members.find((item) => !addsUp(item, attribute.name, values));
      if (broken) {
        skipped.push({ attribute: attribute.name, group: group.id, item: broken.id });
        continue;
      }
      const pooled = values.map((_, v) => ({
        valid: raw.reduce((a, row) => a + row[v].valid, 0),
        positiveCount: raw.reduce((a, row) => a + row[v].positiveCount, 0),
      }));
      // A pooled cell counts answers, several per respondent: a value held by fewer than minCell
      // respondents is a small group however many answers they gave, so it is sized by its respondents.
      const size = (v: number) => Math.min(pooled[v].valid, attribute.respondents?.[values[v]] ?? Infinity);
      const hidden = suppressCells({ items: raw.map((row) => row.map((c) => c.valid)), group: pooled.map((_, v) => size(v)) }, { minCell });
      rows.push({ attribute: attribute.name, group: group.id, item: null, cells: pooled.map((c, v) => cell(values[v], c, hidden.group[v])) });
      members.forEach((item, i) => {
        rows.push({ attribute: attribute.name, group: group.id, item: item.id, cells: raw[i].map((c, v) => cell(values[v], c, hidden.items[i][v])) });
      });
    }
  }
  return { minCell, attributes: used, rows, skipped };
}

function byLabel(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function levelCountsOf(item: BreakdownItemInput, attribute: string, value: string): number[] {
  return item.byAttribute?.[attribute]?.[value] ?? item.counts.map(() => 0);
}

function cellCounts(item: BreakdownItemInput, attribute: string, value: string): { valid: number; positiveCount: number } {
  const counts = levelCountsOf(item, attribute, value);
  const positive = levelSides(item.counts.length, item.positiveLevels).positive;
  return { valid: counts.reduce((a, b) => a + b, 0), positiveCount: positive.reduce((a, i) => a + (counts[i] ?? 0), 0) };
}

/**
 * True when the item's per-value counts add up, level by level, to its own
 * counts; otherwise (no per-value counts, or counts from another scale) they
 * cannot be trusted and the block is skipped.
 */
function addsUp(item: BreakdownItemInput, attribute: string, values: string[]): boolean {
  const sums = item.counts.map(() => 0);
  for (const v of values) {
    const counts = levelCountsOf(item, attribute, v);
    if (counts.length !== sums.length) return false;
    counts.forEach((n, l) => (sums[l] += n));
  }
  return sums.every((n, l) => n === item.counts[l]);
}

function cell(value: string, counts: { valid: number; positiveCount: number }, suppressed: boolean): BreakdownCell {
  if (suppressed) return { value, valid: null, positiveCount: null, positive: null, positiveLow: null, positiveHigh: null, suppressed: true };
  const [positiveLow, positiveHigh] = wilson(counts.positiveCount, counts.valid);
  return {
    value,
    valid: counts.valid,
    positiveCount: counts.positiveCount,
    positive: counts.valid ? counts.positiveCount / counts.valid : 0,
    positiveLow,
    positiveHigh,
    suppressed: false,
  };
}
