/**
 * Numbers as each language writes them, one formatter for every output:
 * sentences, report tables, chart labels and axes, deck, PDF.
 * en "1,355" "72%" "70–80%" "0.05"; fr "1 355" "72 %" "70–80 %" "0,05";
 * es "1355" "12.345" "72 %" "70–80 %" "0,05" (Spanish leaves four-digit
 * numbers ungrouped). The spaces are no-break spaces (U+00A0), so that a
 * figure is never split across lines. Written by hand rather than through
 * Intl, so that the bytes do not depend on the machine's ICU data.
 */

/** The languages of debrief's texts. */
export type Lang = 'en' | 'fr' | 'es';

/** The no-break space French and Spanish put inside "72 %" and French between thousands. */
export const NBSP = '\u00a0';

/** How a language writes numbers: the parts a d3-format locale needs too. */
export interface NumberStyle {
  decimal: string;
  thousands: string;
  /** What follows a whole percent: "%" or " %". */
  percent: string;
  /** Fewest digits a number needs before it is grouped (es: 5). */
  groupFrom: number;
}

export const NUMBER_STYLE: Record<Lang, NumberStyle> = {
  en: { decimal: '.', thousands: ',', percent: '%', groupFrom: 4 },
  fr: { decimal: ',', thousands: NBSP, percent: `${NBSP}%`, groupFrom: 4 },
  es: { decimal: ',', thousands: '.', percent: `${NBSP}%`, groupFrom: 5 },
};

/** Rounds a share to a whole percent, half up (0.815 → 82, −0.315 → −31), immune to float noise. */
export function percent(share: number): number {
  return Math.floor(share * 100 + 0.5 + 1e-9);
}

/** A share as a whole percent: "87%", "87 %". */
export function formatPercent(share: number, lang: Lang = 'en'): string {
  return `${percent(share)}${NUMBER_STYLE[lang].percent}`;
}

/** A whole number with the language's thousands separator; negatives take a true minus sign. */
export function formatCount(n: number, lang: Lang = 'en'): string {
  const digits = String(Math.round(Math.abs(n)));
  const sign = n < 0 ? '\u2212' : '';
  const style = NUMBER_STYLE[lang];
  if (digits.length < style.groupFrom) return sign + digits;
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, style.thousands);
}

/** A decimal number with `digits` decimals, decimal comma in fr and es. */
export function formatDecimal(x: number, digits: number, lang: Lang = 'en'): string {
  const text = Math.abs(x).toFixed(digits);
  const sign = x < 0 && Number(text) !== 0 ? '\u2212' : '';
  return sign + text.replace('.', NUMBER_STYLE[lang].decimal);
}

/** A range of shares, both ends always shown: "84–90%", "84–90 %". */
export function formatInterval(low: number, high: number, lang: Lang = 'en'): string {
  return `${percent(low)}–${formatPercent(high, lang)}`;
}

/** A range of shares: "70–80%", or "80%" when both ends round alike. */
export function formatPercentRange(low: number, high: number, lang: Lang = 'en'): string {
  return percent(low) === percent(high) ? formatPercent(low, lang) : formatInterval(low, high, lang);
}

/** The base of a figure: "n = 1,355", "n = 1 355", "n = 1355". */
export function nEquals(n: number, lang: Lang = 'en'): string {
  return `n = ${formatCount(n, lang)}`;
}

/** A change between two shares in percentage points, signed, half up: "+4 pts", "−1 pt", "±0 pts" (es "+4 p. p."). */
export function formatPointChange(delta: number, lang: Lang = 'en'): string {
  const points = percent(Math.abs(delta));
  const sign = points === 0 ? '±' : delta > 0 ? '+' : '\u2212';
  return `${sign}${points}${NBSP}${lang === 'es' ? `p.${NBSP}p.` : points === 1 ? 'pt' : 'pts'}`;
}

/** The d3-format locale (Vega-Lite `config.locale.number`) that writes axis labels as the formatter does. */
export function numberLocale(lang: Lang): { decimal: string; thousands: string; grouping: number[]; currency: [string, string]; percent: string; minus: string } {
  const { decimal, thousands, percent } = NUMBER_STYLE[lang];
  return { decimal, thousands, grouping: [3], currency: ['', ''], percent, minus: '\u2212' };
}

/** A p-value as a table cell: "0.012", "< 0.001" (decimal comma in fr and es). */
export function formatPValue(p: number, lang: Lang = 'en'): string {
  return p < 0.001 ? `< ${formatDecimal(0.001, 3, lang)}` : formatDecimal(p, 3, lang);
}

/** A p-value in a sentence: "p = 0.012", "p < 0.001" (decimal comma in fr and es). */
export function pEquals(p: number, lang: Lang = 'en'): string {
  return p < 0.001 ? `p ${formatPValue(p, lang)}` : `p = ${formatPValue(p, lang)}`;
}
