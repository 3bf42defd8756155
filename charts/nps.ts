import { formatCount } from '../pipeline/util/numbers.js';
import { chartConfig, countAxisFormat } from './config.js';
import type { ChartLook } from './model.js';
import { ACCENT, CONTRAST, INK, NEUTRAL } from './palette.js';
import { SCHEMA, type TopLevelSpec } from './spec.js';
import { chartTitle } from './title.js';
import { legendColumns, NARROW_FONT_SIZE, NARROW_WIDTH, narrowTitle } from './narrow.js';

export interface NpsOptions extends ChartLook {
  /** Title: the NPS sentence, with n and the score. */
  title: string;
  /** Subtitle; default none. */
  subtitle?: string;
  /** Legend names of the three ranges; default "detractors (0–6)", "passives (7–8)", "promoters (9–10)". */
  rangeLabels?: { detractors: string; passives: string; promoters: string };
  /** Title of the count axis; default "answers". */
  countLabel?: string;
}

/** The range an answer 0–10 falls in. */
export function npsRange(code: number): 'detractors' | 'passives' | 'promoters' {
  return code >= 9 ? 'promoters' : code >= 7 ? 'passives' : 'detractors';
}

/**
 * The distribution of a 0–10 recommendation question: one bar per answer
 * 0 to 10 (every answer shown, even at zero), coloured by the range it
 * counts in (detractors 0–6 orange, passives 7–8 grey, promoters 9–10
 * blue), its count above it. `counts[code]` is the number of answers `code`.
 */
export function npsSpec(counts: number[], options: NpsOptions): TopLevelSpec {
  const narrow = options.layout === 'narrow';
  const { title, subtitle, fontSize = narrow ? NARROW_FONT_SIZE : 12, countLabel = 'answers', lang = 'en' } = options;
  // Narrow (narrow.ts): the plot narrowed by the count axis's room (about 3.5 × fontSize) so that the whole
  // figure stays within the width, the legend in as many rows as it needs; the same bars, colours and counts.
  const whole = options.width ?? (narrow ? NARROW_WIDTH : 560);
  const width = narrow ? Math.round(whole - fontSize * 3.5) : whole;
  const labels = options.rangeLabels ?? { detractors: 'detractors (0–6)', passives: 'passives (7–8)', promoters: 'promoters (9–10)' };
  const names = [labels.detractors, labels.passives, labels.promoters];
  const bars = Array.from({ length: 11 }, (_, code) => ({ code: String(code), count: counts[code] ?? 0, text: formatCount(counts[code] ?? 0, lang), range: labels[npsRange(code)] }));
  const x = { field: 'code', type: 'ordinal' as const, sort: bars.map((b) => b.code), axis: { title: null, labelAngle: 0 } };
  const y = { field: 'count', type: 'quantitative' as const, axis: { title: countLabel, tickMinStep: 1, ...countAxisFormat(lang) } };
  const legend = { orient: 'top', direction: 'horizontal', title: null, ...(narrow ? { columns: legendColumns(names, whole, fontSize) } : {}) };
  return {
    $schema: SCHEMA,
    title: narrow ? narrowTitle(title, subtitle, whole, fontSize) : chartTitle(title, subtitle, width, fontSize),
    config: chartConfig({ fontSize, lang }),
    width,
    height: Math.round(fontSize * (narrow ? 16 : 18)),
    data: { values: bars },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          x,
          y,
          color: { field: 'range', type: 'nominal', scale: { domain: names, range: [CONTRAST, NEUTRAL, ACCENT] }, legend },
          tooltip: [{ field: 'code' }, { field: 'range' }, { field: 'count' }],
        },
      },
      {
        mark: { type: 'text', baseline: 'bottom', dy: -3, color: INK, ...(narrow ? { fontSize: fontSize - 1 } : {}) },
        encoding: { x, y, text: { field: 'text' } },
      },
    ],
  } as TopLevelSpec;
}
