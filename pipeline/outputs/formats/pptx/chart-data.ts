/**
 * What a native chart of the deck holds, and where each of its numbers
 * lives in the embedded workbook: the chart part's formulas and the sheet
 * are laid out here once, so that every c:f names the cells that hold its
 * cache. Columns: A the categories, then one per series, then per series
 * with an interval its low and high bounds and the two distances error bars
 * need (formulas on the bounds, so that "Edit data" moves the bars too).
 */
import { columnName, SHEET_NAME, type SheetColumn } from '../xlsx/index.js';

/** One series of bars. */
export interface ChartSeries {
  name: string;
  /** One per category; null draws no bar (a suppressed cell). */
  values: (number | null)[];
  /** Fill, six hex digits. */
  colour: string;
  /** Fill per bar where it differs from `colour`; default none. */
  pointColours?: (string | undefined)[];
  /** Label per bar: undefined shows its value, null none, text that text; default every value shown. */
  labels?: (string | null | undefined)[];
  /** Colour of the labels, six hex digits; default 1F2937 (ink). */
  labelColour?: string;
  /** Listed in the legend; default true. */
  legend?: boolean;
  /** A 95% interval (or a range) per bar, drawn as error bars; default none. */
  interval?: { low: (number | null)[]; high: (number | null)[]; lowName: string; highName: string };
}

/** A bar chart with its data: what chart.ts writes as the chart part and the workbook behind it. */
export interface ChartData {
  /** Header of the categories' column in the workbook. */
  categoryName: string;
  categories: string[];
  series: ChartSeries[];
  /** `bar`: horizontal bars, the first category on top; `col`: columns, left to right. */
  direction: 'bar' | 'col';
  /** `stacked`: a series' bars continue the previous ones (negative values leftwards); `clustered`: side by side. */
  grouping: 'stacked' | 'clustered';
  /** Number format of values, labels and axis, e.g. "0%" for shares stored as fractions, "0%;0%" to hide the minus sign. */
  formatCode: string;
  /** Value axis bounds and step; default chosen by the reader. */
  axis?: { min?: number; max?: number; step?: number };
  /** Where value labels sit: `ctr` inside the middle, `inBase` inside at the base, `outEnd` past the end (not for stacked bars); default `ctr`. */
  labelPosition?: 'ctr' | 'inBase' | 'outEnd';
  /** Bars of a category drawn over each other (100) or side by side (0 or less); default 100 when stacked, else 0. */
  overlap?: number;
}

/** A cell range of the sheet as a chart formula: Sheet1!$B$2:$B$5. */
export interface SheetRefs {
  categories: string;
  /** Per series: its name's cell, its values, and its error bars' minus and plus distances when it has an interval. */
  series: { name: string; values: string; minus?: string; plus?: string }[];
}

const ref = (column: number, from: number, to = from) => `${SHEET_NAME}!$${columnName(column)}$${from}${to === from ? '' : `:$${columnName(column)}$${to}`}`;

/** The workbook's columns for `chart`, and the formulas that point into them. */
export function chartSheet(chart: ChartData): { columns: SheetColumn[]; refs: SheetRefs } {
  const percent = chart.formatCode.includes('%');
  const last = chart.categories.length + 1;
  const columns: SheetColumn[] = [{ header: chart.categoryName, cells: chart.categories, width: 40 }];
  const refs: SheetRefs = { categories: ref(0, 2, last), series: [] };
  for (const s of chart.series) {
    refs.series.push({ name: ref(columns.length, 1), values: ref(columns.length, 2, last) });
    columns.push({ header: s.name, cells: s.values, percent, width: 16 });
  }
  chart.series.forEach((s, k) => {
    if (!s.interval) return;
    const value = columnName(k + 1);
    const low = columnName(columns.length);
    const high = columnName(columns.length + 1);
    const { low: lows, high: highs } = s.interval;
    columns.push({ header: s.interval.lowName, cells: lows, percent, width: 16 }, { header: s.interval.highName, cells: highs, percent, width: 16 });
    // Error bars take distances from the value, not bounds: formulas keep them in step with the bounds.
    const distance = (from: (r: number) => string, bound: (number | null)[], sign: number) =>
      s.values.map((v, r) => (v === null || bound[r] === null ? null : { formula: from(r + 2), value: sign * (bound[r]! - v) }));
    refs.series[k].minus = ref(columns.length, 2, last);
    columns.push({ header: `${s.name} −`, cells: distance((r) => `${value}${r}-${low}${r}`, lows, -1), percent, width: 12 });
    refs.series[k].plus = ref(columns.length, 2, last);
    columns.push({ header: `${s.name} +`, cells: distance((r) => `${high}${r}-${value}${r}`, highs, 1), percent, width: 12 });
  });
  return { columns, refs };
}
