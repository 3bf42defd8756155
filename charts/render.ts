import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { FONT_FILES, measureText } from './font.js';

let metricsInstalled = false;

/**
 * Vega estimates text width as ~0.8 × size per character when there is no
 * canvas, which truncates labels early; measure with the shipped font instead.
 */
function installTextMetrics(): void {
  if (metricsInstalled) return;
  const metrics = (vega as unknown as { textMetrics: unknown }).textMetrics as { width: (item: Record<string, unknown>, text: unknown) => number };
  metrics.width = (item, text) => {
    const size = typeof item.fontSize === 'number' ? item.fontSize : 11;
    const weight = item.fontWeight;
    const bold = weight === 'bold' || (typeof weight === 'number' && weight >= 600);
    return measureText(String(text ?? ''), size, bold);
  };
  metricsInstalled = true;
}

export interface RenderOptions {
  /** Warnings from vega-lite's compiler are collected here; default: thrown away. */
  warnings?: string[];
}

/** Compiles a Vega-Lite spec and renders it to SVG in Node, with no browser. */
export async function renderSvg(spec: TopLevelSpec, options: RenderOptions = {}): Promise<string> {
  installTextMetrics();
  const warnings = options.warnings;
  const logger = {
    level: (l?: number) => (l === undefined ? 2 : logger),
    error: (...a: unknown[]) => { throw new Error(a.map(String).join(' ')); },
    warn: (...a: unknown[]) => { warnings?.push(a.map(String).join(' ')); return logger; },
    info: () => logger,
    debug: () => logger,
  };
  const vg = compile(spec, { logger: logger as never }).spec;
  const view = new vega.View(vega.parse(vg), { renderer: 'none', logLevel: vega.Warn });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Rasterises an SVG with the shipped fonts only (system fonts would make output machine-dependent). */
export function svgToPng(svg: string, options: { scale?: number; width?: number } = {}): Buffer {
  /** Zoom factor; default 2. Ignored when `width` is given. */
  const scale = options.scale ?? 2;
  const resvg = new Resvg(svg, {
    fitTo: options.width ? { mode: 'width', value: options.width } : { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: [FONT_FILES.regular, FONT_FILES.bold], defaultFontFamily: 'Inter' },
    background: 'white',
  });
  return resvg.render().asPng();
}
