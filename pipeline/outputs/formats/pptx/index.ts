/** deck.pptx's OOXML writer: see package.ts (the package), slides.ts (slide XML) and parts.ts (the fixed parts). */
export { deckEntries, type DeckInfo, type DeckSlide } from './package.js';
export { type Frame, type Picture, type Shape, type TextBox, type TextStyle } from './slides.js';
export { SLIDE_CX, SLIDE_CY } from './parts.js';
