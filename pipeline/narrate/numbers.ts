/** Figures as each language writes them: intervals, n, counts, signed points, p-values and the punctuation around them. */
import { percent, type Lang } from './model.js';

export const NBSP = '\u00a0';

export function ci(low: number, high: number, lang: Lang): string {
  const l = percent(low);
  const h = percent(high);
  return lang === 'en' ? `95% CI ${l}–${h}%` : lang === 'fr' ? `IC à 95${NBSP}% : ${l}–${h}${NBSP}%` : `IC del 95${NBSP}%: ${l}–${h}${NBSP}%`;
}

/** "n = 480" with the language's thousands separator (es groups from five digits). */
export function nEquals(n: number, lang: Lang): string {
  return `n = ${count(n, lang)}`;
}

export function count(n: number, lang: Lang): string {
  const digits = String(Math.round(n));
  if (lang === 'es' && digits.length <= 4) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, { en: ',', fr: NBSP, es: '.' }[lang]);
}

/** ";" with the no-break space French puts before it. */
export function semi(lang: Lang): string {
  return lang === 'fr' ? `${NBSP};` : ';';
}

export function colon(lang: Lang): string {
  return lang === 'fr' ? `${NBSP}:` : ':';
}

/** A score in points, signed: "+32", "−5", "0". */
export function points(x: number): string {
  const p = percent(x);
  return p > 0 ? `+${p}` : p < 0 ? `\u2212${-p}` : '0';
}

/** "p < 0.001", "p = 0.012" (fr, es: decimal comma). */
export function pValue(p: number, lang: Lang): string {
  const text = p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`;
  return `p ${lang === 'en' ? text : text.replace('.', ',')}`;
}
