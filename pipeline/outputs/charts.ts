import type { TopLevelSpec } from 'vega-lite';
import { divergingSpec, rankingSpec, type ChartItem } from '../../charts/index.js';
import type { Sentence } from '../narrate.js';
import { slugify } from '../slug.js';
import { levelCounts, type Summary } from '../summary.js';

export interface ChartPlan {
  /** File name stem: safe slug, unique in the run. */
  name: string;
  group: string;
  /** The sentence the chart illustrates: its title and its text alternative. */
  sentence: string;
  spec: TopLevelSpec;
}

export interface ChartPlanOptions {
  /** Base font size; default 12 (the slides preset uses more). */
  fontSize?: number;
  /** Plot width; default 560. */
  width?: number;
}

/** The charts of a run: per group a diverging bar chart, and a ranking when the group has several items. */
export function planCharts(summary: Summary, sentences: Sentence[], options: ChartPlanOptions = {}): ChartPlan[] {
  const plans: ChartPlan[] = [];
  for (const group of summary.groups) {
    const items: ChartItem[] = group.items.map((id) => {
      const s = summary.items.find((i) => i.id === id)!;
      return { ...s, counts: levelCounts(s) };
    });
    const own = sentences.filter((s) => s.group === group.id);
    const headline = own.find((s) => s.headline) ?? own[0];
    const slug = slugify(group.id);
    plans.push({
      name: `${slug}-likert`,
      group: group.id,
      sentence: headline.text,
      spec: divergingSpec(items, { title: headline.text, subtitle: `${group.label}: share of valid answers per level; "not applicable" and blanks are outside the base`, ...options }),
    });
    if (items.length > 1) {
      const best = own.find((s) => s.kind === 'best' || s.kind === 'tie') ?? headline;
      plans.push({
        name: `${slug}-ranking`,
        group: group.id,
        sentence: best.text,
        spec: rankingSpec(items, { title: best.text, subtitle: `${group.label}: positive share with 95% Wilson interval; dashed line: unweighted mean`, mean: group.meanPositive, best: group.bestIsClear ? group.best : undefined, ...options }),
      });
    }
  }
  return plans;
}
