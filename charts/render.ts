import type { TopLevelSpec } from 'vega-lite';
import { measureText } from './font.js';
import { createRasterizer, type Png, type PngOptions, type Rasterizer } from './raster.js';

export type { Png, PngOptions };

export interface RenderOptions {
  /** Warnings from vega-lite's compiler and from vega are collected here; default: thrown away. */
  warnings?: string[];
}

/** One rendering setup for a run: vega measuring text with the shipped font, resvg with that font only. */
export interface Renderer extends Rasterizer {
  /** Compiles a Vega-Lite spec and renders it to SVG in Node, with no browser. */
  svg(spec: TopLevelSpec, options?: RenderOptions): Promise<string>;
}

type Vega = typeof import('vega');
type VegaLite = typeof import('vega-lite');

let engine: Promise<{ vega: Vega; compile: VegaLite['compile'] }> | undefined;

/**
 * Vega and Vega-Lite (2.4 MB of code, about a third of a small run's CPU to
 * load) are loaded on the first chart, so a run that draws none (`--formats
 * json,csv`) never parses them.
 *
 * Vega estimates text width as ~0.8 × size per character when there is no
 * canvas, which truncates labels early; measure with the shipped font instead.
 * Vega keeps this in a module-level object, so it is installed once per process.
 */
function loadEngine(): Promise<{ vega: Vega; compile: VegaLite['compile'] }> {
  engine ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vl]) => {
    const metrics = (vega as unknown as { textMetrics: { width: (item: Record<string, unknown>, text: unknown) => number } }).textMetrics;
    metrics.width = (item, text) => {
      const size = typeof item.fontSize === 'number' ? item.fontSize : 11;
      const weight = item.fontWeight;
      const bold = weight === 'bold' || (typeof weight === 'number' && weight >= 600);
      return measureText(String(text ?? ''), size, bold);
    };
    return { vega, compile: vl.compile };
  });
  return engine;
}

/** A logger for vega-lite and vega that collects warnings and throws on errors. */
function collector(vega: Vega, warnings: string[] | undefined) {
  const logger = {
    level: (l?: number) => (l === undefined ? vega.Warn : logger),
    error: (...a: unknown[]): never => {
      throw new Error(a.map(String).join(' '));
    },
    warn: (...a: unknown[]) => {
      warnings?.push(a.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * Sets up rendering once: text metrics from the shipped Inter (loaded once
 * per process), and a rasterizer (raster.ts) with only the shipped fonts.
 * Output is deterministic: vega's generated clip and gradient ids are reset
 * before each chart.
 */
export function createRenderer(): Renderer {
  return {
    async svg(spec, options = {}) {
      const { vega, compile } = await loadEngine();
      const logger = collector(vega, options.warnings);
      const vg = compile(spec, { logger: logger as never }).spec;
      (vega as unknown as { resetSVGDefIds: () => void }).resetSVGDefIds();
      const view = new vega.View(vega.parse(vg), { renderer: 'none', logger: logger as never, logLevel: vega.Warn });
      try {
        return await view.toSVG();
      } finally {
        view.finalize();
      }
    },
    ...createRasterizer(),
  };
}

let shared: Renderer | undefined;

/** Renders with a process-wide renderer; prefer `createRenderer()` once per run. */
export async function renderSvg(spec: TopLevelSpec, options: RenderOptions = {}): Promise<string> {
  shared ??= createRenderer();
  return shared.svg(spec, options);
}

/** Rasterises with a process-wide renderer; prefer `createRenderer()` once per run. */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  shared ??= createRenderer();
  return shared.png(svg, options).data;
}
