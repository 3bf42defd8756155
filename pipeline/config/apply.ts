import { fail } from '../errors.js';
import * as msg from '../messages.js';
import type { Layout } from '../model.js';
import { attributeLevels, resolveItemScale } from '../ingest/index.js';
import { labelKey, SCALES, type Scale } from '../ingest/index.js';
import type { Survey } from '../ingest/index.js';
import type { Tally } from '../ingest/index.js';
import type { Config } from './schema.js';

export interface ApplyOptions {
  /** The config file, for messages; default `config`. */
  file?: string;
  /** Ignore item keys that match no item (one export of several); default false: they are an error. */
  lenient?: boolean;
  /** The export's layout, to recount breakdowns on an overridden scale; default none (breakdowns then dropped for that item). */
  layout?: Layout;
}

/**
 * Applies the config's item overrides (group, scale, label, exclude) and the
 * top-box size to a resolved survey. Items are named by id or by label; a
 * name that matches no item is a config error, never silently ignored.
 * Without a tally (a merged survey) scales cannot be re-read; apply the
 * config to each export first (lenient), then to the merge.
 */
export function applyConfig(survey: Survey, tally: Tally | undefined, config: Config, options: ApplyOptions = {}): Survey {
  const file = options.file ?? 'config';
  let items = survey.items;
  if (config.positiveLevels !== undefined) {
    const k = config.positiveLevels;
    items = items.map((i) => ({ ...i, scale: { ...i.scale, positiveLevels: Math.min(k, i.scale.levels.length - 1) } }));
  }
  const entries = Object.entries(config.items ?? {});
  if (entries.length === 0) return { ...survey, items };
  const byId = new Map(items.map((i) => [i.id, i]));
  const byLabel = new Map(items.map((i) => [labelKey(i.label), i]));
  const overrides = new Map<string, (typeof entries)[number][1]>();
  const keys = new Map<string, string>();
  for (const [key, value] of entries) {
    const item = byId.get(key) ?? byLabel.get(labelKey(key));
    if (!item) {
      if (options.lenient) continue;
      fail(msg.unknownConfigItem(file, key, items.map((i) => i.id)), 2);
    }
    overrides.set(item.id, value);
    keys.set(item.id, key);
  }
  const out = [];
  for (const item of items) {
    const o = overrides.get(item.id);
    if (!o) {
      out.push(item);
      continue;
    }
    if (o.exclude) continue;
    let next = { ...item };
    if (o.scale && o.scale !== item.scale.id && tally) {
      const scale: Scale = SCALES.find((s) => s.id === o.scale)!;
      const column = tally.columns.get(item.column)!;
      next = { ...next, ...resolveItemScale(next, scale, column.counts, column.blank, { extra: config.notApplicable }) };
      next.byAttribute = options.layout ? attributeLevels(tally, options.layout, item.column, scale) : undefined;
      // A declared scale that none of the answers is on would leave the item with no valid answer, unnoticed.
      if (next.counts.every((n) => n === 0) && next.unrecognised.length) {
        fail(msg.configScaleMismatch(file, keys.get(item.id)!, o.scale, [...next.unrecognised].sort(([, a], [, b]) => b - a).map(([l]) => l)), 2);
      }
    }
    if (o.group) Object.assign(next, { group: o.group, groupReason: { by: 'config' } });
    if (o.label) next.label = o.label;
    out.push(next);
  }
  return { ...survey, items: out };
}
