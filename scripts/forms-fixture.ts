/**
 * Helpers shared by the Google Forms and Microsoft Forms fixture generators:
 * spreading chosen counts over respondents, and the expectation of an item
 * from the same counts.
 */
import type { ExpectedItem } from './expected.js';
import { ratedAnswers, spread } from './spread.js';

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
  return ratedAnswers({ label: item.label, counts: item.counts, notApplicable: item.notApplicable ?? 0 }, levels, notApplicable, respondents, random);
}

/** Choice answers ([label, count] pairs) spread over respondents in a seeded order, blanks for the rest. */
export function choiceAnswers(pairs: [string, number][], respondents: number, random: () => number): string[] {
  return spread(pairs, respondents, random, 'choices');
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
