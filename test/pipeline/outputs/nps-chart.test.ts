import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../pipeline/ingest/index.js';
import { planCharts } from '../../../pipeline/outputs/charts.js';
import { npsCounts } from '../../../pipeline/outputs/nps-chart.js';
import { summarise } from '../../../pipeline/narrate/index.js';
import type { ExpectedFixture } from '../../../scripts/expected.js';

describe('npsPlan(summary, sentences, lang, look)', () => {
  it('planCharts(ndm-un24) has one NPS chart titled by the NPS sentence, its bars the generator’s counts from 0 to 10', async () => {
    const { survey } = await ingestFile('fixtures/ndm-un24/surveymonkey.csv');
    const { summary, sentences } = summarise(survey, { lang: 'es' });
    const plans = planCharts(summary, sentences, { lang: 'es' }).filter((p) => p.kind === 'nps');
    expect(plans).toHaveLength(1);
    expect(plans[0].sentence).toBe(sentences.find((s) => s.kind === 'nps')!.text);
    const e = (JSON.parse(readFileSync('fixtures/ndm-un24/expected.json', 'utf8')) as { fixtures: Record<string, ExpectedFixture> }).fixtures['surveymonkey.csv'];
    const bestFirst = e.items.find((i) => i.group === 'nps')!.counts;
    const bars = (plans[0].spec as unknown as { data: { values: { code: string; count: number }[] } }).data.values;
    expect(bars.map((b) => b.count)).toEqual([...bestFirst].reverse());
    expect(npsCounts(summary)).toEqual([...bestFirst].reverse());
    // No group chart draws it.
    expect(planCharts(summary, sentences).filter((p) => p.kind === 'likert' && p.notes.some((n) => /recommend/i.test(n)))).toEqual([]);
  });
});
