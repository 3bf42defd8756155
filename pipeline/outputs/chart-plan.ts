/** A chart of the run, planned: what charts.ts and the per-kind planners (nps-chart.ts) make, and the renderers read. */
import type { TopLevelSpec } from '../../charts/index.js';
import type { ChartData } from './formats/pptx/index.js';

export type ChartKind = 'likert' | 'ranking' | 'overview' | 'breakdown' | 'comparison' | 'response' | 'nps' | 'choice' | 'themes';

export interface ChartPlan {
  /** File name stem: safe slug, unique in the run. */
  name: string;
  kind: ChartKind;
  /** The group the chart belongs to; `overview`, `breakdown`, `comparison`, `response`, `nps`, `choices` or `themes` for charts across groups. */
  group: string;
  /** The sentence the chart illustrates: its title and its text alternative. */
  sentence: string;
  /** The figures behind the chart, one per line: n and 95% intervals (a slide's speaker notes). */
  notes: string[];
  spec: TopLevelSpec;
  /** The same figures as a native deck chart (native-charts.ts); default none (the deck shows the picture alone). */
  native?: ChartData;
}
