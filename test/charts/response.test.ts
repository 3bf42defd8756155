import { beforeAll, describe, expect, it } from 'vitest';
import { createRenderer, responseSpec } from '../../charts/index.js';
import type { ChartPlan } from '../../pipeline/outputs/charts.js';
import { expectGolden } from './golden.js';
import { fixturePlans, PARTICIPANTS, svgTexts } from './fixture.js';
import { expectNarrow, figures } from './narrow-checks.js';

const renderer = createRenderer();
let plans: ChartPlan[];
beforeAll(async () => {
  plans = await fixturePlans();
}, 60_000);

describe('responseSpec', () => {
  it('responseSpec(ndm-un23 with 800 participants) renders the golden SVG, titled with 512 of 800', async () => {
    const plan = plans.find((p) => p.kind === 'response')!;
    expect(plan.sentence).toContain(`512`);
    expect(plan.sentence).toContain(`${PARTICIPANTS}`);
    expectGolden('response', await renderer.svg(plan.spec));
  });

  it('responseSpec(rate, groups) splits participants into responded / not, and each group into answered / N/A / blank', async () => {
    const spec = responseSpec({ participants: 200, respondents: 150, rate: 0.75, low: 0.69, high: 0.8 }, [{ id: 'p', label: 'Plenaries', valid: 60, notApplicable: 30, missing: 10 }], { title: 'T' });
    const segments = (spec as unknown as { layer: { data: { values: { key: string; outcome: string; share: number }[] } }[] }).layer[0].data.values;
    expect(segments.filter((s) => s.key === '_response').map((s) => [s.outcome, s.share])).toEqual([['answered', 0.75], ['not applicable / did not attend', 0], ['no answer', 0.25]]);
    expect(segments.filter((s) => s.key === 'p').map((s) => s.share)).toEqual([0.6, 0.3, 0.1]);
    const texts = svgTexts(await renderer.svg(spec));
    for (const t of ['75%', '25%', '60%', '30%', 'Participants who responded (n = 200)', 'Plenaries (n = 100)']) expect(texts).toContain(t);
  });
});

describe('responseSpec(rate, groups, { layout: narrow })', () => {
  it('responseSpec(ndm-un23, { layout: narrow }) is at most 360 px wide, its type 11 px or more, each label above its bar, with the same segments as the wide layout', async () => {
    const narrow = (await fixturePlans({ layout: 'narrow' })).find((p) => p.kind === 'response')!.spec;
    await expectNarrow(narrow);
    const wide = plans.find((p) => p.kind === 'response')!.spec;
    const fields = ['key', 'outcome', 'count', 'share', 'text'];
    expect(figures(narrow, fields)).toEqual(figures(wide, fields));
    // The first bar: 512 of 800 participants answered (64%), 288 did not.
    expect(figures(narrow, fields).filter((v) => v.key === '_response').map((v) => [v.count, v.text])).toEqual([[512, '64%'], [0, '0%'], [288, '36%']]);
    expect(figures(narrow, ['key', 'low', 'high'])).toEqual(figures(wide, ['key', 'low', 'high']));
  });
});
