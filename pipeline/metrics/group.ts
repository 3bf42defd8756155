import * as aq from 'arquero';
import { wilson } from './wilson.js';

/** What a group needs of each of its items. */
export interface GroupInput {
  id: string;
  group: string;
  valid: number;
  positiveCount: number;
  positive: number;
  positiveLow: number;
  positiveHigh: number;
}

export interface GroupMetrics {
  id: string;
  items: string[];
  /** Unweighted mean of the item shares: each session counts once. */
  meanPositive: number;
  /** All positive answers ÷ all valid answers: each answer counts once. */
  pooledPositive: number;
  pooledLow: number;
  pooledHigh: number;
  minPositive: number;
  maxPositive: number;
  valid: number;
  /** Item with the highest share (ties: survey order). */
  best: string;
  /** Items whose interval overlaps the best item's: tied with it for first place. */
  tiedWithBest: string[];
  /** True when the best item's interval overlaps no other item's: only then is it "the most appreciated". */
  bestIsClear: boolean;
}

/**
 * Per group: mean and pooled shares, range and best item. Items with no
 * valid answer carry no share and are left out of the group's figures.
 */
export function groupMetrics(items: GroupInput[], options: { order?: string[] } = {}): GroupMetrics[] {
  /** Group ids in the order to return them; default: order of first appearance. */
  const rated = items.filter((i) => i.valid > 0);
  if (rated.length === 0) return [];
  const table = aq.from(rated.map((i, position) => ({ ...i, position })));
  const rolled = table
    .groupby('group')
    .rollup({
      meanPositive: aq.op.mean('positive'),
      positiveCount: aq.op.sum('positiveCount'),
      valid: aq.op.sum('valid'),
      minPositive: aq.op.min('positive'),
      maxPositive: aq.op.max('positive'),
      first: aq.op.min('position'),
    })
    .orderby('first')
    .objects() as { group: string; meanPositive: number; positiveCount: number; valid: number; minPositive: number; maxPositive: number }[];
  const order = options.order;
  if (order) rolled.sort((a, b) => rank(order, a.group) - rank(order, b.group));
  return rolled.map((g) => {
    const members = rated.filter((i) => i.group === g.group);
    // The first item with the highest share, in survey order.
    const best = members.reduce((a, b) => (b.positive > a.positive ? b : a));
    const tiedWithBest = members.filter((i) => i !== best && i.positiveHigh >= best.positiveLow).map((i) => i.id);
    const [pooledLow, pooledHigh] = wilson(g.positiveCount, g.valid);
    return {
      id: g.group,
      items: members.map((i) => i.id),
      meanPositive: g.meanPositive,
      pooledPositive: g.positiveCount / g.valid,
      pooledLow,
      pooledHigh,
      minPositive: g.minPositive,
      maxPositive: g.maxPositive,
      valid: g.valid,
      best: best.id,
      tiedWithBest,
      bestIsClear: members.length > 1 && tiedWithBest.length === 0,
    };
  });
}

function rank(order: string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
}
