import { describe, expect, it } from 'vitest';
import { createRenderer, npsRange, npsSpec } from '../../charts/index.js';
import { svgTexts } from './fixture.js';
import { expectNarrow, figures } from './narrow-checks.js';

type Bar = { code: string; count: number; range: string };
const renderer = createRenderer();

/** Counts per answer 0…10 of a made-up question, and the same counts from a plain loop over answers. */
const COUNTS = [3, 0, 1, 2, 4, 6, 9, 14, 22, 31, 18];
function plainCounts(answers: number[]): number[] {
  const out = Array<number>(11).fill(0);
  for (const a of answers) out[a]++;
  return out;
}
const ANSWERS = COUNTS.flatMap((n, code) => Array<number>(n).fill(code));

describe('npsSpec(counts, options)', () => {
  it('npsSpec draws one bar per answer 0–10, even at zero, with the count of a plain loop', () => {
    const spec = npsSpec(plainCounts(ANSWERS), { title: 'T' }) as unknown as { data: { values: Bar[] } };
    const bars = spec.data.values;
    expect(bars.map((b) => b.code)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const loop = Array<number>(11).fill(0);
    for (const a of ANSWERS) loop[a]++;
    expect(bars.map((b) => b.count)).toEqual(loop);
    expect(bars[1].count).toBe(0);
  });

  it('npsSpec colours 0–6 as detractors, 7–8 as passives, 9–10 as promoters, with the colours in that order', () => {
    const spec = npsSpec(COUNTS, { title: 'T', rangeLabels: { detractors: 'D', passives: 'P', promoters: 'R' } }) as unknown as {
      data: { values: Bar[] };
      layer: { encoding: { color?: { scale: { domain: string[]; range: string[] } } } }[];
    };
    expect(spec.data.values.map((b) => b.range).join('')).toBe('DDDDDDDPPRR');
    const colour = spec.layer[0].encoding.color!.scale;
    expect(colour.domain).toEqual(['D', 'P', 'R']);
    expect(new Set(colour.range).size).toBe(3);
    for (let code = 0; code <= 10; code++) expect(npsRange(code)).toBe(code <= 6 ? 'detractors' : code <= 8 ? 'passives' : 'promoters');
  });

  it('npsSpec renders the title, the legend and each bar’s count', async () => {
    const title = `NPS +${Math.round(((31 + 18) - (3 + 0 + 1 + 2 + 4 + 6 + 9)) / 110 * 100)} (n = 110)`;
    const texts = svgTexts(await renderer.svg(npsSpec(COUNTS, { title })));
    expect(texts).toContain(title);
    for (const t of ['detractors (0–6)', 'passives (7–8)', 'promoters (9–10)', '31', '22', '18']) expect(texts).toContain(t);
  });
});

describe('npsSpec(counts, { layout: narrow })', () => {
  it('npsSpec(counts, { layout: narrow }) is at most 360 px wide, its type 11 px or more, with the same bars, ranges and colours as the wide layout', async () => {
    const narrow = npsSpec(COUNTS, { title: 'Would you recommend the meeting? (n = 110; NPS +10)', layout: 'narrow' });
    const svg = await expectNarrow(narrow, false);
    expect(figures(narrow, ['code', 'count', 'range'])).toEqual(figures(npsSpec(COUNTS, { title: 'T' }), ['code', 'count', 'range']));
    const colour = (spec: unknown) => (spec as { layer: { encoding: { color?: { scale: unknown } } }[] }).layer[0].encoding.color!.scale;
    expect(colour(narrow)).toEqual(colour(npsSpec(COUNTS, { title: 'T' })));
    for (const n of COUNTS.filter((c) => c > 0)) expect(svgTexts(svg)).toContain(String(n));
  });
});
