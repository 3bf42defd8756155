/**
 * Answer labels off the scale, gathered across an export so that each distinct
 * label is reported once, with every column it appears in, rather than once
 * per column (a matrix of 24 sessions would otherwise give 24 warnings).
 */
import { labelWords } from './not-applicable.js';
import type { Item } from './resolve.js';
import { labelKey } from './scales.js';

export interface UnknownLabel {
  /** The label as the export first writes it (items in export order). */
  label: string;
  /** Labels of the items (columns) it appears in, in export order. */
  columns: string[];
  /** Answers with this label, over those columns. */
  count: number;
  /**
   * True when the label reads as an extra choice placed after the scale's
   * levels, as a matrix's "N/A" column is: it is the only label off the scale
   * in each of its columns, it is no misspelling of a level, and either the
   * tool numbered it after the levels ("6. …" on a five-level scale) or it is
   * offered on several rows of one matrix. Such a label is most likely the
   * survey's own way of writing "not applicable".
   */
  afterScale: boolean;
}

/** Distinct labels off the scale over the items of one export, in order of first appearance. */
export function unknownLabels(items: readonly Item[]): UnknownLabel[] {
  const rows = new Map<string, number>();
  for (const item of items) rows.set(item.question, (rows.get(item.question) ?? 0) + 1);
  const found = new Map<string, UnknownLabel & { alone: boolean; near: boolean; numbered: boolean; byQuestion: Map<string, number> }>();
  for (const item of items) {
    for (const [label, n] of item.unrecognised) {
      // Spellings that differ only in case, accents or punctuation are one label.
      const key = labelWords(label) || label;
      let u = found.get(key);
      if (!u) found.set(key, (u = { label, columns: [], count: 0, afterScale: false, alone: true, near: false, numbered: true, byQuestion: new Map() }));
      u.columns.push(item.label);
      u.count += n;
      u.alone &&= item.unrecognised.length === 1;
      u.near ||= nearLevel(label, item);
      u.numbered &&= numberedAfter(label, item);
      u.byQuestion.set(item.question, (u.byQuestion.get(item.question) ?? 0) + 1);
    }
  }
  return [...found.values()].map(({ label, columns, count, alone, near, numbered, byQuestion }) => {
    const matrixChoice = [...byQuestion].some(([question, n]) => n >= 2 && (rows.get(question) ?? 0) >= 2);
    return { label, columns, count, afterScale: alone && !near && (numbered || matrixChoice) };
  });
}

/** True when the label carries a number greater than every level's ("6. Elsewhere" on a 1–5 scale). */
function numberedAfter(label: string, item: Item): boolean {
  const m = /^\s*(\d{1,2})\s*[.)\-:]\s+\D/.exec(label);
  return m !== null && !item.scale.numeric && Number(m[1]) > Math.max(...item.scale.codes);
}

/**
 * True when the label is a level's spelling with a slip ("Excelent", "Goood"), not a choice of its own: one edit
 * on a short label, two on one of 8 characters or more; labels under 4 characters are too short to tell.
 */
function nearLevel(label: string, item: Item): boolean {
  const key = labelKey(label);
  if (key.length < 4) return false;
  const limit = key.length >= 8 ? 2 : 1;
  return item.scale.aliases.some((list) => list.some((alias) => editDistanceAtMost(key, labelKey(alias), limit)));
}

/** Levenshtein distance between a and b is at most `limit` (rows cut short once they exceed it). */
function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > limit) return false;
    prev = row;
  }
  return prev[b.length] <= limit;
}
