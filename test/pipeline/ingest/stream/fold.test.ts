import { describe, expect, it } from 'vitest';
import { StreamFold } from '../../../../pipeline/ingest/stream/fold.js';
import type { FoldPlan } from '../../../../pipeline/ingest/stream/fold-plan.js';

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

  it('StreamFold.finish() counts answers and breakdowns by three attributes as a plain count does, rows inside and outside the cross of their values', () => {
    // Attributes: 5 values, 30 values (past a cell's cap of 16), 3 values with blanks; answers: 20 spellings (past the
    // 16 of a cell) and 4; some rows end early (their missing answers and attribute are empty).
    const plan: FoldPlan = { headerRows: 1, idColumn: 0, attributeColumns: [1, 2, 3], answerColumns: [4, 5], fields: 6 };
    const rows: string[][] = [];
    for (let r = 0; r < 6000; r++) {
      const row = [String(r + 1), `Role ${r % 5}`, `Country ${(r * 7) % 30}`, ['F', 'M', ''][(r >> 2) % 3], `Level ${(r * 11) % 20}`, ['Yes', 'No', '', 'Maybe'][r % 4]];
      rows.push(r % 97 === 0 ? row.slice(0, 3) : row);
    }
    const text = 'ID,Role,Country,Gender,Q1,Q2\n' + rows.map((r) => r.join(',')).join('\n') + '\n';
    const bytes = new TextEncoder().encode(text);
    const fold = new StreamFold(plan, ',');
    const half = text.indexOf('\n', text.length >> 1) + 1;
    for (let p = 0; p < half; p += 1013) fold.push(bytes.subarray(p, Math.min(p + 1013, half)));
    fold.finish(); // a first finish must not change what the second gives
    for (let p = half; p < bytes.length; p += 1013) fold.push(bytes.subarray(p, p + 1013));
    fold.end();
    const state = fold.finish();
    const cell = (r: string[], c: number) => r[c] ?? '';
    // The plain counts: (column, answer) and (attribute, value, column, answer) → rows.
    const answers = new Map<string, number>();
    const breakdowns = new Map<string, number>();
    const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    for (const r of rows) for (const j of [0, 1]) {
      add(answers, `${j}|${cell(r, 4 + j)}`);
      for (const a of [0, 1, 2]) add(breakdowns, `${a}|${cell(r, 1 + a)}|${j}|${cell(r, 4 + j)}`);
    }
    const gotAnswers = new Map<string, number>();
    state.answers.forEach((d, j) => d.counts.forEach((n, x) => n && gotAnswers.set(`${j}|${decoder.decode(d.keys[x])}`, n)));
    const gotBreakdowns = new Map<string, number>();
    state.breakdowns.forEach((byColumn, a) => byColumn.forEach((byValue, j) => byValue.forEach((counts, v) => counts.forEach((n, x) => {
      if (n) gotBreakdowns.set(`${a}|${decoder.decode(state.attributes[a].keys[v])}|${j}|${decoder.decode(state.answers[j].keys[x])}`, n);
    }))));
    expect(gotAnswers).toEqual(answers);
    expect(gotBreakdowns).toEqual(breakdowns);
  });
});
