import { describe, expect, it } from 'vitest';
import { IdSet } from '../../pipeline/ids.js';

describe('IdSet()', () => {
  it('IdSet.add/has keeps numbers and texts apart and grows past its first table', () => {
    const ids = new IdSet();
    const numbers = Array.from({ length: 20_000 }, (_, k) => 11453200000 + k * 7919);
    for (const n of numbers) ids.add(n);
    ids.add('R_abc');
    ids.add(numbers[0]); // again: no change
    expect(ids.size).toBe(20_001);
    expect(numbers.every((n) => ids.has(n))).toBe(true);
    expect(ids.has(11453200001)).toBe(false);
    expect(ids.has('R_abc')).toBe(true);
    expect(ids.has('11453200000')).toBe(false); // a text is not the number
    expect(ids.has(0)).toBe(false);
    ids.add(0);
    expect(ids.has(0)).toBe(true);
  });

  it('IdSet.from(iterable) copies every id', () => {
    const a = IdSet.from([1, 2, 'x', 4_000_000_000_123]);
    const b = IdSet.from(a);
    expect([...b].sort()).toEqual([1, 2, 4_000_000_000_123, 'x'].sort());
  });
});
