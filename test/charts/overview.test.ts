import { beforeAll, describe, expect, it } from 'vitest';
import { createRenderer, overviewSpec } from '../../charts/index.js';
import type { ChartPlan } from '../../pipeline/outputs/charts.js';
import { expectGolden } from './golden.js';
import { fixturePlans, svgTexts } from './fixture.js';
import { expectNarrow, figures, svgLines } from './narrow-checks.js';

const renderer = createRenderer();
let plans: ChartPlan[];
beforeAll(async () => {
  plans = await fixturePlans();
}, 60_000);

const groups = [
  { id: 'logistics', label: 'Logistics', items: ['l'], valid: 500, meanPositive: 0.87, pooledPositive: 0.87, minPositive: 0.87, maxPositive: 0.87 },
  { id: 'side-event', label: 'Side-events', items: ['a', 'b', 'c'], valid: 300, meanPositive: 0.7, pooledPositive: 0.62, minPositive: 0.5, maxPositive: 0.9 },
];

describe('overviewSpec', () => {
  it('overviewSpec(ndm-un23 groups) renders the golden SVG', async () => {
    expectGolden('overview', await renderer.svg(plans.find((p) => p.name === 'overview')!.spec));
  });

  it('overviewSpec(groups) shows the range, the unweighted mean and the pooled share of each group', async () => {
    const spec = overviewSpec(groups, { title: 'T' }) as unknown as { layer: { data: { values: Record<string, unknown>[] } }[] };
    const range = spec.layer[0].data.values.find((r) => r.key === 'side-event')!;
    expect([range.min, range.max]).toEqual([0.5, 0.9]);
    const marks = spec.layer[1].data.values.filter((r) => r.key === 'side-event').map((r) => [r.measure, r.share]);
    expect(marks).toEqual([['unweighted mean of items', 0.7], ['pooled (all answers)', 0.62]]);
    const texts = svgTexts(await renderer.svg(overviewSpec(groups, { title: 'T' })));
    // Each figure named: mean, pooled and range, as the legend's words say them.
    expect(texts).toContain('unweighted mean of items 70%, pooled (all answers) 62%, range 50–90%');
    expect(texts).toContain('87%');
    expect(texts).toContain('Side-events, 3 items (n = 300)');
    expect(texts).toContain('unweighted mean of items');
    expect(texts).toContain('pooled (all answers)');
  });

  it('overviewSpec(groups, { lang: \'fr\' }) writes every figure as French does: "1 355", "70 %", "50–90 %"', async () => {
    const big = groups.map((g) => ({ ...g, valid: 1355 }));
    const texts = svgTexts(await renderer.svg(overviewSpec(big, { title: 'T', lang: 'fr', meanLabel: 'moyenne', pooledLabel: 'ensemble', rangeLabel: 'étendue' })));
    expect(texts).toContain('moyenne 70\u00a0%, ensemble 62\u00a0%, étendue 50–90\u00a0%');
    expect(texts).toContain('Side-events, 3 items (n = 1\u00a0355)');
    // The axis: vega writes its labels with the same locale.
    for (const tick of ['0\u00a0%', '50\u00a0%', '100\u00a0%']) expect(texts).toContain(tick);
  });
});

describe('overviewSpec(groups, { layout: narrow })', () => {
  it('overviewSpec(ndm-un23 groups, { layout: narrow }) is at most 360 px wide, its type 11 px or more, each label above its band', async () => {
    await expectNarrow((await fixturePlans({ layout: 'narrow' })).find((p) => p.name === 'overview')!.spec);
  });

  it('overviewSpec(groups, { layout: narrow }) draws the same ranges, marks and figures as the wide layout', async () => {
    for (const fields of [['key', 'min', 'max', 'text'], ['key', 'measure', 'share']]) {
      expect(figures(overviewSpec(groups, { title: 'T', layout: 'narrow' }), fields)).toEqual(figures(overviewSpec(groups, { title: 'T' }), fields));
    }
    // Too long to sit beside the band in 320 px: on its own lines under the group's label, whole.
    const lines = svgLines(await expectNarrow(overviewSpec(groups, { title: 'T', layout: 'narrow' })));
    expect(lines.join(' ')).toContain('unweighted mean of items 70%, pooled (all answers) 62%, range 50–90%');
    expect(lines).toContain('87%');
  });
});
