import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRenderer, SLIDE_SIZE, SLIDES_LOOK } from '../../charts/index.js';
import type { ChartPlan } from '../../pipeline/outputs/charts.js';
import { fixturePlans, svgTexts } from './fixture.js';

let plans: ChartPlan[];
beforeAll(async () => {
  plans = await fixturePlans(SLIDES_LOOK);
}, 60_000);

describe('SLIDES_LOOK', () => {
  it('SLIDES_LOOK charts rendered with { frame: SLIDE_SIZE } measure exactly 1920×1080', async () => {
    const renderer = createRenderer();
    expect(SLIDE_SIZE).toEqual({ width: 1920, height: 1080 });
    for (const plan of plans) {
      const png = renderer.png(await renderer.svg(plan.spec), { frame: SLIDE_SIZE });
      const image = PNG.sync.read(png.data);
      expect([image.width, image.height], plan.name).toEqual([1920, 1080]);
      expect([png.width, png.height]).toEqual([1920, 1080]);
    }
  }, 120_000);

  it('SLIDES_LOOK sets item labels at 24 px, twice the report size', async () => {
    const svg = await createRenderer().svg(plans.find((p) => p.name === 'plenary-likert')!.spec);
    const label = svgTexts(svg).find((t) => t.endsWith('(n = 480)'))!;
    expect(label).toBeDefined();
    const element = [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].find((m) => m[2].endsWith('(n = 480)'))!;
    expect(element[1]).toContain('font-size="24px"');
  });
});
