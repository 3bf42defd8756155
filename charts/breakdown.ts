import { formatPercent, nEquals } from '../pipeline/util/numbers.js';
import { chartConfig } from './config.js';
import { fitLabel } from './label.js';
import { plotHeight, type ChartLook } from './model.js';
import { ACCENT, INK, MUTED } from './palette.js';
import { SCHEMA, type TopLevelSpec } from './spec.js';
import { chartTitle } from './title.js';
import { NARROW_FONT_SIZE, NARROW_WIDTH, narrowRows, narrowTitle, valuePlace, wrapNarrow } from './narrow.js';

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
  if (options.layout === 'narrow') return breakdownNarrow(panels, options);
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

/**
 * The narrow layout (narrow.ts): the panels one under another, each value's
 * name on its own lines above its dot; same dots, intervals, figures and
 * suppressed cells. Each panel places its own rows (a figure that finds no
 * room beside its interval goes under the value's name); all panels take
 * the height of the tallest.
 */
function breakdownNarrow(panels: BreakdownPanel[], options: BreakdownOptions): TopLevelSpec {
  const { title, subtitle, fontSize = NARROW_FONT_SIZE, width = NARROW_WIDTH, lang = 'en', suppressedLabel = 'suppressed: too few answers' } = options;
  const order = options.values ?? [...new Set(panels.flatMap((p) => p.cells.map((c) => c.value)))];
  const small = fontSize - 2;
  const rank = new Map(order.map((v, k) => [v, k]));
  let height = 0;
  const values = panels.flatMap((p) => {
    const cells = [...p.cells].sort((a, b) => (rank.get(a.value) ?? 0) - (rank.get(b.value) ?? 0));
    const rows = cells.map((c, k) => {
      const key = `c${k}`;
      if (c.suppressed || c.valid === null || c.positive === null) return { key, panel: p.label, value: c.value, suppressed: true, text: suppressedLabel, place: 'label' as const };
      const text = `${formatPercent(c.positive, lang)} (${nEquals(c.valid, lang)})`;
      const low = c.positiveLow ?? c.positive;
      const high = c.positiveHigh ?? c.positive;
      return { key, panel: p.label, value: c.value, suppressed: false, n: c.valid, positive: c.positive, low, high, text, place: valuePlace(text, small, low * width, high * width, width) };
    });
    const placed = narrowRows(rows.map((r) => ({ key: r.key, label: r.value, note: !r.suppressed && r.place === 'label' ? r.text : undefined })), { width, fontSize });
    height = Math.max(height, placed.height);
    return rows.map((r, k) => ({ ...r, lines: placed.rows[k].lines, labelY: placed.rows[k].labelY, mid: placed.rows[k].mid }));
  });
  const headers = Object.fromEntries(panels.map((p) => [p.label, wrapNarrow(p.label, width, { fontSize, bold: true })]));
  const mid = { field: 'mid', type: 'quantitative' as const, scale: null, axis: null };
  const scale = { domain: [0, 1], nice: false };
  const axis = { format: '.0%', title: null, values: [0, 0.5, 1], labelFlush: true };
  return {
    $schema: SCHEMA,
    title: narrowTitle(title, subtitle, width, fontSize),
    config: chartConfig({ fontSize, lang }),
    data: { values },
    // Panel names wrapped here, whole: vega would cut them by its own estimate of the text's width, wider than the font's.
    facet: { field: 'panel', type: 'nominal', sort: panels.map((p) => p.label), header: { title: null, labelExpr: `(${JSON.stringify(headers)})[datum.value]`, labelFontSize: fontSize, labelFontWeight: 'bold', labelColor: INK, labelAnchor: 'start', labelLimit: 0, labelLineHeight: Math.round(fontSize * 1.25) } },
    columns: 1,
    spacing: { row: fontSize * 2 },
    spec: {
      width,
      height,
      layer: [
        {
          transform: [{ filter: '!datum.suppressed' }],
          mark: { type: 'rule', color: ACCENT, strokeWidth: Math.max(2, fontSize / 6) },
          encoding: { y: mid, x: { field: 'low', type: 'quantitative', scale, axis }, x2: { field: 'high' } },
        },
        {
          transform: [{ filter: '!datum.suppressed' }],
          mark: { type: 'point', filled: true, opacity: 1, color: ACCENT, size: fontSize * fontSize * 0.5 },
          encoding: { y: mid, x: { field: 'positive', type: 'quantitative', scale, axis }, tooltip: [{ field: 'panel' }, { field: 'value' }, { field: 'n' }, { field: 'positive', format: '.1%' }, { field: 'low', format: '.1%' }, { field: 'high', format: '.1%' }] },
        },
        {
          transform: [{ filter: "!datum.suppressed && datum.place === 'after'" }],
          mark: { type: 'text', align: 'left', dx: 5, fontSize: small, color: MUTED },
          encoding: { y: mid, x: { field: 'high', type: 'quantitative', scale, axis }, text: { field: 'text' } },
        },
        {
          transform: [{ filter: "!datum.suppressed && datum.place === 'before'" }],
          mark: { type: 'text', align: 'right', dx: -5, fontSize: small, color: MUTED },
          encoding: { y: mid, x: { field: 'low', type: 'quantitative', scale, axis }, text: { field: 'text' } },
        },
        {
          transform: [{ filter: 'datum.suppressed' }],
          mark: { type: 'text', align: 'left', x: 0, fontSize: small, color: MUTED },
          encoding: { y: mid, text: { field: 'text' } },
        },
        // The value's name above its row, drawn from the same rows (a facet's layers share its data).
        {
          mark: { type: 'text', align: 'left', baseline: 'top', x: 0, fontSize, lineHeight: Math.round(fontSize * 1.25), color: INK },
          encoding: { y: { field: 'labelY', type: 'quantitative', scale: null, axis: null }, text: { field: 'lines' } },
        },
      ],
    },
  };
}
