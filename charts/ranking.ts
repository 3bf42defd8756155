import type { TopLevelSpec } from 'vega-lite';
import { chartConfig } from './config.js';
import { itemAxisLabel, wrapLines, type ChartItem, type ChartLook } from './model.js';
import { ACCENT, INK, MUTED } from './palette.js';

export interface RankingOptions extends ChartLook {
  /** Title: the sentence the chart supports. */
  title: string;
  /** Subtitle; default none. */
  subtitle?: string;
  /** The group's unweighted mean share, drawn as a rule; default none. */
  mean?: number;
  /** Id of the item to highlight (the group's best); default none. */
  best?: string;
  /** Label of the mean rule; default "mean". */
  meanLabel?: string;
}

/**
 * Positive share per item as a dot with its Wilson 95% interval, highest
 * first; the group mean as a dashed rule; the best item highlighted.
 */
export function rankingSpec(items: ChartItem[], options: RankingOptions): TopLevelSpec {
  const { title, subtitle, mean, best, fontSize = 12, width = 560, meanLabel = 'mean' } = options;
  const sorted = [...items].sort((a, b) => b.positive - a.positive);
  const values = sorted.map((i) => ({ item: itemAxisLabel(i), positive: i.positive, low: i.positiveLow, high: i.positiveHigh, best: i.id === best }));
  const y = { field: 'item', type: 'nominal' as const, sort: values.map((v) => v.item), title: null };
  const x = { type: 'quantitative' as const, scale: { domain: [0, 1] }, axis: { format: '.0%', title: null, values: [0, 0.25, 0.5, 0.75, 1] } };
  const colour = { condition: { test: 'datum.best', value: ACCENT }, value: MUTED };
  const layers: object[] = [
    { mark: { type: 'rule' as const, strokeWidth: 2 }, encoding: { y, x: { field: 'low', ...x }, x2: { field: 'high' }, color: colour } },
    {
      mark: { type: 'point' as const, filled: true, size: fontSize * 6 },
      encoding: { y, x: { field: 'positive', ...x }, color: colour, tooltip: [{ field: 'item' }, { field: 'positive', format: '.1%' }, { field: 'low', format: '.1%' }, { field: 'high', format: '.1%' }] },
    },
  ];
  if (mean !== undefined) {
    layers.push({
      data: { values: [{ mean, label: `${meanLabel} ${Math.floor(mean * 100 + 0.5 + 1e-9)}%` }] },
      layer: [
        { mark: { type: 'rule' as const, strokeDash: [4, 3], color: INK }, encoding: { x: { field: 'mean', ...x } } },
        { mark: { type: 'text' as const, align: 'left' as const, baseline: 'top' as const, dx: 3, y: -14, color: INK }, encoding: { x: { field: 'mean', ...x }, text: { field: 'label' } } },
      ],
    });
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: wrapLines(title, Math.round(width / 7)), subtitle: subtitle ? wrapLines(subtitle, Math.round(width / 6)) : undefined },
    config: chartConfig({ fontSize }),
    width,
    height: Math.max(60, sorted.length * fontSize * 2),
    data: { values },
    layer: layers,
  } as TopLevelSpec;
}
