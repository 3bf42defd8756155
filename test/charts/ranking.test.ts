import { beforeAll, describe, expect, it } from 'vitest';
import { createRenderer, rankingSpec, type ChartItem } from '../../charts/index.js';
import type { ChartPlan } from '../../pipeline/outputs/charts.js';
import { expectGolden } from './golden.js';
import { fixturePlans, handCounts, handShare, svgTexts } from './fixture.js';
import { expectNarrow, figures } from './narrow-checks.js';

const renderer = createRenderer();
const ACCENT = '#08519c';
let plans: ChartPlan[];
beforeAll(async () => {
  plans = await fixturePlans();
}, 60_000);

function item(id: string, positive: number, valid = 100): ChartItem {
  return { id, label: `Item ${id}`, levels: ['Good', 'Bad'], counts: [Math.round(positive * valid), valid - Math.round(positive * valid)], positiveLevels: 1, valid, notApplicable: 0, positive, positiveLow: positive - 0.05, positiveHigh: positive + 0.05 };
}

/** Fill colours of the point symbols (vega draws them as paths in a `mark-symbol` group). */
function symbolFills(svg: string): string[] {
  const groups = [...svg.matchAll(/<g class="mark-symbol role-mark[^"]*"[^>]*>(.*?)<\/g>/g)].map((m) => m[1]).join('');
  return [...groups.matchAll(/fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
}

describe('rankingSpec', () => {
  it('rankingSpec(plenaries, side-events) renders the golden SVGs', async () => {
    for (const name of ['plenary-ranking', 'side-event-ranking']) expectGolden(name, await renderer.svg(plans.find((p) => p.name === name)!.spec));
  });

  it('rankingSpec(plenaries) highlights the IED plenary, clearly best, and draws the hand-computed mean', async () => {
    const svg = await renderer.svg(plans.find((p) => p.name === 'plenary-ranking')!.spec);
    const fills = symbolFills(svg);
    expect(fills).toHaveLength(7);
    expect(fills.filter((f) => f === ACCENT)).toHaveLength(1);
    const csv = handCounts();
    const shares = csv.sub.map((h, i) => [h, i] as const).filter(([h]) => /^Plenary \d/.test(h)).map(([, i]) => handShare(csv.count(i)).positive);
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
    expect(svgTexts(svg)).toContain(`unweighted mean ${Math.round(mean * 100)}%`);
  });

  it('rankingSpec(side-events) highlights nothing when the leaders are tied', async () => {
    const fills = symbolFills(await renderer.svg(plans.find((p) => p.name === 'side-event-ranking')!.spec));
    expect(fills).toHaveLength(17);
    expect(fills).not.toContain(ACCENT);
  });

  it('rankingSpec(items) sorts by positive share, highest first, and keeps each interval', () => {
    const spec = rankingSpec([item('a', 0.5), item('b', 0.9), item('c', 0.7)], { title: 'T' }) as unknown as { data: { values: { key: string; low: number; high: number }[] } };
    expect(spec.data.values.map((v) => v.key)).toEqual(['b', 'c', 'a']);
    expect(spec.data.values[0].low).toBeCloseTo(0.85, 12);
    expect(spec.data.values[0].high).toBeCloseTo(0.95, 12);
  });
});

describe('rankingSpec(items, { layout: narrow })', () => {
  const FIELDS = ['key', 'item', 'n', 'positive', 'low', 'high', 'text', 'best'];
  it('rankingSpec(plenaries, side-events, { layout: narrow }) are at most 360 px wide, their type 11 px or more, each label above its dot', async () => {
    for (const plan of (await fixturePlans({ layout: 'narrow' })).filter((p) => p.kind === 'ranking')) await expectNarrow(plan.spec);
  });

  it('rankingSpec(items, { layout: narrow }) draws the same dots, intervals, order, highlight and mean as the wide layout', async () => {
    const items = [item('a', 0.5), item('b', 0.9), item('c', 0.7)];
    const narrowSpec = rankingSpec(items, { title: 'T', mean: 0.7, best: 'b', layout: 'narrow' });
    const narrow = figures(narrowSpec, FIELDS);
    expect(narrow.map((v) => v.key)).toEqual(['b', 'c', 'a']);
    expect(narrow.map((v) => v.text)).toEqual(['90%', '70%', '50%']);
    expect(narrow).toEqual(figures(rankingSpec(items, { title: 'T', mean: 0.7, best: 'b' }), FIELDS));
    const svg = await expectNarrow(narrowSpec);
    expect(symbolFills(svg)).toEqual([ACCENT, '#6b7280', '#6b7280']);
    expect(svgTexts(svg)).toContain('mean 70%');
  });
});
