/**
 * The outputs worker: PNGs, charts.pdf and deck.pptx off the main thread; see
 * thread.ts. Only resvg is loaded before the first message; the PDF and deck
 * writers load meanwhile, and PDF pages are drawn in order once the writer is in.
 */
import { parentPort } from 'node:worker_threads';
import { createRasterizer, type Png, type PngOptions } from '../../charts/raster.js';
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

/**
 * Charts are rasterised in turn on this thread, each after a turn of the
 * event loop (in which the last one's pixmap is collected and freed). On
 * libuv's thread pool, two at a time, each pool thread kept the allocator
 * pages it had rasterised with (resvg's mimalloc): 35 MB more at the 1M
 * run's peak, for 50-80 ms less wall time on two cores (A/B, 4 and 6 runs).
 */
let turn: Promise<unknown> = Promise.resolve();
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function rasterise(svg: string, options?: PngOptions): Promise<Png> {
  const png = turn.then(nextTurn).then(() => raster.png(svg, options));
  turn = png.catch(() => undefined);
  return png;
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
      pngs.push(plan.png || plan.pptx ? later(rasterise(m.chart.svg)) : Promise.resolve(NO_PNG));
      // Pages are added in message order: each waits on the same promise, resolved once.
      if (pdf) pdf = later(pdf.then((doc) => (doc.add(m.chart), doc)));
    } else if (m.type === 'slide') slides.push(later(rasterise(m.svg, { frame: SLIDE_SIZE })));
    else end(m.deck).catch(fail);
  } catch (e) {
    fail(e);
  }
});
