/**
 * The outputs worker: PNGs, charts.pdf and deck.pptx off the main thread; see
 * thread.ts. Only resvg is loaded before the first message; the PDF and deck
 * writers load meanwhile, and PDF pages are drawn in order once the writer is in.
 */
import { parentPort } from 'node:worker_threads';
import { createRasterizer, type Png, type PngOptions } from '../../charts/raster.js';
import { SLIDE_SIZE } from '../../charts/slides.js';
import type { DeckSurvey } from './deck.js';
import type { OutputsChart, OutputsMessage, OutputsPlan, RasterRequest } from './thread.js';
import { later } from '../util/later.js';
import { mark } from '../util/timing.js';

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
 * run's peak (and handing the last charts to the pool, 30 MB). But once
 * vega is done on the main thread its core is free while charts still wait
 * here (three to five of eight on the 1M export): then the newest waiting
 * chart is lent to the main thread, one at a time, while this one goes on.
 */
interface Job {
  svg: string;
  options?: PngOptions;
  resolve: (png: Png) => void;
  reject: (e: unknown) => void;
}
const jobs: Job[] = [];
let pumping = false;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function rasterise(svg: string, options?: PngOptions): Promise<Png> {
  return new Promise<Png>((resolve, reject) => {
    jobs.push({ svg, options, resolve, reject });
    if (!pumping) void pump();
  });
}

/** This thread's share: the oldest waiting chart, each after a turn of the event loop. */
async function pump(): Promise<void> {
  pumping = true;
  for (;;) {
    await nextTurn();
    const job = jobs.shift();
    if (!job) break;
    try {
      job.resolve(raster.png(job.svg, job.options));
      mark('png rasterised');
    } catch (e) {
      job.reject(e);
    }
  }
  pumping = false;
}

/** Charts lent to the main thread, by request id. */
const lent = new Map<number, Job>();
let lastLent = 0;

/** The free core's share, once no more charts come: the newest waiting chart goes to the main thread, one at a time. */
function lend(): void {
  const job = jobs.pop();
  if (!job) return;
  lent.set(++lastLent, job);
  parentPort!.postMessage({ type: 'raster', id: lastLent, svg: job.svg, options: job.options } satisfies RasterRequest);
}

/** A lent chart came back: settle it, and lend the next. */
function returned(id: number, png: Png | undefined, error?: string): void {
  const job = lent.get(id)!;
  lent.delete(id);
  if (png) job.resolve(png);
  else job.reject(new Error(error));
  lend();
}

async function end(deck: DeckSurvey | undefined): Promise<void> {
  mark('outputs end received');
  lend();
  const images = await Promise.all(pngs);
  const slideImages = await Promise.all(slides);
  const deckImages = slideImages.length ? slideImages : images;
  const pptx = plan.pptx && deck
    ? await (await deckModule).deckPptx(deck, charts.map((c, k) => ({ sentence: c.sentence, notes: c.notes, png: deckImages[k].data, width: deckImages[k].width, height: deckImages[k].height, native: c.native })), { lang: plan.lang })
    : undefined;
  const document = pdf ? await (await pdf).end() : undefined;
  mark('outputs built');
  parentPort!.postMessage({ pngs: plan.png ? images : images.map(() => NO_PNG), slides: slideImages, pptx, pdf: document, lent: lastLent });
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
    else if (m.type === 'png') returned(m.id, m.png);
    else if (m.type === 'png-error') returned(m.id, undefined, m.error);
    else end(m.deck).catch(fail);
  } catch (e) {
    fail(e);
  }
});
