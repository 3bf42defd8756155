import { formatPercent, formatPercentRange, type Lang } from '../pipeline/util/numbers.js';
import { chartConfig } from './config.js';
import { measureText } from './font.js';
import { itemAxis } from './item-axis.js';
import { plotHeight, type ChartLook } from './model.js';
import { ACCENT, CONTRAST, INK, PALE } from './palette.js';
import { SCHEMA, type TopLevelSpec } from './spec.js';
import { chartTitle } from './title.js';
import { itemLabel, legendColumns, NARROW_FONT_SIZE, NARROW_WIDTH, narrowLabels, narrowRows, narrowFrame, placeValues, valueLayers, valuePlace } from './narrow.js';

/** What the overview needs of a group (a subset of summary.json's group). */
export interface OverviewGroup {
  id: string;
  label: string;
  /** Item ids: their count is shown beside the label. */
  items: string[];
  valid: number;
  meanPositive: number;
  pooledPositive: number;
  minPositive: number;
  maxPositive: number;
}

export interface OverviewOptions extends ChartLook {
  /** Title: the sentence the chart supports. */
  title: string;
  /** Subtitle; default none. */
  subtitle?: string;
  /** Legend name of the unweighted mean; default "unweighted mean of items". */
  meanLabel?: string;
  /** Legend name of the pooled share; default "pooled (all answers)". */
  pooledLabel?: string;
  /** Word before the items' range in a group's figures; default "range". */
  rangeLabel?: string;
  /** Text after a group's item count in its label; default "items". */
  itemsWord?: string;
  /** Room for the group labels in px; default 0.4 × width. */
  labelWidth?: number;
}

/**
 * One row per group (logistics, plenaries, side-events…): the range of its
 * items' positive shares (min–max) as a pale band, the unweighted mean and
 * the pooled share as two marks on it, so that the two meanings of
 * "on average" are seen side by side. The axis is fixed at 0…100%.
 */
export function overviewSpec(groups: OverviewGroup[], options: OverviewOptions): TopLevelSpec {
  if (options.layout === 'narrow') return overviewNarrow(groups, options);
  const { title, subtitle, fontSize = 12, width = 560, lang = 'en', meanLabel = 'unweighted mean of items', pooledLabel = 'pooled (all answers)', rangeLabel = 'range', itemsWord = 'items' } = options;
  const labelWidth = options.labelWidth ?? Math.round(width * 0.4);
  const textSize = fontSize - 1;
  const gap = fontSize;
  const rows = groups.map((g) => {
    const text = groupFigures(g, { meanLabel, pooledLabel, rangeLabel }, lang);
    // Beside the band where the plot has room for it (after, else before), else under it.
    const place = valuePlace(text, textSize, g.minPositive * width, g.maxPositive * width, width, gap);
    // Under the band: from its start, moved left as far as needed to end inside the plot.
    const under = Math.max(0, Math.min(g.minPositive, 1 - measureText(text, textSize) / width));
    return { key: g.id, group: g.label, items: g.items.length, n: g.valid, min: g.minPositive, max: g.maxPositive, under, text, place };
  });
  const marks = groups.flatMap((g) => [
    { key: g.id, group: g.label, measure: meanLabel, share: g.meanPositive },
    { key: g.id, group: g.label, measure: pooledLabel, share: g.pooledPositive },
  ]);
  const y = itemAxis(
    groups.map((g) => ({ key: g.id, label: g.items.length > 1 ? `${g.label}, ${g.items.length} ${itemsWord}` : g.label, valid: g.valid })),
    { labelWidth, fontSize, lang },
  );
  const scale = { domain: [0, 1], nice: false };
  const axis = { format: '.0%', title: null, values: [0, 0.25, 0.5, 0.75, 1] };
  // One text layer per placement (a mark's alignment is not a channel); none when no row sits there.
  const labelLayer = (values: typeof rows, place: Record<string, string | number>, at: 'min' | 'max' | 'under') =>
    values.length === 0 ? [] : [{ data: { values }, mark: { type: 'text' as const, ...place, fontSize: textSize, color: INK }, encoding: { y, x: { field: at, type: 'quantitative' as const, scale, axis }, text: { field: 'text' } } }];
  return {
    $schema: SCHEMA,
    title: chartTitle(title, subtitle, labelWidth + width, fontSize),
    config: chartConfig({ fontSize, lang }),
    width,
    height: plotHeight(groups.length, options, rows.some((r) => r.place === 'label') ? 3.6 : 3),
    layer: [
      {
        data: { values: rows },
        mark: { type: 'rule', color: PALE, strokeWidth: fontSize * 0.9, strokeCap: 'round' },
        encoding: { y, x: { field: 'min', type: 'quantitative', scale, axis }, x2: { field: 'max' }, tooltip: [{ field: 'group' }, { field: 'items' }, { field: 'n' }, { field: 'min', format: '.1%' }, { field: 'max', format: '.1%' }] },
      },
      {
        data: { values: marks },
        mark: { type: 'point', filled: true, opacity: 1, size: fontSize * fontSize * 0.7, stroke: 'white', strokeWidth: 1 },
        encoding: {
          y,
          x: { field: 'share', type: 'quantitative', scale, axis },
          color: { field: 'measure', type: 'nominal', scale: { domain: [meanLabel, pooledLabel], range: [ACCENT, CONTRAST] }, legend: { orient: 'top', direction: 'horizontal', title: null } },
          shape: { field: 'measure', type: 'nominal', scale: { domain: [meanLabel, pooledLabel], range: ['circle', 'diamond'] }, legend: { orient: 'top', direction: 'horizontal', title: null } },
          tooltip: [{ field: 'group' }, { field: 'measure' }, { field: 'share', format: '.1%' }],
        },
      },
      ...labelLayer(rows.filter((r) => r.place === 'after'), { align: 'left', dx: gap }, 'max'),
      ...labelLayer(rows.filter((r) => r.place === 'before'), { align: 'right', dx: -gap }, 'min'),
      ...labelLayer(rows.filter((r) => r.place === 'label'), { align: 'left', baseline: 'top', dy: fontSize * 0.6 }, 'under'),
    ],
  };
}

/** The narrow layout (narrow.ts): each group's label on its own lines above its band; same bands, marks, colours and figures. */
function overviewNarrow(groups: OverviewGroup[], options: OverviewOptions): TopLevelSpec {
  const { title, subtitle, fontSize = NARROW_FONT_SIZE, width = NARROW_WIDTH, lang = 'en', meanLabel = 'unweighted mean of items', pooledLabel = 'pooled (all answers)', rangeLabel = 'range', itemsWord = 'items' } = options;
  // The band's round caps reach half a stroke past its ends: the figures keep clear of them.
  const cap = fontSize;
  const rows = groups.map((g) => {
    const text = groupFigures(g, { meanLabel, pooledLabel, rangeLabel }, lang);
    const label = itemLabel(g.id, { label: g.items.length > 1 ? `${g.label}, ${g.items.length} ${itemsWord}` : g.label, valid: g.valid }, lang);
    return { key: g.id, group: g.label, label, items: g.items.length, n: g.valid, min: g.minPositive, max: g.maxPositive, text, place: valuePlace(text, fontSize - 1, g.minPositive * width, g.maxPositive * width, width, cap) };
  });
  const placed = narrowRows(rows.map((r) => ({ ...r.label, note: r.place === 'label' ? r.text : undefined })), { width, fontSize });
  const values = placeValues(rows, placed.rows);
  const marks = placeValues(
    groups.flatMap((g) => [
      { key: g.id, group: g.label, measure: meanLabel, share: g.meanPositive },
      { key: g.id, group: g.label, measure: pooledLabel, share: g.pooledPositive },
    ]),
    placed.rows,
  );
  const mid = { field: 'mid', type: 'quantitative' as const, scale: null, axis: null };
  const scale = { domain: [0, 1], nice: false };
  const axis = { format: '.0%', title: null, values: [0, 0.5, 1] };
  const legend = { orient: 'top' as const, direction: 'horizontal' as const, title: null, columns: legendColumns([meanLabel, pooledLabel], width, fontSize) };
  return {
    ...narrowFrame({ title, subtitle, width, height: placed.height, fontSize, lang }),
    layer: [
      {
        data: { values },
        mark: { type: 'rule', color: PALE, strokeWidth: fontSize * 0.9, strokeCap: 'round' },
        encoding: { y: mid, x: { field: 'min', type: 'quantitative', scale, axis }, x2: { field: 'max' }, tooltip: [{ field: 'group' }, { field: 'items' }, { field: 'n' }, { field: 'min', format: '.1%' }, { field: 'max', format: '.1%' }] },
      },
      {
        data: { values: marks },
        mark: { type: 'point', filled: true, opacity: 1, size: fontSize * fontSize * 0.7, stroke: 'white', strokeWidth: 1 },
        encoding: {
          y: mid,
          x: { field: 'share', type: 'quantitative', scale, axis },
          color: { field: 'measure', type: 'nominal', scale: { domain: [meanLabel, pooledLabel], range: [ACCENT, CONTRAST] }, legend },
          shape: { field: 'measure', type: 'nominal', scale: { domain: [meanLabel, pooledLabel], range: ['circle', 'diamond'] }, legend },
          tooltip: [{ field: 'group' }, { field: 'measure' }, { field: 'share', format: '.1%' }],
        },
      },
      { data: { values }, layer: valueLayers({ low: 'min', high: 'max', scale, fontSize: fontSize - 1, gap: cap, color: { value: INK } }) },
      narrowLabels(placed.rows, fontSize, placed.lineHeight),
    ],
  };
}

/** A group's figures, each named so that the label is read without the legend: "unweighted mean 72%, pooled 72%, range 70–80%"; one item's share alone. */
function groupFigures(g: OverviewGroup, words: { meanLabel: string; pooledLabel: string; rangeLabel: string }, lang: Lang): string {
  const P = (share: number) => formatPercent(share, lang);
  if (g.items.length <= 1) return P(g.meanPositive);
  return `${words.meanLabel} ${P(g.meanPositive)}, ${words.pooledLabel} ${P(g.pooledPositive)}, ${words.rangeLabel} ${formatPercentRange(g.minPositive, g.maxPositive, lang)}`;
}
