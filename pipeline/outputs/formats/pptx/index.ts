/**
 * Format writer: PresentationML (OOXML) for deck.pptx. Covers: the package
 * (content types, relationships, document properties, presentation.xml:
 * package.ts), one fixed master, layout and theme (parts.ts), slides made of
 * text boxes, one picture or one native chart each with its alt text, hidden
 * slides, and speaker notes (slides.ts); native bar charts (horizontal or
 * column, stacked or clustered, colours per series and per bar, value labels,
 * error bars from intervals) with their data caches (chart.ts) and the
 * embedded workbook "Edit data" opens (chart-data.ts lays it out,
 * ../xlsx/ writes it); XML escaped (xml.ts); zipped by ../zip.ts. Leaves out:
 * chart kinds other than bars, chart titles (the slide's text box holds
 * it), chart style and colour-style parts, tables, shapes other than text
 * boxes, several layouts or masters, transitions, animations, embedded
 * fonts, media other than PNG, and reading a deck back.
 */
export { deckEntries, type DeckInfo, type DeckSlide } from './package.js';
export { type ChartFrame, type Frame, type Picture, type Shape, type TextBox, type TextStyle } from './slides.js';
export { chartSheet, type ChartData, type ChartSeries, type SheetRefs } from './chart-data.js';
export { chartXml } from './chart.js';
export { SLIDE_CX, SLIDE_CY } from './parts.js';
