import { fail } from '../errors.js';
import { groupLabel } from '../ingest/index.js';
import * as msg from '../messages.js';
import { isRecommendation, isTenPoint, separateTenPoint } from '../ingest/index.js';
import { scaleNotes } from './scale-notes.js';
import {
  breakdowns as breakdownsOf, compareEditions, groupMetrics, itemMetrics, netPromoterScore, responseRate,
  type Breakdowns, type Comparison, type GroupMetrics, type ItemMetrics, type NetPromoterScore, type ResponseRate,
} from '../metrics/index.js';
import { methodology, type MethodNote } from './methodology.js';
import { narrate } from './groups.js';
import { narrateBreakdowns } from './breakdowns.js';
import { narrateComparison } from './comparison.js';
import { narrateNps } from './nps.js';
import { narrateResponseRate } from './response-rate.js';
import type { Lang, Sentence } from './model.js';
import type { Item, Survey } from '../ingest/index.js';
import { choiceMetrics, type SummaryChoice } from '../metrics/index.js';
import { commentSummaries, type CommentSummary } from './themes/comment-summary.js';

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
  schemaVersion: 2;
  title: string;
  tool: string;
  respondents: number;
  items: SummaryItem[];
  groups: SummaryGroup[];
  sentences: string[];
  /** The sentences a chair's summary would quote, in order. */
  headlines: string[];
  warnings: string[];
  /** "412 of 520 participants responded": present only when the number of participants is given. */
  responseRate?: ResponseRate;
  /** Net Promoter Score of the 0–10 "would you recommend" item; present only when the survey has one. */
  nps?: NetPromoterScore;
  /** Positive shares by respondent attribute per group and item; small cells are null with `suppressed: true`. */
  breakdowns: Breakdowns;
  /** Change since the previous edition; present only when a baseline export is given. */
  comparison?: Comparison;
  /** How the figures are made, in the language of the sentences. */
  methodology: MethodNote[];
  /** Every closed question that is not a rating (single choice, yes/no, checkboxes), with each option's share and interval. */
  choices: SummaryChoice[];
  /** Per free-text question, what its publishable comments talk about (themes counted by respondent). */
  comments: CommentSummary[];
}

/** Attributes every run breaks the figures down by, when the survey has them. */
export const BREAKDOWN_ATTRIBUTES = ['role', 'gender', 'region', 'language'];

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
  /** How many top levels count as positive, for every item; default each scale's own (the top two). */
  positiveLevels?: number;
  /** Number of participants (invited or present), for the response rate; default unknown: no rate. */
  participants?: number;
  /** Smallest number of valid answers a published breakdown figure may rest on; default 5. */
  minCell?: number;
  /** Attribute names to break down by besides role, gender, region and language; default none. */
  attributes?: string[];
  /** The previous edition to compare with, its file name and survey; default none. */
  baseline?: { file: string; survey: Survey };
  /** Significance level of the comparison with the baseline; default 0.05. */
  alpha?: number;
}

/** Figures of every item and group, and the sentences that speak of them. */
export function summarise(survey: Survey, options: SummaryOptions = {}): { summary: Summary; sentences: Sentence[] } {
  checkOptions(survey, options);
  const lang = options.lang ?? 'en';
  const minCell = options.minCell ?? 5;
  const items: SummaryItem[] = separateTenPoint(survey.items.map((item) => summaryItem(item, options)));
  // The recommendation item is the NPS, apart: no group's figures include it, whatever group a config gave it
  // (its own label says so; its question may be other statements' titles, so only grouping reads it).
  const recommends = (i: SummaryItem) => i.group === 'nps' || isRecommendation({ ...grouped(i), question: '' });
  const groups = groupMetrics(items.filter((i) => !recommends(i)), { order: GROUP_ORDER }).map((g) => ({ label: groupLabel(g.id), ...g }));
  const rate = options.participants === undefined ? null : responseRate(survey.respondents, options.participants);
  const npsItem = items.find((i) => i.scale === 'numeric-0-10' && recommends(i) && i.valid > 0);
  const nps = npsItem ? netPromoterScore(npsItem.id, levelCounts(npsItem), survey.items.find((i) => i.id === npsItem.id)!.scale.codes) : null;
  const wanted = [...BREAKDOWN_ATTRIBUTES, ...(options.attributes ?? [])];
  const attributes = survey.attributes
    .filter((a, k) => wanted.includes(a.name) && survey.attributes.findIndex((b) => b.name === a.name) === k)
    .map((a) => ({ name: a.name, values: a.values.map(([v]) => v), respondents: Object.fromEntries(a.values) }));
  const byId = new Map(survey.items.map((i) => [i.id, i]));
  const breakdowns = breakdownsOf(
    items.map((i) => ({ id: i.id, group: i.group, counts: levelCounts(i), positiveLevels: i.positiveLevels, byAttribute: byId.get(i.id)!.byAttribute })),
    groups,
    attributes,
    { minCell },
  );
  const comparison = options.baseline
    ? compareEditions(items, options.baseline.survey.items.map((i) => summaryItem(i, options)), { baseline: options.baseline.file, alpha: options.alpha })
    : null;
  // Sentences: the response rate; per group its figures, its NPS and its breakdowns; then the comparison.
  const own = narrate(items, groups, { lang });
  const perAttribute = narrateBreakdowns(breakdowns, items, groups, { lang });
  const sentences: Sentence[] = [];
  if (rate) sentences.push(narrateResponseRate(rate, { lang }));
  for (const g of groups) {
    sentences.push(...own.filter((s) => s.group === g.id));
    sentences.push(...perAttribute.filter((s) => s.group === g.id));
  }
  if (nps) sentences.push(narrateNps(nps, { lang, group: 'nps' }));
  if (comparison) sentences.push(...narrateComparison(comparison, items, { lang }));
  const warnings = [
    ...(options.warnings ?? []),
    ...breakdowns.skipped.map((s) => msg.breakdownSkipped(byId.get(s.item)!.label, s.attribute)),
    // An item resting on fewer than minCell answers: its share is shown (with its wide interval), but said aloud here.
    ...items.filter((i) => i.valid < minCell).map((i) => msg.fewAnswers(i.label, i.valid, minCell)),
  ];
  // The notes on scales kept apart follow the NPS note (or the suppression note when there is no NPS).
  const notes = methodology({
    lang, minCell, positiveLevels: options.positiveLevels, responseRate: rate !== null, nps: nps !== null, comparison: comparison !== null, alpha: options.alpha,
  });
  const after = notes.findIndex((n) => n.topic === (nps ? 'nps' : 'suppression')) + 1;
  notes.splice(after, 0, ...scaleNotes({ lang, nps: nps !== null, tenPoint: items.some((i) => !recommends(i) && isTenPoint(i)) }));
  const summary: Summary = {
    schemaVersion: 2,
    title: options.title ?? 'Survey results',
    tool: options.tool ?? 'generic',
    respondents: survey.respondents,
    items,
    groups,
    sentences: sentences.map((s) => s.text),
    headlines: sentences.filter((s) => s.headline).map((s) => s.text),
    warnings,
    ...(rate ? { responseRate: rate } : {}),
    ...(nps ? { nps } : {}),
    breakdowns,
    ...(comparison ? { comparison } : {}),
    methodology: notes,
    choices: choiceMetrics(survey.choices ?? [], { items }),
    comments: commentSummaries(survey, { lang, k: minCell }),
  };
  return { summary, sentences };
}

/** Rejects options that contradict each other or the data, before any figure is made. */
function checkOptions(survey: Survey, options: SummaryOptions): void {
  const { participants, positiveLevels, minCell, alpha } = options;
  if (participants !== undefined && !(Number.isInteger(participants) && participants >= 1)) fail(msg.invalidOption('participants', String(participants), 'a whole number of people'), 2);
  if (participants !== undefined && participants < survey.respondents) fail(msg.participantsTooFew(participants, survey.respondents), 2);
  if (minCell !== undefined && (!Number.isInteger(minCell) || minCell < 1)) fail(msg.invalidOption('minCell', String(minCell), 'a whole number of at least 1'), 2);
  if (alpha !== undefined && !(alpha > 0 && alpha < 1)) fail(msg.invalidOption('alpha', String(alpha), 'a number between 0 and 1'), 2);
  if (positiveLevels !== undefined) {
    const fewest = Math.min(...[...survey.items, ...(options.baseline?.survey.items ?? [])].map((i) => i.scale.levels.length));
    if (!Number.isInteger(positiveLevels) || positiveLevels < 1 || positiveLevels >= fewest) fail(msg.invalidOption('positiveLevels', String(positiveLevels), `a whole number from 1 to ${fewest - 1} (the shortest scale has ${fewest} levels)`), 2);
  }
}

function summaryItem(item: Item, options: Pick<SummaryOptions, 'positiveLevels'> = {}): SummaryItem {
  const metrics = itemMetrics(item, { positiveLevels: options.positiveLevels });
  return {
    id: item.id,
    label: item.label,
    question: item.question,
    group: item.group,
    levels: item.levels,
    counts: Object.fromEntries(item.levels.map((l, i) => [l, item.counts[i]])),
    notApplicable: item.notApplicable,
    missing: item.missing,
    positiveLevels: options.positiveLevels ?? item.scale.positiveLevels,
    scale: item.scale.id,
    unrecognised: Object.fromEntries(item.unrecognised),
    ...metrics,
  };
}

/** A summary item as grouping sees it. */
function grouped(i: SummaryItem): { label: string; question: string; scale: { id: string; levels: string[] } } {
  return { label: i.label, question: i.question, scale: { id: i.scale, levels: i.levels } };
}

/** Counts of a summary item as an array, best first. */
export function levelCounts(item: Pick<SummaryItem, 'levels' | 'counts'>): number[] {
  return item.levels.map((l) => item.counts[l] ?? 0);
}
