import { formatPercent } from '../pipeline/util/numbers.js';
import { chartConfig } from './config.js';
import { itemAxis } from './item-axis.js';
import { plotHeight, type ChartItem, type ChartLook } from './model.js';
import { ACCENT, INK, MUTED } from './palette.js';
import { SCHEMA, type Layer, type TopLevelSpec } from './spec.js';
import { chartTitle } from './title.js';
import { largestFirst } from './order.js';
import { itemLabel, NARROW_FONT_SIZE, NARROW_WIDTH, narrowLabels, narrowRows, narrowFrame, placeValues, valueLayers, valuePlace } from './narrow.js';

export interface RankingOptions extends ChartLook {
  /** Title: the sentence the chart supports. */
  title: string;
  /** Subtitle; default none. */
  subtitle?: string;
  /** The group's unweighted mean share, drawn as a dashed rule; default none. */
  mean?: number;
  /** Id of the item to highlight; pass it only when the best is clear (its interval overlaps no other); default none. */
  best?: string;
  /** Text before the mean's percentage on its rule; default "mean". */
  meanLabel?: string;
  /** Room for the item labels in px; default 0.55 × width. */
  labelWidth?: number;
}

/**
 * Positive share per item as a dot with its Wilson 95% interval, highest
 * first (ties in survey order); the group's mean as a dashed rule; the best
 * item in the accent colour when it is clearly best, every other in grey.
 */
export function rankingSpec(items: ChartItem[], options: RankingOptions): TopLevelSpec {
  if (options.layout === 'narrow') return rankingNarrow(items, options);
  const { title, subtitle, mean, best, fontSize = 12, width = 560, meanLabel = 'mean', lang = 'en' } = options;
  const labelWidth = options.labelWidth ?? Math.round(width * 0.55);
  const sorted = largestFirst(items, (i) => i.positive);
  const values = sorted.map((i) => ({ key: i.id, item: i.label, n: i.valid, positive: i.positive, low: i.positiveLow, high: i.positiveHigh, text: formatPercent(i.positive, lang), best: i.id === best }));
  const y = itemAxis(sorted.map((i) => ({ key: i.id, label: i.label, valid: i.valid })), { labelWidth, fontSize, lang });
  const scale = { domain: [0, 1], nice: false };
  const axis = { format: '.0%', title: null, values: [0, 0.25, 0.5, 0.75, 1] };
  const colour = { condition: { test: 'datum.best', value: ACCENT }, value: MUTED };
  const height = plotHeight(sorted.length, options, 2);
  const layers: Layer[] = [
    { mark: { type: 'rule', strokeWidth: Math.max(2, fontSize / 6) }, encoding: { y, x: { field: 'low', type: 'quantitative', scale, axis }, x2: { field: 'high' }, color: colour } },
    {
      mark: { type: 'point', filled: true, opacity: 1, size: fontSize * fontSize * 0.6 },
      encoding: {
        y,
        x: { field: 'positive', type: 'quantitative', scale, axis },
        color: colour,
        tooltip: [{ field: 'item', title: 'item' }, { field: 'n' }, { field: 'positive', format: '.1%' }, { field: 'low', format: '.1%' }, { field: 'high', format: '.1%' }],
      },
    },
    { mark: { type: 'text', align: 'left', dx: 5, fontSize: fontSize - 1 }, encoding: { y, x: { field: 'high', type: 'quantitative', scale, axis }, text: { field: 'text' }, color: colour } },
  ];
  if (mean !== undefined) {
    layers.push({
      data: { values: [{ mean, text: `${meanLabel} ${formatPercent(mean, lang)}` }] },
      layer: [
        { mark: { type: 'rule', strokeDash: [4, 3], color: INK }, encoding: { x: { field: 'mean', type: 'quantitative', scale, axis } } },
        { mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 3, y: -3, color: INK, fontSize: fontSize - 1 }, encoding: { x: { field: 'mean', type: 'quantitative', scale, axis }, text: { field: 'text' } } },
      ],
    });
  }
  return {
    $schema: SCHEMA,
    title: chartTitle(title, subtitle, labelWidth + width, fontSize),
    config: chartConfig({ fontSize, lang }),
    width,
    height,
    data: { values },
    layer: layers,
  };
}

/** The narrow layout (narrow.ts): each item's label and n on its own lines above its dot; same dots, intervals, colours and mean. */
function rankingNarrow(items: ChartItem[], options: RankingOptions): TopLevelSpec {
  const { title, subtitle, mean, best, fontSize = NARROW_FONT_SIZE, width = NARROW_WIDTH, meanLabel = 'mean', lang = 'en' } = options;
  const sorted = largestFirst(items, (i) => i.positive);
  const rows = sorted.map((i) => {
    const text = `${formatPercent(i.positive, lang)}`;
    return { key: i.id, item: i.label, n: i.valid, positive: i.positive, low: i.positiveLow, high: i.positiveHigh, text, best: i.id === best, place: valuePlace(text, fontSize - 1, i.positiveLow * width, i.positiveHigh * width, width) };
  });
  const placed = narrowRows(rows.map((r, k) => ({ ...itemLabel(r.key, sorted[k], lang), note: r.place === 'label' ? r.text : undefined })), { width, fontSize });
  const values = placeValues(rows, placed.rows);
  const mid = { field: 'mid', type: 'quantitative' as const, scale: null, axis: null };
  const scale = { domain: [0, 1], nice: false };
  const axis = { format: '.0%', title: null, values: [0, 0.5, 1] };
  const colour = { condition: { test: 'datum.best', value: ACCENT }, value: MUTED };
  const layers: Layer[] = [
    { mark: { type: 'rule', strokeWidth: Math.max(2, fontSize / 6) }, encoding: { y: mid, x: { field: 'low', type: 'quantitative', scale, axis }, x2: { field: 'high' }, color: colour } },
    {
      mark: { type: 'point', filled: true, opacity: 1, size: fontSize * fontSize * 0.6 },
      encoding: {
        y: mid,
        x: { field: 'positive', type: 'quantitative', scale, axis },
        color: colour,
        tooltip: [{ field: 'item', title: 'item' }, { field: 'n' }, { field: 'positive', format: '.1%' }, { field: 'low', format: '.1%' }, { field: 'high', format: '.1%' }],
      },
    },
    ...valueLayers({ low: 'low', high: 'high', scale, fontSize: fontSize - 1, color: colour }),
    narrowLabels(placed.rows, fontSize, placed.lineHeight),
  ];
  if (mean !== undefined) {
    const text = `${meanLabel} ${formatPercent(mean, lang)}`;
    // The mean's label above the plot, after the rule when it fits, else before it.
    const after = valuePlace(text, fontSize - 1, mean * width, mean * width, width, 3) !== 'before';
    // The mean's rule runs through the rows' marks, not through their labels.
    layers.push(
      { data: { values: placed.rows.map((r) => ({ mean, top: r.y - 3, bottom: r.y2 + 3 })) }, mark: { type: 'rule', strokeDash: [4, 3], color: INK }, encoding: { x: { field: 'mean', type: 'quantitative', scale, axis }, y: { field: 'top', type: 'quantitative', scale: null, axis: null }, y2: { field: 'bottom' } } },
      { data: { values: [{ mean, text }] }, mark: { type: 'text', align: after ? 'left' : 'right', baseline: 'bottom', dx: after ? 3 : -3, y: -3, color: INK, fontSize: fontSize - 1 }, encoding: { x: { field: 'mean', type: 'quantitative', scale, axis }, text: { field: 'text' } } },
    );
  }
  return {
    ...narrowFrame({ title, subtitle, width, height: placed.height, fontSize, lang }),
    data: { values },
    layer: layers,
  };
}
