import { groupLabel } from './groups.js';
import { groupMetrics, itemMetrics, type GroupMetrics, type ItemMetrics } from './metrics/index.js';
import { narrate, type Lang, type Sentence } from './narrate.js';
import type { Item, Survey } from './resolve.js';

/** One item in summary.json. Field names are a contract: later versions add, never rename. */
export interface SummaryItem extends ItemMetrics {
  id: string;
  label: string;
  question: string;
  group: string;
  levels: string[];
  counts: Record<string, number>;
  notApplicable: number;
  missing: number;
  /** How many top levels make the positive share. */
  positiveLevels: number;
  scale: string;
  /** Answers not on the scale, label → count; kept out of every share. */
  unrecognised: Record<string, number>;
}

export interface SummaryGroup extends GroupMetrics {
  label: string;
}

export interface Summary {
  schemaVersion: 1;
  title: string;
  tool: string;
  respondents: number;
  items: SummaryItem[];
  groups: SummaryGroup[];
  sentences: string[];
  /** The sentences a chair's summary would quote, in order. */
  headlines: string[];
  warnings: string[];
}

/** Order of the known groups in every output; others follow in survey order. */
export const GROUP_ORDER = ['logistics', 'overall', 'plenary', 'side-event'];

export interface SummaryOptions {
  /** Report title; default "Survey results". */
  title?: string;
  /** Tool the export came from; default "generic". */
  tool?: string;
  /** Language of the sentences; default `en`. */
  lang?: Lang;
  /** Warnings gathered by earlier stages; default none. */
  warnings?: string[];
}

/** Figures of every item and group, and the sentences that speak of them. */
export function summarise(survey: Survey, options: SummaryOptions = {}): { summary: Summary; sentences: Sentence[] } {
  const items: SummaryItem[] = survey.items.map((item) => summaryItem(item));
  const groups = groupMetrics(items, { order: GROUP_ORDER }).map((g) => ({ label: groupLabel(g.id), ...g }));
  const sentences = narrate(
    items.map((i) => ({ ...i, levels: i.levels })),
    groups,
    { lang: options.lang },
  );
  const summary: Summary = {
    schemaVersion: 1,
    title: options.title ?? 'Survey results',
    tool: options.tool ?? 'generic',
    respondents: survey.respondents,
    items,
    groups,
    sentences: sentences.map((s) => s.text),
    headlines: sentences.filter((s) => s.headline).map((s) => s.text),
    warnings: options.warnings ?? [],
  };
  return { summary, sentences };
}

function summaryItem(item: Item): SummaryItem {
  const metrics = itemMetrics(item);
  return {
    id: item.id,
    label: item.label,
    question: item.question,
    group: item.group,
    levels: item.levels,
    counts: Object.fromEntries(item.levels.map((l, i) => [l, item.counts[i]])),
    notApplicable: item.notApplicable,
    missing: item.missing,
    positiveLevels: item.scale.positiveLevels,
    scale: item.scale.id,
    unrecognised: Object.fromEntries(item.unrecognised),
    ...metrics,
  };
}

/** Counts of a summary item as an array, best first. */
export function levelCounts(item: Pick<SummaryItem, 'levels' | 'counts'>): number[] {
  return item.levels.map((l) => item.counts[l] ?? 0);
}
