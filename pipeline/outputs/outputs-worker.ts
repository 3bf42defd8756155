/**
 * The outputs worker: PNGs, charts.pdf and deck.pptx off the main thread; see
 * thread.ts. Only resvg is loaded before the first message, so the first
 * charts start rasterising (on the thread pool) while the PDF writer and
 * the deck writer load here; PDF pages are drawn in order once the writer is in.
 */
import { parentPort } from 'node:worker_threads';
import { createRasterizer, type Png } from '../../charts/raster.js';
import { SLIDE_SIZE } from '../../charts/slides.js';
import type { DeckSurvey } from './deck.js';
import type { OutputsChart, OutputsMessage, OutputsPlan } from './thread.js';
import { later } from '../later.js';

const raster = createRasterizer();
const NO_PNG: Png = { data: new Uint8Array(0), width: 0, height: 0 };
const pdfModule = later(import('./charts-pdf.js'));
const deckModule = later(import('./deck.js'));
let plan: OutputsPlan = { lang: 'en' };
const charts: OutputsChart[] = [];
const pngs: Promise<Png>[] = [];
const slides: Promise<Png>[] = [];
/** charts.pdf, its pages drawn in order once the PDF writer is loaded. */
let pdf: Promise<{ add: (chart: OutputsChart) => void; end: () => Promise<Uint8Array> }> | undefined;

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

async function end(deck: DeckSurvey | undefined): Promise<void> {
  const images = await Promise.all(pngs);
  const slideImages = await Promise.all(slides);
  const deckImages = slideImages.length ? slideImages : images;
  const pptx = plan.pptx && deck
    ? await (await deckModule).deckPptx(deck, charts.map((c, k) => ({ sentence: c.sentence, notes: c.notes, png: deckImages[k].data, width: deckImages[k].width, height: deckImages[k].height })), { lang: plan.lang })
    : undefined;
  const document = pdf ? await (await pdf).end() : undefined;
  parentPort!.postMessage({ pngs: plan.png ? images : images.map(() => NO_PNG), slides: slideImages, pptx, pdf: document });
}

function fail(e: unknown): void {
  parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
}

parentPort!.on('message', (m: OutputsMessage) => {
  try {
    if (m.type === 'start') {
      plan = m.plan;
      const title = plan.pdf?.title;
      if (title !== undefined) pdf = later(pdfModule.then(({ createChartsPdf }) => createChartsPdf({ title, lang: plan.lang })));
    } else if (m.type === 'chart') {
      charts.push(m.chart);
      // The deck embeds the PNGs, so they are drawn for pptx too.
      pngs.push(plan.png || plan.pptx ? later(limited(() => raster.pngAsync(m.chart.svg))) : Promise.resolve(NO_PNG));
      // Pages are added in message order: each waits on the same promise, resolved once.
      if (pdf) pdf = later(pdf.then((doc) => (doc.add(m.chart), doc)));
    } else if (m.type === 'slide') slides.push(later(limited(() => raster.pngAsync(m.svg, { frame: SLIDE_SIZE }))));
    else end(m.deck).catch(fail);
  } catch (e) {
    fail(e);
  }
});
