/** Rows sorted by `key`, largest first, ties in the given order (Array.prototype.sort is stable): the order of every bar chart. */
export function largestFirst<T>(rows: readonly T[], key: (row: T) => number): T[] {
  return [...rows].sort((a, b) => key(b) - key(a));
}
