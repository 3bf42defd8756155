import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { readAdvances } from '../../charts/advances.js';
import { fontData } from '../../charts/font.js';

type Font = { unitsPerEm: number; characterSet: number[]; glyphForCodePoint: (cp: number) => { advanceWidth: number } };

describe('readAdvances()', () => {
  for (const weight of ['regular', 'bold'] as const) {
    it(`readAdvances(Inter ${weight}) gives fontkit's advance for every code point of the font, and .notdef's for others`, () => {
      const bytes = fontData()[weight];
      const font = fontkit.create(bytes) as unknown as Font;
      const ours = readAdvances(bytes);
      expect(ours.unitsPerEm).toBe(font.unitsPerEm);
      // Every mapped code point, plus some the font lacks (CJK, an emoji, a private-use one).
      const points = [...font.characterSet, 0x4e2d, 0x1f600, 0xe000, 0x10ffff];
      expect(points.length).toBeGreaterThan(1000);
      const differ = points.filter((cp) => ours.advance(cp) !== font.glyphForCodePoint(cp).advanceWidth);
      expect(differ).toEqual([]);
    });
  }
});
