import type { Lang } from '../pipeline/util/numbers.js';

/** What a chart needs of an item; built from summary items by the report stage. */
export interface ChartItem {
  id: string;
  label: string;
  /** Level labels, best first. */
  levels: string[];
  /** Count per level, best first. */
  counts: number[];
  positiveLevels: number;
  valid: number;
  notApplicable: number;
  positive: number;
  positiveLow: number;
  positiveHigh: number;
}

/** Shared look: one font, legible sizes. The slides preset enlarges everything for 1920×1080. */
export interface ChartLook {
  /** Base font size in px; default 12. */
  fontSize?: number;
  /** Plot width in px; default 560. */
  width?: number;
  /** Largest plot height in px: rows get thinner (down to 1.4 × fontSize) to stay within it; default none (2.2 × fontSize per row). */
  maxHeight?: number;
  /** Language the figures are written in ("1,355" "72%", "1 355" "72 %", "1355" "72 %": util/numbers.ts); default `en`. */
  lang?: Lang;
  /**
   * `wide`: labels beside the bars, for the files, slides and the report on
   * a desktop; `narrow`: at most 360 px wide, labels above the bars, type of
   * 11 px or more, for the report on a phone (narrow.ts). Default `wide`.
   */
  layout?: 'wide' | 'narrow';
}

/** Height of a plot with `rows` rows: 2.2 × fontSize each, squeezed towards 1.4 × fontSize to respect `maxHeight`. */
export function plotHeight(rows: number, look: ChartLook, perRow = 2.2): number {
  const fontSize = look.fontSize ?? 12;
  let row = fontSize * perRow;
  if (look.maxHeight !== undefined) row = Math.max(fontSize * 1.4, Math.min(row, look.maxHeight / Math.max(1, rows)));
  return Math.round(Math.max(fontSize * 4, rows * row));
}
