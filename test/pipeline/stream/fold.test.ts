import { describe, expect, it } from 'vitest';
import { StreamFold, type FoldPlan } from '../../../pipeline/stream/fold.js';

const decoder = new TextDecoder();

describe('StreamFold()', () => {
  it('StreamFold.finish() counts breakdowns past the flat table (80 attribute values, 20 spellings) as a plain count does', () => {
    // Column 0: id; 1: an attribute with 80 values; 2 and 3: answers with 20 raw spellings (leading spaces) and 3.
    const plan: FoldPlan = { headerRows: 1, idColumn: 0, attributeColumns: [1], answerColumns: [2, 3], fields: 4 };
    const rows: string[][] = [];
    for (let r = 0; r < 5000; r++) rows.push([String(r + 1), `Country ${(r * 7) % 80}`, `${' '.repeat((r * 3) % 20)}Good`, ['Yes', 'No', ''][r % 3]]);
    const text = 'ID,Country,Q1,Q2\n' + rows.map((r) => r.join(',')).join('\n') + '\n';
    const fold = new StreamFold(plan, ',');
    const bytes = new TextEncoder().encode(text);
    // Chunks of odd sizes, so records cross chunk ends.
    for (let p = 0; p < bytes.length; p += 997) fold.push(bytes.subarray(p, p + 997));
    fold.end();
    const state = fold.finish();
    // The plain count: (attribute value, column, raw answer) → rows.
    const expected = new Map<string, number>();
    for (const r of rows) for (const j of [0, 1]) {
      const key = `${r[1]}|${j}|${r[2 + j]}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const got = new Map<string, number>();
    const values = state.attributes[0].keys.map((k) => decoder.decode(k));
    state.breakdowns[0].forEach((byValue, j) => byValue.forEach((counts, v) => counts.forEach((n, x) => {
      if (n) got.set(`${values[v]}|${j}|${decoder.decode(state.answers[j].keys[x])}`, n);
    })));
    expect(got).toEqual(expected);
    expect(state.respondents).toBe(5000);
    // finish() again (the fallback path calls it after more chunks) gives the same, not doubled, counts.
    expect(fold.finish().breakdowns[0][0].map((c) => c.reduce((a, b) => a + b, 0)).reduce((a, b) => a + b, 0)).toBe(5000);
  });
});
