import { formatCount, formatPercent, type Lang } from '../pipeline/util/numbers.js';
import { chartConfig, countAxisFormat } from './config.js';
import { fitLabel } from './label.js';
import { plotHeight, type ChartLook } from './model.js';
import { ACCENT, INK } from './palette.js';
import { SCHEMA, type Layer, type PositionDef, type TopLevelSpec } from './spec.js';
import { chartTitle } from './title.js';
import { largestFirst } from './order.js';
import { NARROW_FONT_SIZE, NARROW_WIDTH, narrowLabels, narrowRows, narrowFrame, placeValues, valueInside, insideLayers } from './narrow.js';

/** What a themes chart needs of a theme: its words and how many respondents used them. */
export interface ThemeBar {
  term: string;
  /** Respondents whose comment uses the term (a respondent counts once). */
  count: number;
}

export interface ThemesOptions extends ChartLook {
  /** Title: the question and its base, "… (n = 122)". */
  title: string;
  /** The base of each bar's share: the respondents whose comments were read (who answered, less those whose comments are withheld). */
  base: number;
  /** Subtitle; default none. */
  subtitle?: string;
  /** Title of the count axis; default "respondents". */
  countLabel?: string;
  /** Room for the terms in px; default 0.35 × width. */
  labelWidth?: number;
}

/**
 * What the comments on one question talk about: one horizontal bar per
 * theme, its length the respondents who used it, labelled with that count
 * and its share of the respondents whose comments were read ("14 (40%)").
 * Sorted by count, most used first (ties keep the given order: the
 * summary's, by term). No interval: a theme is a reading of the words, not
 * an answer the respondents chose, so a share of it is descriptive only.
 */
export function themesSpec(themes: ThemeBar[], look: ThemesOptions): TopLevelSpec {
  if (look.layout === 'narrow') return themesNarrow(themes, look);
  const { title, subtitle, base, fontSize = 12, width = 560, lang = 'en', countLabel = 'respondents' } = look;
  const labelWidth = look.labelWidth ?? Math.round(width * 0.35);
  const values = themeRows(themes, base, lang);
  // Terms go through an expression as JSON strings: keys keep two themes of the same spelling apart.
  const labels = Object.fromEntries(values.map((v) => [v.key, fitLabel(v.term, '', labelWidth, { fontSize })]));
  const y: PositionDef<string> = {
    field: 'key',
    type: 'nominal',
    sort: values.map((v) => v.key),
    title: null,
    axis: { labelExpr: `(${JSON.stringify(labels)})[datum.value]`, labelLimit: 0, labelFontSize: fontSize, domain: false, ticks: false, labelPadding: 6 },
  };
  const x: PositionDef<string> = { field: 'count', type: 'quantitative', axis: { title: countLabel, tickMinStep: 1, ...countAxisFormat(lang) } };
  const layers: Layer[] = [
    {
      mark: { type: 'bar', color: ACCENT, opacity: 0.85, height: { band: 0.7 } },
      encoding: { y, x, tooltip: [{ field: 'term' }, { field: 'count' }, { field: 'share', format: '.1%' }] },
    },
    { mark: { type: 'text', align: 'left', dx: 5, fontSize: fontSize - 1, color: INK }, encoding: { y, x, text: { field: 'text' } } },
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

/** The narrow layout (narrow.ts): each term on its own line above its bar; same bars, order and figures. */
function themesNarrow(themes: ThemeBar[], look: ThemesOptions): TopLevelSpec {
  const { title, subtitle, base, fontSize = NARROW_FONT_SIZE, width = NARROW_WIDTH, lang = 'en', countLabel = 'respondents' } = look;
  const rows = themeRows(themes, base, lang);
  const most = Math.max(1, ...rows.map((r) => r.count));
  const placed = narrowRows(rows.map((r) => ({ key: r.key, label: r.term })), { width, fontSize });
  const values = placeValues(rows.map((r) => ({ ...r, inside: valueInside(r.text, fontSize - 1, (r.count / most) * width, (r.count / most) * width, width) })), placed.rows);
  // The count axis ends at the largest count: the longest bars hold their value inside.
  const x: PositionDef<string> = { field: 'count', type: 'quantitative', scale: { domain: [0, most], nice: false }, axis: { title: countLabel, tickMinStep: 1, tickCount: 4, ...countAxisFormat(lang) } };
  const layers: Layer[] = [
    {
      mark: { type: 'bar', color: ACCENT, opacity: 0.85 },
      encoding: { y: { field: 'y', type: 'quantitative', scale: null, axis: null }, y2: { field: 'y2' }, x, x2: { datum: 0 }, tooltip: [{ field: 'term' }, { field: 'count' }, { field: 'share', format: '.1%' }] },
    },
    ...insideLayers(x, fontSize - 1),
    narrowLabels(placed.rows, fontSize, placed.lineHeight),
  ];
  return {
    ...narrowFrame({ title, subtitle, width, height: placed.height, fontSize, lang }),
    data: { values },
    layer: layers,
  };
}

/** Each theme as a bar: most used first, labelled with its count and its share of `base` ("14 (40%)"). */
function themeRows(themes: ThemeBar[], base: number, lang: Lang) {
  return largestFirst(themes, (t) => t.count).map((t, k) => {
    const share = base > 0 ? t.count / base : 0;
    return { key: `t${k}`, term: t.term, count: t.count, share, text: `${formatCount(t.count, lang)} (${formatPercent(share, lang)})` };
  });
}
