import { formatCount, formatPercent } from '../pipeline/util/numbers.js';
import { chartConfig, countAxisFormat } from './config.js';
import { fitLabel } from './label.js';
import { plotHeight, type ChartLook } from './model.js';
import { ACCENT, INK } from './palette.js';
import { SCHEMA, type Layer, type PositionDef, type TopLevelSpec } from './spec.js';
import { chartTitle } from './title.js';
import { largestFirst } from './order.js';

/** What a themes chart needs of a theme: its words and how many respondents used them. */
export interface ThemeBar {
  term: string;
  /** Respondents whose comment uses the term (a respondent counts once). */
  count: number;
}

export interface ThemesOptions extends ChartLook {
  /** Title: the question and its base, "… (n = 122)". */
  title: string;
  /** Respondents who answered the question: the base of each bar's share. */
  answered: number;
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
 * and its share of the respondents who answered the question ("14 (40%)").
 * Sorted by count, most used first (ties keep the given order: the
 * summary's, by term). No interval: a theme is a reading of the words, not
 * an answer the respondents chose, so a share of it is descriptive only.
 */
export function themesSpec(themes: ThemeBar[], look: ThemesOptions): TopLevelSpec {
  const { title, subtitle, answered, fontSize = 12, width = 560, lang = 'en', countLabel = 'respondents' } = look;
  const labelWidth = look.labelWidth ?? Math.round(width * 0.35);
  const order = largestFirst(themes, (t) => t.count);
  const values = order.map((t, k) => {
    const share = answered > 0 ? t.count / answered : 0;
    return { key: `t${k}`, term: t.term, count: t.count, share, text: `${formatCount(t.count, lang)} (${formatPercent(share, lang)})` };
  });
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
