/** The sentence on the Net Promoter Score of the "would you recommend" item. */
import type { NetPromoterScore } from '../metrics/index.js';
import { formatPercent, type Lang, type Sentence } from './model.js';
import { NBSP, nEquals, points } from './numbers.js';

/** "Net Promoter Score: +32 (n = 250; 95% CI +22 to +41); 48% promoters (9–10), 16% detractors (0–6)". */
export function narrateNps(nps: NetPromoterScore, options: { lang?: Lang; group?: string } = {}): Sentence {
  /** Language of the sentence; default `en`. */
  const lang = options.lang ?? 'en';
  const P = (x: number) => formatPercent(x, lang);
  const n = nEquals(nps.valid, lang);
  const text = {
    en: `Net Promoter Score: ${points(nps.score)} (${n}; 95% CI ${points(nps.low)} to ${points(nps.high)}); ${P(nps.promoterShare)} promoters (9–10), ${P(nps.detractorShare)} detractors (0–6)`,
    fr: `Net Promoter Score${NBSP}: ${points(nps.score)} (${n}${NBSP}; IC à 95${NBSP}%${NBSP}: ${points(nps.low)} à ${points(nps.high)})${NBSP}; ${P(nps.promoterShare)} de promoteurs (9–10), ${P(nps.detractorShare)} de détracteurs (0–6)`,
    es: `Net Promoter Score: ${points(nps.score)} (${n}; IC del 95${NBSP}%: ${points(nps.low)} a ${points(nps.high)}); ${P(nps.promoterShare)} de promotores (9–10), ${P(nps.detractorShare)} de detractores (0–6)`,
  }[lang];
  return { text, group: options.group ?? 'survey', kind: 'nps', headline: true, item: nps.item };
}
