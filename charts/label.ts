import { nEquals, type Lang } from '../pipeline/util/numbers.js';
import { measureText } from './font.js';

export interface LabelOptions {
  /** Font size in px; default 12. */
  fontSize?: number;
  /** Bold face; default false. */
  bold?: boolean;
}

/**
 * Cuts `text` with an ellipsis so that `text + suffix` fits in `maxWidth`
 * pixels, measured with the shipped font. The suffix (an item's "(n = 480)")
 * is never cut: the axis's own `labelLimit` would cut it first.
 */
export function fitLabel(text: string, suffix: string, maxWidth: number, options: LabelOptions = {}): string {
  const { fontSize = 12, bold = false } = options;
  const fits = (s: string) => measureText(s, fontSize, bold) <= maxWidth;
  if (fits(text + suffix)) return text + suffix;
  const chars = Array.from(text);
  const cut = (k: number) => `${chars.slice(0, k).join('').replace(/[\s\-–—:;,.(]+$/u, '')}…${suffix}`;
  // Longest prefix that fits: binary search over the prefix length.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(cut(mid))) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}

/** Breaks a sentence into lines no wider than `width` pixels in the shipped font; a single over-long word keeps its own line. */
export function wrapLines(text: string, width: number, options: LabelOptions = {}): string[] {
  const { fontSize = 12, bold = false } = options;
  const lines: string[] = [];
  let line = '';
  // Only ordinary spaces break a line: the no-break spaces inside "1 355" and "72 %" hold a figure together.
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measureText(longer, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

/** An item's axis label: its text, cut to `maxWidth` when given, then its n, so that a share is never read without its base. */
export function itemAxisLabel(item: { label: string; valid: number }, options: LabelOptions & {
    maxWidth?: number;
    /** Language of the n ("n = 1,355"); default `en`. */
    lang?: Lang;
  } = {},
): string {
  const suffix = ` (${nEquals(item.valid, options.lang)})`;
  return options.maxWidth === undefined ? item.label + suffix : fitLabel(item.label, suffix, options.maxWidth, options);
}
