import { describe, expect, it } from 'vitest';
import { measureText } from '../../charts/index.js';
import { itemLabel, legendColumns, narrowLabels, narrowRows, narrowTitle, placeValues, valueInside, valuePlace, wrapNarrow } from '../../charts/narrow.js';

describe('narrowRows(rows, options)', () => {
  it('narrowRows(two one-line rows, { fontSize: 10 }) stacks label, bar, gap, label, bar at the hand-computed heights', () => {
    // fontSize 10: line 12.5 → 13 px, bar 13 px, 3 px from label to bar, 8 px from a bar to the next label.
    const { rows, height, lineHeight } = narrowRows([{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }], { fontSize: 10 });
    expect(lineHeight).toBe(13);
    expect(rows).toEqual([
      { key: 'a', lines: ['A'], labelY: 0, y: 16, y2: 29, mid: 22.5 },
      { key: 'b', lines: ['B'], labelY: 37, y: 53, y2: 66, mid: 59.5 },
    ]);
    expect(height).toBe(66);
  });

  it('narrowRows(a long label) wraps it onto lines above its bar, never cutting a word', () => {
    const width = measureText('Logistics and', 13) + 1;
    const { rows } = narrowRows([{ key: 'a', label: 'Logistics and organisation' }], { width, fontSize: 13 });
    expect(rows[0].lines).toEqual(['Logistics and', 'organisation']);
    // Two lines of round(13 × 1.25) = 16 px, then 3 px.
    expect(rows[0].y).toBe(35);
  });

  it('narrowRows(an item with its n) keeps " (n = 480)" whole: on the last line when it fits, else on a line of its own', () => {
    const label = itemLabel('p7', { label: 'Plenary 7 on devices', valid: 480 });
    expect(label.suffix).toBe(' (n = 480)');
    const roomy = narrowRows([label], { width: 1000, fontSize: 13 });
    expect(roomy.rows[0].lines).toEqual(['Plenary 7 on devices (n = 480)']);
    const tight = narrowRows([label], { width: measureText('Plenary 7 on devices', 13) + 1, fontSize: 13 });
    expect(tight.rows[0].lines).toEqual(['Plenary 7 on devices', '(n = 480)']);
  });

  it('narrowRows(a row with a note) puts the note on its own line under the label', () => {
    const { rows } = narrowRows([{ key: 'a', label: 'Side-events', note: '81% / 80% (70%–92%)' }], { width: 1000, fontSize: 13 });
    expect(rows[0].lines).toEqual(['Side-events', '81% / 80% (70%–92%)']);
  });
});

describe('placeValues(values, rows)', () => {
  it('placeValues(values, rows) adds each row\'s bar top, bottom and middle to the values of that row, by key', () => {
    const { rows } = narrowRows([{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }], { fontSize: 10 });
    const placed = placeValues([{ key: 'b', share: 0.4 }, { key: 'a', share: 0.6 }, { key: 'b', share: 0.1 }], rows);
    expect(placed).toEqual([
      { key: 'b', share: 0.4, y: 53, y2: 66, mid: 59.5 },
      { key: 'a', share: 0.6, y: 16, y2: 29, mid: 22.5 },
      { key: 'b', share: 0.1, y: 53, y2: 66, mid: 59.5 },
    ]);
  });
});

describe('narrowLabels(rows, fontSize, lineHeight)', () => {
  it('narrowLabels(rows) draws each row\'s lines once, from the left edge, tops at labelY', () => {
    const { rows, lineHeight } = narrowRows([{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }], { fontSize: 10 });
    const layer = narrowLabels(rows, 10, lineHeight) as unknown as { data: { values: unknown[] }; mark: Record<string, unknown>; encoding: Record<string, unknown> };
    expect(layer.data.values).toEqual([{ key: 'a', lines: ['A'], labelY: 0 }, { key: 'b', lines: ['B'], labelY: 37 }]);
    expect(layer.mark).toMatchObject({ type: 'text', align: 'left', baseline: 'top', fontSize: 10, lineHeight: 13 });
    expect(layer.encoding.x).toEqual({ value: 0 });
  });
});

describe('valuePlace(text, fontSize, low, high, width)', () => {
  const w = measureText('80%', 12);
  it('valuePlace(text) is "after" when the text fits between the mark\'s end and the plot\'s edge', () => {
    expect(valuePlace('80%', 12, 100, 200, 200 + 5 + w)).toBe('after');
  });
  it('valuePlace(text) is "before" when it fits only left of the mark', () => {
    expect(valuePlace('80%', 12, 5 + w, 300, 300)).toBe('before');
  });
  it('valuePlace(text) is "label" when it fits on neither side', () => {
    expect(valuePlace('80%', 12, w, 300, 300)).toBe('label');
  });
});

describe('valueInside(text, fontSize, bar, after, width)', () => {
  const room = measureText('85% (85)', 12) + 8;
  it('valueInside(text) is false while the text fits after the bar', () => {
    expect(valueInside('85% (85)', 12, 200, 300 - room, 300)).toBe(false);
  });
  it('valueInside(text) is true when it does not fit after the bar and the bar holds it', () => {
    expect(valueInside('85% (85)', 12, room, 300 - room + 1, 300)).toBe(true);
  });
  it('valueInside(text) is false when the bar is too short to hold it', () => {
    expect(valueInside('85% (85)', 12, room - 1, 300, 300)).toBe(false);
  });
});

describe('legendColumns(labels, width, fontSize)', () => {
  it('legendColumns(labels) fits as many entries (label, 2 × fontSize of symbol, 10 px) as the width holds, at least one', () => {
    const entry = measureText('not applicable / did not attend', 13) + 26 + 10;
    expect(legendColumns(['answered', 'not applicable / did not attend', 'no answer'], 2 * entry, 13)).toBe(2);
    expect(legendColumns(['answered', 'not applicable / did not attend', 'no answer'], entry - 1, 13)).toBe(1);
    expect(legendColumns(['a', 'b'], 1000, 13)).toBe(2);
  });
});

describe('wrapNarrow(text, width, options)', () => {
  it('wrapNarrow(text) breaks between words while every word fits', () => {
    expect(wrapNarrow('Venue and access', measureText('Venue and', 13) + 1, { fontSize: 13 })).toEqual(['Venue and', 'access']);
  });

  it('wrapNarrow(a word wider than the width) breaks it between characters, keeping every character in order', () => {
    const word = 'href="javascript:window.__pwned=1">click</a>';
    const width = measureText('href="javascript:', 16, true) + 0.5;
    const lines = wrapNarrow(`see ${word}`, width, { fontSize: 16, bold: true });
    expect(lines[0]).toBe('see');
    expect(lines.slice(1).join('')).toBe(word);
    expect(lines[1]).toBe('href="javascript:');
    for (const l of lines) expect(measureText(l, 16, true)).toBeLessThanOrEqual(width);
  });
});

describe('narrowTitle(title, subtitle, width, fontSize)', () => {
  it('narrowTitle(…) wraps the title in bold at fontSize + 3 and the subtitle at fontSize, each line within the width', () => {
    const width = measureText('Rated good or', 16, true) + 1;
    expect(narrowTitle('Rated good or excellent', 'By group', width, 13)).toEqual({ text: ['Rated good or', 'excellent'], subtitle: ['By group'] });
    expect(narrowTitle('Rated', undefined, width, 13)).toEqual({ text: ['Rated'] });
  });
});
