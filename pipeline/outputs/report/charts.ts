import type { Sentence } from '../../narrate/index.js';
import { groupLabel } from '../../ingest/index.js';
import { slugify } from '../../util/slug.js';
import type { Summary, SummaryGroup, SummaryItem } from '../../narrate/index.js';
import { escapeHtml as e } from '../escape.js';
import type { ReportContext } from './context.js';
import { scopeSvgIds } from './svg-ids.js';

export interface RenderedChart {
  /** File name stem, unique in the run. */
  name: string;
  /** `likert`, `ranking`, `overview`, `breakdown`, `comparison`, `response`; default: read from the name. */
  kind?: string;
  /** A group id, or `overview`, `breakdown`, `comparison`, `response` for charts across groups. */
  group: string;
  /** The sentence the chart illustrates: its caption and text alternative. */
  sentence: string;
  svg: string;
  /** The same chart in its narrow layout (charts/narrow.ts), shown instead on a phone; default none (the wide one on every screen). */
  narrowSvg?: string;
}

/** The heading of a group: the language's name for a known group, else the group's own label. */
export function groupHeading(group: Pick<SummaryGroup, 'id' | 'label'>, ctx: ReportContext): string {
  const known = ctx.t.groups[group.id];
  return known && group.label === groupLabel(group.id) ? known : group.label;
}

/**
 * A chart's data as a table, its text alternative beside the sentence: per
 * item the valid answers, the share at each level (when the items share a
 * scale) and the positive share with its interval.
 */
export function chartDataTable(
  items: SummaryItem[],
  ctx: ReportContext,
  options: {
    /** Show the share at each level (only when every item has the same levels); default true. */
    levels?: boolean;
  } = {},
): string {
  const sameLevels = items.every((i) => i.levels.join('\u0000') === items[0]?.levels.join('\u0000'));
  const levels = (options.levels ?? true) && sameLevels && items.length > 0 ? items[0].levels : [];
  const head = [ctx.t.item, ctx.t.valid, ...levels, ctx.t.positive, ctx.t.interval];
  const rows = items.map((i) => {
    const cells = [
      `<th scope="row">${e(i.label)}</th>`,
      `<td class="n">${ctx.count(i.valid)}</td>`,
      ...levels.map((l) => `<td class="n">${i.valid ? ctx.pct((i.counts[l] ?? 0) / i.valid) : '–'}</td>`),
      `<td class="n">${i.valid ? ctx.pct(i.positive) : '–'}</td>`,
      `<td class="n">${i.valid ? ctx.interval(i.positiveLow, i.positiveHigh) : '–'}</td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table class="data"><thead><tr>${head.map((h, k) => `<th scope="col"${k ? ' class="n"' : ''}>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * True when an SVG holds nothing active: no script, no event handler, no
 * link, no foreign content. Vega escapes the export's texts it draws; this
 * checks it, so a chart can never carry a payload into the report.
 */
export function isInertSvg(svg: string): boolean {
  // Attribute values are data (escaped); only tag names and attribute names can be active.
  const tags = svg.replace(/"[^"]*"|'[^']*'/g, '""').match(/<[^>]*>/g) ?? [];
  return tags.every((tag) => !/^<\/?\s*(script|foreignobject|iframe|object|embed|a|image|use|animate|set|style|handler|listener)\b/i.test(tag) && !/\s(on[a-z]+|href|xlink:href|style)\s*=/i.test(tag));
}

/**
 * One chart: the SVG under an image role named by its sentence (and its
 * narrow variant beside it, when there is one, for phones), the sentence as caption, and the chart's data as a table folded away (its
 * text alternative, with the figures the bars stand for).
 */
export function chartFigure(chart: RenderedChart, dataTable: string, ctx: ReportContext): string {
  for (const svg of [chart.svg, chart.narrowSvg ?? '']) {
    if (!isInertSvg(svg)) throw new Error(`chart ${chart.name}: its SVG holds active content (script, handler or link)`);
  }
  const id = `chart-${slugify(chart.name)}`;
  const table = dataTable ? `<details><summary>${e(ctx.t.chartData)}</summary>${dataTable}</details>` : '';
  const plot = (svg: string, variant: string) => `<div class="plot${variant ? ` plot-${variant}` : ''}" role="img" aria-label="${e(chart.sentence)}">${variant ? scopeSvgIds(svg, `${id}-${variant}-`) : svg}</div>`;
  // Both layouts in the page, the stylesheet showing one: the narrow one on a phone, the wide one elsewhere and in print.
  const plots = chart.narrowSvg === undefined ? plot(chart.svg, '') : plot(chart.svg, 'wide') + plot(chart.narrowSvg, 'narrow');
  return `<figure class="chart" id="${id}">${plots}<figcaption>${e(chart.sentence)}.</figcaption>${table}</figure>`;
}

/** The kind of a chart: its own, else read from its name (`plenary-ranking` → `ranking`). */
export function chartKind(chart: Pick<RenderedChart, 'name' | 'kind'>): string {
  return chart.kind ?? (/-ranking$/.test(chart.name) ? 'ranking' : /-likert$/.test(chart.name) ? 'likert' : chart.name.split('-')[0]);
}

/** Sentences a group section lists: its own figures, not breakdowns or changes (they have their sections). */
const GROUP_KINDS = new Set(['share', 'range', 'average', 'best', 'tie', 'nps']);

/** One section per group: its heading, its sentences, its charts. */
export function groupSections(summary: Summary, charts: RenderedChart[], sentences: Sentence[] | undefined, ctx: ReportContext): string {
  const byId = new Map(summary.items.map((i) => [i.id, i]));
  const sections = summary.groups.map((g) => {
    const items = g.items.map((id) => byId.get(id)).filter((i): i is SummaryItem => i !== undefined);
    const own = charts.filter((c) => c.group === g.id);
    // Sentences that caption a chart are read there; the others are listed above the charts.
    const rest = (sentences ?? []).filter((s) => s.group === g.id && GROUP_KINDS.has(s.kind) && !own.some((c) => c.sentence === s.text));
    const list = rest.length ? `<ul class="sentences">${rest.map((s) => `<li>${e(s.text)}.</li>`).join('')}</ul>` : '';
    const figures = own.map((c) => chartFigure(c, chartDataTable(items, ctx, { levels: chartKind(c) !== 'ranking' }), ctx)).join('\n');
    const id = `group-${slugify(g.id)}`;
    return `<section id="${id}" class="group" aria-labelledby="h-${id}"><h2 id="h-${id}">${e(groupHeading(g, ctx))}</h2>${list}\n${figures}</section>`;
  });
  return sections.join('\n');
}
