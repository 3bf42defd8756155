import type { Config } from 'vega-lite';
import { numberLocale, type Lang } from '../pipeline/util/numbers.js';
import { FONT_FAMILY } from './font.js';
import { INK, MUTED } from './palette.js';

/** The one config every chart shares: font, sizes, no border, and axis numbers written as the language writes them. */
export function chartConfig(options: { fontSize?: number; lang?: Lang } = {}): Config {
  /** Base font size; default 12. */
  const size = options.fontSize ?? 12;
  /** Language of the axes' numbers; default `en` (vega's own format, the same). */
  const lang = options.lang ?? 'en';
  return {
    ...(lang === 'en' ? {} : { locale: { number: numberLocale(lang) } }),
    font: FONT_FAMILY,
    background: 'white',
    view: { stroke: null },
    title: { fontSize: size + 3, subtitleFontSize: size, anchor: 'start', color: INK, subtitleColor: MUTED, fontWeight: 'bold', offset: 12 },
    axis: { labelFontSize: size, titleFontSize: size, labelColor: INK, titleColor: MUTED, gridColor: '#e5e7eb', domainColor: '#9ca3af', tickColor: '#9ca3af' },
    legend: { labelFontSize: size, titleFontSize: size, labelColor: INK, symbolType: 'square', symbolSize: Math.round(size * size * 0.75), labelLimit: 0 },
    text: { fontSize: size - 1 },
  };
}

/**
 * The label format of a count axis: thousands grouped as the language groups
 * them. d3-format groups every number of four digits or more, so Spanish,
 * which leaves "1355" whole, ungroups the four-digit labels itself.
 */
export function countAxisFormat(lang: Lang = 'en'): { format: string; labelExpr?: string } {
  return lang === 'es' ? { format: ',d', labelExpr: `length(datum.label) === 5 ? replace(datum.label, '.', '') : datum.label` } : { format: ',d' };
}
