/** What every sentence module shares: the languages, what narration needs of an item, a sentence, and how a share is rounded. */
export type Lang = 'en' | 'fr' | 'es';

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

/** Rounds a share to a whole percent, half up (0.815 → 82, −0.315 → −31), immune to float noise. */
export function percent(share: number): number {
  return Math.floor(share * 100 + 0.5 + 1e-9);
}

/** "87%", "87 %" (fr, es: no-break space). */
export function formatPercent(share: number, lang: Lang = 'en'): string {
  return lang === 'en' ? `${percent(share)}%` : `${percent(share)}\u00a0%`;
}
