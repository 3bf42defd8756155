/**
 * Diverging palette for rating levels, colour-blind safe: ColorBrewer
 * "RdBu"-like blues for positive levels, oranges for negative, grey for the
 * middle (after Okabe–Ito's blue/orange opposition, safe for deuteranopia).
 */
const POSITIVE = ['#08519c', '#3182bd', '#6baed6', '#9ecae1'];
const NEGATIVE = ['#e6550d', '#a63603', '#fd8d3c', '#7f2704'];
export const NEUTRAL = '#b0b0b0';
export const NOT_APPLICABLE = '#d9d9d9';
export const ACCENT = '#08519c';
export const MUTED = '#6b7280';
export const INK = '#1f2937';

/** Colours for levels best first: strongest blue at the top, strongest orange at the bottom. */
export function levelColours(levelCount: number, positiveLevels: number, neutral: number | null): string[] {
  const colours: string[] = [];
  const negativeCount = levelCount - positiveLevels - (neutral === null ? 0 : 1);
  for (let i = 0; i < levelCount; i++) {
    if (i < positiveLevels) colours.push(positiveShade(i, positiveLevels));
    else if (i === neutral) colours.push(NEUTRAL);
    else {
      const fromMiddle = i - (levelCount - negativeCount);
      colours.push(negativeShade(fromMiddle, negativeCount));
    }
  }
  return colours;
}

function positiveShade(i: number, count: number): string {
  return count === 1 ? POSITIVE[1] : count === 2 ? [POSITIVE[0], POSITIVE[2]][i] : POSITIVE[Math.min(i, 3)];
}

/** Negative shades from the mildest (next to the middle) to the strongest. */
function negativeShade(i: number, count: number): string {
  const mild = ['#fdae6b', '#fd8d3c', '#e6550d', '#a63603'];
  if (count <= 1) return mild[2];
  if (count === 2) return [mild[0], mild[3]][i];
  return mild[Math.min(i, 3)];
}

export { POSITIVE, NEGATIVE };
