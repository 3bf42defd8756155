import { describe, expect, it } from 'vitest';
import { frameSvg } from '../../charts/index.js';

describe('frameSvg', () => {
  it('frameSvg(svg, 1920, 1080) sets the size and centres the content with a viewBox of the same aspect', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 400 100"><rect width="400" height="100"/></svg>';
    const framed = frameSvg(svg, 1920, 1080, { margin: 0 });
    // Width-bound: scale 1920/400 = 4.8; the viewBox is 400 × 225, the content centred 62.5 below its top.
    expect(framed).toContain('width="1920" height="1080" viewBox="0 -62.5 400 225"');
    expect(framed.endsWith('<rect width="400" height="100"/></svg>')).toBe(true);
  });

  it('frameSvg(svg) throws on a document without a size', () => {
    expect(() => frameSvg('<svg></svg>', 10, 10)).toThrow('frameSvg');
  });
});
