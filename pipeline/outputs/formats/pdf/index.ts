/**
 * Format writer: PDF 1.7 for the SVG that vega renders (document.ts), used by
 * charts.pdf. Covers: one tagged Figure per page with its alternative text;
 * SVG <g>, <path>, <rect>, <line>, <circle>, <ellipse>, <polyline>,
 * <polygon> and <text>/<tspan> with fill, stroke, opacity, dashes and
 * transforms (draw.ts, path.ts, paint.ts, transform.ts); TrueType fonts
 * embedded as subsets with a ToUnicode map so text stays text (font.ts,
 * subset.ts); deflated streams and a fixed ID so the same input gives the
 * same bytes (file.ts). Leaves out: gradients, patterns, clipping paths,
 * masks, images, CSS stylesheets and markers (an element it cannot draw is
 * reported as a warning, never drawn wrong), text shaping beyond one glyph
 * per character (no kerning, ligatures or right-to-left), encryption,
 * incremental updates and PDF/A.
 */
export { createFigureDocument, fitMatrix, type FigureDocument, type FigureDocumentOptions, type FigureFont } from './document.js';
export { drawSvg, type DrawContext, type DrawFont, type DrawnSvg } from './draw.js';
export { createPdfObjects, flateStream, ref, type PdfObject, type PdfObjects } from './file.js';
export { embedFont, subsetTag, toUnicodeCMap, widthsArray, type UsedFont } from './font.js';
export { parsePaint, type Rgb } from './paint.js';
export { arcToCubics, parsePathData, pathOperators, type Cubic } from './path.js';
export { subsetTrueType, tableChecksum } from './subset.js';
export { decodeEntities, parseSvg, type SvgElement, type SvgNode } from './svg.js';
export { hex4, pdfDate, pdfName, pdfNumber, pdfString } from './syntax.js';
export { apply, IDENTITY, multiply, parseTransform, type Matrix } from './transform.js';
