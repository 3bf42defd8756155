import type { ExpectedItem } from './expected.js';
import { shuffle } from './random.js';

/**
 * Answers of one question for `slots` respondents, from chosen counts: each
 * label repeated its count, blanks (`''`) for the rest, in a seeded order.
 */
export function spread(pairs: [string, number][], slots: number, random: () => number, what = 'answers'): string[] {
  const answers = pairs.flatMap(([label, n]) => Array<string>(n).fill(label));
  if (answers.length > slots) throw new Error(`${what}: ${answers.length} answers for ${slots} respondents`);
  while (answers.length < slots) answers.push('');
  return shuffle(answers, random);
}

/** A rating item's chosen counts: per level, best first, and not-applicable answers; blanks are the rest. */
export interface RatedCounts {
  label: string;
  counts: number[];
  notApplicable: number;
}

/** The answers of a rating item, spelled with `levels` (best first) and `na`. */
export function ratedAnswers(item: RatedCounts, levels: string[], na: string, slots: number, random: () => number): string[] {
  if (item.counts.length !== levels.length) throw new Error(`${item.label}: ${item.counts.length} counts for ${levels.length} levels`);
  return spread([...levels.map((l, i): [string, number] => [l, item.counts[i]]), [na, item.notApplicable]], slots, random, item.label);
}

/** The expectations of rating items in one group, from their chosen counts: blanks are the respondents left over. */
export function expectedItems(list: RatedCounts[], group: string, respondents: number): ExpectedItem[] {
  return list.map((c) => ({
    label: c.label,
    group,
    counts: c.counts,
    notApplicable: c.notApplicable,
    missing: respondents - c.counts.reduce((a, b) => a + b, 0) - c.notApplicable,
  }));
}
