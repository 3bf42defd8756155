/** What sentences put around their figures: the interval, the punctuation French spaces, a signed score (the numbers themselves: util/numbers.ts). */
import { formatInterval, NBSP, NUMBER_STYLE, percent, type Lang } from '../util/numbers.js';

export { NBSP, nEquals } from '../util/numbers.js';

/** "95% CI 84–90%", "IC à 95 % : 84–90 %", "IC del 95 %: 84–90 %". */
export function ci(low: number, high: number, lang: Lang): string {
  const range = formatInterval(low, high, lang);
  const ninetyFive = `95${NUMBER_STYLE[lang].percent}`;
  return lang === 'en' ? `${ninetyFive} CI ${range}` : lang === 'fr' ? `IC à ${ninetyFive} : ${range}` : `IC del ${ninetyFive}: ${range}`;
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
