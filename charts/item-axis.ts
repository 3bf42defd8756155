import type { Lang } from '../pipeline/util/numbers.js';
import { itemAxisLabel } from './label.js';
import type { PositionDef } from './spec.js';

/** What an item axis needs of a row. */
export interface AxisRow {
  /** Unique key: the field the rows are placed by. */
  key: string;
  label: string;
  /** The base of the row's shares, shown as "(n = …)". */
  valid: number;
}

export interface ItemAxisOptions {
  /** Room for the labels in px: each label is cut to fit, keeping its "(n = …)"; default 240. */
  labelWidth?: number;
  /** Label font size; default 12. */
  fontSize?: number;
  /** Draw the axis (false for side panels sharing it); default true. */
  axis?: boolean;
  /** Language of the "(n = 1,355)"; default `en`. */
  lang?: Lang;
}

/**
 * The y channel of a chart with one row per item, in the given order. Rows
 * are placed by their unique key, and the axis shows each row's label cut
 * with the shipped font so that its "(n = …)" always shows; vega's
 * `labelLimit` is switched off so it cannot cut the n away (nor in a browser
 * whose fallback font is wider).
 */
export function itemAxis(rows: AxisRow[], options: ItemAxisOptions = {}): PositionDef<string> {
  const { labelWidth = 240, fontSize = 12, axis = true, lang = 'en' } = options;
  const labels = Object.fromEntries(rows.map((r) => [r.key, itemAxisLabel(r, { maxWidth: labelWidth, fontSize, lang })]));
  return {
    field: 'key',
    type: 'nominal',
    sort: rows.map((r) => r.key),
    title: null,
    axis: axis ? { labelExpr: `(${JSON.stringify(labels)})[datum.value]`, labelLimit: 0, labelFontSize: fontSize, domain: false, ticks: false, labelPadding: 6 } : null,
  };
}
