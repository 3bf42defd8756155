import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { breakdowns } from '../../../pipeline/metrics/breakdown.js';
import { breakdownsCsv } from '../../../pipeline/outputs/breakdowns-csv.js';

const A = { id: 'a', group: 'plenary', positiveLevels: 2, counts: [30, 30, 20, 10], byAttribute: { gender: { Female: [15, 15, 10, 5], Male: [14, 14, 10, 5], X: [1, 1, 0, 0] } } };

function summary() {
  return {
    items: [{ id: 'a', label: '=HYPERLINK("x") Plenary A' }],
    groups: [{ id: 'plenary', label: 'Plenaries' }],
    breakdowns: breakdowns([A], [{ id: 'plenary', items: ['a'] }], [{ name: 'gender', values: ['Female', 'Male', 'X'] }]),
  } as unknown as Parameters<typeof breakdownsCsv>[0];
}

describe('breakdownsCsv(summary)', () => {
  it('breakdownsCsv: one row per cell, group rows then item rows, figures rounded to six decimals', () => {
    const rows = Papa.parse<Record<string, string>>(breakdownsCsv(summary()), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.scope, r.value])).toEqual([['group', 'Female'], ['group', 'Male'], ['group', 'X'], ['item', 'Female'], ['item', 'Male'], ['item', 'X']]);
    expect(rows[0]).toMatchObject({ attribute: 'gender', group: 'plenary', item: 'Plenaries', valid: '45', positive_count: '30', positive: '0.666667', suppressed: 'false' });
  });

  it('breakdownsCsv: a suppressed cell keeps its label and loses every figure', () => {
    const rows = Papa.parse<Record<string, string>>(breakdownsCsv(summary()), { header: true, skipEmptyLines: true }).data;
    const x = rows.find((r) => r.scope === 'item' && r.value === 'X')!;
    expect([x.valid, x.positive_count, x.positive, x.positive_low, x.positive_high, x.suppressed]).toEqual(['', '', '', '', '', 'true']);
  });

  it('breakdownsCsv defuses text cells against formula injection', () => {
    expect(breakdownsCsv(summary())).not.toMatch(/,=HYPERLINK/);
  });
});
