import { percent, type Sentence } from '../../narrate/index.js';
import type { Summary } from '../../narrate/index.js';
import { escapeHtml as e } from '../escape.js';
import { chartFigure, chartKind, groupHeading, type RenderedChart } from './charts.js';
import type { ReportContext } from './context.js';

/**
 * The big number a headline sentence speaks of: the item's share, the
 * group's range or average, the best item's share, the response rate or the
 * Net Promoter Score. Undefined for sentences without one figure (ties, the
 * comparison as a whole).
 */
export function headlineFigure(sentence: Pick<Sentence, 'group' | 'kind'>, summary: Pick<Summary, 'groups' | 'items'> & Partial<Pick<Summary, 'responseRate' | 'nps'>>, ctx: Pick<ReportContext, 'pct' | 'range'>): string | undefined {
  if (sentence.kind === 'response-rate') return summary.responseRate ? ctx.pct(summary.responseRate.rate) : undefined;
  if (sentence.kind === 'nps') return summary.nps ? signedPoints(summary.nps.score) : undefined;
  const group = summary.groups.find((g) => g.id === sentence.group);
  if (!group) return undefined;
  const item = (id: string) => summary.items.find((i) => i.id === id);
  switch (sentence.kind) {
    case 'share': {
      const only = item(group.items[0]);
      return only ? ctx.pct(only.positive) : undefined;
    }
    case 'range':
      return ctx.range(group.minPositive, group.maxPositive);
    case 'average':
      return ctx.pct(group.meanPositive);
    case 'best': {
      const best = item(group.best);
      return best ? ctx.pct(best.positive) : undefined;
    }
    default:
      return undefined;
  }
}

/** A score in points, signed: "+32", "−5", "0". */
function signedPoints(x: number): string {
  const p = percent(x);
  return p > 0 ? `+${p}` : p < 0 ? `\u2212${-p}` : '0';
}

/** The overview chart's data: per group its unweighted mean, pooled share and range. */
function overviewTable(summary: Summary, ctx: ReportContext): string {
  const { t } = ctx;
  const rows = summary.groups
    .filter((g) => g.items.length > 0)
    .map((g) => `<tr><th scope="row">${e(groupHeading(g, ctx))}</th><td class="n">${ctx.count(g.items.length)}</td><td class="n">${ctx.count(g.valid)}</td><td class="n">${ctx.pct(g.meanPositive)}</td><td class="n">${ctx.pct(g.pooledPositive)}</td><td class="n">${ctx.interval(g.minPositive, g.maxPositive)}</td></tr>`);
  const head = [t.group, t.itemCount, t.valid, t.mean, t.pooled, t.range].map((h, k) => `<th scope="col"${k ? ' class="n"' : ''}>${e(h)}</th>`).join('');
  return `<table class="data"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The response chart's data: participants, respondents, rate and interval. */
function responseTable(summary: Summary, ctx: ReportContext): string {
  const r = summary.responseRate;
  if (!r) return '';
  const { t } = ctx;
  return `<table class="data"><thead><tr><th scope="col">${e(t.participants)}</th><th scope="col" class="n">${e(t.respondentsColumn)}</th><th scope="col" class="n">${e(t.responseRate)}</th><th scope="col" class="n">${e(t.interval)}</th></tr></thead><tbody><tr><td class="n">${ctx.count(r.participants)}</td><td class="n">${ctx.count(r.respondents)}</td><td class="n">${ctx.pct(r.rate)}</td><td class="n">${ctx.interval(r.low, r.high)}</td></tr></tbody></table>`;
}

/** The headline section: each headline sentence under its big number, then the overview and response charts. */
export function headlinesSection(summary: Summary, sentences: Sentence[] | undefined, charts: RenderedChart[], ctx: ReportContext): string {
  const headlines: { figure?: string; text: string }[] = sentences
    ? sentences.filter((s) => s.headline).map((s) => ({ figure: headlineFigure(s, summary, ctx), text: s.text }))
    : summary.headlines.map((text) => ({ text }));
  const cards = headlines
    .map((h) => `<li class="headline">${h.figure ? `<span class="figure">${e(h.figure)}</span>` : ''}<span class="sentence">${e(h.text)}.</span></li>`)
    .join('\n');
  const figures = charts
    .filter((c) => chartKind(c) === 'overview' || chartKind(c) === 'response')
    .map((c) => chartFigure(c, chartKind(c) === 'overview' ? overviewTable(summary, ctx) : responseTable(summary, ctx), ctx))
    .join('\n');
  return `<section id="headlines" aria-labelledby="h-headlines"><h2 id="h-headlines">${e(ctx.t.headlines)}</h2>
<ul class="headlines">
${cards}
</ul>
${figures}</section>`;
}
