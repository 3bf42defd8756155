import { describe, expect, it } from 'vitest';
import { breakdowns, type BreakdownItemInput } from '../../../pipeline/metrics/breakdown.js';

/** Two plenaries, 4-point scale, broken down by gender: counts per level chosen by hand. */
const A: BreakdownItemInput = {
  id: 'a', group: 'plenary', positiveLevels: 2, counts: [30, 30, 20, 10],
  byAttribute: { gender: { Female: [15, 15, 10, 5], Male: [14, 14, 10, 5], X: [1, 1, 0, 0] } },
};
const B: BreakdownItemInput = {
  id: 'b', group: 'plenary', positiveLevels: 2, counts: [20, 20, 10, 10],
  byAttribute: { gender: { Female: [10, 10, 5, 5], Male: [8, 8, 5, 5], X: [2, 2, 0, 0] } },
};
const GROUPS = [{ id: 'plenary', items: ['a', 'b'] }];

describe('breakdowns(items, groups, attributes)', () => {
  it('breakdowns: positive share per value from the counts, group row pooled over items', () => {
    const out = breakdowns([A, B], GROUPS, [{ name: 'gender', values: ['Female', 'Male', 'X'] }], { minCell: 3 });
    const row = (item: string | null) => out.rows.find((r) => r.item === item)!;
    // Item a, Female: 30 positive of 45.
    expect(row('a').cells[0]).toMatchObject({ value: 'Female', valid: 45, positiveCount: 30, suppressed: false });
    expect(row('a').cells[0].positive).toBeCloseTo(30 / 45, 14);
    // Group, Male: (28 + 16) / (43 + 26).
    expect(row(null).cells[1]).toMatchObject({ value: 'Male', valid: 69, positiveCount: 44 });
  });

  it('breakdowns: a cell under k is null with suppressed: true, and its complement is hidden too', () => {
    const out = breakdowns([A, B], GROUPS, [{ name: 'gender', values: ['Female', 'Male', 'X'] }], { minCell: 5 });
    const a = out.rows.find((r) => r.item === 'a')!;
    // X has 2 answers for a (primary) and 4 for b (primary): both rows then hide their next smallest cell (Male).
    expect(a.cells.map((c) => c.suppressed)).toEqual([false, true, true]);
    expect(a.cells[2]).toEqual({ value: 'X', valid: null, positiveCount: null, positive: null, positiveLow: null, positiveHigh: null, suppressed: true });
    // The group's X cell (6 answers) would then be recoverable from the column … so the group row hides two cells as well.
    const g = out.rows.find((r) => r.item === null)!;
    expect(g.cells.filter((c) => c.suppressed).length).not.toBe(1);
  });

  it('breakdowns: every value of the attribute is a cell, even one with no answer to this item', () => {
    const out = breakdowns([A], [{ id: 'plenary', items: ['a'] }], [{ name: 'gender', values: ['Female', 'Male', 'Other', 'X'] }], { minCell: 1 });
    expect(out.rows[0].cells.map((c) => c.value)).toEqual(['Female', 'Male', 'Other', 'X']);
    expect(out.rows[0].cells[2].suppressed).toBe(true); // 0 answers < 1
  });

  it('breakdowns: an attribute with a single value is left out', () => {
    const out = breakdowns([A], [{ id: 'plenary', items: ['a'] }], [{ name: 'region', values: ['Europe'] }]);
    expect(out.rows).toEqual([]);
    expect(out.attributes).toEqual([]);
  });

  it('breakdowns: counts that do not add up to the item skip the block and say so', () => {
    const broken = { ...B, byAttribute: { gender: { Female: [1, 1, 1, 1] } } };
    const out = breakdowns([A, broken], GROUPS, [{ name: 'gender', values: ['Female', 'Male', 'X'] }]);
    expect(out.rows).toEqual([]);
    expect(out.skipped).toEqual([{ attribute: 'gender', group: 'plenary', item: 'b' }]);
  });
});

describe('breakdowns(items, groups, attributes) and small groups of respondents', () => {
  it('breakdowns(a value of 2 respondents with 8 pooled answers) suppresses the pooled cell', () => {
    // Four items; "Journalist" is 2 respondents who answered all four (8 answers), "Donor" 20 respondents.
    const item = (id: string) => ({
      id,
      group: 'plenary',
      counts: [12, 6, 3, 1],
      positiveLevels: 2,
      byAttribute: { role: { Donor: [11, 5, 3, 1], Journalist: [1, 1, 0, 0] } },
    });
    const items = ['p1', 'p2', 'p3', 'p4'].map(item);
    const out = breakdowns(items, [{ id: 'plenary', items: ['p1', 'p2', 'p3', 'p4'] }], [{ name: 'role', values: ['Donor', 'Journalist'], respondents: { Donor: 20, Journalist: 2 } }]);
    const pooled = out.rows.find((r) => r.item === null)!;
    expect(pooled.cells.find((c) => c.value === 'Journalist')!.suppressed).toBe(true);
    // Without the respondent counts, 8 answers would have passed the threshold of 5.
    const loose = breakdowns(items, [{ id: 'plenary', items: ['p1', 'p2', 'p3', 'p4'] }], [{ name: 'role', values: ['Donor', 'Journalist'] }]);
    expect(loose.rows.find((r) => r.item === null)!.cells.find((c) => c.value === 'Journalist')!.suppressed).toBe(false);
  });
});
