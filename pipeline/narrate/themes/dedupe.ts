/**
 * Identical comments, counted once: respondents often paste the same
 * sentence ("Thank you!"), and a list that repeats it five times hides the
 * others.
 */

export interface DistinctComment {
  /** The comment as its first writer wrote it. */
  text: string;
  /** How many respondents wrote it. */
  count: number;
  /** Positions of its copies in the list given, ascending. */
  indices: number[];
}

/** The form two comments share when they are the same: trimmed, spaces folded, lower case, Unicode composed. */
export function commentKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** The distinct comments in order of first appearance, each with its count. */
export function distinctComments(comments: string[]): DistinctComment[] {
  const byKey = new Map<string, DistinctComment>();
  comments.forEach((text, i) => {
    const key = commentKey(text);
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      seen.indices.push(i);
    } else {
      byKey.set(key, { text, count: 1, indices: [i] });
    }
  });
  return [...byKey.values()];
}
