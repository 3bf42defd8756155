import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, fitLabel, itemAxisLabel, wrapLines } from '../../charts/index.js';

const font = fontkit.create(readFileSync(FONT_FILES.regular)) as unknown as { unitsPerEm: number; layout: (s: string) => { advanceWidth: number } };
const width = (s: string, size = 12) => (font.layout(s).advanceWidth / font.unitsPerEm) * size;

describe('label', () => {
  it('fitLabel(text, suffix, maxWidth) keeps the suffix whole and fits the width, cutting at the longest prefix', () => {
    const text = 'Plenary 7 – Improvised Explosive Devices: Connecting Actors for Solutions';
    for (const max of [120, 200, 300]) {
      const label = fitLabel(text, ' (n = 480)', max);
      expect(label.endsWith('… (n = 480)')).toBe(true);
      expect(width(label)).toBeLessThanOrEqual(max);
      // One more character would not fit: the prefix is the longest.
      const prefix = label.slice(0, -' (n = 480)'.length - 1);
      const longer = `${text.slice(0, prefix.length + 2).trimEnd()}… (n = 480)`;
      expect(width(longer)).toBeGreaterThan(max - 12);
    }
    expect(fitLabel('Short', ' (n = 5)', 200)).toBe('Short (n = 5)');
  });

  it('fitLabel(text, suffix, tiny) still shows the whole suffix', () => {
    expect(fitLabel('Anything at all', ' (n = 480)', 10)).toBe('… (n = 480)');
  });

  it('itemAxisLabel(item) without a width gives the full label and its n', () => {
    expect(itemAxisLabel({ label: 'Logistics', valid: 500 })).toBe('Logistics (n = 500)');
  });

  it('wrapLines(text, width) breaks between words so that no line is wider than the width', () => {
    const text = 'No single side-event stands out: the highest rated are within each other’s margin of error';
    const lines = wrapLines(text, 200, { fontSize: 12 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(200);
  });

  it('wrapLines(text, width) never breaks at a no-break space: "1 355" and "72 %" stay on one line', () => {
    const nb = '\u00a0';
    const text = `Plénières${nb}: 72${nb}% en moyenne sur 1${nb}355 réponses`;
    // Narrow enough that every breakable space breaks.
    expect(wrapLines(text, 10, { fontSize: 12 })).toEqual([`Plénières${nb}:`, `72${nb}%`, 'en', 'moyenne', 'sur', `1${nb}355`, 'réponses']);
  });
});
