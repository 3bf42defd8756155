import { formatPercent, nEquals } from '../pipeline/util/numbers.js';
import { chartConfig } from './config.js';
import { fitLabel } from './label.js';
import { plotHeight, type ChartLook } from './model.js';
import { ACCENT, INK, MUTED } from './palette.js';
import { SCHEMA, type TopLevelSpec } from './spec.js';
import { chartTitle } from './title.js';

/** One attribute value within a panel: its positive share, or nothing when the cell is suppressed. */
export interface BreakdownCell {
  /** The attribute value, e.g. "Government". */
  value: string;
  /** Valid answers; null when suppressed. */
  valid: number | null;
  positive: number | null;
  positiveLow: number | null;
  positiveHigh: number | null;
  /** True when the cell's figures are withheld (too few answers, or recoverable from the others). */
  suppressed: boolean;
}

/** One small multiple: a group or an item, split by the attribute's values. */
export interface BreakdownPanel {
  id: string;
  label: string;
  cells: BreakdownCell[];
}

export interface BreakdownOptions extends ChartLook {
  /** Title: the sentence the chart supports. */
  title: string;
  /** Subtitle; default none. */
  subtitle?: string;
  /** The attribute's values in display order; default: order of first appearance. */
  values?: string[];
  /** Text shown in place of a suppressed cell; default "suppressed: too few answers". */
  suppressedLabel?: string;
  /** Panels per row; default 3. */
  columns?: number;
  /** Room for the value labels in px; default 0.3 × width. */
  labelWidth?: number;
}

/**
 * Small multiples, one panel per group (or item), one row per attribute
 * value: the positive share as a dot with its 95% interval and its n.
 * Suppressed cells carry no figure at all, only the words saying why, so
 * that no share can be read or hovered for them. Axis 0…100% in every panel.
 */
export function breakdownSpec(panels: BreakdownPanel[], options: BreakdownOptions): TopLevelSpec {
  const { title, subtitle, fontSize = 12, width = 560, columns = 3, lang = 'en', suppressedLabel = 'suppressed: too few answers' } = options;
  const order = options.values ?? [...new Set(panels.flatMap((p) => p.cells.map((c) => c.value)))];
  const perRow = Math.min(columns, Math.max(1, panels.length));
  const panelWidth = Math.round((width - (perRow - 1) * 16) / perRow);
  const valueWidth = options.labelWidth ?? Math.round(width * 0.3);
  const values = panels.flatMap((p) =>
    p.cells.map((c) =>
      c.suppressed || c.valid === null || c.positive === null
        ? { panel: p.label, value: c.value, suppressed: true, text: suppressedLabel }
        : { panel: p.label, value: c.value, suppressed: false, n: c.valid, positive: c.positive, low: c.positiveLow ?? c.positive, high: c.positiveHigh ?? c.positive, text: `${formatPercent(c.positive, lang)} (${nEquals(c.valid, lang)})` },
    ),
  );
  const y = {
    field: 'value',
    type: 'nominal' as const,
    sort: order,
    title: null,
    axis: { labelExpr: `(${JSON.stringify(Object.fromEntries(order.map((v) => [v, fitLabel(v, '', valueWidth, { fontSize })])))})[datum.value]`, labelLimit: 0, domain: false, ticks: false },
  };
  const scale = { domain: [0, 1], nice: false };
  const axis = { format: '.0%', title: null, values: [0, 0.5, 1] };
  return {
    $schema: SCHEMA,
    title: chartTitle(title, subtitle, width + valueWidth, fontSize),
    config: chartConfig({ fontSize, lang }),
    data: { values },
    facet: { field: 'panel', type: 'nominal', sort: panels.map((p) => p.label), header: { title: null, labelFontSize: fontSize, labelFontWeight: 'bold', labelColor: INK, labelAnchor: 'start', labelLimit: panelWidth } },
    columns: perRow,
    spacing: { column: 16, row: fontSize },
    resolve: { axis: { y: 'shared' } },
    spec: {
      width: panelWidth,
      height: plotHeight(order.length, options, 2),
      layer: [
        {
          transform: [{ filter: '!datum.suppressed' }],
          mark: { type: 'rule', color: ACCENT, strokeWidth: Math.max(2, fontSize / 6) },
          encoding: { y, x: { field: 'low', type: 'quantitative', scale, axis }, x2: { field: 'high' } },
        },
        {
          transform: [{ filter: '!datum.suppressed' }],
          mark: { type: 'point', filled: true, opacity: 1, color: ACCENT, size: fontSize * fontSize * 0.5 },
          encoding: { y, x: { field: 'positive', type: 'quantitative', scale, axis }, tooltip: [{ field: 'panel' }, { field: 'value' }, { field: 'n' }, { field: 'positive', format: '.1%' }, { field: 'low', format: '.1%' }, { field: 'high', format: '.1%' }] },
        },
        // The share and n beside the interval, on whichever side has room.
        {
          transform: [{ filter: '!datum.suppressed && datum.positive < 0.5' }],
          mark: { type: 'text', align: 'left', dx: 5, fontSize: fontSize - 2, color: MUTED },
          encoding: { y, x: { field: 'high', type: 'quantitative', scale, axis }, text: { field: 'text' } },
        },
        {
          transform: [{ filter: '!datum.suppressed && datum.positive >= 0.5' }],
          mark: { type: 'text', align: 'right', dx: -5, fontSize: fontSize - 2, color: MUTED },
          encoding: { y, x: { field: 'low', type: 'quantitative', scale, axis }, text: { field: 'text' } },
        },
        {
          transform: [{ filter: 'datum.suppressed' }],
          mark: { type: 'text', align: 'left', x: 0, fontSize: fontSize - 2, color: MUTED },
          encoding: { y, text: { field: 'text' } },
        },
      ],
    },
  };
}
