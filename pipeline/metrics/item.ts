import type { Item } from '../ingest/index.js';
import { wilson } from './wilson.js';

export interface ItemMetrics {
  valid: number;
  positiveCount: number;
  /** Share of valid answers in the top box; 0 when nothing is valid. */
  positive: number;
  positiveLow: number;
  positiveHigh: number;
  negative: number;
  /** Share at the middle level of an odd scale (when that level is not in the top box); null otherwise. */
  neutral: number | null;
  /** Mean of the scale's numeric codes over valid answers; null when nothing is valid. */
  mean: number | null;
}

export interface ItemOptions {
  /** How many top levels make the positive share ("top box"); default the scale's own (2 for every 4- or 5-point scale). */
  positiveLevels?: number;
}

/**
 * Index ranges of a scale's levels (best first): the top box, the middle of
 * an odd scale when the top box does not reach it, and the bottom half.
 */
export function levelSides(levelCount: number, positiveLevels: number): { positive: number[]; neutral: number | null; negative: number[] } {
  const middle = levelCount % 2 === 1 ? (levelCount - 1) / 2 : null;
  const neutral = middle !== null && middle >= positiveLevels ? middle : null;
  const positive = [...Array(Math.min(positiveLevels, levelCount)).keys()];
  const negative: number[] = [];
  const firstNegative = neutral !== null ? neutral + 1 : Math.max(positiveLevels, Math.ceil(levelCount / 2));
  for (let i = firstNegative; i < levelCount; i++) negative.push(i);
  return { positive, neutral, negative };
}

/** Counts, shares, interval and mean of one item. Not-applicable and blank answers are outside the base. */
export function itemMetrics(item: Pick<Item, 'counts' | 'scale'>, options: ItemOptions = {}): ItemMetrics {
  const { counts, scale } = item;
  const positiveLevels = options.positiveLevels ?? scale.positiveLevels;
  const valid = counts.reduce((a, b) => a + b, 0);
  const sides = levelSides(counts.length, positiveLevels);
  const positiveCount = sides.positive.reduce((a, i) => a + counts[i], 0);
  const negativeCount = sides.negative.reduce((a, i) => a + counts[i], 0);
  const [positiveLow, positiveHigh] = wilson(positiveCount, valid);
  const codeSum = counts.reduce((a, n, i) => a + n * scale.codes[i], 0);
  return {
    valid,
    positiveCount,
    positive: valid ? positiveCount / valid : 0,
    positiveLow,
    positiveHigh,
    negative: valid ? negativeCount / valid : 0,
    neutral: sides.neutral === null ? null : valid ? counts[sides.neutral] / valid : 0,
    mean: valid ? codeSum / valid : null,
  };
}
