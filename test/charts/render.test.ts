import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRenderer, divergingSpec } from '../../charts/index.js';
import type { ChartPlan } from '../../pipeline/outputs/charts.js';
import { fixturePlans } from './fixture.js';

let plans: ChartPlan[];
beforeAll(async () => {
  plans = await fixturePlans();
}, 60_000);

/** Pixels darker than this (0–255, mean of R, G, B) are text or marks in ink. */
const DARK = 80;

/** Counts non-white and dark pixels of a PNG within a box given as shares of its size. */
function pixels(png: Buffer, box = { x0: 0, y0: 0, x1: 1, y1: 1 }): { width: number; height: number; inked: number; dark: number } {
  const image = PNG.sync.read(png);
  let inked = 0;
  let dark = 0;
  for (let y = Math.floor(box.y0 * image.height); y < Math.floor(box.y1 * image.height); y++) {
    for (let x = Math.floor(box.x0 * image.width); x < Math.floor(box.x1 * image.width); x++) {
      const i = (y * image.width + x) * 4;
      const mean = (image.data[i] + image.data[i + 1] + image.data[i + 2]) / 3;
      if (mean < 250) inked++;
      if (mean < DARK) dark++;
    }
  }
  return { width: image.width, height: image.height, inked, dark };
}

/** The title's box: the top-left of every chart. */
const TITLE = { x0: 0, y0: 0, x1: 0.5, y1: 0.08 };

describe('createRenderer', () => {
  it('createRenderer().png(svg) of every chart is 2× the SVG, not blank, with dark text in the title and label areas', async () => {
    const renderer = createRenderer();
    expect(new Set(plans.map((p) => p.kind))).toEqual(new Set(['overview', 'likert', 'ranking', 'breakdown', 'comparison', 'response', 'choice', 'themes']));
    for (const plan of plans) {
      const svg = await renderer.svg(plan.spec);
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
      const png = renderer.png(svg);
      const p = pixels(png.data);
      expect([p.width, p.height], plan.name).toEqual([Math.ceil(Number(size[1]) * 2), Math.ceil(Number(size[2]) * 2)]);
      expect(p.inked / (p.width * p.height), plan.name).toBeGreaterThan(0.02);
      expect(pixels(png.data, TITLE).dark, `${plan.name} title`).toBeGreaterThan(200);
      // Item labels sit at the left, below the title.
      expect(pixels(png.data, { x0: 0, y0: 0.3, x1: 0.25, y1: 1 }).dark, `${plan.name} labels`).toBeGreaterThan(100);
    }
  }, 120_000);

  it('createRenderer().png(svg) needs the shipped font: without it the same title area has no dark pixel', async () => {
    const renderer = createRenderer();
    const svg = await renderer.svg(plans[0].spec);
    const bare = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: false }, background: 'white' }).render().asPng();
    expect(pixels(bare, TITLE).dark).toBe(0);
    expect(pixels(renderer.png(svg).data, TITLE).dark).toBeGreaterThan(200);
  });

  it('createRenderer() gives byte-identical SVG and PNG when a chart is rendered twice, by one renderer or two', async () => {
    const a = createRenderer();
    const b = createRenderer();
    for (const plan of plans) {
      const first = await a.svg(plan.spec);
      const second = await a.svg(plan.spec);
      const third = await b.svg(JSON.parse(JSON.stringify(plan.spec)));
      expect(second, plan.name).toBe(first);
      expect(third, plan.name).toBe(first);
      expect(Buffer.compare(a.png(first).data, b.png(third).data), plan.name).toBe(0);
    }
  }, 120_000);

  it('createRenderer().svg(spec, { warnings }) collects vega-lite warnings instead of printing them', async () => {
    const warnings: string[] = [];
    // A bar has no shape: vega-lite drops the channel with a warning.
    const spec = { data: { values: [{ a: 1, b: 2 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'b', type: 'nominal' } } };
    await createRenderer().svg(spec as never, { warnings });
    expect(warnings.join(' ')).toContain('shape');
    const none: string[] = [];
    await createRenderer().svg(divergingSpec([], { title: 'T' }), { warnings: none });
    expect(none).toEqual([]);
  });
});
