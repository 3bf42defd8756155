import { beforeAll, describe, expect, it } from 'vitest';
import { comparisonSpec, createRenderer, type ComparisonRow } from '../../charts/index.js';
import type { ChartPlan } from '../../pipeline/outputs/charts.js';
import { expectGolden } from './golden.js';
import { fixturePlans, svgTexts } from './fixture.js';

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
