/**
 * The outputs built on the second core. The worker (outputs-worker.ts) loads resvg,
 * the PDF writer and the deck writer while this thread ingests; then, as each chart's SVG
 * arrives, it rasterises the PNG (in turn, on its own thread) and draws the
 * chart's page of charts.pdf; at the end it builds deck.pptx from the PNGs.
 * This thread meanwhile compiles and renders the next charts with vega; once
 * done, it rasterises the charts the worker lends back (the newest still
 * waiting there), so that both cores work to the end.
 * The worker keeps the process alive while a run waits on it; `stop` ends it
 * (runReport calls it however the run ends).
 */
import { createRasterizer, type Png, type PngOptions, type Rasterizer } from '../../charts/raster.js';
import type { Lang } from '../narrate/index.js';
import type { DeckSurvey } from './deck.js';
import type { ChartData } from './formats/pptx/index.js';
import { later } from '../util/later.js';
import { startWorker } from '../util/workers.js';
import { mark } from '../util/timing.js';

/** What the worker builds. */
export interface OutputsPlan {
  /** 2× PNG of every chart; default false. */
  png?: boolean;
  /** charts.pdf, with its title; default none. */
  pdf?: { title: string };
  /** deck.pptx (from the slide PNGs when there are slides, else the 2× PNGs); default false. */
  pptx?: boolean;
  /** Language of the PDF and the deck's fixed texts. */
  lang: Lang;
}

/** A chart as the worker needs it. */
export interface OutputsChart {
  /** The sentence it supports: alternative text in the PDF and the deck. */
  sentence: string;
  /** Speaker notes for its slide. */
  notes: string[];
  svg: string;
  /** Its figures as a native deck chart; default none. */
  native?: ChartData;
}

export interface OutputsResult {
  /** Per chart, in order; empty images when PNGs were not asked for. */
  pngs: Png[];
  /** Per slide, in order. */
  slides: Png[];
  pptx?: Uint8Array;
  pdf?: Uint8Array;
  /** How many charts the worker lent back to this thread to rasterise. */
  lent: number;
}

export type OutputsMessage =
  | { type: 'start'; plan: OutputsPlan }
  | { type: 'chart'; chart: OutputsChart }
  | { type: 'slide'; svg: string }
  | { type: 'end'; deck?: DeckSurvey }
  | { type: 'png'; id: number; png: Png }
  | { type: 'png-error'; id: number; error: string };

/** A chart the worker hands back to this thread to rasterise, once vega is done here (see outputs-worker.ts). */
export interface RasterRequest {
  type: 'raster';
  id: number;
  svg: string;
  options?: PngOptions;
}

export interface OutputsThread {
  /** Says what to build; before the first chart. */
  start(plan: OutputsPlan): void;
  /** The next chart. */
  chart(chart: OutputsChart): void;
  /** The next chart drawn for slides (SLIDES_LOOK), rasterised at 1920×1080. */
  slide(svg: string): void;
  /** No more charts; resolves to everything built, and stops the worker. */
  end(deck?: DeckSurvey): Promise<OutputsResult>;
  /** Stops the worker (a failed run); safe to call at any time. */
  stop(): void;
}

export function startOutputsThread(): OutputsThread {
  // Started first thing by the CLI, it has loaded its modules meanwhile (see util/workers.ts); it posts nothing before its first message.
  const { worker } = startWorker('outputs-worker', import.meta.url);
  let failure: Error | undefined;
  let raster: Rasterizer | undefined;
  const help = (m: RasterRequest) => {
    try {
      const png = (raster ??= createRasterizer()).png(m.svg, m.options);
      mark('lent png rasterised');
      worker.postMessage({ type: 'png', id: m.id, png } satisfies OutputsMessage, [png.data.buffer as ArrayBuffer]);
    } catch (e) {
      send({ type: 'png-error', id: m.id, error: e instanceof Error ? e.message : String(e) });
    }
  };
  // A failure before `end` is awaited must not surface as an unhandled rejection.
  const result = later(
    new Promise<OutputsResult>((resolve, reject) => {
      worker.on('message', (m: OutputsResult | RasterRequest | { error: string }) => ('type' in m ? help(m) : 'error' in m ? reject(new Error(m.error)) : resolve(m)));
      worker.once('error', (e) => reject((failure = e)));
      worker.once('exit', (code) => reject(failure ?? new Error(`the outputs worker stopped (exit code ${code})`)));
    }),
  );
  const send = (m: OutputsMessage) => worker.postMessage(m);
  return {
    start: (plan) => send({ type: 'start', plan }),
    chart: (chart) => send({ type: 'chart', chart }),
    slide: (svg) => send({ type: 'slide', svg }),
    async end(deck) {
      send({ type: 'end', deck });
      try {
        return await result;
      } finally {
        void worker.terminate();
      }
    },
    stop: () => void worker.terminate(),
  };
}
