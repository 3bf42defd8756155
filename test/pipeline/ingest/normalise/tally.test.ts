import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../../pipeline/model.js';
import { addRow, createTally, idKey } from '../../../../pipeline/ingest/normalise/tally.js';

const layout: Layout = {
  tool: 'generic',
  headerRows: 1,
  columns: [
    { index: 0, header: 'ID', role: { kind: 'respondent-id' } },
    { index: 1, header: 'Role', role: { kind: 'attribute', attribute: 'role' } },
    { index: 2, header: 'Q', role: { kind: 'answer', question: 'Q', item: 'Q' } },
  ],
};

describe('addRow(tally, layout, row)', () => {
  it('addRow counts answers, blanks and breakdowns; skips blank rows, footers and duplicate ids', () => {
    const t = createTally(layout);
    const rows = [['1', 'Donor', 'Good'], ['2', 'Donor', ' Good '], ['3', 'NGO', ''], ['', '', ''], ['2', 'NGO', 'Poor'], ['Total', '', '3']];
    rows.forEach((r, k) => addRow(t, layout, r, k + 2));
    expect(t.respondents).toBe(3);
    expect([...t.columns.get(2)!.counts]).toEqual([['Good', 2]]);
    expect(t.columns.get(2)!.blank).toBe(1);
    expect(t.duplicateRows).toEqual([6]);
    expect(t.footerRows).toEqual([7]);
    expect([...t.breakdowns.get(1)!.get('Donor')!.get(2)!]).toEqual([['Good', 2]]);
    expect([...t.attributeCounts.get(1)!]).toEqual([['Donor', 2], ['NGO', 1]]);
  });
});

describe('addRow(tally, layout, short row)', () => {
  it('addRow(short rows) reads their missing fields as blanks and lists the first 5 of them, counting all; none without a field count', () => {
    const t = createTally(layout, { fields: 3 });
    // Rows 2–9: every other one stops after the role (8 rows, 4 short: rows 3, 5, 7, 9), then 4 more short ones.
    for (let r = 0; r < 8; r++) addRow(t, layout, r % 2 ? [String(r), 'NGO'] : [String(r), 'NGO', 'Good'], r + 2);
    for (let r = 8; r < 12; r++) addRow(t, layout, [String(r)], r + 2);
    expect(t.shortRows).toEqual([3, 5, 7, 9, 10]);
    expect(t.shortCount).toBe(8);
    expect(t.columns.get(2)!.blank).toBe(8);
    const xlsx = createTally(layout);
    addRow(xlsx, layout, ['1'], 2);
    expect([xlsx.shortRows, xlsx.shortCount]).toEqual([[], 0]);
  });
});

describe('idKey(id)', () => {
  it('idKey keeps numeric ids as numbers and others as text', () => {
    expect(idKey('11453200000')).toBe(11453200000);
    expect(idKey('R_abc')).toBe('R_abc');
    expect(idKey('0012')).toBe('0012'); // "0012" and "12" are different respondents
    expect(idKey('1234567890123456789')).toBe('1234567890123456789'); // beyond exact doubles
  });
});
