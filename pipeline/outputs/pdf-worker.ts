/**
 * Builds charts.pdf in a worker thread (see pdf-thread.ts): pdfkit loads and
 * lays out text here while the main thread renders the next charts.
 */
import { parentPort } from 'node:worker_threads';
import { createChartsPdf, type ChartsPdfBuilder } from './charts-pdf.js';
import type { PdfMessage } from './pdf-thread.js';

let pdf: ChartsPdfBuilder | undefined;

parentPort!.on('message', (m: PdfMessage) => {
  try {
    if (m.type === 'start') pdf = createChartsPdf({ title: m.title, lang: m.lang });
    else if (m.type === 'chart') pdf!.add(m.chart);
    else
      void pdf!.end().then(
        (bytes) => parentPort!.postMessage({ bytes }),
        (e: unknown) => parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) }),
      );
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
