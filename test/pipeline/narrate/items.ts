/** Items for the sentence tests: quality-scale items with Wilson intervals, and the chair's-summary sample. */
import { wilson } from '../../../pipeline/metrics/index.js';
import type { NarratedItem } from '../../../pipeline/narrate/index.js';

export const QUALITY = ['Excellent', 'Good', 'Fair', 'Poor'];
export const NB = '\u00a0';

export function item(id: string, group: string, label: string, positiveCount: number, valid: number, extra: Partial<NarratedItem> = {}): NarratedItem & { positiveCount: number } {
  const [positiveLow, positiveHigh] = wilson(positiveCount, valid);
  return { id, label, group, levels: QUALITY, positiveLevels: 2, scale: 'excellent-poor-4', valid, positiveCount, positive: positiveCount / valid, positiveLow, positiveHigh, ...extra };
}

/** The chair's-summary sample: logistics 348/400 = 87%; plenaries 70–80% with a clear best; side-events 76–95% with two leaders tied. */
export const ITEMS = [
  item('log', 'logistics', 'Overall, how would you rate the logistical arrangements?', 348, 400),
  item('p1', 'plenary', 'Plenary 1 – Mine Action and the Environment', 315, 450),
  item('p2', 'plenary', 'Plenary 2 – Diversity', 280, 400),
  item('p7', 'plenary', 'Plenary 7 – Improvised Explosive Devices', 384, 480),
  item('s1', 'side-event', 'Safe Ground', 95, 100),
  item('s2', 'side-event', 'Libya', 85, 100),
  item('s3', 'side-event', 'Iraq', 380, 500),
];
