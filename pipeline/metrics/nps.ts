import { Z95 } from './wilson.js';

/** The Net Promoter Score of a 0–10 "would you recommend" item. */
export interface NetPromoterScore {
  /** Id of the item it is computed from. */
  item: string;
  /** Answers on the 0–10 scale. */
  valid: number;
  /** Answers 9 or 10. */
  promoters: number;
  /** Answers 7 or 8. */
  passives: number;
  /** Answers 0 to 6. */
  detractors: number;
  promoterShare: number;
  detractorShare: number;
  /** promoterShare − detractorShare, in [−1, 1] (×100 for the usual −100…+100 points). */
  score: number;
  /** 95% interval of the score, in [−1, 1]. */
  low: number;
  high: number;
  /** How the interval is made. */
  method: 'adjusted-wald';
}

/**
 * NPS = share of promoters (9–10) − share of detractors (0–6), from the
 * count per code. Interval: the adjusted Wald interval that Rocks
 * ("Interval estimation for the 'Net Promoter Score'", The American
 * Statistician 70(4), 2016) found to cover best among closed-form methods:
 * add ¾ to promoters and to detractors and 3 to n, then use the variance of
 * the difference of two shares of one trinomial sample,
 * (p + d − (p − d)²) / n. The point estimate stays the unadjusted score.
 */
export function netPromoterScore(item: string, counts: number[], codes: number[], options: { z?: number } = {}): NetPromoterScore {
  /** The normal quantile; default 1.96 (95%). */
  const z = options.z ?? Z95;
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  counts.forEach((n, i) => {
    if (codes[i] >= 9) promoters += n;
    else if (codes[i] >= 7) passives += n;
    else detractors += n;
  });
  const valid = promoters + passives + detractors;
  const promoterShare = valid ? promoters / valid : 0;
  const detractorShare = valid ? detractors / valid : 0;
  const n = valid + 3;
  const p = (promoters + 0.75) / n;
  const d = (detractors + 0.75) / n;
  const centre = p - d;
  const half = z * Math.sqrt((p + d - centre * centre) / n);
  return {
    item,
    valid,
    promoters,
    passives,
    detractors,
    promoterShare,
    detractorShare,
    score: promoterShare - detractorShare,
    low: Math.max(-1, centre - half),
    high: Math.min(1, centre + half),
    method: 'adjusted-wald',
  };
}

/** "How likely are you to recommend…" in English, French and Spanish; test it on `labelKey(text)` (accents folded). */
export const RECOMMEND = /\b(recommend|recommand|recomend)/;
