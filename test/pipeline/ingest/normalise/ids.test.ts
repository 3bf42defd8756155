import { describe, expect, it } from 'vitest';
import { IdSet } from '../../../../pipeline/ingest/normalise/ids.js';

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

describe('IdSet ordered runs', () => {
  /** A seeded generator (mulberry32), so that a failure reproduces. */
  function random(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const orders: Record<string, (k: number, r: () => number) => number> = {
    rising: (k) => 10_000_000_000 + 3 * k,
    falling: (k) => 10_000_000_000 - 3 * k,
    'rising, then repeated from the start': (k) => 500 + (k % 700),
    'random with repeats': (_k, r) => Math.floor(r() * 1500),
    'rising with stragglers': (k, r) => (r() < 0.1 ? Math.floor(r() * 3 * k) : 3 * k),
    'falling, then rising': (k) => (k < 600 ? 1000 - k : k - 200),
  };

  for (const [name, order] of Object.entries(orders)) {
    it(`IdSet.addNew(id) answers as a plain Set does, ids ${name}`, () => {
      const r = random(name.length);
      const ids = new IdSet();
      const model = new Set<number>();
      for (let k = 0; k < 2000; k++) {
        const id = order(k, r);
        const isNew = !model.has(id);
        model.add(id);
        expect(ids.addNew(id), `id ${id} at ${k}`).toBe(isNew);
      }
      expect(ids.size).toBe(model.size);
      expect([...model].every((id) => ids.has(id) && ids.has(id + 1) === model.has(id + 1))).toBe(true);
      for (let id = -5; id < 3 * 2000 + 5; id += 1) expect(ids.has(id), `has ${id}`).toBe(model.has(id));
      expect([...ids].map(Number).sort((a, b) => a - b)).toEqual([...model].sort((a, b) => a - b));
    });
  }
});
