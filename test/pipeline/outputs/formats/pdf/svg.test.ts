import { describe, expect, it } from 'vitest';
import { decodeEntities, parseSvg } from '../../../../../pipeline/outputs/formats/pdf/svg.js';

describe('parseSvg()', () => {
  it('parseSvg(vega-like svg) gives elements, attributes and text, skipping declaration and comments', () => {
    const root = parseSvg(
      '<?xml version="1.0"?><!-- c --><svg width="10" height=\'5\'><g transform="translate(1,2)"><rect width="3" height="4"/><text x="0"><tspan>a</tspan><tspan x="0" dy="17">b</tspan></text></g></svg>',
    );
    expect(root.name).toBe('svg');
    expect(root.attributes).toEqual({ width: '10', height: '5' });
    const g = root.children[0];
    expect(typeof g !== 'string' && g.name).toBe('g');
    if (typeof g === 'string') throw new Error('unexpected');
    expect(g.children).toHaveLength(2);
    const text = g.children[1];
    if (typeof text === 'string') throw new Error('unexpected');
    expect(text.children).toEqual([
      { name: 'tspan', attributes: {}, children: ['a'] },
      { name: 'tspan', attributes: { x: '0', dy: '17' }, children: ['b'] },
    ]);
  });

  it('parseSvg(text with entities) decodes &amp; &lt; &gt; &quot; &apos; &#NN; &#xHH; in text and attributes', () => {
    const root = parseSvg('<svg aria-label="a &quot;b&quot; &amp; c"><text>&lt;&gt;&apos;&#233;&#xAB;&#xa0;&#187;</text></svg>');
    expect(root.attributes['aria-label']).toBe('a "b" & c');
    expect(root.children[0]).toEqual({ name: 'text', attributes: {}, children: ["<>'é«\u00a0»"] });
  });

  it('parseSvg(attribute holding ">") reads the whole tag', () => {
    const root = parseSvg('<svg><path d="M0,0" aria-label="a > b"/></svg>');
    expect(root.children[0]).toEqual({ name: 'path', attributes: { d: 'M0,0', 'aria-label': 'a > b' }, children: [] });
  });

  it('parseSvg("<svg><g></svg>") throws on unbalanced tags', () => {
    expect(() => parseSvg('<svg><g></svg>')).toThrow();
    expect(() => parseSvg('<svg><g>')).toThrow();
    expect(() => parseSvg('just text')).toThrow();
  });

  it('decodeEntities("&nbsp;") leaves unknown named entities as written', () => {
    expect(decodeEntities('a&nbsp;b')).toBe('a&nbsp;b');
  });
});
