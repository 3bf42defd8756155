/**
 * charts.pdf built on the second core: the worker (pdf-worker.ts) loads
 * pdfkit while this thread ingests and renders, then draws each chart as it
 * arrives. The worker never keeps the process alive, and `stop` ends it.
 */
import { Worker } from 'node:worker_threads';
import type { Lang } from '../narrate.js';
import type { PdfChart } from './charts-pdf.js';

export type PdfMessage =
  | { type: 'start'; title: string; lang: Lang }
  | { type: 'chart'; chart: PdfChart }
  | { type: 'end' };

export interface PdfThread {
  /** Opens the document: its title and language. */
  start(title: string, lang: Lang): void;
  /** Queues a chart for the next page. */
  add(chart: PdfChart): void;
  /** Ends the document; resolves to its bytes and stops the worker. */
  end(): Promise<Uint8Array>;
  /** Stops the worker (a failed run); safe to call at any time. */
  stop(): void;
}

export function startPdfThread(): PdfThread {
  // Under vitest this module runs from TypeScript sources; the worker always runs built code.
  const url = import.meta.url.endsWith('.ts') ? new URL('../../dist/pipeline/outputs/pdf-worker.js', import.meta.url) : new URL('./pdf-worker.js', import.meta.url);
  const worker = new Worker(url);
  worker.unref();
  let failure: Error | undefined;
  const result = new Promise<Uint8Array>((resolve, reject) => {
    worker.on('message', (m: { bytes: Uint8Array } | { error: string }) => ('error' in m ? reject(new Error(`charts.pdf: ${m.error}`)) : resolve(m.bytes)));
    worker.once('error', (e) => reject((failure = e)));
    worker.once('exit', (code) => reject(failure ?? new Error(`charts.pdf: the worker stopped (exit code ${code})`)));
  });
  // A failure before `end` is awaited must not surface as an unhandled rejection.
  result.catch(() => undefined);
  const send = (m: PdfMessage) => worker.postMessage(m);
  return {
    start: (title, lang) => send({ type: 'start', title, lang }),
    add: (chart) => send({ type: 'chart', chart: { sentence: chart.sentence, svg: chart.svg } }),
    async end() {
      send({ type: 'end' });
      try {
        return new Uint8Array(await result);
      } finally {
        void worker.terminate();
      }
    },
    stop: () => void worker.terminate(),
  };
}
