/**
 * Helpers shared by the Google Forms and Microsoft Forms fixture generators:
 * spreading chosen counts over respondents, and the expectation of an item
 * from the same counts.
 */
import type { ExpectedItem } from './expected.js';
import { shuffle } from './random.js';

/** A rating item as a generator chooses it: counts per level, best first. */
export interface RatingCounts {
  label: string;
  /** Expected group: logistics, plenary, side-event, overall or other. */
  group: string;
  counts: number[];
  /** "Did not attend" / "Sans objet" answers. */
  notApplicable?: number;
}

/**
 * The answers of one item, one per respondent, in a seeded order: each level
 * label as many times as its count, the not-applicable label, blanks for the rest.
 */
export function ratingAnswers(item: RatingCounts, levels: string[], notApplicable: string, respondents: number, random: () => number): string[] {
  if (item.counts.length !== levels.length) throw new Error(`${item.label}: ${item.counts.length} counts for ${levels.length} levels`);
  const answers = item.counts.flatMap((n, i) => Array<string>(n).fill(levels[i]));
  answers.push(...Array<string>(item.notApplicable ?? 0).fill(notApplicable));
  if (answers.length > respondents) throw new Error(`${item.label}: counts exceed ${respondents} respondents`);
  while (answers.length < respondents) answers.push('');
  return shuffle(answers, random);
}

/** Choice answers ([label, count] pairs) spread over respondents in a seeded order, blanks for the rest. */
export function choiceAnswers(pairs: [string, number][], respondents: number, random: () => number): string[] {
  const answers = pairs.flatMap(([label, n]) => Array<string>(n).fill(label));
  if (answers.length > respondents) throw new Error(`choices exceed ${respondents} respondents`);
  while (answers.length < respondents) answers.push('');
  return shuffle(answers, random);
}

/** Replaces one spelling of a label by another in the first `rows` answers (an option edited mid-collection). */
export function respell(answers: string[], from: string, to: string, rows: number): string[] {
  return answers.map((a, r) => (r < rows && a === from ? to : a));
}

/** The expectation of an item, from its chosen counts. */
export function expectedItem(item: RatingCounts, respondents: number): ExpectedItem {
  const na = item.notApplicable ?? 0;
  const valid = item.counts.reduce((a, b) => a + b, 0);
  return { label: item.label, group: item.group, counts: item.counts, notApplicable: na, missing: respondents - valid - na };
}

/** Picks a value from a list with the seeded generator. */
export function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)];
}

/** Two-digit zero padding for times. */
export const pad = (n: number) => String(n).padStart(2, '0');
