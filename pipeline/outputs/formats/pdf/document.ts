/**
 * A tagged PDF of figures, one page each: every page holds one SVG drawn
 * as vector graphics, fitted inside the margins (centred across, at the
 * top, as `xMidYMin meet`), marked as a Figure whose alternative text is
 * given. Fonts are embedded once, subset to the glyphs of all pages, when
 * the document ends. The same figures in the same order give the same bytes.
 */
import type { Advances } from '../../../../charts/advances.js';
import { drawSvg, type DrawFont } from './draw.js';
import { createPdfObjects, flateStream, ref } from './file.js';
import { embedFont } from './font.js';
import { parseSvg } from './svg.js';
import { pdfDate, pdfNumber as n, pdfString } from './syntax.js';

/** A font for the figures' text: PostScript name, font file and its metrics. */
export interface FigureFont {
  name: string;
  ttf: Uint8Array;
  metrics: Advances;
}

export interface FigureDocumentOptions {
  /** Document title, shown by viewers instead of the file name. */
  title: string;
  /** Creation date (the only date written). */
  date: Date;
  /** Language tag of the text, e.g. `en`. */
  lang: string;
  /** Creator and producer written into the document information. */
  creator: string;
  /** Page size and margin, in points. */
  page: { width: number; height: number; margin: number };
  /** Text fonts: SVG text of weight 600 and up is set in `bold`, other text in `regular`. */
  fonts: { regular: FigureFont; bold: FigureFont };
  /** Receives a one-line message for everything in an SVG drawn differently or not at all; default: ignored. */
  onWarning?: (message: string) => void;
}

export interface FigureDocument {
  /** Adds a page showing `svg`, tagged as a Figure with alternative text `alt`. */
  addFigure(svg: string, alt: string): void;
  /** The file. */
  end(): Uint8Array;
}

/**
 * The matrix placing an SVG of `width` × `height` px (1 px = 1 pt) in the
 * page's box inside the margins: scaled to fit, aspect kept, centred across,
 * top-aligned, with y flipped (SVG's y runs down, PDF's up).
 */
export function fitMatrix(width: number, height: number, page: FigureDocumentOptions['page']): [number, number, number, number, number, number] {
  const boxWidth = page.width - 2 * page.margin;
  const boxHeight = page.height - 2 * page.margin;
  const scale = width > 0 && height > 0 ? Math.min(boxWidth / width, boxHeight / height) : 1;
  return [scale, 0, 0, -scale, page.margin + (boxWidth - scale * width) / 2, page.height - page.margin];
}

export function createFigureDocument(options: FigureDocumentOptions): FigureDocument {
  const { page, onWarning } = options;
  const objects = createPdfObjects();
  const catalog = objects.reserve();
  const pagesId = objects.reserve();
  const info = objects.reserve();
  const structRoot = objects.reserve();
  const documentElement = objects.reserve();
  const resources = objects.reserve();
  const fontIds = { regular: objects.reserve(), bold: objects.reserve() };
  const fonts: { regular: DrawFont; bold: DrawFont } = {
    regular: { resource: 'F1', metrics: options.fonts.regular.metrics, glyphs: new Map() },
    bold: { resource: 'F2', metrics: options.fonts.bold.metrics, glyphs: new Map() },
  };
  /** Alpha graphics states, by "fill stroke" → name. */
  const alphaStates = new Map<string, string>();
  const pages: number[] = [];
  const figures: number[] = [];
  return {
    addFigure(svg, alt) {
      const pageId = objects.reserve();
      const figure = objects.reserve();
      const warned = new Set<string>();
      const drawn = drawSvg(parseSvg(svg), {
        fonts,
        alphaState(fill, stroke) {
          const key = `${n(fill)} ${n(stroke)}`;
          let name = alphaStates.get(key);
          if (name === undefined) alphaStates.set(key, (name = `GS${alphaStates.size + 1}`));
          return name;
        },
        warn(message) {
          if (warned.has(message)) return;
          warned.add(message);
          onWarning?.(message);
        },
      });
      const index = pages.length;
      const content = [
        '/Figure << /MCID 0 >> BDC',
        'q',
        `${fitMatrix(drawn.width, drawn.height, page).map(n).join(' ')} cm`,
        drawn.content,
        'Q',
        'EMC',
      ].join('\n');
      const contents = objects.add(flateStream('', Buffer.from(content, 'latin1')));
      objects.set(pageId, {
        body: `<< /Type /Page /Parent ${ref(pagesId)} /MediaBox [0 0 ${n(page.width)} ${n(page.height)}] /Resources ${ref(resources)} /Contents ${ref(contents)} /StructParents ${index} /Tabs /S >>`,
      });
      objects.set(figure, {
        body: `<< /Type /StructElem /S /Figure /P ${ref(documentElement)} /Pg ${ref(pageId)} /K 0 /Alt ${pdfString(alt)} >>`,
      });
      pages.push(pageId);
      figures.push(figure);
    },
    end() {
      const used = (['regular', 'bold'] as const).filter((w) => fonts[w].glyphs.size > 0);
      for (const w of used) embedFont(objects, fontIds[w], { ...options.fonts[w], glyphs: fonts[w].glyphs });
      // Fonts no page uses: written as null objects, so that object numbers stay as reserved.
      for (const w of ['regular', 'bold'] as const) if (!used.includes(w)) objects.set(fontIds[w], { body: 'null' });
      const fontDict = used.map((w) => `/${fonts[w].resource} ${ref(fontIds[w])}`).join(' ');
      const states = [...alphaStates].map(([key, name]) => {
        const [fill, stroke] = key.split(' ');
        return `/${name} << /Type /ExtGState /ca ${fill} /CA ${stroke} >>`;
      });
      objects.set(resources, { body: `<< /Font << ${fontDict} >> /ExtGState << ${states.join(' ')} >> >>` });
      objects.set(pagesId, { body: `<< /Type /Pages /Kids [${pages.map(ref).join(' ')}] /Count ${pages.length} >>` });
      objects.set(documentElement, { body: `<< /Type /StructElem /S /Document /P ${ref(structRoot)} /K [${figures.map(ref).join(' ')}] >>` });
      const parentTree = figures.map((f, i) => `${i} [${ref(f)}]`).join(' ');
      objects.set(structRoot, {
        body: `<< /Type /StructTreeRoot /K [${ref(documentElement)}] /ParentTree << /Nums [${parentTree}] >> /ParentTreeNextKey ${pages.length} >>`,
      });
      objects.set(info, {
        body: `<< /Title ${pdfString(options.title)} /Creator ${pdfString(options.creator)} /Producer ${pdfString(options.creator)} /CreationDate ${pdfString(pdfDate(options.date))} >>`,
      });
      objects.set(catalog, {
        body: `<< /Type /Catalog /Pages ${ref(pagesId)} /MarkInfo << /Marked true >> /StructTreeRoot ${ref(structRoot)} /Lang ${pdfString(options.lang)} /ViewerPreferences << /DisplayDocTitle true >> >>`,
      });
      return objects.write(catalog, info);
    },
  };
}
