import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontData, loadAdvances } from '../../../../../charts/font.js';
import { subsetTag, toUnicodeCMap, widthsArray } from '../../../../../pipeline/outputs/formats/pdf/font.js';

type FkGlyph = { id: number; advanceWidth: number };
type FkFont = { unitsPerEm: number; glyphForCodePoint(cp: number): FkGlyph; getGlyph(id: number): FkGlyph };

describe('font embedding', () => {
  const fk = fontkit.create(fontData().regular) as unknown as FkFont;
  const a = fk.glyphForCodePoint(0x41);

  it('widthsArray(glyphs of "A", the next id and "%") gives fontkit’s advances in thousandths of an em, consecutive ids in one run', () => {
    const b = fk.getGlyph(a.id + 1);
    const pct = fk.glyphForCodePoint(0x25);
    const glyphs = new Map([[a.id, 'A'], [b.id, 'Á'], [pct.id, '%']]);
    const w = (g: { advanceWidth: number }) => Math.round((g.advanceWidth * 1000 * 1000) / fk.unitsPerEm) / 1000;
    const runs = [[a.id, `${a.id} [${w(a)} ${w(b)}]`], [pct.id, `${pct.id} [${w(pct)}]`]].sort((x, y) => Number(x[0]) - Number(y[0]));
    expect(widthsArray({ metrics: loadAdvances().regular, glyphs })).toBe(`[${runs.map((r) => r[1]).join(' ')}]`);
  });

  it('toUnicodeCMap(glyphs) maps each glyph id to its UTF-16BE text, « and a non-breaking space included', () => {
    const guillemet = fk.glyphForCodePoint(0xab);
    const cmap = toUnicodeCMap(new Map([[a.id, 'A'], [guillemet.id, '«'], [3, '\u00a0']]));
    const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
    expect(cmap).toContain(`<${hex(a.id)}> <0041>`);
    expect(cmap).toContain(`<${hex(guillemet.id)}> <00AB>`);
    expect(cmap).toContain('<0003> <00A0>');
    expect(cmap).toContain('3 beginbfchar');
    expect(cmap).toContain('<0000> <FFFF>');
  });

  it('toUnicodeCMap(250 glyphs) writes blocks of at most 100 entries', () => {
    const cmap = toUnicodeCMap(new Map(Array.from({ length: 250 }, (_, i) => [i + 1, 'x'] as [number, string])));
    expect(cmap.match(/(\d+) beginbfchar/g)).toEqual(['100 beginbfchar', '100 beginbfchar', '50 beginbfchar']);
  });

  it('subsetTag(name, glyphs) is six uppercase letters, the same for the same glyph set in any order, another for another set', () => {
    expect(subsetTag('Inter-Regular', [3, 1, 2])).toMatch(/^[A-Z]{6}$/);
    expect(subsetTag('Inter-Regular', [3, 1, 2])).toBe(subsetTag('Inter-Regular', [1, 2, 3]));
    expect(subsetTag('Inter-Regular', [1, 2, 3])).not.toBe(subsetTag('Inter-Regular', [1, 2, 4]));
  });
});
