import { beforeAll, describe, expect, it } from 'vitest';
import { breakdownSpec, createRenderer, type BreakdownPanel } from '../../charts/index.js';
import type { ChartPlan } from '../../pipeline/outputs/charts.js';
import { expectGolden } from './golden.js';
import { fixturePlans, svgTexts } from './fixture.js';
import { figures, svgSizes } from './narrow-checks.js';

const renderer = createRenderer();
let plans: ChartPlan[];
beforeAll(async () => {
  plans = await fixturePlans();
}, 60_000);

const hidden = { valid: null, positive: null, positiveLow: null, positiveHigh: null, suppressed: true };
const panels: BreakdownPanel[] = [
  { id: 'plenary', label: 'Plenaries', cells: [
    { value: 'Government', valid: 40, positive: 0.75, positiveLow: 0.6, positiveHigh: 0.86, suppressed: false },
    { value: 'NGO', ...hidden },
    { value: 'UN', ...hidden },
  ] },
  { id: 'side-event', label: 'Side-events', cells: [
    { value: 'Government', valid: 30, positive: 0.4, positiveLow: 0.25, positiveHigh: 0.58, suppressed: false },
    { value: 'NGO', valid: 12, positive: 0.5, positiveLow: 0.25, positiveHigh: 0.75, suppressed: false },
    { value: 'UN', ...hidden },
  ] },
];

describe('breakdownSpec', () => {
  it('breakdownSpec(ndm-un23 by role) renders the golden SVG', async () => {
    const plan = plans.find((p) => p.kind === 'breakdown' && p.name === 'breakdown-role');
    expect(plan).toBeDefined();
    expectGolden('breakdown-role', await renderer.svg(plan!.spec));
  });

  it('breakdownSpec(panels) draws one small multiple per panel and no figure for a suppressed cell', async () => {
    const svg = await renderer.svg(breakdownSpec(panels, { title: 'T', suppressedLabel: 'not shown' }));
    const texts = svgTexts(svg);
    expect(texts).toContain('Plenaries');
    expect(texts).toContain('Side-events');
    expect(texts).toContain('75% (n = 40)');
    expect(texts).toContain('40% (n = 30)');
    expect(texts).toContain('50% (n = 12)');
    // Three suppressed cells, three notices; three published cells, three dots.
    expect(texts.filter((t) => t === 'not shown')).toHaveLength(3);
    const dots = [...svg.matchAll(/<g class="mark-symbol role-mark[^"]*"[^>]*>(.*?)<\/g>/g)].map((m) => (m[1].match(/<path/g) ?? []).length);
    expect(dots.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('breakdownSpec(panels) writes no share for a suppressed cell into the spec', () => {
    const spec = breakdownSpec(panels, { title: 'T' }) as unknown as { data: { values: Record<string, unknown>[] } };
    for (const row of spec.data.values.filter((r) => r.suppressed)) {
      expect(Object.keys(row).sort()).toEqual(['panel', 'suppressed', 'text', 'value']);
    }
  });
});

describe('breakdownSpec(panels, { layout: narrow })', () => {
  type Cell = { panel: string; value: string; suppressed: boolean; lines: string[]; labelY: number; mid: number; positive?: number };
  const cellsOf = (spec: unknown) => (spec as { data: { values: Cell[] } }).data.values;

  it('breakdownSpec(ndm-un23 by role, { layout: narrow }) is at most 360 px wide, its type 11 px or more, each value\'s name above its dot', async () => {
    for (const plan of (await fixturePlans({ layout: 'narrow' })).filter((p) => p.kind === 'breakdown')) {
      const { width, fontSizes } = svgSizes(await renderer.svg(plan.spec));
      expect(width).toBeLessThanOrEqual(360);
      expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(11);
      const lineHeight = Math.round(13 * 1.25);
      for (const c of cellsOf(plan.spec)) expect(c.labelY + c.lines.length * lineHeight).toBeLessThan(c.mid);
    }
  });

  it('breakdownSpec(panels, { layout: narrow }) stacks the panels in one column and draws the same figures, none for a suppressed cell', async () => {
    const spec = breakdownSpec(panels, { title: 'T', layout: 'narrow' });
    expect((spec as unknown as { columns: number }).columns).toBe(1);
    const fields = ['panel', 'value', 'suppressed', 'text'];
    expect(figures(spec, fields)).toEqual(figures(breakdownSpec(panels, { title: 'T' }), fields));
    expect(cellsOf(spec).filter((c) => c.suppressed).every((c) => c.positive === undefined)).toBe(true);
    const texts = svgTexts(await renderer.svg(spec));
    expect(texts).toContain('75% (n = 40)');
    expect(texts).toContain('40% (n = 30)');
  });
});
