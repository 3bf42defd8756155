/** The sentence on how many of the participants responded. */
import type { ResponseRate } from '../metrics/index.js';
import { formatPercent, type Lang, type Sentence } from './model.js';
import { formatCount as count } from '../util/numbers.js';

/** "412 of 520 participants responded (79%)". */
export function narrateResponseRate(rate: ResponseRate, options: { lang?: Lang } = {}): Sentence {
  /** Language of the sentence; default `en`. */
  const lang = options.lang ?? 'en';
  const r = count(rate.respondents, lang);
  const n = count(rate.participants, lang);
  const P = formatPercent(rate.rate, lang);
  const text = {
    en: `${r} of ${n} participants responded (${P})`,
    fr: `${r} des ${n} participants ont répondu (${P})`,
    es: `Respondieron ${r} de los ${n} participantes (${P})`,
  }[lang];
  return { text, group: 'survey', kind: 'response-rate', headline: true };
}
