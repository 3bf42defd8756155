import type { Sentence } from '../../narrate/index.js';
import type { Summary } from '../../narrate/index.js';
import { escapeHtml as e } from '../escape.js';
import { formatDecimal, formatPointChange, formatPValue, nEquals } from '../../util/numbers.js';
import { chartFigure, chartKind, type RenderedChart } from './charts.js';
import type { ReportContext } from './context.js';

/** The comparison's figures: per item the previous and current share, the change with its interval, and p. */
export function comparisonTable(comparison: NonNullable<Summary['comparison']>, ctx: ReportContext): string {
  const { t } = ctx;
  const head = [t.item, t.previous, t.current, t.change, t.interval, 'p'].map((h, k) => `<th scope="col"${k ? ' class="n"' : ''}>${e(h)}</th>`).join('');
  const rows = comparison.items.map((c) => {
    const change = formatPointChange(c.change, ctx.lang);
    const interval = `${formatPointChange(c.low, ctx.lang)} ${t.to} ${formatPointChange(c.high, ctx.lang)}`;
    return `<tr${c.significant ? ' class="significant"' : ''}><th scope="row">${e(c.label)}</th><td class="n">${ctx.pct(c.previous)} <span class="base">(${nEquals(c.previousValid, ctx.lang)})</span></td><td class="n">${ctx.pct(c.current)} <span class="base">(${nEquals(c.currentValid, ctx.lang)})</span></td><td class="n">${change}${c.significant ? ` <strong>${e(t.significant)}</strong>` : ''}</td><td class="n">${interval}</td><td class="n">${formatPValue(c.p, ctx.lang)}</td></tr>`;
  });
  return `<table class="data"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The comparison with the previous edition: its sentences, its chart with
 * the table as text alternative (or the table alone), and the items not
 * compared with the reason. Empty when the summary has no comparison.
 */
export function comparisonSection(summary: Summary, charts: RenderedChart[], sentences: Sentence[] | undefined, ctx: ReportContext): string {
  const comparison = summary.comparison;
  if (!comparison) return '';
  const { t } = ctx;
  const chart = charts.find((c) => chartKind(c) === 'comparison');
  const own = (sentences ?? []).filter((s) => (s.kind === 'comparison' || s.kind === 'change') && s.text !== chart?.sentence);
  const list = own.length ? `<ul class="sentences">${own.map((s) => `<li>${e(s.text)}.</li>`).join('')}</ul>` : '';
  const table = comparison.items.length ? comparisonTable(comparison, ctx) : '';
  const body = chart ? chartFigure(chart, table, ctx) : table;
  const unmatched = comparison.unmatched.length
    ? `<h3 id="h-not-compared">${e(t.notCompared(ctx.count(comparison.unmatched.length)))}</h3><ul class="not-compared">${comparison.unmatched
        .map((u) => `<li>${e(u.label)} <span class="note">(${e(u.edition === 'baseline' ? t.previous : t.current)}: ${e(t.reasons[u.reason] ?? u.reason)})</span></li>`)
        .join('')}</ul>`
    : '';
  return `<section id="comparison" aria-labelledby="h-comparison"><h2 id="h-comparison">${e(t.comparison)}</h2>
<p class="note">${e(t.comparisonNote(comparison.baseline, formatDecimal(comparison.alpha, 2, ctx.lang)))}</p>
${list}
${body}
${unmatched}</section>`;
}

/** "Response rate 79%", when the summary has one; else empty. */
export function responseRateText(summary: Summary, ctx: ReportContext): string {
  return summary.responseRate ? `${ctx.t.responseRate} ${ctx.pct(summary.responseRate.rate)}` : '';
}
