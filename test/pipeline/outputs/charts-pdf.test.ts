import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createRenderer, rankingSpec } from '../../../charts/index.js';
import { chartsPdf } from '../../../pipeline/outputs/charts-pdf.js';

const spec = rankingSpec(
  [
    { id: 'a', label: 'Alpha session', levels: ['Good', 'Bad'], counts: [8, 2], positiveLevels: 1, valid: 10, notApplicable: 0, positive: 0.8, positiveLow: 0.49, positiveHigh: 0.94 },
    { id: 'b', label: 'Beta session', levels: ['Good', 'Bad'], counts: [5, 5], positiveLevels: 1, valid: 10, notApplicable: 0, positive: 0.5, positiveLow: 0.24, positiveHigh: 0.76 },
  ],
  { title: 'Alpha was rated highest' },
);

/** The PDF's text, with its deflated streams inflated. */
function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
    } catch {
      return '';
    }
  });
  return raw + streams.join('\n');
}

describe('chartsPdf', () => {
  it('chartsPdf(charts) draws one page per chart with Inter embedded, not substituted, and each figure’s alt text', async () => {
    const svg = await createRenderer().svg(spec);
    const pdf = await chartsPdf([{ sentence: 'Alpha was rated highest', svg }, { sentence: 'Second page', svg }]);
    const text = pdfText(pdf);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(2);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Regular/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Bold/);
    expect(text).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(text).not.toMatch(/\/BaseFont \/Helvetica/);
    expect(text).toContain('(Alpha was rated highest.)');
    // Vector marks: path operators, no image XObject.
    expect(text).not.toContain('/Subtype /Image');
  });

  it('chartsPdf(charts) sets glyphs at their plain advances, as the charts were measured: "AV" as wide apart as "AA"', async () => {
    // Inter kerns A–V: shaping would set V closer to A than a second A is.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><text x="10" y="80" font-family="Inter" font-size="60">AV</text><text x="10" y="160" font-family="Inter" font-size="60">AA</text></svg>';
    const text = pdfText(await chartsPdf([{ sentence: 'Kerning', svg }]));
    const xs = [...text.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) Tm/g)].map((m) => Number(m[5]));
    expect(xs).toHaveLength(4);
    const [a1, v, a2, a3] = xs;
    expect(v - a1).toBeGreaterThan(0);
    expect(v - a1).toBeCloseTo(a3 - a2, 6);
  });

  it('chartsPdf(charts) gives byte-identical files for identical input', async () => {
    const svg = await createRenderer().svg(spec);
    const a = await chartsPdf([{ sentence: 'S', svg }]);
    await new Promise((r) => setTimeout(r, 1100));
    const b = await chartsPdf([{ sentence: 'S', svg }]);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    expect(Buffer.from(a).toString('latin1')).toContain('(D:20000101000000Z)');
  }, 30_000);
});
