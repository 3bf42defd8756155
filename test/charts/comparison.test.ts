import { beforeAll, describe, expect, it } from 'vitest';
import { comparisonSpec, createRenderer, type ComparisonRow } from '../../charts/index.js';
import type { ChartPlan } from '../../pipeline/outputs/charts.js';
import { expectGolden } from './golden.js';
import { fixturePlans, svgTexts } from './fixture.js';
import { expectNarrow, figures } from './narrow-checks.js';

const renderer = createRenderer();
let plans: ChartPlan[];
beforeAll(async () => {
  plans = await fixturePlans();
}, 60_000);

const row = (id: string, previous: number, current: number, significant: boolean): ComparisonRow => ({
  id, label: `Item ${id}`, valid: 200, previous, current, change: current - previous, low: current - previous - 0.05, high: current - previous + 0.05, significant,
});

describe('comparisonSpec', () => {
  it('comparisonSpec(ndm-un24 against ndm-un23) renders the golden SVG', async () => {
    const plan = plans.find((p) => p.kind === 'comparison');
    expect(plan).toBeDefined();
    expectGolden('comparison', await renderer.svg(plan!.spec));
  });

  it('comparisonSpec(rows) sorts by change and colours significant rises blue, falls orange, the rest grey', async () => {
    const rows = [row('flat', 0.7, 0.72, false), row('up', 0.6, 0.8, true), row('down', 0.8, 0.65, true)];
    const spec = comparisonSpec(rows, { title: 'T' }) as unknown as { data: { values: { key: string; outcome: string; text: string }[] } };
    expect(spec.data.values.map((v) => [v.key, v.outcome, v.text])).toEqual([
      ['up', 'rose', '+20\u00a0pts'],
      ['flat', 'no clear change', '+2\u00a0pts (n.s.)'],
      ['down', 'fell', '−15\u00a0pts'],
    ]);
    const svg = await renderer.svg(comparisonSpec(rows, { title: 'T' }));
    const texts = svgTexts(svg);
    for (const t of ['+20\u00a0pts', '−15\u00a0pts', 'rose', 'fell', 'no clear change', 'Item up (n = 200)']) expect(texts).toContain(t);
    expect(svg).toContain('fill="#08519c"');
    expect(svg).toContain('fill="#e6550d"');
  });
});

describe('comparisonSpec(rows, { layout: narrow })', () => {
  it('comparisonSpec(ndm-un24 against ndm-un23, { layout: narrow }) is at most 360 px wide, its type 11 px or more, each label above its dumbbell', async () => {
    await expectNarrow((await fixturePlans({ layout: 'narrow' })).find((p) => p.kind === 'comparison')!.spec);
  });

  it('comparisonSpec(rows, { layout: narrow }) draws the same rows, order, outcomes and changes as the wide layout', () => {
    const rows = [row('a', 0.5, 0.62, true), row('b', 0.7, 0.6, true), row('c', 0.6, 0.61, false)];
    const fields = ['key', 'previous', 'current', 'outcome', 'text'];
    const narrow = figures(comparisonSpec(rows, { title: 'T', layout: 'narrow' }), fields);
    expect(narrow.map((v) => [v.key, v.outcome, v.text])).toEqual([['a', 'rose', '+12\u00a0pts'], ['c', 'no clear change', '+1\u00a0pt (n.s.)'], ['b', 'fell', '−10\u00a0pts']]);
    expect(narrow).toEqual(figures(comparisonSpec(rows, { title: 'T' }), fields));
  });
});
