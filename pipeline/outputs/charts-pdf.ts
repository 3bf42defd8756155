/**
 * charts.pdf: every chart as vector graphics, one landscape A4 page each,
 * drawn by svg-to-pdfkit into pdfkit with the shipped Inter registered, so
 * that the text is real text in the embedded (subset) font, never a
 * substitute. Each page's figure carries its sentence as alternative text.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
// The font module alone: the worker that builds this file must not load vega.
import { FONT_FAMILY, fontData } from '../../charts/font.js';
import type { Lang } from '../narrate.js';

const require = createRequire(import.meta.url);

type SvgToPdf = (
  doc: PDFKit.PDFDocument,
  svg: string,
  x: number,
  y: number,
  options: {
    width: number;
    height: number;
    preserveAspectRatio: string;
    assumePt: boolean;
    fontCallback: (family: string, bold: boolean, italic: boolean) => string;
    warningCallback: (message: string) => void;
  },
) => void;
const SVGtoPDF = require('svg-to-pdfkit') as SvgToPdf;

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
  /** Receives svg-to-pdfkit's warnings (unsupported SVG features); default: ignored. */
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
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: PAGE.margin,
    autoFirstPage: false,
    tagged: true,
    displayTitle: true,
    lang,
    info: { Title: title, Creator: 'debrief', Producer: 'debrief (pdfkit)', CreationDate: date },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const fonts = fontData();
  doc.registerFont(FONT_FAMILY, fonts.regular);
  doc.registerFont(`${FONT_FAMILY}-Bold`, fonts.bold);
  plainLayout(doc, FONT_FAMILY);
  plainLayout(doc, `${FONT_FAMILY}-Bold`);
  const fontCallback = (_family: string, bold: boolean) => (bold ? `${FONT_FAMILY}-Bold` : FONT_FAMILY);
  return {
    add(chart) {
      doc.addPage();
      const figure = doc.struct('Figure', { alt: `${chart.sentence}.` }, () => {
        SVGtoPDF(doc, chart.svg, PAGE.margin, PAGE.margin, {
          width: PAGE.width - 2 * PAGE.margin,
          height: PAGE.height - 2 * PAGE.margin,
          preserveAspectRatio: 'xMidYMin meet',
          assumePt: false,
          fontCallback,
          warningCallback: (m) => onWarning?.(m),
        });
      });
      doc.addStructure(figure);
    },
    async end() {
      doc.end();
      await done;
      return Buffer.concat(chunks);
    },
  };
}

interface Glyph {
  advanceWidth: number;
}
interface FontkitFont {
  glyphsForString(text: string): Glyph[];
  layout: (text: string) => { glyphs: Glyph[]; positions: { xAdvance: number }[]; advanceWidth: number };
}

/**
 * pdfkit sets each word through fontkit's full OpenType shaping, which took
 * half of this file's time. The charts were laid out by plain advance widths
 * (charts/font.ts), so the PDF sets their glyphs the same way: each code
 * point's glyph from the cmap, at its advance, no substitution or kerning.
 */
function plainLayout(doc: PDFKit.PDFDocument, name: string): void {
  doc.font(name);
  const font = (doc as unknown as { _font: { font: FontkitFont } })._font.font;
  font.layout = (text) => {
    const glyphs = font.glyphsForString(text);
    const positions = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
    // A getter, as fontkit's GlyphRun: pdfkit scales the positions after this returns.
    return {
      glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((a, p) => a + p.xAdvance, 0);
      },
    };
  };
}

/** Builds charts.pdf; resolves to its bytes, identical for identical input. */
export async function chartsPdf(charts: PdfChart[], options: ChartsPdfOptions = {}): Promise<Uint8Array> {
  const pdf = createChartsPdf(options);
  for (const chart of charts) pdf.add(chart);
  return pdf.end();
}
