import { formatCount, formatPercent, type Lang } from '../pipeline/util/numbers.js';
import { chartConfig } from './config.js';
import { fitLabel } from './label.js';
import { plotHeight, type ChartLook } from './model.js';
import { ACCENT, INK } from './palette.js';
import { SCHEMA, type Layer, type PositionDef, type TopLevelSpec } from './spec.js';
import { chartTitle } from './title.js';
import { largestFirst } from './order.js';
import { NARROW_FONT_SIZE, NARROW_WIDTH, narrowLabels, narrowRows, narrowFrame, placeValues, valueInside, insideLayers } from './narrow.js';

/** What a choice chart needs of an option. */
export interface ChoiceBar {
  label: string;
  count: number;
  /** Share of the respondents who answered the question. */
  share: number;
  /** 95% Wilson interval of the share. */
  low: number;
  high: number;
}

export interface ChoiceOptions extends ChartLook {
  /** Title: the question and its base, "… (n = 120)". */
  title: string;
  /** Subtitle; default none. */
  subtitle?: string;
  /** Keep the given order (the survey's own) rather than sorting by share; default false. */
  keepOrder?: boolean;
  /** Room for the option labels in px; default 0.45 × width. */
  labelWidth?: number;
}

/**
 * One closed question as horizontal bars, one per option: the share of
 * respondents who answered, with its Wilson 95% interval as a rule across
 * the bar's end and the percentage and count beside it. Sorted by share,
 * largest first (ties in the given order), unless `keepOrder`.
 */
export function choiceSpec(options: ChoiceBar[], look: ChoiceOptions): TopLevelSpec {
  if (look.layout === 'narrow') return choiceNarrow(options, look);
  const { title, subtitle, fontSize = 12, width = 560, lang = 'en', keepOrder = false } = look;
  const labelWidth = look.labelWidth ?? Math.round(width * 0.45);
  const values = choiceRows(options, keepOrder, lang);
  const labels = Object.fromEntries(values.map((v) => [v.key, fitLabel(v.option, '', labelWidth, { fontSize })]));
  const y: PositionDef<string> = {
    field: 'key',
    type: 'nominal',
    sort: values.map((v) => v.key),
    title: null,
    axis: { labelExpr: `(${JSON.stringify(labels)})[datum.value]`, labelLimit: 0, labelFontSize: fontSize, domain: false, ticks: false, labelPadding: 6 },
  };
  // Checkbox shares may add to more than 1 but each stays within [0, 1].
  const scale = { domain: [0, 1], nice: false };
  const axis = { format: '.0%', title: null, values: [0, 0.25, 0.5, 0.75, 1] };
  const layers: Layer[] = [
    {
      mark: { type: 'bar', color: ACCENT, opacity: 0.85, height: { band: 0.7 } },
      encoding: {
        y,
        x: { field: 'share', type: 'quantitative', scale, axis },
        tooltip: [{ field: 'option' }, { field: 'count' }, { field: 'share', format: '.1%' }, { field: 'low', format: '.1%' }, { field: 'high', format: '.1%' }],
      },
    },
    { mark: { type: 'rule', color: INK, strokeWidth: Math.max(1.5, fontSize / 8) }, encoding: { y, x: { field: 'low', type: 'quantitative', scale, axis }, x2: { field: 'high' } } },
    { mark: { type: 'text', align: 'left', dx: 5, fontSize: fontSize - 1, color: INK }, encoding: { y, x: { field: 'high', type: 'quantitative', scale, axis }, text: { field: 'text' } } },
  ];
  return {
    $schema: SCHEMA,
    title: chartTitle(title, subtitle, labelWidth + width, fontSize),
    config: chartConfig({ fontSize, lang }),
    width,
    height: plotHeight(values.length, look, 2),
    data: { values },
    layer: layers,
  };
}

/** The narrow layout (narrow.ts): each option's label on its own lines above its bar; same bars, order and figures. */
function choiceNarrow(options: ChoiceBar[], look: ChoiceOptions): TopLevelSpec {
  const { title, subtitle, fontSize = NARROW_FONT_SIZE, width = NARROW_WIDTH, lang = 'en', keepOrder = false } = look;
  const rows = choiceRows(options, keepOrder, lang);
  const placed = narrowRows(rows.map((r) => ({ key: r.key, label: r.option })), { width, fontSize });
  const values = placeValues(rows.map((r) => ({ ...r, inside: valueInside(r.text, fontSize - 1, r.share * width, r.high * width, width) })), placed.rows);
  const scale = { domain: [0, 1], nice: false };
  const axis = { format: '.0%', title: null, values: [0, 0.5, 1] };
  const y = { field: 'y', type: 'quantitative' as const, scale: null, axis: null };
  const mid = { field: 'mid', type: 'quantitative' as const, scale: null, axis: null };
  const layers: Layer[] = [
    {
      mark: { type: 'bar', color: ACCENT, opacity: 0.85 },
      encoding: {
        y,
        y2: { field: 'y2' },
        x: { field: 'share', type: 'quantitative', scale, axis },
        x2: { datum: 0 },
        tooltip: [{ field: 'option' }, { field: 'count' }, { field: 'share', format: '.1%' }, { field: 'low', format: '.1%' }, { field: 'high', format: '.1%' }],
      },
    },
    { mark: { type: 'rule', color: INK, strokeWidth: Math.max(1.5, fontSize / 8) }, encoding: { y: mid, x: { field: 'low', type: 'quantitative', scale, axis }, x2: { field: 'high' } } },
    // After the interval while there is room, else inside the bar, from its start.
    ...insideLayers({ field: 'high', type: 'quantitative', scale, axis }, fontSize - 1),
    narrowLabels(placed.rows, fontSize, placed.lineHeight),
  ];
  return {
    ...narrowFrame({ title, subtitle, width, height: placed.height, fontSize, lang }),
    data: { values },
    layer: layers,
  };
}

/** Each option as a bar: largest share first (ties in the given order) unless `keepOrder`, labelled "72% (36)". */
function choiceRows(options: ChoiceBar[], keepOrder: boolean, lang: Lang) {
  const order = keepOrder ? options : largestFirst(options, (o) => o.share);
  return order.map((o, k) => ({ key: `o${k}`, option: o.label, count: o.count, share: o.share, low: o.low, high: o.high, text: `${formatPercent(o.share, lang)} (${formatCount(o.count, lang)})` }));
}
