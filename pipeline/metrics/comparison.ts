import { labelKey } from '../ingest/index.js';
import { newcombeDifference } from './difference.js';
import { twoProportionTest } from './two-proportion.js';

/** What a comparison needs of an item, in either edition. */
export interface ComparedInput {
  id: string;
  label: string;
  question: string;
  group: string;
  /** Scale id: items on different scales are not compared. */
  scale: string;
  valid: number;
  positiveCount: number;
}

/** One item asked in both editions, on the same scale. */
export interface ComparedItem {
  /** The item's id in the current edition. */
  id: string;
  label: string;
  group: string;
  /** Positive share in the baseline (previous) edition. */
  previous: number;
  /** Positive share now. */
  current: number;
  /** current − previous. */
  change: number;
  /** 95% interval of the change: Newcombe's hybrid score interval. */
  low: number;
  high: number;
  /** Two-sided p-value of the two-proportion z test (pooled standard error). */
  p: number;
  z: number;
  /** p below the significance level. */
  significant: boolean;
  previousValid: number;
  previousPositiveCount: number;
  currentValid: number;
  currentPositiveCount: number;
}

/** Why an item is not compared. */
export type UnmatchedReason =
  /** No item of the other edition has the same label (new, dropped or reworded). */
  | 'no-match'
  /** Same label, different scale. */
  | 'scale-changed'
  /** The label occurs more than once in an edition, even within its question. */
  | 'ambiguous'
  /** Matched, but one edition has no valid answer. */
  | 'no-valid-answers';

export interface UnmatchedItem {
  id: string;
  label: string;
  /** The edition the item belongs to. */
  edition: 'current' | 'baseline';
  reason: UnmatchedReason;
  scale: string;
  /** For `scale-changed`: the scale in the other edition. */
  otherScale?: string;
}

export interface Comparison {
  /** The baseline export's file name. */
  baseline: string;
  /** Significance level of the tests. */
  alpha: number;
  items: ComparedItem[];
  unmatched: UnmatchedItem[];
}

export interface ComparisonOptions {
  /** The baseline's file name, for the record; default "baseline". */
  baseline?: string;
  /** Significance level; default 0.05. */
  alpha?: number;
}

/**
 * Folds a label for matching across editions: `labelKey` (case, spaces,
 * accents, apostrophes, numbering) plus double quotes and dashes of every style.
 */
export function matchKey(label: string): string {
  return labelKey(label)
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*"\s*/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Compares the positive share of each item asked in both editions. Items are
 * matched by label (`matchKey`); a label that repeats within an edition is
 * matched together with its question's text. Items matched on different
 * scales, or not matched at all, are not compared and are listed with the
 * reason. Output order: current items in survey order, then baseline leftovers.
 */
export function compareEditions(current: ComparedInput[], baseline: ComparedInput[], options: ComparisonOptions = {}): Comparison {
  const alpha = options.alpha ?? 0.05;
  const keyOf = keyer(current, baseline);
  const previousByKey = new Map<string, ComparedInput>();
  for (const b of baseline) {
    const key = keyOf(b);
    if (key !== undefined) previousByKey.set(key, b);
  }
  const items: ComparedItem[] = [];
  const unmatched: UnmatchedItem[] = [];
  const used = new Set<ComparedInput>();
  for (const c of current) {
    const key = keyOf(c);
    const b = key === undefined ? undefined : previousByKey.get(key);
    if (!b) {
      unmatched.push({ id: c.id, label: c.label, edition: 'current', reason: key === undefined ? 'ambiguous' : 'no-match', scale: c.scale });
      continue;
    }
    used.add(b);
    if (b.scale !== c.scale) {
      unmatched.push({ id: c.id, label: c.label, edition: 'current', reason: 'scale-changed', scale: c.scale, otherScale: b.scale });
      continue;
    }
    if (b.valid === 0 || c.valid === 0) {
      unmatched.push({ id: c.id, label: c.label, edition: 'current', reason: 'no-valid-answers', scale: c.scale });
      continue;
    }
    const test = twoProportionTest(c.positiveCount, c.valid, b.positiveCount, b.valid);
    const [low, high] = newcombeDifference(c.positiveCount, c.valid, b.positiveCount, b.valid);
    items.push({
      id: c.id,
      label: c.label,
      group: c.group,
      previous: b.positiveCount / b.valid,
      current: c.positiveCount / c.valid,
      change: test.difference,
      low,
      high,
      p: test.p,
      z: test.z,
      significant: test.p < alpha,
      previousValid: b.valid,
      previousPositiveCount: b.positiveCount,
      currentValid: c.valid,
      currentPositiveCount: c.positiveCount,
    });
  }
  for (const b of baseline) {
    if (used.has(b)) continue;
    unmatched.push({ id: b.id, label: b.label, edition: 'baseline', reason: keyOf(b) === undefined ? 'ambiguous' : 'no-match', scale: b.scale });
  }
  return { baseline: options.baseline ?? 'baseline', alpha, items, unmatched };
}

/**
 * The matching key of an item: its label's key when that label is unique in
 * both editions, else the question's key with it; undefined when even that repeats.
 */
function keyer(current: ComparedInput[], baseline: ComparedInput[]): (item: ComparedInput) => string | undefined {
  const label = (i: ComparedInput) => matchKey(i.label);
  const full = (i: ComparedInput) => `${matchKey(i.question)}\u0000${matchKey(i.label)}`;
  const tally = (list: ComparedInput[], key: (i: ComparedInput) => string) => {
    const m = new Map<string, number>();
    for (const i of list) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
    return m;
  };
  const labels = [tally(current, label), tally(baseline, label)];
  const fulls = [tally(current, full), tally(baseline, full)];
  return (item) => {
    if (labels.every((m) => (m.get(label(item)) ?? 0) <= 1)) return label(item);
    if (fulls.every((m) => (m.get(full(item)) ?? 0) <= 1)) return full(item);
    return undefined;
  };
}
