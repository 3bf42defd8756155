import { describe, expect, it } from 'vitest';
import { narrowBreakpoint, readableWidth, SMALLEST_TEXT } from '../../../../pipeline/outputs/report/breakpoint.js';

const svg = (width: number, ...sizes: number[]) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="100" viewBox="0 0 ${width} 100">${sizes.map((s, k) => `<text font-size="${s}px" y="${k * 12}">t</text>`).join('')}</svg>`;

describe('readableWidth(svg)', () => {
  it('readableWidth(svg) is the width at which its smallest text is drawn at 9 px', () => {
    expect(SMALLEST_TEXT).toBe(9);
    // 900 px wide, smallest text 10 px: scaled to 810 px the text is 9 px.
    expect(readableWidth(svg(900, 12, 10, 15))).toBe(810);
    // 1000 × 9 / 11 = 818.18…, rounded up so the text is never under 9 px.
    expect(readableWidth(svg(1000, 11))).toBe(819);
    expect(readableWidth(svg(500))).toBe(0);
  });

  it('readableWidth(svg) reads sizes given in a style attribute too', () => {
    expect(readableWidth('<svg viewBox="0 0 600 50"><text style="font-size: 12px">a</text></svg>')).toBe(450);
  });
});

describe('narrowBreakpoint(charts, options)', () => {
  it('narrowBreakpoint(charts) adds the page padding to the widest readable width of the charts that have a narrow layout', () => {
    const charts = [
      { svg: svg(900, 10), narrowSvg: svg(330, 11) }, // 810
      { svg: svg(700, 10), narrowSvg: svg(330, 11) }, // 630
      { svg: svg(2000, 10) }, // no narrow layout: not counted
    ];
    expect(narrowBreakpoint(charts)).toBe(810 + 48);
    expect(narrowBreakpoint(charts, { padding: 0 })).toBe(810);
  });

  it('narrowBreakpoint(charts) is never under a phone width', () => {
    expect(narrowBreakpoint([{ svg: svg(400, 12), narrowSvg: svg(330, 11) }])).toBe(600);
    expect(narrowBreakpoint([])).toBe(600);
    expect(narrowBreakpoint([], { least: 480 })).toBe(480);
  });
});
