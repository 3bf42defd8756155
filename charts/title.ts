import { wrapLines } from './label.js';
import type { TitleParams } from './spec.js';

/**
 * A chart's title: the sentence it supports, wrapped to the chart's width in
 * the shipped font (bold, base size + 3), with its subtitle beneath.
 */
export function chartTitle(title: string, subtitle: string | undefined, width: number, fontSize: number): TitleParams<never> {
  const text = wrapLines(title, width, { fontSize: fontSize + 3, bold: true });
  return subtitle ? { text, subtitle: wrapLines(subtitle, width, { fontSize }) } : { text };
}
