import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontData, loadAdvances } from '../../../../../charts/font.js';
import { drawSvg, type DrawContext } from '../../../../../pipeline/outputs/formats/pdf/draw.js';
import { parseSvg } from '../../../../../pipeline/outputs/formats/pdf/svg.js';

function context() {
  const warnings: string[] = [];
  const states: [number, number][] = [];
  const ctx: DrawContext = {
    fonts: {
      regular: { resource: 'F1', metrics: loadAdvances().regular, glyphs: new Map() },
      bold: { resource: 'F2', metrics: loadAdvances().bold, glyphs: new Map() },
    },
    alphaState(fill, stroke) {
      states.push([fill, stroke]);
      return `GS${states.length}`;
    },
    warn: (m) => warnings.push(m),
  };
  return { ctx, warnings, states };
}

const draw = (body: string, attrs = 'width="200" height="100"') => {
  const c = context();
  const drawn = drawSvg(parseSvg(`<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${body}</svg>`), c.ctx);
  return { ...c, drawn, lines: drawn.content.split('\n') };
};

type FkFont = { unitsPerEm: number; glyphForCodePoint(cp: number): { id: number; advanceWidth: number } };
const fk = { regular: fontkit.create(fontData().regular) as unknown as FkFont, bold: fontkit.create(fontData().bold) as unknown as FkFont };
/** Width of `text` at `size` by fontkit's advances (no kerning). */
const width = (text: string, size: number, weight: 'regular' | 'bold' = 'regular') =>
  ([...text].reduce((w, ch) => w + fk[weight].glyphForCodePoint(ch.codePointAt(0)!).advanceWidth, 0) * size) / fk[weight].unitsPerEm;

describe('drawSvg()', () => {
  it('drawSvg(<svg width height>) reports the viewport size', () => {
    expect(draw('').drawn).toMatchObject({ width: 200, height: 100 });
    expect(draw('', 'viewBox="0 0 40 30"').drawn).toMatchObject({ width: 40, height: 30 });
  });

  it('drawSvg(<rect fill="#ff0000">) fills a rectangle in red', () => {
    const { lines, warnings } = draw('<rect x="1" y="2" width="3" height="4" fill="#ff0000"/>');
    expect(lines).toEqual(['q', '1 0 0 rg', '1 2 3 4 re', 'f', 'Q']);
    expect(warnings).toEqual([]);
  });

  it('drawSvg(<g fill="none"><path stroke=…>) inherits no fill and strokes with width, cap, miter limit and dashes', () => {
    const { lines } = draw('<g fill="none" stroke-miterlimit="4"><path d="M0,0h5" stroke="#000" stroke-width="2" stroke-linecap="round" stroke-dasharray="4,3"/></g>');
    expect(lines).toEqual(['q', '0 0 0 RG', '2 w', '1 J', '4 M', '[4 3] 0 d', '0 0 m\n5 0 l'.split('\n'), 'S', 'Q'].flat());
  });

  it('drawSvg(<line transform="translate(140,0)">) strokes a line inside its own transform, never filling it', () => {
    const { lines } = draw('<line transform="translate(140,0)" x2="0" y2="-108" stroke="#e5e7eb" stroke-width="1"/>');
    expect(lines[0]).toBe('q');
    expect(lines).toContain('1 0 0 1 140 0 cm');
    expect(lines).toContain('0 0 m');
    expect(lines).toContain('0 -108 l');
    expect(lines).toContain('S');
    expect(lines).not.toContain('f');
  });

  it('drawSvg(<path fill="#000" stroke="#fff" opacity="0.5">) fills and strokes through a graphics state of alpha 0.5', () => {
    const { lines, states } = draw('<path d="M0,0h5v5Z" fill="#000" stroke="#fff" opacity="0.5"/>');
    expect(states).toEqual([[0.5, 0.5]]);
    expect(lines).toContain('/GS1 gs');
    expect(lines).toContain('B');
  });

  it('drawSvg(<path fill-opacity="0.25">) sets only the fill alpha', () => {
    const { states } = draw('<path d="M0,0h5v5Z" fill="#000" fill-opacity="0.25"/>');
    expect(states).toEqual([[0.25, 1]]);
  });

  it('drawSvg(<g display="none">) draws nothing of the subtree; d="" draws nothing', () => {
    expect(draw('<g display="none"><rect width="3" height="3"/></g><path d=""/>').drawn.content).toBe('');
  });

  it('drawSvg(<text text-anchor="end" font-size="12px">) sets the text left of x by its width at plain advances', () => {
    const { lines, ctx } = draw('<text text-anchor="end" transform="translate(100,16)" font-family="Inter" font-size="12px" fill="#1f2937">100%</text>');
    expect(lines).toContain('1 0 0 1 100 16 cm');
    expect(lines).toContain('/F1 12 Tf');
    const tm = lines.find((l) => l.endsWith(' Tm'))!.split(' ').map(Number);
    expect(tm[4]).toBeCloseTo(-width('100%', 12), 2);
    expect(tm[5]).toBe(0);
    const glyphs = [...'100%'].map((c) => fk.regular.glyphForCodePoint(c.codePointAt(0)!).id.toString(16).toUpperCase().padStart(4, '0'));
    expect(lines).toContain(`<${glyphs.join('')}> Tj`);
    expect([...ctx.fonts.regular.glyphs.values()].sort()).toEqual(['%', '0', '1']);
  });

  it('drawSvg(<text text-anchor="middle" font-weight="bold">) centres bold text on x', () => {
    const { lines, ctx } = draw('<text text-anchor="middle" x="50" y="20" font-size="15px" font-weight="bold">Née «A»</text>');
    expect(lines).toContain('/F2 15 Tf');
    const tm = lines.find((l) => l.endsWith(' Tm'))!.split(' ').map(Number);
    expect(tm[4]).toBeCloseTo(50 - width('Née «A»', 15, 'bold') / 2, 2);
    expect(tm[5]).toBe(20);
    expect([...ctx.fonts.bold.glyphs.values()]).toEqual(expect.arrayContaining(['é', '«', '»']));
  });

  it('drawSvg(<text><tspan/><tspan x="0" dy="17"/></text>) starts the second line at x = 0, 17 px lower', () => {
    const { lines } = draw('<text x="5" y="12" font-size="15px"><tspan>First line</tspan><tspan x="0" dy="17">Second</tspan></text>');
    const tms = lines.filter((l) => l.endsWith(' Tm')).map((l) => l.split(' ').map(Number));
    expect(tms.map((t) => [t[4], t[5]])).toEqual([[5, 12], [0, 29]]);
  });

  it('drawSvg(<text transform="translate(10,50) rotate(-90)">) rotates the text', () => {
    const { lines } = draw('<text transform="translate(10,50) rotate(-90)">Y</text>');
    expect(lines).toContain('0 -1 1 0 10 50 cm');
  });

  it('drawSvg(unknown element, attribute and colour) warns once each and draws the rest', () => {
    const { warnings, lines } = draw('<foo/><rect width="3" height="3" fill="url(#g)" data-x="1"/><circle cx="5" cy="5" r="2"/>');
    expect(warnings).toHaveLength(3);
    expect(warnings.join('\n')).toMatch(/foo[\s\S]*data-x[\s\S]*url/);
    expect(lines.filter((l) => l.endsWith(' c'))).toHaveLength(4);
  });
});
