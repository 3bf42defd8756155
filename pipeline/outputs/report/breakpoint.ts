/**
 * Where the report switches to the narrow charts: the widest screen at which
 * some wide chart, scaled down to the page's column, would draw text under
 * SMALLEST_TEXT px. Computed from the report's own charts, so that no chart
 * text is ever smaller than that, at any width (a fixed 600 px left tablets
 * and landscape phones with 7 px labels).
 */
import type { RenderedChart } from './charts.js';

/** The smallest a chart's text may be drawn, in CSS px. */
export const SMALLEST_TEXT = 9;

/** The narrowest box, in CSS px, an SVG can be scaled into with its smallest text still SMALLEST_TEXT px or more (0: no text). */
export function readableWidth(svg: string): number {
  const width = Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(svg)?.[1] ?? /<svg[^>]* width="([\d.]+)/.exec(svg)?.[1] ?? 0);
  const sizes = [...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)px/g)].map((m) => Number(m[1]));
  if (width === 0 || sizes.length === 0) return 0;
  return Math.ceil((SMALLEST_TEXT * width) / Math.min(...sizes));
}

/**
 * The largest viewport width, in CSS px, that shows the narrow layouts: the
 * widest readable width of the wide charts that have a narrow one, plus the
 * page's side padding; never under `least`.
 */
export function narrowBreakpoint(
  charts: Pick<RenderedChart, 'svg' | 'narrowSvg'>[],
  options: {
    /** The page's left plus right padding around the charts' column, in CSS px; default 48 (1.5rem each side). */
    padding?: number;
    /** The breakpoint's floor, in CSS px (a phone's width); default 600. */
    least?: number;
  } = {},
): number {
  const { padding = 48, least = 600 } = options;
  const widest = Math.max(0, ...charts.filter((c) => c.narrowSvg !== undefined).map((c) => readableWidth(c.svg)));
  return Math.max(least, widest === 0 ? 0 : widest + padding);
}
