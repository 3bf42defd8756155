import { describe, expect, it } from 'vitest';
import { scopeSvgIds } from '../../../../pipeline/outputs/report/svg-ids.js';

describe('scopeSvgIds(svg, prefix)', () => {
  it('scopeSvgIds(svg, prefix) prefixes every id and every reference to one in the tags, never the text between them', () => {
    const svg = '<svg><defs><clipPath id="clip1"><rect/></clipPath><linearGradient id="gradient_0"/></defs><g clip-path="url(#clip1)"><rect fill="url(#gradient_0)" class="clip1"/><text>url(#clip1) id="x"</text></g></svg>';
    expect(scopeSvgIds(svg, 'chart-a-narrow-')).toBe(
      '<svg><defs><clipPath id="chart-a-narrow-clip1"><rect/></clipPath><linearGradient id="chart-a-narrow-gradient_0"/></defs><g clip-path="url(#chart-a-narrow-clip1)"><rect fill="url(#chart-a-narrow-gradient_0)" class="clip1"/><text>url(#clip1) id="x"</text></g></svg>',
    );
  });

  it('scopeSvgIds(the two layouts of one chart) leaves no id shared between them', () => {
    const svg = '<svg><clipPath id="clip1"/><g clip-path="url(#clip1)"/></svg>';
    const ids = (s: string) => [...s.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const wide = ids(scopeSvgIds(svg, 'c-wide-'));
    const narrow = ids(scopeSvgIds(svg, 'c-narrow-'));
    expect(wide).toEqual(['c-wide-clip1']);
    expect(narrow).toEqual(['c-narrow-clip1']);
  });

  it('scopeSvgIds(an SVG without ids) returns it unchanged', () => {
    const svg = '<svg width="10" height="10"><rect fill="#fff"/></svg>';
    expect(scopeSvgIds(svg, 'p-')).toBe(svg);
  });
});
