import type { Config } from 'vega-lite';
import { FONT_FAMILY } from './font.js';
import { INK, MUTED } from './palette.js';

/** The one config every chart shares: font, sizes, no border. */
export function chartConfig(options: { fontSize?: number } = {}): Config {
  /** Base font size; default 12. */
  const size = options.fontSize ?? 12;
  return {
    font: FONT_FAMILY,
    background: 'white',
    view: { stroke: null },
    title: { fontSize: size + 3, subtitleFontSize: size, anchor: 'start', color: INK, subtitleColor: MUTED, fontWeight: 'bold', offset: 12 },
    axis: { labelFontSize: size, titleFontSize: size, labelColor: INK, titleColor: MUTED, gridColor: '#e5e7eb', domainColor: '#9ca3af', tickColor: '#9ca3af' },
    legend: { labelFontSize: size, titleFontSize: size, labelColor: INK, symbolType: 'square', symbolSize: Math.round(size * size * 0.75), labelLimit: 0 },
    text: { fontSize: size - 1 },
  };
}
