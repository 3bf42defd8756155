import * as msg from '../../messages.js';
import type { Survey } from '../../ingest/index.js';
import type { Summary } from '../../narrate/index.js';
import { reportHtml, type HtmlOptions, type RenderedChart } from './html.js';
import { PdfUnavailable, printPdf, type PdfOptions } from './pdf.js';

export interface ReportFilesOptions extends Omit<HtmlOptions, 'comments'> {
  /** The survey whose free-text comments the report publishes (redacted, small groups withheld); default none. */
  survey?: Pick<Survey, 'texts' | 'attributes'>;
  /** Also print report.pdf; default false. */
  pdf?: boolean;
  /** How to reach Chromium; default `findChromium()`. */
  chromium?: PdfOptions;
  /** Receives a warning when the PDF cannot be made; default: ignored. */
  onWarning?: (message: string) => void;
}

/**
 * index.html, and report.pdf printed from it when asked. The HTML lists the
 * PDF among its downloads only when the PDF was made: without Chromium the
 * run warns and writes the HTML alone.
 */
export async function reportFiles(summary: Summary, charts: RenderedChart[], options: ReportFilesOptions = {}): Promise<{ name: string; data: string | Uint8Array }[]> {
  const { survey, pdf, chromium, onWarning, ...html } = options;
  const files = html.files ?? [];
  const build = (withPdf: boolean) => reportHtml(summary, charts, { ...html, survey, files: withPdf ? [...files, 'report.pdf'] : files });
  if (!pdf) return [{ name: 'index.html', data: build(false) }];
  const page = build(true);
  try {
    return [{ name: 'index.html', data: page }, { name: 'report.pdf', data: await printPdf(page, chromium) }];
  } catch (err) {
    if (!(err instanceof PdfUnavailable)) throw err;
    onWarning?.(msg.pdfUnavailable(err.message));
    return [{ name: 'index.html', data: build(false) }];
  }
}
