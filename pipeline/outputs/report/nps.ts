import { npsRange } from '../../../charts/index.js';
import type { Lang, Sentence } from '../../narrate/index.js';
import type { Summary } from '../../narrate/index.js';
import { escapeHtml as e } from '../escape.js';
import { npsCounts } from '../nps-chart.js';
import { chartFigure, chartKind, type RenderedChart } from './charts.js';
import type { ReportContext } from './context.js';

const TEXT: Record<Lang, { heading: string; answer: string; count: string; range: string; ranges: Record<'detractors' | 'passives' | 'promoters', string> }> = {
  en: { heading: 'Net Promoter Score', answer: 'Answer', count: 'Answers', range: 'Counts as', ranges: { detractors: 'detractor', passives: 'passive', promoters: 'promoter' } },
  fr: { heading: 'Net Promoter Score', answer: 'Réponse', count: 'Réponses', range: 'Compte comme', ranges: { detractors: 'détracteur', passives: 'passif', promoters: 'promoteur' } },
  es: { heading: 'Net Promoter Score', answer: 'Respuesta', count: 'Respuestas', range: 'Cuenta como', ranges: { detractors: 'detractor', passives: 'pasivo', promoters: 'promotor' } },
};

/** The heading of the NPS section in the report's language. */
export function npsHeading(lang: Lang): string {
  return TEXT[lang].heading;
}

/**
 * The NPS section: the recommendation question (from the export, escaped),
 * its sentence with n and interval, and its chart with the count per answer
 * as the chart's data table. Empty when the survey has no NPS.
 */
export function npsSection(summary: Summary, charts: RenderedChart[], sentences: Sentence[] | undefined, ctx: ReportContext): string {
  const nps = summary.nps;
  const counts = npsCounts(summary);
  if (!nps || !counts) return '';
  const t = TEXT[ctx.lang];
  const item = summary.items.find((i) => i.id === nps.item)!;
  const chart = charts.find((c) => chartKind(c) === 'nps');
  const sentence = sentences?.find((s) => s.kind === 'nps')?.text;
  const rows = counts.map((n, code) => `<tr><th scope="row">${code}</th><td class="n">${ctx.count(n)}</td><td>${e(t.ranges[npsRange(code)])}</td></tr>`).join('');
  const table = `<table class="data"><thead><tr><th scope="col">${e(t.answer)}</th><th scope="col" class="n">${e(t.count)}</th><th scope="col">${e(t.range)}</th></tr></thead><tbody>${rows}</tbody></table>`;
  const said = sentence && (!chart || chart.sentence !== sentence) ? `<ul class="sentences"><li>${e(sentence)}.</li></ul>` : '';
  return `<section id="nps" class="group" aria-labelledby="h-nps"><h2 id="h-nps">${e(t.heading)}</h2><p>${e(item.question)}</p>${said}\n${chart ? chartFigure(chart, table, ctx) : table}</section>`;
}
