import { describe, expect, it } from 'vitest';
import { breakdowns } from '../../../pipeline/metrics/index.js';
import { formatPercent, narrateBreakdowns } from '../../../pipeline/narrate/index.js';
import { item } from './items.js';

describe('narrateBreakdowns(breakdowns, items, groups)', () => {
  it('narrateBreakdowns: published cells with n, suppressed cells only counted', () => {
    const a = { id: 'a', group: 'plenary', positiveLevels: 2, counts: [30, 30, 20, 10], byAttribute: { gender: { Female: [15, 15, 10, 5], Male: [14, 14, 10, 5], X: [1, 1, 0, 0] } } };
    const b = { id: 'b', group: 'plenary', positiveLevels: 2, counts: [20, 20, 10, 10], byAttribute: { gender: { Female: [10, 10, 5, 5], Male: [8, 8, 5, 5], X: [2, 2, 0, 0] } } };
    const out = breakdowns([a, b], [{ id: 'plenary', items: ['a', 'b'] }], [{ name: 'gender', values: ['Female', 'Male', 'X'] }], { minCell: 5 });
    const items = [item('a', 'plenary', 'A', 60, 90), item('b', 'plenary', 'B', 40, 60)];
    const [s] = narrateBreakdowns(out, items, [{ id: 'plenary', items: ['a', 'b'] }]);
    const g = out.rows.find((r) => r.item === null)!;
    const shown = g.cells.filter((c) => !c.suppressed);
    const hidden = g.cells.length - shown.length;
    expect(s.kind).toBe('breakdown');
    expect(s.attribute).toBe('gender');
    expect(s.text.startsWith('By gender, share of answers good or excellent for the plenaries: ')).toBe(true);
    for (const c of shown) expect(s.text).toContain(`“${c.value}” ${formatPercent(c.positive!)} (n = ${c.valid})`);
    for (const c of g.cells.filter((x) => x.suppressed)) expect(s.text).not.toContain(`“${c.value}”`);
    if (hidden) expect(s.text).toMatch(new RegExp(`; ${hidden} values? not shown to protect small groups$`));
  });
});
