/** The outputs worker: PNGs, charts.pdf and deck.pptx off the main thread; see thread.ts. */
import { parentPort } from 'node:worker_threads';
import { createRasterizer, type Png } from '../../charts/raster.js';
import { SLIDE_SIZE } from '../../charts/slides.js';
import { createChartsPdf, type ChartsPdfBuilder } from './charts-pdf.js';
import { deckPptx, type DeckSurvey } from './deck.js';
import type { OutputsChart, OutputsMessage, OutputsPlan } from './thread.js';

const raster = createRasterizer();
const NO_PNG: Png = { data: new Uint8Array(0), width: 0, height: 0 };
let plan: OutputsPlan = { lang: 'en' };
let pdf: ChartsPdfBuilder | undefined;
const charts: OutputsChart[] = [];
const pngs: Promise<Png>[] = [];
const slides: Promise<Png>[] = [];

/** At most this many charts rasterise at once: each holds its 2× pixmap (about 10 MB) until encoded. */
const RASTER_AT_ONCE = 2;
let rastering = 0;
const queue: (() => void)[] = [];

async function limited<T>(task: () => Promise<T>): Promise<T> {
  while (rastering >= RASTER_AT_ONCE) await new Promise<void>((resolve) => queue.push(resolve));
  rastering++;
  try {
    return await task();
  } finally {
    rastering--;
    queue.shift()?.();
  }
}

/** Settled later: a failure that comes first must not count as unhandled. */
function later<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

async function end(deck: DeckSurvey | undefined): Promise<void> {
  const images = await Promise.all(pngs);
  const slideImages = await Promise.all(slides);
  const deckImages = slideImages.length ? slideImages : images;
  const pptx = plan.pptx && deck
    ? await deckPptx(deck, charts.map((c, k) => ({ sentence: c.sentence, notes: c.notes, png: deckImages[k].data, width: deckImages[k].width, height: deckImages[k].height })), { lang: plan.lang })
    : undefined;
  const document = pdf ? await pdf.end() : undefined;
  parentPort!.postMessage({ pngs: plan.png ? images : images.map(() => NO_PNG), slides: slideImages, pptx, pdf: document });
}

function fail(e: unknown): void {
  parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
}

parentPort!.on('message', (m: OutputsMessage) => {
  try {
    if (m.type === 'start') {
      plan = m.plan;
      if (plan.pdf) pdf = createChartsPdf({ title: plan.pdf.title, lang: plan.lang });
    } else if (m.type === 'chart') {
      charts.push(m.chart);
      // The deck embeds the PNGs, so they are drawn for pptx too.
      pngs.push(plan.png || plan.pptx ? later(limited(() => raster.pngAsync(m.chart.svg))) : Promise.resolve(NO_PNG));
      pdf?.add(m.chart);
    } else if (m.type === 'slide') slides.push(later(limited(() => raster.pngAsync(m.svg, { frame: SLIDE_SIZE }))));
    else end(m.deck).catch(fail);
  } catch (e) {
    fail(e);
  }
});
