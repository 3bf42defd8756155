import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readAdvances, type Advances } from './advances.js';

const require = createRequire(import.meta.url);

/** The one font family of charts and report. */
export const FONT_FAMILY = 'Inter';

/** Paths of the shipped TTF files (from @expo-google-fonts/inter). */
export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
};

let data: { regular: Buffer; bold: Buffer } | undefined;

/** The TTF bytes, read once per process: measuring, rasterising and PDF embedding all use these. */
export function fontData(): { regular: Buffer; bold: Buffer } {
  data ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  return data;
}

let fonts: { regular: Advances; bold: Advances } | undefined;

/** The fonts' glyph lookup and advance widths, read once per process (the PDF writer sets text by them too). */
export function loadAdvances(): { regular: Advances; bold: Advances } {
  fonts ??= { regular: readAdvances(fontData().regular), bold: readAdvances(fontData().bold) };
  return fonts;
}

const advances = { regular: new Map<number, number>(), bold: new Map<number, number>() };

/**
 * Width in pixels of `text` set in the shipped font at `size`: the sum of
 * its glyphs' advance widths, read from the font (not estimated). Kerning is
 * left out: it moves a label by a fraction of a pixel, and shaping every
 * label with fontkit cost more than the whole chart.
 */
export function measureText(text: string, size: number, bold = false): number {
  const weight = bold ? 'bold' : 'regular';
  const table = advances[weight];
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let w = table.get(cp);
    if (w === undefined) {
      const font = loadAdvances()[weight];
      w = font.advance(cp) / font.unitsPerEm;
      table.set(cp, w);
    }
    units += w;
  }
  return units * size;
}

/** The TTF as base64, for @font-face in the report. */
export function fontBase64(weight: 'regular' | 'bold' = 'regular'): string {
  return fontData()[weight].toString('base64');
}
