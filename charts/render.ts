import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { FONT_FAMILY, FONT_FILES, measureText } from './font.js';
import { frameSvg } from './frame.js';

export interface RenderOptions {
  /** Warnings from vega-lite's compiler and from vega are collected here; default: thrown away. */
  warnings?: string[];
}

export interface PngOptions {
  /** Zoom factor; default 2. Ignored when `frame` is given. */
  scale?: number;
  /** Fit the chart, centred, into exactly this many pixels (the slides preset: 1920 × 1080); default none. */
  frame?: { width: number; height: number };
}

export interface Png {
  data: Buffer;
  width: number;
  height: number;
}

/** One rendering setup for a run: vega measuring text with the shipped font, resvg with that font only. */
export interface Renderer {
  /** Compiles a Vega-Lite spec and renders it to SVG in Node, with no browser. */
  svg(spec: TopLevelSpec, options?: RenderOptions): Promise<string>;
  /** Rasterises an SVG with the shipped fonts only (system fonts would make output machine-dependent). */
  png(svg: string, options?: PngOptions): Png;
  /** As `png`, with parsing and drawing on libuv's thread pool, so several charts rasterise while this thread goes on; same bytes. */
  pngAsync(svg: string, options?: PngOptions): Promise<Png>;
}

let metricsInstalled = false;

/**
 * Vega estimates text width as ~0.8 × size per character when there is no
 * canvas, which truncates labels early; measure with the shipped font instead.
 * Vega keeps this in a module-level object, so it is installed once per process.
 */
function installTextMetrics(): void {
  if (metricsInstalled) return;
  const metrics = (vega as unknown as { textMetrics: { width: (item: Record<string, unknown>, text: unknown) => number } }).textMetrics;
  metrics.width = (item, text) => {
    const size = typeof item.fontSize === 'number' ? item.fontSize : 11;
    const weight = item.fontWeight;
    const bold = weight === 'bold' || (typeof weight === 'number' && weight >= 600);
    return measureText(String(text ?? ''), size, bold);
  };
  metricsInstalled = true;
}

/** A logger for vega-lite and vega that collects warnings and throws on errors. */
function collector(warnings: string[] | undefined) {
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
 * per process), and resvg options naming only the shipped TTF files
 * (`loadSystemFonts: false`, so the PNG is the same on every machine).
 * Output is deterministic: vega's generated clip and gradient ids are reset
 * before each chart.
 */
export function createRenderer(): Renderer {
  installTextMetrics();
  // resvg-js's Node binding passes its options as JSON, so it cannot take font
  // bytes (`fontBuffers` works only in the wasm build): it reads these two
  // files for each chart. Everything else is set up here once.
  const font: ResvgRenderOptions['font'] = { loadSystemFonts: false, fontFiles: [FONT_FILES.regular, FONT_FILES.bold], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY };
  return {
    async svg(spec, options = {}) {
      const logger = collector(options.warnings);
      const vg = compile(spec, { logger: logger as never }).spec;
      (vega as unknown as { resetSVGDefIds: () => void }).resetSVGDefIds();
      const view = new vega.View(vega.parse(vg), { renderer: 'none', logger: logger as never, logLevel: vega.Warn });
      try {
        return await view.toSVG();
      } finally {
        view.finalize();
      }
    },
    png(svg, options = {}) {
      const { framed, settings } = prepare(svg, options);
      return encode(new Resvg(framed, settings).render());
    },
    async pngAsync(svg, options = {}) {
      const { framed, settings } = prepare(svg, options);
      return encode(await renderAsync(framed, settings));
    },
  };

  function prepare(svg: string, options: PngOptions): { framed: string; settings: ResvgRenderOptions } {
    const framed = options.frame ? frameSvg(svg, options.frame.width, options.frame.height) : svg;
    const fitTo: ResvgRenderOptions['fitTo'] = options.frame ? { mode: 'original' } : { mode: 'zoom', value: options.scale ?? 2 };
    return { framed, settings: { fitTo, font, background: 'white' } };
  }

  function encode(image: { asPng(): Buffer; width: number; height: number }): Png {
    return { data: image.asPng(), width: image.width, height: image.height };
  }
}

let shared: Renderer | undefined;

/** Renders with a process-wide renderer; prefer `createRenderer()` once per run. */
export async function renderSvg(spec: TopLevelSpec, options: RenderOptions = {}): Promise<string> {
  shared ??= createRenderer();
  return shared.svg(spec, options);
}

/** Rasterises with a process-wide renderer; prefer `createRenderer()` once per run. */
export function svgToPng(svg: string, options: PngOptions = {}): Buffer {
  shared ??= createRenderer();
  return shared.png(svg, options).data;
}
