import type { Sentence } from '../../narrate/index.js';
import { slugify } from '../../util/slug.js';
import type { Summary } from '../../narrate/index.js';
import { escapeHtml as e } from '../escape.js';
import { chartFigure, chartKind, groupHeading, type RenderedChart } from './charts.js';
import type { ReportContext } from './context.js';

type BreakdownRows = NonNullable<Summary['breakdowns']>['rows'];

/**
 * One attribute's breakdown as a table: a row per group (all its answers
 * pooled, in bold) and per item, a column per attribute value. Suppressed
 * cells show a dash and never a figure. Attribute values come from the
 * export and are escaped.
 */
export function breakdownTable(summary: Summary, rows: BreakdownRows, ctx: ReportContext): string {
  const { t } = ctx;
  if (rows.length === 0) return '';
  const values = rows[0].cells.map((c) => c.value);
  const items = new Map(summary.items.map((i) => [i.id, i]));
  const groups = new Map(summary.groups.map((g) => [g.id, g]));
  const head = [`<th scope="col">${e(t.item)}</th>`, ...values.map((v) => `<th scope="col" class="n">${e(v === '' ? t.notStated : v)}</th>`)].join('');
  const body = rows.map((r) => {
    const group = groups.get(r.group);
    const label = r.item === null ? (group ? groupHeading(group, ctx) : r.group) : items.get(r.item)?.label ?? r.item;
    const cells = r.cells.map((c) =>
      c.suppressed || c.positive === null || c.valid === null
        ? `<td class="n suppressed">–</td>`
        : `<td class="n">${ctx.pct(c.positive)} <span class="base">(n = ${ctx.count(c.valid)})</span></td>`,
    );
    return `<tr${r.item === null ? ' class="pooled"' : ''}><th scope="row">${e(label)}</th>${cells.join('')}</tr>`;
  });
  return `<table class="data breakdown"><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/**
 * The breakdowns by respondent attribute, one sub-section per attribute:
 * its sentences, its chart (with the full table as text alternative), or the
 * table alone when the run drew no chart. Empty when the summary has none.
 */
export function breakdownsSection(summary: Summary, charts: RenderedChart[], sentences: Sentence[] | undefined, ctx: ReportContext): string {
  const b = summary.breakdowns;
  if (!b || b.attributes.length === 0 || b.rows.length === 0) return '';
  const { t } = ctx;
  const parts = b.attributes.map((attribute) => {
    const rows = b.rows.filter((r) => r.attribute === attribute);
    if (rows.length === 0) return '';
    const id = `h-breakdown-${slugify(attribute)}`;
    const chart = charts.find((c) => chartKind(c) === 'breakdown' && c.name === `breakdown-${slugify(attribute)}`);
    const own = (sentences ?? []).filter((s) => s.kind === 'breakdown' && s.attribute === attribute && s.text !== chart?.sentence);
    const list = own.length ? `<ul class="sentences">${own.map((s) => `<li>${e(s.text)}.</li>`).join('')}</ul>` : '';
    const table = breakdownTable(summary, rows, ctx);
    const body = chart ? chartFigure(chart, table, ctx) : table;
    return `<section aria-labelledby="${id}"><h3 id="${id}">${e(t.breakdownHeading(t.attributeNames[attribute] ?? attribute))}</h3>${list}\n${body}</section>`;
  });
  return `<section id="breakdowns" aria-labelledby="h-breakdowns"><h2 id="h-breakdowns">${e(t.breakdowns)}</h2>
<p class="note">${e(t.breakdownsNote(b.minCell))}</p>
${parts.join('\n')}</section>`;
}
