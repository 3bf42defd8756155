/**
 * charts.pdf: every chart as vector graphics, one landscape A4 page each,
 * drawn by our own small PDF writer (formats/pdf/) with the shipped Inter
 * embedded, so that the text is real text in the (subset) font, never a
 * substitute. Each page's figure carries its sentence as alternative text.
 */
// The font and PDF modules alone: the worker that builds this file must not load vega.
import { fontData, loadAdvances } from '../../charts/font.js';
import { createFigureDocument } from './formats/pdf/index.js';
import type { Lang } from '../narrate/index.js';

/** A chart ready for a page. */
export interface PdfChart {
  /** The sentence the chart supports: its alternative text. */
  sentence: string;
  svg: string;
}

export interface ChartsPdfOptions {
  /** Document title; default "Charts". */
  title?: string;
  /** Creation date written into the file; default 2000-01-01T00:00:00Z, so that the same input gives the same bytes. */
  date?: Date;
  /** Language of the document (its `Lang` entry, read by screen readers); default `en`. */
  lang?: Lang;
  /** Receives a one-line message for each SVG feature drawn differently or not at all; default: ignored. */
  onWarning?: (message: string) => void;
}

/** Default creation date: fixed, so that reruns are byte-identical. */
export const PDF_DATE = new Date('2000-01-01T00:00:00Z');

/** A4 landscape, in points, and its margin. */
const PAGE = { width: 841.89, height: 595.28, margin: 36 };

/** A charts.pdf being built page by page, as the charts are rendered. */
export interface ChartsPdfBuilder {
  /** Draws the chart on a new page. */
  add(chart: PdfChart): void;
  /** Ends the document; resolves to its bytes. */
  end(): Promise<Uint8Array>;
}

/** Starts charts.pdf; the same charts in the same order give the same bytes. */
export function createChartsPdf(options: ChartsPdfOptions = {}): ChartsPdfBuilder {
  const { title = 'Charts', date = PDF_DATE, lang = 'en', onWarning } = options;
  const ttf = fontData();
  const metrics = loadAdvances();
  const doc = createFigureDocument({
    title,
    date,
    lang,
    creator: 'debrief',
    page: PAGE,
    fonts: {
      regular: { name: 'Inter-Regular', ttf: ttf.regular, metrics: metrics.regular },
      bold: { name: 'Inter-Bold', ttf: ttf.bold, metrics: metrics.bold },
    },
    onWarning,
  });
  return {
    add(chart) {
      doc.addFigure(chart.svg, `${chart.sentence}.`);
    },
    async end() {
      return doc.end();
    },
  };
}

/** Builds charts.pdf; resolves to its bytes, identical for identical input. */
export async function chartsPdf(charts: PdfChart[], options: ChartsPdfOptions = {}): Promise<Uint8Array> {
  const pdf = createChartsPdf(options);
  for (const chart of charts) pdf.add(chart);
  return pdf.end();
}
