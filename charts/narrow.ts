/**
 * The narrow layout of a chart, for the report read on a phone: the plot
 * NARROW_WIDTH px wide and the whole figure, axes and padding included,
 * within 360 px, so that a phone shows it at scale 1 or about; type of 11 px
 * or more; and each row's label on its own lines above its bar (a label
 * beside the bar would leave the bar no room at that width).
 * Rows are placed here, in pixels, rather than on a band scale, because
 * their labels wrap to different numbers of lines.
 */
import { measureText } from './font.js';
import { itemAxisLabel, wrapLines, type LabelOptions } from './label.js';
import { INK } from './palette.js';
import { chartConfig } from './config.js';
import { SCHEMA, type Layer, type TitleParams } from './spec.js';
import type { Lang } from '../pipeline/util/numbers.js';

/** Width of a narrow plot in px: the figure's axes and padding stay within 360 px, the narrowest phone content box we aim at. */
export const NARROW_WIDTH = 320;
/** Base font size of a narrow chart in px: its smallest text (base − 2) is 11 px. */
export const NARROW_FONT_SIZE = 13;

/**
 * Where a row's figures go beside its mark (an interval from `low` to `high`
 * px): after it when they fit before the plot's right edge, else before it,
 * else under the row's label (`label`), so that no text leaves the plot;
 * `gap` px (default 5) keep them clear of the mark.
 */
export function valuePlace(text: string, fontSize: number, low: number, high: number, width: number, gap = 5): 'after' | 'before' | 'label' {
  const w = measureText(text, fontSize);
  if (high + gap + w <= width) return 'after';
  if (low - gap - w >= 0) return 'before';
  return 'label';
}

export interface ValueLayersOptions {
  /** Fields of the mark's left and right ends on the x scale. */
  low: string;
  high: string;
  /** The x scale of the mark. */
  scale: object;
  fontSize: number;
  /** Space between the mark and its figures in px; default 5. */
  gap?: number;
  /** The text's colour: a value, a condition or a field, as the mark's. */
  color: object;
}

/**
 * The two layers of a row's figures beside its mark, after or before it as
 * `valuePlace` chose (the data's `place`); rows placed `label` carry them
 * in their label instead. `low` and `high` are the fields of the mark's ends.
 */
export function valueLayers(options: ValueLayersOptions): Layer[] {
  const { low, high, scale, fontSize, gap = 5, color } = options;
  const y = { field: 'mid', type: 'quantitative' as const, scale: null, axis: null };
  return [
    { transform: [{ filter: "datum.place === 'after'" }], mark: { type: 'text', align: 'left', dx: gap, fontSize }, encoding: { y, x: { field: high, type: 'quantitative', scale }, text: { field: 'text' }, color } },
    { transform: [{ filter: "datum.place === 'before'" }], mark: { type: 'text', align: 'right', dx: -gap, fontSize }, encoding: { y, x: { field: low, type: 'quantitative', scale }, text: { field: 'text' }, color } },
  ] as Layer[];
}

/**
 * Breaks a text into lines no wider than `width` px: between words
 * (label.ts wrapLines), and a word wider than the whole width (a web
 * address, a run of markup) between its characters, so that no line
 * widens the figure past the phone's screen.
 */
export function wrapNarrow(text: string, width: number, options: LabelOptions = {}): string[] {
  const { fontSize = 12, bold = false } = options;
  return wrapLines(text, width, options).flatMap((line) => {
    if (measureText(line, fontSize, bold) <= width) return [line];
    const pieces: string[] = [];
    let piece = '';
    for (const ch of line) {
      if (piece && measureText(piece + ch, fontSize, bold) > width) {
        pieces.push(piece);
        piece = ch;
      } else piece += ch;
    }
    if (piece) pieces.push(piece);
    return pieces;
  });
}

/** A narrow chart's title, as title.ts chartTitle makes it (bold, base size + 3, subtitle beneath), each line within `width`. */
export function narrowTitle(title: string, subtitle: string | undefined, width: number, fontSize: number): TitleParams<never> {
  const text = wrapNarrow(title, width, { fontSize: fontSize + 3, bold: true });
  return subtitle ? { text, subtitle: wrapNarrow(subtitle, width, { fontSize }) } : { text };
}

/** The top of a narrow chart: schema, title wrapped to `width`, the shared config in `lang` (default `en`), the plot's size. */
export function narrowFrame(options: { title: string; subtitle?: string; width: number; height: number; fontSize: number; lang?: Lang }) {
  const { title, subtitle, width, height, fontSize, lang } = options;
  return { $schema: SCHEMA, title: narrowTitle(title, subtitle, width, fontSize), config: chartConfig({ fontSize, lang }), width, height };
}

/** What a narrow row shows above its bar. */
export interface NarrowLabel {
  key: string;
  label: string;
  /** Text that ends the label and is never broken (an item's " (n = 480)"); default none. */
  suffix?: string;
  /** A line of its own under the label (the row's figures, when there is no room beside its mark); default none. */
  note?: string;
}

/** An item's label and its n as a suffix that is never broken: the n written as the item axis writes it (label.ts), in `lang` (default `en`). */
export function itemLabel(key: string, item: { label: string; valid: number }, lang: Lang = 'en'): NarrowLabel {
  return { key, label: item.label, suffix: itemAxisLabel(item, { lang }).slice(item.label.length) };
}

/** The wrapped lines with `suffix` after the last one when it fits there, else on a line of its own. */
function withSuffix(lines: string[], suffix: string, width: number, fontSize: number): string[] {
  if (!suffix) return lines;
  const last = lines.at(-1);
  if (last !== undefined && measureText(last + suffix, fontSize) <= width) return [...lines.slice(0, -1), last + suffix];
  return [...lines, suffix.trim()];
}

/** Where one row of a narrow chart lies, in px from the plot's top. */
export interface NarrowRow {
  key: string;
  /** The row's label, wrapped. */
  lines: string[];
  /** Top of the label's first line. */
  labelY: number;
  /** Top and bottom of the bar. */
  y: number;
  y2: number;
  /** Middle of the bar: where points, rules and values beside the bar go. */
  mid: number;
}

export interface NarrowRowsOptions {
  /** Width the labels wrap to, in px; default NARROW_WIDTH. */
  width?: number;
  /** Label font size in px; default NARROW_FONT_SIZE. */
  fontSize?: number;
  /** Height of each bar in px; default 1.3 × fontSize. */
  barHeight?: number;
}

/**
 * Stacks the rows top to bottom, in the given order: each row its label's
 * lines (wrapped with the shipped font, never cut) and beneath them its bar;
 * `height` is the plot's whole height.
 */
export function narrowRows(rows: NarrowLabel[], options: NarrowRowsOptions = {}): { rows: NarrowRow[]; height: number; lineHeight: number } {
  const { width = NARROW_WIDTH, fontSize = NARROW_FONT_SIZE } = options;
  const barHeight = options.barHeight ?? Math.round(fontSize * 1.3);
  const lineHeight = Math.round(fontSize * 1.25);
  // Space between a row's bar and the next row's label, and between a label and its bar.
  const gap = Math.round(fontSize * 0.8);
  const under = 3;
  let top = 0;
  const placed = rows.map((r, k) => {
    if (k > 0) top += gap;
    const lines = [...withSuffix(wrapNarrow(r.label, width, { fontSize }), r.suffix ?? '', width, fontSize), ...(r.note ? wrapNarrow(r.note, width, { fontSize }) : [])];
    const labelY = top;
    const y = labelY + lines.length * lineHeight + under;
    top = y + barHeight;
    return { key: r.key, lines, labelY, y, y2: top, mid: y + barHeight / 2 };
  });
  return { rows: placed, height: top, lineHeight };
}

/** Adds each row's position (labelY, y, y2, mid) to the data values of that row, matched by `key`. */
export function placeValues<T extends { key: string }>(values: T[], rows: NarrowRow[]): (T & { y: number; y2: number; mid: number })[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return values.map((v) => {
    const r = byKey.get(v.key)!;
    return { ...v, y: r.y, y2: r.y2, mid: r.mid };
  });
}

/** Columns of a legend whose entries (a symbol and its label) fit `width` side by side; at least 1. */
export function legendColumns(labels: string[], width: number, fontSize: number): number {
  // Symbol, its gap to the label and the space between entries, as vega draws them at this size.
  const entry = Math.max(0, ...labels.map((l) => measureText(l, fontSize))) + fontSize * 2 + 10;
  return Math.max(1, Math.min(labels.length, Math.floor(width / entry)));
}

/**
 * The layer of the rows' labels: each label's lines from the plot's left
 * edge, its first line's top at the row's `labelY`. It carries its own data,
 * so that a label is drawn once per row whatever the chart's other layers hold.
 */
export function narrowLabels(rows: NarrowRow[], fontSize: number, lineHeight: number): Layer {
  return {
    data: { values: rows.map((r) => ({ key: r.key, lines: r.lines, labelY: r.labelY })) },
    mark: { type: 'text', align: 'left', baseline: 'top', fontSize, lineHeight, color: INK },
    encoding: { x: { value: 0 }, y: { field: 'labelY', type: 'quantitative', scale: null, axis: null }, text: { field: 'lines' } },
  };
}

/**
 * Whether a bar's value goes inside the bar (in white, from its start) rather
 * than after it: only when after it, from `after` px, the text would cross
 * the plot's right edge at `width` px, and the bar (`bar` px long) holds it.
 */
export function valueInside(text: string, fontSize: number, bar: number, after: number, width: number): boolean {
  const room = measureText(text, fontSize) + 8;
  return after + room > width && bar >= room;
}

/**
 * The two layers of a bar's value as valueInside chose (the data's
 * `inside`): after the mark's end `x`, or in white inside the bar from its
 * start; `y` is the row's middle.
 */
export function insideLayers(x: object, fontSize: number): Layer[] {
  const y = { field: 'mid', type: 'quantitative' as const, scale: null, axis: null };
  return [
    { transform: [{ filter: '!datum.inside' }], mark: { type: 'text', align: 'left', dx: 5, fontSize, color: INK }, encoding: { y, x, text: { field: 'text' } } },
    { transform: [{ filter: 'datum.inside' }], mark: { type: 'text', align: 'left', x: 4, fontSize, color: 'white' }, encoding: { y, text: { field: 'text' } } },
  ] as Layer[];
}
