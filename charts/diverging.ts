import type { TopLevelSpec } from 'vega-lite';
import { levelSides } from '../pipeline/metrics/item.js';
import { percent } from '../pipeline/narrate.js';
import { chartConfig } from './config.js';
import { itemAxisLabel, wrapLines, type ChartItem, type ChartLook } from './model.js';
import { INK, levelColours, NOT_APPLICABLE } from './palette.js';

export interface DivergingOptions extends ChartLook {
  /** Title: the sentence the chart supports. */
  title: string;
  /** Subtitle; default none. */
  subtitle?: string;
  /** `split`: the middle level straddles zero; `aside`: it is drawn in its own panel. Default `split`. */
  neutral?: 'split' | 'aside';
  /** `positive`: items sorted by positive share, highest first; `survey`: export order. Default `positive`. */
  order?: 'positive' | 'survey';
  /** Segments narrower than this share get no label; default 0.06. */
  minLabel?: number;
  /** Label for the not-applicable panel; default "Did not attend / N/A". */
  notApplicableLabel?: string;
}

interface Segment {
  item: string;
  level: string;
  count: number;
  share: number;
  x: number;
  x2: number;
  label: string;
}

/**
 * Diverging stacked bars after Heiberger & Robbins (2014): negative levels
 * left of zero, positive right, the axis fixed at −100%…100% so that charts
 * can be compared, not-applicable answers in a side panel outside the base.
 * Offsets are computed here rather than with a stack transform so that the
 * segment order is explicit (Vega-Lite's own example leaves it to row order).
 */
export function divergingSpec(items: ChartItem[], options: DivergingOptions): TopLevelSpec {
  const pct = (share: number) => `${percent(share)}%`;
  const { title, subtitle, neutral = 'split', order = 'positive', minLabel = 0.06, fontSize = 12, width = 560 } = options;
  const naLabel = options.notApplicableLabel ?? 'Did not attend / N/A';
  const levels = items[0]?.levels ?? [];
  const sides = levelSides(levels.length, items[0]?.positiveLevels ?? 2);
  const colours = levelColours(levels.length, items[0]?.positiveLevels ?? 2, sides.neutral);
  const sorted = order === 'positive' ? [...items].sort((a, b) => b.positive - a.positive) : items;
  const axisOrder = sorted.map(itemAxisLabel);

  const segments: Segment[] = [];
  const middle: Segment[] = [];
  for (const item of sorted) {
    const y = itemAxisLabel(item);
    const share = (i: number) => (item.valid ? item.counts[i] / item.valid : 0);
    const half = sides.neutral !== null && neutral === 'split' ? share(sides.neutral) / 2 : 0;
    const push = (i: number, x: number, x2: number) =>
      segments.push({ item: y, level: levels[i], count: item.counts[i], share: share(i), x, x2, label: pct(share(i)) });
    // Positive levels from the weakest (next to zero) outwards.
    let right = half;
    for (const i of [...sides.positive].reverse()) push(i, right, (right += share(i)));
    let left = -half;
    for (const i of sides.negative) push(i, left, (left -= share(i)));
    if (sides.neutral !== null) {
      if (neutral === 'split') push(sides.neutral, -half, half);
      else middle.push({ item: y, level: levels[sides.neutral], count: item.counts[sides.neutral], share: share(sides.neutral), x: 0, x2: share(sides.neutral), label: pct(share(sides.neutral)) });
    }
  }
  const na = sorted.map((item) => {
    const base = item.valid + item.notApplicable;
    const share = base ? item.notApplicable / base : 0;
    return { item: itemAxisLabel(item), share, x: 0, x2: share, count: item.notApplicable, label: pct(share) };
  });

  const height = Math.max(60, sorted.length * (fontSize * 2.2));
  const y = { field: 'item', type: 'nominal' as const, sort: axisOrder, title: null };
  const main = {
    width,
    height,
    data: { values: segments },
    layer: [
      {
        mark: { type: 'bar' as const, height: { band: 0.75 } },
        encoding: {
          y: { ...y, axis: { labelLimit: Math.round(width * 0.6), labelFontSize: fontSize, domain: false, ticks: false } },
          x: { field: 'x', type: 'quantitative' as const, scale: { domain: [-1, 1] }, axis: { format: '.0%', labelExpr: "replace(datum.label, '-', '')", title: null, values: [-1, -0.5, 0, 0.5, 1] } },
          x2: { field: 'x2' },
          color: { field: 'level', type: 'nominal' as const, scale: { domain: levels, range: colours }, legend: { orient: 'top' as const, direction: 'horizontal' as const, title: null } },
          tooltip: [{ field: 'item' }, { field: 'level' }, { field: 'count' }, { field: 'share', format: '.1%' }],
        },
      },
      {
        transform: [{ filter: `datum.share >= ${minLabel}` }, { calculate: '(datum.x + datum.x2) / 2', as: 'mid' }],
        mark: { type: 'text' as const, fontSize: fontSize - 1, color: 'white' },
        encoding: { y, x: { field: 'mid', type: 'quantitative' as const }, text: { field: 'label' } },
      },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule' as const, color: INK }, encoding: { x: { field: 'zero', type: 'quantitative' as const } } },
    ],
  };
  const panel = (values: object[], header: string, colour: string) => ({
    width: Math.round(width * 0.18),
    height,
    data: { values },
    title: { text: header, fontSize, fontWeight: 'normal' as const, anchor: 'middle' as const },
    layer: [
      {
        mark: { type: 'bar' as const, color: colour, height: { band: 0.75 } },
        encoding: {
          y: { ...y, axis: null },
          x: { field: 'x', type: 'quantitative' as const, scale: { domain: [0, 1] }, axis: { format: '.0%', values: [0, 0.5, 1], title: null } },
          x2: { field: 'x2' },
          tooltip: [{ field: 'item' }, { field: 'count' }, { field: 'share', format: '.1%' }],
        },
      },
      {
        mark: { type: 'text' as const, align: 'left' as const, dx: 3, fontSize: fontSize - 1, color: INK },
        encoding: { y, x: { field: 'x2', type: 'quantitative' as const }, text: { field: 'label' } },
      },
    ],
  });
  const panels = [main, ...(middle.length ? [panel(middle, levels[sides.neutral!], colours[sides.neutral!])] : []), panel(na, naLabel, NOT_APPLICABLE)];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: wrapLines(title, Math.round(width / 7)), subtitle: subtitle ? wrapLines(subtitle, Math.round(width / 6)) : undefined },
    config: chartConfig({ fontSize }),
    hconcat: panels,
    resolve: { scale: { y: 'shared' } },
    spacing: 8,
  } as TopLevelSpec;
}
