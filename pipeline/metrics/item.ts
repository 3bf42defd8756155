import type { Item } from '../resolve.js';
import { wilson } from './wilson.js';

export interface ItemMetrics {
  valid: number;
  positiveCount: number;
  /** Share of valid answers in the top box; 0 when nothing is valid. */
  positive: number;
  positiveLow: number;
  positiveHigh: number;
  negative: number;
  /** Share at the middle level of an odd scale; null for even scales. */
  neutral: number | null;
  /** Mean of the scale's numeric codes over valid answers; null when nothing is valid. */
  mean: number | null;
}

/** Index ranges of a scale's levels: top box, middle (odd scales), bottom. */
export function levelSides(levelCount: number, positiveLevels: number): { positive: number[]; neutral: number | null; negative: number[] } {
  const neutral = levelCount % 2 === 1 ? (levelCount - 1) / 2 : null;
  const positive = [...Array(positiveLevels).keys()];
  const negative: number[] = [];
  const firstNegative = neutral === null ? Math.max(positiveLevels, levelCount / 2) : neutral + 1;
  for (let i = firstNegative; i < levelCount; i++) negative.push(i);
  return { positive, neutral, negative };
}

/** Counts, shares, interval and mean of one item. Not-applicable and blank answers are outside the base. */
export function itemMetrics(item: Pick<Item, 'counts' | 'scale'>): ItemMetrics {
  const { counts, scale } = item;
  const valid = counts.reduce((a, b) => a + b, 0);
  const sides = levelSides(counts.length, scale.positiveLevels);
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
