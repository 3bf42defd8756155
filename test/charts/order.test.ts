import { describe, expect, it } from 'vitest';
import { largestFirst } from '../../charts/order.js';

describe('largestFirst(rows, key)', () => {
  it('largestFirst(rows, share) puts the largest first and keeps ties in the given order, without changing the input', () => {
    const rows = [{ id: 'a', share: 0.2 }, { id: 'b', share: 0.5 }, { id: 'c', share: 0.2 }, { id: 'd', share: 0.9 }, { id: 'e', share: 0.5 }];
    expect(largestFirst(rows, (r) => r.share).map((r) => r.id)).toEqual(['d', 'b', 'e', 'a', 'c']);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
