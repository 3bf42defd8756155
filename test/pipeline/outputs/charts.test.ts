import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { SLIDES_LOOK } from '../../../charts/index.js';
import { renderSvg } from '../../../charts/index.js';
import { ingestFile } from '../../../pipeline/ingest/index.js';
import { planCharts, type ChartPlan } from '../../../pipeline/outputs/charts.js';
import { summarise } from '../../../pipeline/narrate/summary.js';
import { fixturePlans } from '../../charts/fixture.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8'));
const validate = new (Ajv as unknown as typeof Ajv.default)({ allErrors: true, strict: false }).compile(schema);

let sets: { look: string; plans: ChartPlan[] }[];
beforeAll(async () => {
  sets = [
    { look: 'report', plans: await fixturePlans() },
    { look: 'slides', plans: await fixturePlans(SLIDES_LOOK) },
    { look: 'fr', plans: await fixturePlans({ lang: 'fr' }) },
    // The report's phone layout, in English and in French (longer words, "86 %").
    { look: 'narrow', plans: await fixturePlans({ layout: 'narrow' }) },
    { look: 'narrow fr', plans: await fixturePlans({ lang: 'fr', layout: 'narrow' }) },
  ];
}, 120_000);

/** A logger that keeps every warning, as vega-lite and vega would print them. */
function collecting(into: string[]) {
  const logger = {
    level: (l?: number) => (l === undefined ? vega.Warn : logger),
    error: (...a: unknown[]) => (into.push(`error: ${a.join(' ')}`), logger),
    warn: (...a: unknown[]) => (into.push(a.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

describe('planCharts', () => {
  it('planCharts(ndm-un23) plans one chart of each kind, with unique names, sentences and notes', () => {
    const plans = sets[0].plans;
    expect(plans.map((p) => p.name)).toEqual([
      'overview', 'logistics-likert', 'plenary-likert', 'plenary-ranking', 'side-event-likert', 'side-event-ranking',
      ...plans.filter((p) => p.kind === 'breakdown').map((p) => p.name), 'response',
      // The sample's closed questions that are not ratings: role and gender.
      'choice-which-of-the-following-best-describes-your-role', 'choice-what-is-your-gender',
      // The sample's one free-text question, whose comments have themes (slugs stop at 48 characters).
      'themes-do-you-have-any-other-comments-or-suggestions-fo', 'comparison',
    ]);
    expect(plans.filter((p) => p.kind === 'breakdown').length).toBeGreaterThanOrEqual(1);
    expect(new Set(plans.map((p) => p.name)).size).toBe(plans.length);
    for (const p of plans) {
      expect(p.sentence.length, p.name).toBeGreaterThan(10);
      expect((p.spec as { title: { text: string[] } }).title.text.join(' '), p.name).toBe(p.sentence);
      expect(p.notes.length, p.name).toBeGreaterThan(0);
    }
    const plenary = plans.find((p) => p.name === 'plenary-likert')!;
    expect(plenary.notes.some((n) => n.includes('(n = 480; 95% CI'))).toBe(true);
  });

  it('planCharts(ndm-un23) gives every chart the data of a native deck chart, one category per row of its figure', () => {
    for (const p of sets[0].plans) {
      expect(p.native, p.name).toBeDefined();
      const rows = ((p.spec as { data?: { values?: { key?: string }[] } }).data?.values ?? []).map((v) => v.key);
      // Figures with one data row per category (rankings, choices, themes, comparison): as many categories, in the same order of keys' labels.
      if (['ranking', 'choice', 'themes', 'comparison'].includes(p.kind)) expect(p.native!.categories, p.name).toHaveLength(new Set(rows).size);
      for (const s of p.native!.series) expect(s.values, `${p.name}: ${s.name}`).toHaveLength(p.native!.categories.length);
    }
  });

  it('planCharts(…) writes .vl.json specs that validate against the Vega-Lite JSON schema', () => {
    for (const { look, plans } of sets) {
      for (const p of plans) {
        const json = JSON.parse(JSON.stringify(p.spec));
        const ok = validate(json);
        expect(ok ? [] : validate.errors!.slice(0, 3).map((e) => `${e.instancePath} ${e.message}`), `${look} ${p.name}`).toEqual([]);
      }
    }
  });

  it('planCharts(…) specs compile with vega-lite and run in vega with no warning', async () => {
    for (const { look, plans } of sets) {
      for (const p of plans) {
        const warnings: string[] = [];
        const vg = compile(JSON.parse(JSON.stringify(p.spec)), { logger: collecting(warnings) as never }).spec;
        const view = new vega.View(vega.parse(vg), { renderer: 'none', logger: collecting(warnings) as never, logLevel: vega.Warn });
        await view.runAsync();
        view.finalize();
        expect(warnings, `${look} ${p.name}`).toEqual([]);
      }
    }
    // Every chart of five looks through vega: the choice charts made it longer than the default 5 s on a busy machine.
  }, 60_000);

  it('planCharts(…, { lang: "fr" }) translates the fixed texts of the charts', () => {
    const fr = sets[2].plans.find((p) => p.name === 'plenary-likert')!;
    expect(JSON.stringify(fr.spec)).toContain('Absent / sans objet');
    expect(JSON.stringify(fr.spec)).not.toContain('Did not attend');
  });
});

describe('planCharts(summary, sentences, {lang: fr})', () => {
  it('planCharts(fr) names groups in French and writes "86 %" in labels and axes', async () => {
    const { survey } = await ingestFile('fixtures/ndm-un23/surveymonkey.csv');
    const { summary, sentences } = summarise(survey, { lang: 'fr' });
    const plans = planCharts(summary, sentences, { lang: 'fr' });
    const likert = plans.find((p) => p.name === 'plenary-likert')!;
    const svg = await renderSvg(likert.spec);
    expect(svg).toContain('Séances plénières');
    expect(svg).not.toContain('Plenaries');
    expect(svg).toMatch(/\d+\u00a0%/);
    expect(svg).not.toMatch(/\d%/);
  });
});
