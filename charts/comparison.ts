import { chartConfig } from './config.js';
import { formatPointChange } from '../pipeline/util/numbers.js';
import { itemAxis } from './item-axis.js';
import { plotHeight, type ChartLook } from './model.js';
import { ACCENT, CONTRAST, MUTED, PALE } from './palette.js';
import { SCHEMA, type TopLevelSpec } from './spec.js';
import { chartTitle } from './title.js';
import { largestFirst } from './order.js';
import { itemLabel, legendColumns, NARROW_FONT_SIZE, NARROW_WIDTH, narrowLabels, narrowRows, narrowFrame, placeValues, valueLayers, valuePlace } from './narrow.js';

/** One item as compared with the previous edition: positive shares, and the change with its 95% interval. */
export interface ComparisonRow {
  id: string;
  label: string;
  /** Valid answers this edition. */
  valid: number;
  previous: number;
  current: number;
  /** current − previous. */
  change: number;
  /** Bounds of the change's interval. */
  low: number;
  high: number;
  /** True when the interval excludes 0. */
  significant: boolean;
}

export interface ComparisonOptions extends ChartLook {
  /** Title: the sentence the chart supports. */
  title: string;
  /** Subtitle; default none. */
  subtitle?: string;
  /** Legend names of the three outcomes; default "rose", "fell", "no clear change". */
  outcomeLabels?: { rose: string; fell: string; unchanged: string };
  /** Room for the item labels in px; default 0.55 × width. */
  labelWidth?: number;
}

/**
 * A dumbbell per item: the previous edition's positive share (hollow grey
 * ring) joined to this edition's (filled dot), coloured by the outcome: a
 * significant rise in blue, a significant fall in orange, anything inside
 * the margin of error in grey. Each row is labelled with its change in
 * points, and rows are sorted by change, largest rise first. Axis 0…100%.
 */
export function comparisonSpec(rows: ComparisonRow[], options: ComparisonOptions): TopLevelSpec {
  if (options.layout === 'narrow') return comparisonNarrow(rows, options);
  const { title, subtitle, fontSize = 12, width = 560, lang = 'en' } = options;
  const outcomes = options.outcomeLabels ?? { rose: 'rose', fell: 'fell', unchanged: 'no clear change' };
  const labelWidth = options.labelWidth ?? Math.round(width * 0.55);
  const sorted = largestFirst(rows, (r) => r.change);
  const outcome = (r: ComparisonRow) => (!r.significant ? outcomes.unchanged : r.change > 0 ? outcomes.rose : outcomes.fell);
  const points = (r: ComparisonRow) => `${formatPointChange(r.change, lang)}${r.significant ? '' : ' (n.s.)'}`;
  const values = sorted.map((r) => ({
    key: r.id,
    item: r.label,
    previous: r.previous,
    current: r.current,
    change: r.change,
    low: r.low,
    high: r.high,
    outcome: outcome(r),
    text: points(r),
    right: Math.max(r.previous, r.current),
  }));
  const y = itemAxis(sorted.map((r) => ({ key: r.id, label: r.label, valid: r.valid })), { labelWidth, fontSize, lang });
  const scale = { domain: [0, 1], nice: false };
  const axis = { format: '.0%', title: null, values: [0, 0.25, 0.5, 0.75, 1] };
  const colour = {
    field: 'outcome',
    type: 'nominal' as const,
    scale: { domain: [outcomes.rose, outcomes.fell, outcomes.unchanged], range: [ACCENT, CONTRAST, MUTED] },
    legend: { orient: 'top' as const, direction: 'horizontal' as const, title: null },
  };
  const tooltip = [{ field: 'item', title: 'item' }, { field: 'previous', format: '.1%' }, { field: 'current', format: '.1%' }, { field: 'change', format: '+.1%' }, { field: 'low', format: '+.1%' }, { field: 'high', format: '+.1%' }];
  return {
    $schema: SCHEMA,
    title: chartTitle(title, subtitle, labelWidth + width, fontSize),
    config: chartConfig({ fontSize, lang }),
    width,
    height: plotHeight(sorted.length, options, 2),
    data: { values },
    layer: [
      { mark: { type: 'rule', color: PALE, strokeWidth: Math.max(2, fontSize / 4) }, encoding: { y, x: { field: 'previous', type: 'quantitative', scale, axis }, x2: { field: 'current' } } },
      { mark: { type: 'point', filled: false, opacity: 1, strokeWidth: 2, color: MUTED, size: fontSize * fontSize * 0.5 }, encoding: { y, x: { field: 'previous', type: 'quantitative', scale, axis }, tooltip } },
      { mark: { type: 'point', filled: true, opacity: 1, size: fontSize * fontSize * 0.6 }, encoding: { y, x: { field: 'current', type: 'quantitative', scale, axis }, color: colour, tooltip } },
      { mark: { type: 'text', align: 'left', dx: fontSize * 0.8, fontSize: fontSize - 1 }, encoding: { y, x: { field: 'right', type: 'quantitative', scale, axis }, text: { field: 'text' }, color: colour } },
    ],
  };
}

/** The narrow layout (narrow.ts): each item's label and n on its own lines above its dumbbell; same marks, colours, order and changes. */
function comparisonNarrow(rows: ComparisonRow[], options: ComparisonOptions): TopLevelSpec {
  const { title, subtitle, fontSize = NARROW_FONT_SIZE, width = NARROW_WIDTH, lang = 'en' } = options;
  const outcomes = options.outcomeLabels ?? { rose: 'rose', fell: 'fell', unchanged: 'no clear change' };
  const sorted = largestFirst(rows, (r) => r.change);
  const outcome = (r: ComparisonRow) => (!r.significant ? outcomes.unchanged : r.change > 0 ? outcomes.rose : outcomes.fell);
  const points = (r: ComparisonRow) => `${formatPointChange(r.change, lang)}${r.significant ? '' : ' (n.s.)'}`;
  // The ring and the dot reach half a symbol past the line's ends: the change keeps clear of them.
  const gap = fontSize * 0.8;
  const data = sorted.map((r) => {
    const text = points(r);
    const left = Math.min(r.previous, r.current);
    const right = Math.max(r.previous, r.current);
    return { key: r.id, item: r.label, previous: r.previous, current: r.current, change: r.change, low: r.low, high: r.high, outcome: outcome(r), text, left, right, place: valuePlace(text, fontSize - 1, left * width, right * width, width, gap) };
  });
  const placed = narrowRows(data.map((d, k) => ({ ...itemLabel(d.key, sorted[k], lang), note: d.place === 'label' ? d.text : undefined })), { width, fontSize });
  const values = placeValues(data, placed.rows);
  const mid = { field: 'mid', type: 'quantitative' as const, scale: null, axis: null };
  const scale = { domain: [0, 1], nice: false };
  const axis = { format: '.0%', title: null, values: [0, 0.5, 1] };
  const names = [outcomes.rose, outcomes.fell, outcomes.unchanged];
  const colour = {
    field: 'outcome',
    type: 'nominal' as const,
    scale: { domain: names, range: [ACCENT, CONTRAST, MUTED] },
    legend: { orient: 'top' as const, direction: 'horizontal' as const, title: null, columns: legendColumns(names, width, fontSize) },
  };
  const tooltip = [{ field: 'item', title: 'item' }, { field: 'previous', format: '.1%' }, { field: 'current', format: '.1%' }, { field: 'change', format: '+.1%' }, { field: 'low', format: '+.1%' }, { field: 'high', format: '+.1%' }];
  return {
    ...narrowFrame({ title, subtitle, width, height: placed.height, fontSize, lang }),
    data: { values },
    layer: [
      { mark: { type: 'rule', color: PALE, strokeWidth: Math.max(2, fontSize / 4) }, encoding: { y: mid, x: { field: 'previous', type: 'quantitative', scale, axis }, x2: { field: 'current' } } },
      { mark: { type: 'point', filled: false, opacity: 1, strokeWidth: 2, color: MUTED, size: fontSize * fontSize * 0.5 }, encoding: { y: mid, x: { field: 'previous', type: 'quantitative', scale, axis }, tooltip } },
      { mark: { type: 'point', filled: true, opacity: 1, size: fontSize * fontSize * 0.6 }, encoding: { y: mid, x: { field: 'current', type: 'quantitative', scale, axis }, color: colour, tooltip } },
      ...valueLayers({ low: 'left', high: 'right', scale, fontSize: fontSize - 1, gap, color: colour }),
      narrowLabels(placed.rows, fontSize, placed.lineHeight),
    ],
  };
}
