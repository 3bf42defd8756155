import type { SummaryChoice } from '../../metrics/index.js';
import { slugify } from '../../util/slug.js';
import type { Summary } from '../../narrate/index.js';
import { CHOICE_TEXT } from './choice-text.js';
import { escapeHtml as e } from '../escape.js';
import { chartFigure, type RenderedChart } from './charts.js';
import type { ReportContext } from './context.js';

/**
 * The closed questions that are not ratings, each under its own heading:
 * its bar chart (when the run drew it) and its figures as a table, every
 * option with its count, share and interval. Question and option texts come
 * from the export: escaped.
 */
export function choicesSection(summary: Pick<Summary, 'choices'>, charts: RenderedChart[], ctx: ReportContext): string {
  const choices = (summary.choices ?? []).filter((c) => c.options.length > 0);
  if (choices.length === 0) return '';
  const t = CHOICE_TEXT[ctx.lang];
  const blocks = choices.map((c) => {
    const id = `choice-${slugify(c.id)}`;
    const chart = charts.find((ch) => ch.name === `choice-${c.id}`);
    const figure = chart ? chartFigure(chart, '', ctx) : '';
    return `<section class="choice" id="${id}" aria-labelledby="h-${id}"><h3 id="h-${id}">${e(c.question)}</h3>\n${figure}\n${choiceTable(c, ctx)}</section>`;
  });
  return `<section id="choices" aria-labelledby="h-choices"><h2 id="h-choices">${e(t.heading)}</h2>
<p>${e(t.intro)}</p>
${blocks.join('\n')}</section>`;
}

/** One question's figures: per option, respondents, share of those who answered and the interval. */
export function choiceTable(choice: SummaryChoice, ctx: ReportContext): string {
  const t = CHOICE_TEXT[ctx.lang];
  const head = [t.option, t.count, t.share, t.interval].map((h, k) => `<th scope="col"${k ? ' class="n"' : ''}>${e(h)}</th>`).join('');
  const rows = choice.options.map(
    (o) => `<tr><th scope="row">${e(o.label)}</th><td class="n">${ctx.count(o.count)}</td><td class="n">${choice.answered ? ctx.pct(o.share) : '–'}</td><td class="n">${choice.answered ? ctx.interval(o.low, o.high) : '–'}</td></tr>`,
  );
  const caption = t.title(choice.question, ctx.count(choice.answered));
  return `<table class="data"><caption>${e(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
