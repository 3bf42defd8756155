import { describe, expect, it } from 'vitest';
import { inkOn, levelColours } from '../../charts/index.js';

describe('palette', () => {
  it('levelColours(5, 2, 2) gives blues for the top two, grey in the middle, oranges below', () => {
    expect(levelColours(5, 2, 2)).toEqual(['#08519c', '#6baed6', '#b0b0b0', '#fdae6b', '#a63603']);
  });

  it('levelColours(4, 2, null) gives each level its own colour', () => {
    const colours = levelColours(4, 2, null);
    expect(new Set(colours).size).toBe(4);
  });

  it('inkOn(fill) puts white on dark fills and ink on light ones', () => {
    expect(inkOn('#08519c')).toBe('white');
    expect(inkOn('#a63603')).toBe('white');
    expect(inkOn('#9ecae1')).not.toBe('white');
    expect(inkOn('#fdae6b')).not.toBe('white');
  });
});
