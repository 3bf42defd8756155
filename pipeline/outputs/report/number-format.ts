/**
 * Numbers as each language writes them, by hand rather than through Intl so
 * that the bytes do not depend on the ICU data of the machine:
 * en "1,234" "0.5" "87%"; fr "1 234" "0,5" "87 %" (no-break spaces);
 * es "1234" "12.345" "0,5" "87 %" (four-digit numbers are not grouped).
 */
import { formatPercent, percent, type Lang } from '../../narrate/index.js';

const NBSP = '\u00a0';

/** A whole number with the language's thousands separator. */
export function formatCount(n: number, lang: Lang = 'en'): string {
  const digits = String(Math.round(Math.abs(n)));
  const sign = n < 0 ? '\u2212' : '';
  if (lang === 'es' && digits.length <= 4) return sign + digits;
  const separator = { en: ',', fr: NBSP, es: '.' }[lang];
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** A decimal number with `digits` decimals, decimal comma in fr and es. */
export function formatDecimal(x: number, digits: number, lang: Lang = 'en'): string {
  const text = Math.abs(x).toFixed(digits);
  const sign = x < 0 && Number(text) !== 0 ? '\u2212' : '';
  return sign + (lang === 'en' ? text : text.replace('.', ','));
}

/** "70–80%", "70–80 %": a range of shares as whole percents. */
export function formatPercentRange(low: number, high: number, lang: Lang = 'en'): string {
  return percent(low) === percent(high) ? formatPercent(low, lang) : `${percent(low)}–${formatPercent(high, lang)}`;
}

/** A change between two shares in percentage points, signed, half up: "+4 pts", "−3 pts" (es "+4 p. p."). */
export function formatPointChange(delta: number, lang: Lang = 'en'): string {
  const points = percent(Math.abs(delta));
  const sign = points === 0 ? '±' : delta > 0 ? '+' : '\u2212';
  return `${sign}${points}${NBSP}${lang === 'es' ? 'p.\u00a0p.' : 'pts'}`;
}
