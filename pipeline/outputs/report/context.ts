import { formatCount, formatInterval, formatPercent, formatPercentRange, type Lang } from '../../util/numbers.js';
import { reportText, type ReportText } from './text.js';

/** What every section of the report needs: the language, its texts and its number formats. */
export interface ReportContext {
  lang: Lang;
  t: ReportText;
  /** A share as a whole percent: "87%", "87 %". */
  pct: (share: number) => string;
  /** A range of shares: "70–80%", or "80%" when both ends round alike. */
  range: (low: number, high: number) => string;
  /** An interval, both ends always shown: "84–90%". */
  interval: (low: number, high: number) => string;
  /** A count with the thousands separator. */
  count: (n: number) => string;
  /** Smallest group of respondents reported. */
  k: number;
}

export function reportContext(lang: Lang, k: number): ReportContext {
  return {
    lang,
    t: reportText(lang),
    pct: (share) => formatPercent(share, lang),
    range: (low, high) => formatPercentRange(low, high, lang),
    interval: (low, high) => formatInterval(low, high, lang),
    count: (n) => formatCount(n, lang),
    k,
  };
}
