import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontData } from '../../../../../charts/font.js';
import { subsetTrueType } from '../../../../../pipeline/outputs/formats/pdf/subset.js';

interface FkGlyph {
  id: number;
  advanceWidth: number;
  path: { toSVG(): string };
}
interface FkFont {
  numGlyphs: number;
  unitsPerEm: number;
  glyphForCodePoint(cp: number): FkGlyph;
  getGlyph(id: number): FkGlyph;
}
const open = (bytes: Uint8Array) => fontkit.create(Buffer.from(bytes)) as unknown as FkFont;

/** Uint32 sum of `bytes` zero-padded to four, computed here independently of the module. */
function sum32(bytes: Uint8Array): number {
  const padded = Buffer.alloc((bytes.length + 3) & ~3);
  padded.set(bytes);
  let s = 0;
  for (let i = 0; i < padded.length; i += 4) s = (s + padded.readUInt32BE(i)) >>> 0;
  return s;
}

describe('subsetTrueType()', () => {
  for (const weight of ['regular', 'bold'] as const) {
    it(`subsetTrueType(Inter ${weight}, glyphs of "Aé€%") keeps those glyphs' outlines and advances under their ids, and is much smaller`, () => {
      const full = fontData()[weight];
      const original = open(full);
      const glyphs = [...'Aé€%'].map((ch) => original.glyphForCodePoint(ch.codePointAt(0)!));
      const subset = subsetTrueType(full, glyphs.map((g) => g.id));
      const font = open(subset);
      expect(font.unitsPerEm).toBe(original.unitsPerEm);
      for (const g of glyphs) {
        const ours = font.getGlyph(g.id);
        expect(ours.path.toSVG()).toBe(g.path.toSVG());
        expect(ours.path.toSVG().length).toBeGreaterThan(20);
        expect(ours.advanceWidth).toBe(g.advanceWidth);
      }
      // A glyph below the last one kept but not asked for has no outline.
      const z = original.glyphForCodePoint(0x5a);
      expect(z.id).toBeLessThan(Math.max(...glyphs.map((g) => g.id)));
      expect(font.getGlyph(z.id).path.toSVG()).toBe('');
      expect(subset.length).toBeLessThan(full.length / 20);
    });
  }

  it('subsetTrueType(Inter, [glyph of "é"]) keeps the components of a composite glyph', () => {
    const full = fontData().regular;
    const original = open(full);
    const eacute = original.glyphForCodePoint(0xe9);
    const font = open(subsetTrueType(full, [eacute.id]));
    // fontkit draws a composite from its components: a missing one would change (or empty) the path.
    expect(font.getGlyph(eacute.id).path.toSVG()).toBe(eacute.path.toSVG());
  });

  it('subsetTrueType(Inter, glyphs) writes table checksums and head.checkSumAdjustment so that the file sums to 0xB1B0AFBA', () => {
    const full = fontData().regular;
    const original = open(full);
    const subset = Buffer.from(subsetTrueType(full, [...'Hello'].map((c) => original.glyphForCodePoint(c.codePointAt(0)!).id)));
    const tables = subset.readUInt16BE(4);
    const tags: string[] = [];
    for (let t = 0; t < tables; t++) {
      const at = 12 + 16 * t;
      const tag = subset.toString('latin1', at, at + 4);
      tags.push(tag);
      const [checksum, offset, length] = [subset.readUInt32BE(at + 4), subset.readUInt32BE(at + 8), subset.readUInt32BE(at + 12)];
      const data = Buffer.from(subset.subarray(offset, offset + length));
      if (tag === 'head') data.writeUInt32BE(0, 8);
      expect(checksum, tag).toBe(sum32(data));
    }
    expect(tags).toEqual(['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'].filter((t) => tags.includes(t)));
    expect(tags).toEqual(expect.arrayContaining(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']));
    expect(tags).not.toContain('GSUB');
    expect(tags).not.toContain('cmap');
    expect(sum32(subset)).toBe(0xb1b0afba);
  });
});
