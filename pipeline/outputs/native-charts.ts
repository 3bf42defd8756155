/**
 * Each chart of the run as the data of a native, editable deck chart
 * (formats/pptx ChartData): the same figures as the Vega-Lite figure, in the
 * same order and palette, drawn as bars a deck's owner can restyle. Shares
 * are stored as fractions with the format "0%"; intervals become error bars.
 * What a bar chart cannot show stays in the speaker notes (the diverging
 * chart's not-applicable panel, the ranking's mean rule, the comparison's
 * interval of the change). Pure: figures in, ChartData out.
 */
import {
  ACCENT, CONTRAST, inkOn, largestFirst, levelColours, MUTED, NEUTRAL, NO_ANSWER, NOT_APPLICABLE, SERIES,
  type BreakdownPanel, type ChartItem, type ChoiceBar, type ComparisonRow, type OverviewGroup, type Participation, type ResponseFigures, type ThemeBar,
} from '../../charts/index.js';
import { levelSides } from '../metrics/index.js';
import { formatPercent, type Lang } from '../narrate/index.js';
import type { ChartData, ChartSeries } from './formats/pptx/index.js';

/** A palette colour (#rrggbb, or inkOn's "white") as OOXML's six hex digits. */
export function hex(colour: string): string {
  return colour === 'white' ? 'FFFFFF' : colour.replace('#', '').toUpperCase();
}

/** A series filled with `colour`, its labels in the ink readable on it. */
const filled = (colour: string) => ({ colour: hex(colour), labelColour: hex(inkOn(colour)) });

/** Segments narrower than this share get no label, as in the figures (diverging.ts's default). */
const MIN_LABEL = 0.06;
/** The response chart labels segments from this share on (response.ts). */
const MIN_RESPONSE_LABEL = 0.08;

interface NativeText {
  item: string;
  group: string;
  value: string;
  option: string;
  theme: string;
  answer: string;
  row: string;
  positive: string;
  share: string;
  low: string;
  high: string;
  lowest: string;
  highest: string;
  previous: string;
  current: string;
  /** A middle level split across zero: each half's series. */
  half: (level: string) => string;
}

const TEXT: Record<Lang, NativeText> = {
  en: {
    item: 'item', group: 'group', value: 'value', option: 'option', theme: 'theme', answer: 'answer', row: 'row', positive: 'positive share', share: 'share',
    low: '95% CI low', high: '95% CI high', lowest: 'lowest item', highest: 'highest item', previous: 'previous edition', current: 'this edition',
    half: (l) => `${l} (half each side)`,
  },
  fr: {
    item: 'élément', group: 'groupe', value: 'valeur', option: 'option', theme: 'thème', answer: 'réponse', row: 'ligne', positive: 'part positive', share: 'part',
    low: 'IC 95\u00a0% bas', high: 'IC 95\u00a0% haut', lowest: 'élément le plus bas', highest: 'élément le plus haut', previous: 'édition précédente', current: 'cette édition',
    half: (l) => `${l} (moitié de chaque côté)`,
  },
  es: {
    item: 'elemento', group: 'grupo', value: 'valor', option: 'opción', theme: 'tema', answer: 'respuesta', row: 'fila', positive: 'porcentaje positivo', share: 'porcentaje',
    low: 'IC 95 % inferior', high: 'IC 95 % superior', lowest: 'elemento más bajo', highest: 'elemento más alto', previous: 'edición anterior', current: 'esta edición',
    half: (l) => `${l} (mitad a cada lado)`,
  },
};

/** Shares on a fixed 0…100% axis, as the figures draw them. */
const SHARE_AXIS = { min: 0, max: 1, step: 0.25 };

export interface NativeOptions {
  /** Language of the workbook's headers and series names; default `en`. */
  lang?: Lang;
}

/**
 * Diverging stacked bars: items sorted by positive share (as the figure),
 * one series per level, negative levels as negative values so that they
 * stack left of zero, positive ones right, each side from the level next to
 * zero outwards (a stacked bar chart stacks series in order, negatives and
 * positives apart). The middle level of an odd scale is split half and half
 * across zero, as in the figure: two series of the same colour holding half
 * its share each, the left one out of the legend and unlabelled, the right
 * one labelled with the whole share. Labels hide the minus sign ("0%;0%").
 */
export function nativeDiverging(items: readonly ChartItem[], options: NativeOptions = {}): ChartData {
  const { lang = 'en' } = options;
  const t = TEXT[lang];
  const rows = largestFirst(items, (i) => i.positive);
  const levels = items[0]?.levels ?? [];
  const sides = levelSides(levels.length, items[0]?.positiveLevels ?? 2);
  const colours = levelColours(levels.length, items[0]?.positiveLevels ?? 2, sides.neutral);
  const shares = (level: number) => rows.map((i) => (i.valid ? i.counts[level] / i.valid : 0));
  const labelled = (values: number[]) => values.map((v) => (Math.abs(v) >= MIN_LABEL ? undefined : null));
  const series: ChartSeries[] = [];
  if (sides.neutral !== null) {
    const whole = shares(sides.neutral);
    const name = t.half(levels[sides.neutral]);
    series.push({ name, values: whole.map((s) => -s / 2), ...filled(colours[sides.neutral]), labels: whole.map(() => null), legend: false });
    series.push({ name, values: whole.map((s) => s / 2), ...filled(colours[sides.neutral]), labels: whole.map((s) => (s >= MIN_LABEL ? formatPercent(s, lang) : null)) });
  }
  for (const i of [...sides.positive].reverse()) {
    const values = shares(i);
    series.push({ name: levels[i], values, ...filled(colours[i]), labels: labelled(values) });
  }
  for (const i of sides.negative) {
    const values = shares(i).map((s) => -s);
    series.push({ name: levels[i], values, ...filled(colours[i]), labels: labelled(values) });
  }
  return { categoryName: t.item, categories: rows.map((i) => i.label), series, direction: 'bar', grouping: 'stacked', formatCode: '0%;0%', axis: { min: -1, max: 1, step: 0.5 } };
}

/** Ranking: the positive share per item, highest first, its 95% interval as error bars; the clearly best item in the accent colour, the others grey. */
export function nativeRanking(items: readonly ChartItem[], options: NativeOptions & { best?: string } = {}): ChartData {
  const { lang = 'en', best } = options;
  const t = TEXT[lang];
  const rows = largestFirst(items, (i) => i.positive);
  return {
    categoryName: t.item,
    categories: rows.map((i) => i.label),
    series: [{
      name: t.positive,
      values: rows.map((i) => i.positive),
      ...filled(MUTED),
      pointColours: rows.map((i) => (i.id === best ? hex(ACCENT) : undefined)),
      interval: { low: rows.map((i) => i.positiveLow), high: rows.map((i) => i.positiveHigh), lowName: t.low, highName: t.high },
    }],
    direction: 'bar', grouping: 'clustered', formatCode: '0%', axis: SHARE_AXIS, labelPosition: 'inBase',
  };
}

/** Overview: per group its unweighted mean (the range of its items' shares as error bars) beside its pooled share. */
export function nativeOverview(groups: readonly OverviewGroup[], options: NativeOptions & { meanLabel: string; pooledLabel: string }): ChartData {
  const { lang = 'en', meanLabel, pooledLabel } = options;
  const t = TEXT[lang];
  return {
    categoryName: t.group,
    categories: groups.map((g) => g.label),
    series: [
      { name: meanLabel, values: groups.map((g) => g.meanPositive), ...filled(ACCENT), interval: { low: groups.map((g) => g.minPositive), high: groups.map((g) => g.maxPositive), lowName: t.lowest, highName: t.highest } },
      { name: pooledLabel, values: groups.map((g) => g.pooledPositive), ...filled(CONTRAST) },
    ],
    direction: 'bar', grouping: 'clustered', formatCode: '0%', axis: SHARE_AXIS, labelPosition: 'inBase',
  };
}

/** Breakdown: one series per group (a panel of the figure), one category per attribute value in `values`' order; suppressed cells draw nothing. */
export function nativeBreakdown(panels: readonly BreakdownPanel[], options: NativeOptions & { values: string[] }): ChartData {
  const { lang = 'en', values } = options;
  const t = TEXT[lang];
  const series = panels.map((p, k): ChartSeries => {
    const cells = values.map((v) => p.cells.find((c) => c.value === v));
    const shown = (f: (c: NonNullable<(typeof cells)[number]>) => number | null) => cells.map((c) => (!c || c.suppressed || c.positive === null ? null : f(c)));
    return {
      name: p.label,
      values: shown((c) => c.positive),
      ...filled(SERIES[k % SERIES.length]),
      interval: { low: shown((c) => c.positiveLow), high: shown((c) => c.positiveHigh), lowName: `${p.label}: ${t.low}`, highName: `${p.label}: ${t.high}` },
    };
  });
  return { categoryName: t.value, categories: values, series, direction: 'bar', grouping: 'clustered', formatCode: '0%', axis: SHARE_AXIS, labelPosition: 'inBase' };
}

/** Comparison: per item, largest rise first, the previous edition's share beside this one's, coloured by outcome (rise blue, fall orange, no clear change grey). */
export function nativeComparison(rows: readonly ComparisonRow[], options: NativeOptions = {}): ChartData {
  const { lang = 'en' } = options;
  const t = TEXT[lang];
  const sorted = largestFirst(rows, (r) => r.change);
  return {
    categoryName: t.item,
    categories: sorted.map((r) => r.label),
    series: [
      // Labels on this edition's bars only: two per row crowd a chart of many items.
      { name: t.previous, values: sorted.map((r) => r.previous), ...filled(NEUTRAL), labels: sorted.map(() => null) },
      { name: t.current, values: sorted.map((r) => r.current), ...filled(ACCENT), pointColours: sorted.map((r) => (!r.significant ? hex(MUTED) : r.change < 0 ? hex(CONTRAST) : undefined)) },
    ],
    direction: 'bar', grouping: 'clustered', formatCode: '0%', axis: SHARE_AXIS, labelPosition: 'inBase',
  };
}

/** Response: 100% bars, the response rate first (its interval as error bars), then each group's answers: answered, not applicable, blank. */
export function nativeResponse(response: ResponseFigures | undefined, groups: readonly Participation[], options: NativeOptions & { surveyLabel: string; outcomeLabels: { answered: string; notApplicable: string; none: string } }): ChartData {
  const { lang = 'en', surveyLabel, outcomeLabels } = options;
  const rows: { label: string; parts: number[] }[] = [];
  if (response) rows.push({ label: surveyLabel, parts: [response.respondents, 0, response.participants - response.respondents] });
  for (const g of groups) rows.push({ label: g.label, parts: [g.valid, g.notApplicable, g.missing] });
  const names = [outcomeLabels.answered, outcomeLabels.notApplicable, outcomeLabels.none];
  const series = [ACCENT, NOT_APPLICABLE, NO_ANSWER].map((colour, k): ChartSeries => {
    const values = rows.map((r) => {
      const total = r.parts.reduce((a, b) => a + b, 0);
      return total ? r.parts[k] / total : 0;
    });
    return { name: names[k], values, ...filled(colour), labels: values.map((v) => (v >= MIN_RESPONSE_LABEL ? undefined : null)) };
  });
  if (response) series[0].interval = { low: rows.map((_, k) => (k === 0 ? response.low : null)), high: rows.map((_, k) => (k === 0 ? response.high : null)), lowName: TEXT[lang].low, highName: TEXT[lang].high };
  return { categoryName: TEXT[lang].row, categories: rows.map((r) => r.label), series, direction: 'bar', grouping: 'stacked', formatCode: '0%', axis: SHARE_AXIS };
}

/** NPS: a column per answer 0 to 10, its count, in three series by range (detractors, passives, promoters) so that the legend names them. */
export function nativeNps(counts: readonly number[], options: NativeOptions & { rangeLabels: { detractors: string; passives: string; promoters: string } }): ChartData {
  const { lang = 'en', rangeLabels } = options;
  const codes = Array.from({ length: 11 }, (_, code) => code);
  const range = (from: number, to: number, name: string, colour: string): ChartSeries => ({ name, values: codes.map((c) => (c >= from && c <= to ? (counts[c] ?? 0) : null)), ...filled(colour), labelColour: hex(MUTED) });
  return {
    categoryName: TEXT[lang].answer,
    categories: codes.map(String),
    series: [range(0, 6, rangeLabels.detractors, CONTRAST), range(7, 8, rangeLabels.passives, NEUTRAL), range(9, 10, rangeLabels.promoters, ACCENT)],
    // One column per answer: the three series overlap fully, each drawing only its own answers.
    direction: 'col', grouping: 'clustered', overlap: 100, formatCode: '0', axis: { min: 0 }, labelPosition: 'outEnd',
  };
}

/** A closed question: the share of respondents per option in the given order (summary.json's), its 95% interval as error bars. */
export function nativeChoice(bars: readonly ChoiceBar[], options: NativeOptions = {}): ChartData {
  const { lang = 'en' } = options;
  const t = TEXT[lang];
  return {
    categoryName: t.option,
    categories: bars.map((b) => b.label),
    series: [{ name: t.share, values: bars.map((b) => b.share), ...filled(ACCENT), interval: { low: bars.map((b) => b.low), high: bars.map((b) => b.high), lowName: t.low, highName: t.high } }],
    direction: 'bar', grouping: 'clustered', formatCode: '0%', axis: SHARE_AXIS, labelPosition: 'inBase',
  };
}

/** A free-text question's themes: respondents per theme, most used first (ties in the given order), as the figure. */
export function nativeThemes(themes: readonly ThemeBar[], options: NativeOptions & { countLabel: string }): ChartData {
  const { lang = 'en', countLabel } = options;
  const sorted = largestFirst(themes, (t) => t.count);
  return {
    categoryName: TEXT[lang].theme,
    categories: sorted.map((t) => t.term),
    series: [{ name: countLabel, values: sorted.map((t) => t.count), ...filled(ACCENT), labelColour: hex(MUTED) }],
    direction: 'bar', grouping: 'clustered', formatCode: '0', axis: { min: 0 }, labelPosition: 'outEnd',
  };
}
