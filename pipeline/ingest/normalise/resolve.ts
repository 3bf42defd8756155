import type { ChoiceQuestion } from './choices/model.js';
import { classifyItem, type GroupReason } from './groups.js';
import { assignGroups } from './grouping.js';
import type { Layout } from '../../model.js';
import { isNotApplicable, levelIndex, matchScale, type NotApplicableOptions, type Scale } from './scales.js';
import { uniqueIds } from '../../util/slug.js';
import type { Tally } from './tally.js';

/** A rating item: one matrix row, or a single rating question. */
export interface Item {
  id: string;
  label: string;
  question: string;
  group: string;
  /** Why the item is in its group (shown by `debrief inspect`). */
  groupReason?: GroupReason;
  /** Column index in the export. */
  column: number;
  scale: Scale;
  /** Level labels, best first, as written in the export (canonical where a level was never used). */
  levels: string[];
  /** Count per level, best first; unused levels are 0. */
  counts: number[];
  notApplicable: number;
  missing: number;
  /** Answers not on the scale: label → count. Kept out of the shares and reported. */
  unrecognised: [string, number][];
  /** Attribute name → attribute value → count per level (best first), for breakdowns; merges add these up. */
  byAttribute?: Record<string, Record<string, number[]>>;
}

/** A free-text question with its answers. */
export interface TextQuestion {
  question: string;
  column: number;
  answered: number;
  texts: { text: string; attributes: string[] }[];
}

export interface Attribute {
  /** `role`, `gender`, `region`, `language`, or a config name. */
  name: string;
  header: string;
  column: number;
  /** Value → respondents, values sorted by label. */
  values: [string, number][];
}

export interface Survey {
  respondents: number;
  items: Item[];
  texts: TextQuestion[];
  attributes: Attribute[];
  /** Answer columns that are neither ratings nor free text (choice questions). */
  other: { header: string; column: number }[];
  /** Closed questions that are not ratings, with their counts (choices/find.ts); absent before ingest adds them. */
  choices?: ChoiceQuestion[];
}

export interface ResolveOptions {
  /** Further labels meaning "not applicable" (the config's `notApplicable` key); default none. */
  notApplicable?: readonly string[];
}

/**
 * Turns the tally into items, free-text questions and attributes. A column is
 * a rating item when its answers fit a scale; the columns of one question
 * share the scale that fits all of them, so unused levels still appear.
 */
export function resolve(tally: Tally, layout: Layout, options: ResolveOptions = {}): Survey {
  const na: NotApplicableOptions = { extra: options.notApplicable };
  const answerColumns = layout.columns.filter((c) => c.role.kind === 'answer');
  const perColumn = new Map<number, Scale>();
  for (const c of answerColumns) {
    const t = tally.columns.get(c.index)!;
    if (t.overflow) continue;
    if (c.role.kind === 'answer' && c.role.multiple) continue; // a checkbox question is never a rating
    const match = matchScale(t.counts.keys(), undefined, na);
    if (match) perColumn.set(c.index, match.scale);
  }
  // One scale per question: the one that fits the union of its rating columns.
  const byQuestion = new Map<string, number[]>();
  for (const c of answerColumns) {
    if (c.role.kind !== 'answer' || !perColumn.has(c.index)) continue;
    const list = byQuestion.get(c.role.question) ?? [];
    list.push(c.index);
    byQuestion.set(c.role.question, list);
  }
  const questionScale = new Map<string, Scale>();
  for (const [question, cols] of byQuestion) {
    const union = cols.flatMap((i) => [...tally.columns.get(i)!.counts.keys()]);
    questionScale.set(question, matchScale(union, undefined, na)?.scale ?? perColumn.get(cols[0])!);
  }
  // A matrix row too thin to show a scale of its own (everyone "did not attend", or one numeric code) is still
  // an item when most of its answers fit its question's scale, rather than a column that drops out unseen.
  for (const c of answerColumns) {
    if (c.role.kind !== 'answer' || c.role.multiple || perColumn.has(c.index) || !questionScale.has(c.role.question)) continue;
    const t = tally.columns.get(c.index)!;
    if (t.overflow || t.counts.size === 0) continue;
    const scale = questionScale.get(c.role.question)!;
    const rated = [...t.counts.keys()].filter((a) => !isNotApplicable(a, na));
    if (rated.filter((a) => levelIndex(scale, a) >= 0).length * 2 >= rated.length) perColumn.set(c.index, scale);
  }

  const items: Omit<Item, 'id'>[] = [];
  const texts: TextQuestion[] = [];
  const other: Survey['other'] = [];
  for (const c of answerColumns) {
    if (c.role.kind !== 'answer') continue;
    const t = tally.columns.get(c.index)!;
    const scale = perColumn.has(c.index) ? questionScale.get(c.role.question) : undefined;
    if (scale) {
      items.push({ ...tallyItem(c.role.question, c.role.item, c.index, scale, t.counts, t.blank, na), byAttribute: attributeLevels(tally, layout, c.index, scale) });
    } else if (c.role.multiple) {
      // Checkbox answers are sets of choices: neither a rating nor a comment.
      if (t.answered > 0) other.push({ header: c.header, column: c.index });
    } else if (t.overflow || isFreeText(t.counts)) {
      texts.push({ question: c.role.item === c.role.question ? c.role.question : `${c.role.question} - ${c.role.item}`, column: c.index, answered: t.answered, texts: t.texts });
    } else if (t.answered > 0) {
      other.push({ header: c.header, column: c.index });
    }
  }
  harmoniseLevels(items);
  // Groups are decided over all items at once: a matrix question's rows are judged together.
  assignGroups(items).forEach(({ group, reason }, i) => Object.assign(items[i], { group, groupReason: reason }));
  const ids = uniqueIds(items.map((i) => i.label));
  const attributes: Attribute[] = layout.columns
    .filter((c) => c.role.kind === 'attribute')
    .map((c) => ({
      name: c.role.kind === 'attribute' ? c.role.attribute : '',
      header: c.header,
      column: c.index,
      values: [...tally.attributeCounts.get(c.index)!].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    }));
  return { respondents: tally.respondents, items: items.map((item, i) => ({ id: ids[i], ...item })), texts, attributes, other };
}

/** Builds an item from the answer counts of its column; `options` says which further labels are not applicable (default none). */
export function tallyItem(question: string, label: string, column: number, scale: Scale, answers: Map<string, number>, blank: number, options: NotApplicableOptions = {}): Omit<Item, 'id'> {
  const counts = scale.levels.map(() => 0);
  const seenLabel = scale.levels.map(() => new Map<string, number>());
  let notApplicable = 0;
  const unrecognised: [string, number][] = [];
  for (const [answer, n] of answers) {
    const level = levelIndex(scale, answer);
    if (level >= 0) {
      counts[level] += n;
      seenLabel[level].set(answer, (seenLabel[level].get(answer) ?? 0) + n);
    } else if (isNotApplicable(answer, options)) notApplicable += n;
    else unrecognised.push([answer, n]);
  }
  // Each level is shown as the export most often spelled it.
  const levels = scale.levels.map((canonical, i) => {
    let best = canonical;
    let most = 0;
    for (const [spelling, n] of [...seenLabel[i]].sort(([a], [b]) => (a < b ? -1 : 1))) if (n > most) [best, most] = [spelling, n];
    return best;
  });
  unrecognised.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { label, question, group: classifyItem(label, question), column, scale, levels, counts, notApplicable, missing: blank, unrecognised };
}

/**
 * Items of one question show the same level labels: a level nobody chose for
 * one session takes the spelling its sibling sessions used ("Médiocre"),
 * instead of the catalogue's English name.
 */
function harmoniseLevels(items: Omit<Item, 'id'>[]): void {
  const byQuestion = new Map<string, Omit<Item, 'id'>[]>();
  for (const item of items) byQuestion.set(item.question, [...(byQuestion.get(item.question) ?? []), item]);
  for (const members of byQuestion.values()) {
    const scale = members[0].scale;
    scale.levels.forEach((canonical, level) => {
      const spellings = new Map<string, number>();
      for (const m of members) if (m.scale === scale && m.counts[level] > 0) spellings.set(m.levels[level], (spellings.get(m.levels[level]) ?? 0) + m.counts[level]);
      let best = canonical;
      let most = 0;
      for (const [spelling, n] of [...spellings].sort(([a], [b]) => (a < b ? -1 : 1))) if (n > most) [best, most] = [spelling, n];
      for (const m of members) if (m.scale === scale) m.levels[level] = best;
    });
  }
}

/** Per attribute and value, the item's count per level (answers off the scale are left out, as in the shares). */
export function attributeLevels(tally: Tally, layout: Layout, column: number, scale: Scale): Record<string, Record<string, number[]>> {
  const out: Record<string, Record<string, number[]>> = {};
  for (const c of layout.columns) {
    if (c.role.kind !== 'attribute') continue;
    const byValue: Record<string, number[]> = {};
    const values = [...(tally.breakdowns.get(c.index) ?? new Map())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [value, byColumn] of values) {
      const counts = scale.levels.map(() => 0);
      for (const [answer, n] of byColumn.get(column) ?? []) {
        const level = levelIndex(scale, answer);
        if (level >= 0) counts[level] += n;
      }
      // A value with no answer on the scale for this item has nothing to break down.
      if (counts.some((n) => n > 0)) byValue[value] = counts;
    }
    out[c.role.attribute] = byValue;
  }
  return out;
}

/** Re-reads an item's answers on another scale (a config override), keeping its id, label and group. */
export function resolveItemScale(item: Item, scale: Scale, answers: Map<string, number>, blank: number, options: NotApplicableOptions = {}): Pick<Item, 'scale' | 'levels' | 'counts' | 'notApplicable' | 'missing' | 'unrecognised'> {
  const { levels, counts, notApplicable, missing, unrecognised } = tallyItem(item.question, item.label, item.column, scale, answers, blank, options);
  return { scale, levels, counts, notApplicable, missing, unrecognised };
}

/** Free text: long answers, or nearly every answer different. */
function isFreeText(counts: Map<string, number>): boolean {
  let total = 0;
  let long = 0;
  for (const [answer, n] of counts) {
    total += n;
    if (answer.length > 60 || /\s.*\s.*\s.*\s/.test(answer)) long += n;
  }
  return total > 0 && (long * 2 >= total || counts.size * 2 > total);
}
