/**
 * SVG to PNG with resvg and the shipped fonts only (system fonts would make
 * output machine-dependent). Its own module, without vega, so the outputs
 * worker rasterises without loading the chart compiler.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from './font.js';
import { frameSvg } from './frame.js';
import { collectGarbage } from '../pipeline/util/collect.js';

export interface PngOptions {
  /** Zoom factor; default 2. Ignored when `frame` is given. */
  scale?: number;
  /** Fit the chart, centred, into exactly this many pixels (the slides preset: 1920 × 1080); default none. */
  frame?: { width: number; height: number };
}

export interface Png {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface Rasterizer {
  /** Rasterises an SVG. */
  png(svg: string, options?: PngOptions): Png;
}

/**
 * resvg's pixmaps live outside the JS heap and are freed only when their tiny
 * JS handles are collected, which V8, not knowing their size, puts off: the
 * charts of one report kept 20-60 MB alive. So once the charts rasterised
 * since the last collection hold PIXMAP_BYTES, a collection is asked for.
 */
const PIXMAP_BYTES = 4 << 20;
let pending = 0;
function collect(width: number, height: number): void {
  pending += 4 * width * height;
  if (pending < PIXMAP_BYTES) return;
  pending = 0;
  // On the next turn, once the caller has let go of the image.
  setImmediate(collectGarbage);
}

export function createRasterizer(): Rasterizer {
  // resvg-js's Node binding passes its options as JSON, so it cannot take font
  // bytes (`fontBuffers` works only in the wasm build): it reads these two
  // files for each chart.
  const font: ResvgRenderOptions['font'] = { loadSystemFonts: false, fontFiles: [FONT_FILES.regular, FONT_FILES.bold], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY };
  return {
    png(svg, options = {}) {
      const framed = options.frame ? frameSvg(svg, options.frame.width, options.frame.height) : svg;
      const fitTo: ResvgRenderOptions['fitTo'] = options.frame ? { mode: 'original' } : { mode: 'zoom', value: options.scale ?? 2 };
      const image = new Resvg(framed, { fitTo, font, background: 'white' }).render();
      collect(image.width, image.height);
      return { data: image.asPng(), width: image.width, height: image.height };
    },
  };
}
