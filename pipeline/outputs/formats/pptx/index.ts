/**
 * Format writer: PresentationML (OOXML) for deck.pptx. Covers: the package
 * (content types, relationships, document properties, presentation.xml:
 * package.ts), one fixed master, layout and theme (parts.ts), slides made of
 * text boxes and one picture each with its alt text, and speaker notes
 * (slides.ts), XML escaped (xml.ts); zipped by ../zip.ts. Leaves out: native
 * charts and tables, shapes other than text boxes, several layouts or
 * masters, transitions, animations, embedded fonts, media other than PNG,
 * and reading a deck back.
 */
export { deckEntries, type DeckInfo, type DeckSlide } from './package.js';
export { type Frame, type Picture, type Shape, type TextBox, type TextStyle } from './slides.js';
export { SLIDE_CX, SLIDE_CY } from './parts.js';
