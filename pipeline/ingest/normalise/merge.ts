import { mergeChoices } from './choices/merge.js';
import * as msg from '../../messages.js';
import type { Attribute, Item, Survey, TextQuestion } from './resolve.js';
import { labelKey } from './scales.js';

export interface MergeOptions {
  /** Item label or id → labels of the same item in other exports (from the config's `match`); default none. */
  aliases?: Record<string, string[]>;
}

/**
 * Merges the surveys of several exports of one survey (language versions,
 * collectors) into one. Items are matched by label (tolerantly), then through
 * the config's aliases, then by position when both exports have the same
 * structure (same number of items, same scale sizes). Counts add up level by
 * level; an item that cannot be matched is kept on its own with a warning.
 */
export function mergeSurveys(parts: { file: string; survey: Survey }[], options: MergeOptions = {}): { survey: Survey; warnings: string[] } {
  const warnings: string[] = [];
  const [first, ...rest] = parts;
  const items: Item[] = first.survey.items.map(copyItem);
  let texts: TextQuestion[] = first.survey.texts.map((t) => ({ ...t, texts: [...t.texts] }));
  let attributes: Attribute[] = first.survey.attributes.map((a) => ({ ...a, values: [...a.values] }));
  let respondents = first.survey.respondents;
  let choices = first.survey.choices ?? [];
  const alias = new Map<string, string>();
  for (const [key, labels] of Object.entries(options.aliases ?? {})) {
    const target = items.find((i) => i.id === key || labelKey(i.label) === labelKey(key));
    if (target) for (const l of labels) alias.set(labelKey(l), target.id);
  }
  for (const part of rest) {
    respondents += part.survey.respondents;
    const incoming = part.survey.items;
    const byLabel = (item: Item) => {
      const key = labelKey(item.label);
      return items.find((i) => labelKey(i.label) === key) ?? items.find((i) => i.id === alias.get(key));
    };
    const sameShape =
      incoming.length === first.survey.items.length && incoming.every((it, k) => it.counts.length === first.survey.items[k].counts.length);
    const matched = incoming.map(byLabel);
    const byPosition = matched.some((m) => !m) && sameShape;
    let unmatched = 0;
    incoming.forEach((item, k) => {
      const target = byPosition ? items.find((i) => i.id === first.survey.items[k].id) : matched[k];
      if (target && target.counts.length === item.counts.length) addInto(target, item);
      else {
        unmatched++;
        items.push({ ...copyItem(item), id: uniqueId(items, item.id) });
      }
    });
    if (unmatched) warnings.push(msg.mergeMismatch(part.file, unmatched, first.file));
    texts = mergeTexts(texts, part.survey.texts);
    attributes = mergeAttributes(attributes, part.survey.attributes);
    choices = mergeChoices(choices, part.survey.choices ?? []);
  }
  return { survey: { ...first.survey, respondents, items, texts, attributes, other: first.survey.other, choices }, warnings };
}

function copyItem(item: Item): Item {
  return {
    ...item,
    counts: [...item.counts],
    unrecognised: item.unrecognised.map(([l, n]) => [l, n] as [string, number]),
    byAttribute: item.byAttribute && Object.fromEntries(Object.entries(item.byAttribute).map(([a, v]) => [a, Object.fromEntries(Object.entries(v).map(([k, c]) => [k, [...c]]))])),
  };
}

function addInto(target: Item, item: Item): void {
  item.counts.forEach((n, i) => (target.counts[i] += n));
  target.notApplicable += item.notApplicable;
  target.missing += item.missing;
  for (const [label, n] of item.unrecognised) {
    const row = target.unrecognised.find(([l]) => l === label);
    if (row) row[1] += n;
    else target.unrecognised.push([label, n]);
  }
  target.unrecognised.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [attribute, values] of Object.entries(item.byAttribute ?? {})) {
    target.byAttribute ??= {};
    const into = (target.byAttribute[attribute] ??= {});
    for (const [value, counts] of Object.entries(values)) {
      const row = (into[value] ??= counts.map(() => 0));
      counts.forEach((n, i) => (row[i] += n));
    }
  }
}

function mergeTexts(a: TextQuestion[], b: TextQuestion[]): TextQuestion[] {
  const out = a.map((t) => ({ ...t, texts: [...t.texts] }));
  b.forEach((t, k) => {
    const target = out.find((x) => labelKey(x.question) === labelKey(t.question)) ?? (a.length === b.length ? out[k] : undefined);
    if (target) {
      target.texts.push(...t.texts);
      target.answered += t.answered;
    } else out.push({ ...t, texts: [...t.texts] });
  });
  return out;
}

function mergeAttributes(a: Attribute[], b: Attribute[]): Attribute[] {
  const out = a.map((x) => ({ ...x, values: [...x.values] }));
  for (const attr of b) {
    const target = out.find((x) => x.name === attr.name);
    if (!target) {
      out.push({ ...attr, values: [...attr.values] });
      continue;
    }
    const values = new Map(target.values);
    for (const [v, n] of attr.values) values.set(v, (values.get(v) ?? 0) + n);
    target.values = [...values].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  }
  return out;
}

function uniqueId(items: Item[], id: string): string {
  let candidate = id;
  for (let n = 2; items.some((i) => i.id === candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}
