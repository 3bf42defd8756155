/** What every sentence module shares: the languages, what narration needs of an item, a sentence, and how a share is rounded. */
import type { Lang } from '../util/numbers.js';

export type { Lang };
// One formatter for every output (util/numbers.ts); narration's modules import it from here.
export { formatPercent, percent } from '../util/numbers.js';

/** What narration needs of an item. */
export interface NarratedItem {
  id: string;
  label: string;
  group: string;
  /** Level labels, best first. */
  levels: string[];
  positiveLevels: number;
  valid: number;
  positive: number;
  positiveLow: number;
  positiveHigh: number;
  /** Scale id; lets the top-box words be translated. Default: the level labels as exported. */
  scale?: string;
}

export interface Sentence {
  text: string;
  /** The group the sentence speaks of; `survey` for the whole survey. */
  group: string;
  kind: 'share' | 'range' | 'average' | 'best' | 'tie' | 'response-rate' | 'nps' | 'comparison' | 'change' | 'breakdown';
  /** True for the sentences a chair's summary would quote. */
  headline: boolean;
  /** For breakdown sentences: the attribute broken down by. */
  attribute?: string;
  /** For sentences about one item (nps, change): its id. */
  item?: string;
}

