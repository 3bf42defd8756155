/** A small PDF writer for the SVG that vega renders: see document.ts. */
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
