/**
 * The charts of the bundled ndm-un23 sample, planned once per test file:
 * the sample with 800 participants (for the response rate), and the
 * ndm-un24 export compared with ndm-un23 as its baseline (for the comparison).
 * Hand counts come from the CSV with a plain loop, not from debrief.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { ingestFile } from '../../pipeline/ingest/index.js';
import { planCharts, type ChartPlan, type ChartPlanOptions } from '../../pipeline/outputs/charts.js';
import { summarise } from '../../pipeline/narrate/summary.js';

export const FIXTURE = 'fixtures/ndm-un23/surveymonkey.csv';
export const NEXT_EDITION = 'fixtures/ndm-un24/surveymonkey.csv';
export const PARTICIPANTS = 800;

/** Every chart of the sample: one of each kind at least. */
export async function fixturePlans(options: ChartPlanOptions = {}): Promise<ChartPlan[]> {
  const current = await ingestFile(FIXTURE);
  const { summary, sentences } = summarise(current.survey, { participants: PARTICIPANTS, lang: options.lang });
  const plans = planCharts(summary, sentences, options);
  const next = await ingestFile(NEXT_EDITION);
  const compared = summarise(next.survey, { baseline: { file: 'surveymonkey.csv', survey: current.survey }, lang: options.lang });
  plans.push(...planCharts(compared.summary, compared.sentences, options).filter((p) => p.kind === 'comparison'));
  return plans;
}

/** Per column of the SurveyMonkey export: counts of each answer, by a plain loop. */
export function handCounts(): { header: string[]; sub: string[]; count: (column: number) => Record<string, number> } {
  const rows = Papa.parse<string[]>(readFileSync(FIXTURE, 'utf8').trim(), {}).data;
  return {
    header: rows[0],
    sub: rows[1],
    count: (column) => {
      const counts: Record<string, number> = {};
      for (const row of rows.slice(2)) counts[row[column]] = (counts[row[column]] ?? 0) + 1;
      return counts;
    },
  };
}

/** Valid answers and positive share of a column, Excellent/Good over the four levels. */
export function handShare(counts: Record<string, number>): { valid: number; positive: number } {
  const n = (k: string) => counts[k] ?? 0;
  const valid = n('Excellent') + n('Good') + n('Fair') + n('Poor');
  return { valid, positive: (n('Excellent') + n('Good')) / valid };
}

/** The text contents of an SVG's <text> elements, entities decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1].replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}
