/**
 * Colours of every chart, colour-blind safe: a blue–orange diverging scheme
 * (ColorBrewer "Blues" and "Oranges" shades; blue against orange stays
 * distinct under deuteranopia, protanopia and tritanopia), grey for the
 * middle level and for answers outside the base.
 */

/** Blues for positive levels, strongest first. */
const BLUES = ['#08519c', '#3182bd', '#6baed6', '#9ecae1'];
/** Oranges for negative levels, mildest (next to the middle) first. */
const ORANGES = ['#fdae6b', '#fd8d3c', '#e6550d', '#a63603'];

/** The middle level of an odd scale. */
export const NEUTRAL = '#b0b0b0';
/** "Not applicable / did not attend" answers. */
export const NOT_APPLICABLE = '#d9d9d9';
/** No answer at all (a blank, or a participant who did not respond): the palest orange, apart from every grey. */
export const NO_ANSWER = '#fee6ce';
/** Highlight: the best item, a rise, the unweighted mean. */
export const ACCENT = BLUES[0];
/** Opposite highlight: a fall, the pooled share. */
export const CONTRAST = ORANGES[2];
/** Secondary marks and subtitles. */
export const MUTED = '#6b7280';
/** Light fill behind marks: ranges. */
export const PALE = '#d1d5db';
/** Text and rules. */
export const INK = '#1f2937';

/** Series side by side (one per group in a native breakdown chart): blues and oranges alternating, then grey. */
export const SERIES = [BLUES[0], ORANGES[2], BLUES[2], ORANGES[0], MUTED, BLUES[3]];

/** Colours for levels best first: strongest blue at the top, strongest orange at the bottom. */
export function levelColours(levelCount: number, positiveLevels: number, neutral: number | null): string[] {
  const negativeCount = levelCount - positiveLevels - (neutral === null ? 0 : 1);
  const colours: string[] = [];
  for (let i = 0; i < levelCount; i++) {
    if (i < positiveLevels) colours.push(positiveShade(i, positiveLevels));
    else if (i === neutral) colours.push(NEUTRAL);
    else colours.push(negativeShade(i - (levelCount - negativeCount), negativeCount));
  }
  return colours;
}

/** Positive shades from the strongest (top level) down. */
function positiveShade(i: number, count: number): string {
  if (count === 1) return BLUES[1];
  if (count === 2) return [BLUES[0], BLUES[2]][i];
  return BLUES[Math.min(i, 3)];
}

/** Negative shades from the mildest (next to the middle) to the strongest. */
function negativeShade(i: number, count: number): string {
  if (count <= 1) return ORANGES[2];
  if (count === 2) return [ORANGES[0], ORANGES[3]][i];
  return ORANGES[Math.min(i, 3)];
}

/** Text colour readable on `fill` (a `#rrggbb` colour): ink on light fills, white on dark ones (WCAG relative luminance). */
export function inkOn(fill: string): string {
  const channel = (k: number) => {
    const c = parseInt(fill.slice(1 + 2 * k, 3 + 2 * k), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  // Contrast against white vs against ink (#1f2937, luminance ≈ 0.021): pick the larger.
  const onWhite = 1.05 / (luminance + 0.05);
  const onInk = (luminance + 0.05) / (0.021 + 0.05);
  return onWhite >= onInk ? 'white' : INK;
}
