import { describe, expect, it } from 'vitest';
import { fitMatrix } from '../../../../../pipeline/outputs/formats/pdf/document.js';

const A4 = { width: 841.89, height: 595.28, margin: 36 };

describe('fitMatrix()', () => {
  it('fitMatrix(856 × 227 px, A4 landscape) scales a wide chart to the box width, at the top margin, y flipped', () => {
    // Box 769.89 × 523.28: the width binds, scale 769.89 / 856.
    const s = 769.89 / 856;
    const m = fitMatrix(856, 227, A4);
    expect(m[0]).toBeCloseTo(s, 9);
    expect(m[3]).toBeCloseTo(-s, 9);
    expect(m[4]).toBeCloseTo(36, 9);
    expect(m[5]).toBeCloseTo(595.28 - 36, 9);
  });

  it('fitMatrix(100 × 1000 px) scales a tall chart to the box height and centres it across', () => {
    const s = 523.28 / 1000;
    const m = fitMatrix(100, 1000, A4);
    expect(m[0]).toBeCloseTo(s, 9);
    expect(m[4]).toBeCloseTo(36 + (769.89 - 100 * s) / 2, 9);
    // The chart's bottom (y = 1000) lands on the bottom margin.
    expect(m[5] + m[3] * 1000).toBeCloseTo(36, 9);
  });

  it('fitMatrix(100 × 50 px) scales a small chart up to fit, as xMidYMin meet', () => {
    expect(fitMatrix(100, 50, A4)[0]).toBeCloseTo(7.6989, 9);
  });
});
