import { attendanceByItem } from '../../metrics/index.js';
import type { Summary } from '../../narrate/index.js';
import { escapeHtml as e } from '../escape.js';
import { groupHeading } from './charts.js';
import type { ReportContext } from './context.js';
import { CHOICE_TEXT } from './choice-text.js';

/**
 * Every item in one table: n, answers outside the base, positive share and
 * interval. Sortable when the report's script runs (`data-sortable`,
 * `data-sort` on the headers, `data-value` on numeric cells); without it the
 * rows stay in survey order.
 */
export function itemsSection(summary: Summary, ctx: ReportContext): string {
  const { t } = ctx;
  const groups = new Map(summary.groups.map((g) => [g.id, groupHeading(g, ctx)]));
  const num = (value: number | string, text: string) => `<td class="n" data-value="${value}">${text}</td>`;
  // Beside each session's rating, how many said they attended it (an attendance question whose options name the items).
  const attendance = attendanceByItem(summary.choices ?? []);
  const attendedCell = (id: string) => {
    if (attendance.size === 0) return '';
    const a = attendance.get(id);
    return a ? num(a.count, CHOICE_TEXT[ctx.lang].attendedCell(ctx.count(a.count), ctx.pct(a.share))) : num('', '–');
  };
  const rows = summary.items.map((i) => {
    const shown = i.valid > 0;
    return `<tr><th scope="row">${e(i.label)}</th><td>${e(groups.get(i.group) ?? t.groups[i.group] ?? i.group)}</td>${num(i.valid, ctx.count(i.valid))}${num(i.notApplicable, ctx.count(i.notApplicable))}${num(i.missing, ctx.count(i.missing))}${num(shown ? i.positive : '', shown ? ctx.pct(i.positive) : '–')}${num(shown ? i.positiveLow : '', shown ? ctx.interval(i.positiveLow, i.positiveHigh) : '–')}${attendedCell(i.id)}</tr>`;
  });
  const head = [
    [t.item, 'text'],
    [t.group, 'text'],
    [t.valid, 'number'],
    [t.notApplicable, 'number'],
    [t.blank, 'number'],
    [t.positive, 'number'],
    [t.interval, 'number'],
    // Last, so the columns every report has keep their places.
    ...(attendance.size ? [[CHOICE_TEXT[ctx.lang].attended, 'number']] : []),
  ]
    .map(([label, kind]) => `<th scope="col" data-sort="${kind}"${kind === 'number' ? ' class="n"' : ''}>${e(label)}</th>`)
    .join('');
  return `<section id="items" aria-labelledby="h-items"><h2 id="h-items">${e(t.items)}</h2>
<table class="items" data-sortable data-sort-hint="${e(t.sortHint)}"><caption>${e(t.itemsCaption)}</caption><thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></section>`;
}
