import { percent } from '../pipeline/narrate/index.js';
import { chartConfig } from './config.js';
import { itemAxis } from './item-axis.js';
import { plotHeight, type ChartLook } from './model.js';
import { ACCENT, CONTRAST, INK, PALE } from './palette.js';
import { SCHEMA, type TopLevelSpec } from './spec.js';
import { chartTitle } from './title.js';
import { itemLabel, legendColumns, NARROW_FONT_SIZE, NARROW_WIDTH, narrowLabels, narrowRows, narrowTitle, placeValues, valueLayers, valuePlace } from './narrow.js';

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
  const { title, subtitle, fontSize = 12, width = 560, percentSign = '%', meanLabel = 'unweighted mean of items', pooledLabel = 'pooled (all answers)', itemsWord = 'items' } = options;
  const labelWidth = options.labelWidth ?? Math.round(width * 0.4);
  const P = (share: number) => `${percent(share)}${percentSign}`;
  const rows = groups.map((g) => ({
    key: g.id,
    group: g.label,
    items: g.items.length,
    n: g.valid,
    min: g.minPositive,
    max: g.maxPositive,
    text: g.items.length > 1 ? `${P(g.meanPositive)} / ${P(g.pooledPositive)} (${P(g.minPositive)}–${P(g.maxPositive)})` : P(g.meanPositive),
  }));
  const marks = groups.flatMap((g) => [
    { key: g.id, group: g.label, measure: meanLabel, share: g.meanPositive },
    { key: g.id, group: g.label, measure: pooledLabel, share: g.pooledPositive },
  ]);
  const y = itemAxis(
    groups.map((g) => ({ key: g.id, label: g.items.length > 1 ? `${g.label}, ${g.items.length} ${itemsWord}` : g.label, valid: g.valid })),
    { labelWidth, fontSize },
  );
  const scale = { domain: [0, 1], nice: false };
  const axis = { format: '.0%', title: null, values: [0, 0.25, 0.5, 0.75, 1] };
  return {
    $schema: SCHEMA,
    title: chartTitle(title, subtitle, labelWidth + width, fontSize),
    config: chartConfig({ fontSize }),
    width,
    height: plotHeight(groups.length, options, 3),
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
      {
        data: { values: rows },
        mark: { type: 'text', align: 'left', dx: fontSize, fontSize: fontSize - 1, color: INK },
        encoding: { y, x: { field: 'max', type: 'quantitative', scale, axis }, text: { field: 'text' } },
      },
    ],
  };
}

/** The narrow layout (narrow.ts): each group's label on its own lines above its band; same bands, marks, colours and figures. */
function overviewNarrow(groups: OverviewGroup[], options: OverviewOptions): TopLevelSpec {
  const { title, subtitle, fontSize = NARROW_FONT_SIZE, width = NARROW_WIDTH, percentSign = '%', meanLabel = 'unweighted mean of items', pooledLabel = 'pooled (all answers)', itemsWord = 'items' } = options;
  const P = (share: number) => `${percent(share)}${percentSign}`;
  // The band's round caps reach half a stroke past its ends: the figures keep clear of them.
  const cap = fontSize;
  const rows = groups.map((g) => {
    const text = g.items.length > 1 ? `${P(g.meanPositive)} / ${P(g.pooledPositive)} (${P(g.minPositive)}–${P(g.maxPositive)})` : P(g.meanPositive);
    const label = itemLabel(g.id, { label: g.items.length > 1 ? `${g.label}, ${g.items.length} ${itemsWord}` : g.label, valid: g.valid });
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
    $schema: SCHEMA,
    title: narrowTitle(title, subtitle, width, fontSize),
    config: chartConfig({ fontSize }),
    width,
    height: placed.height,
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
