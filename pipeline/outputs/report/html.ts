/**
 * The report people circulate: one self-contained HTML file. Sections, in
 * order: headline figures; one section per group with its charts (inline
 * SVG, each with its sentence and data table); the item table; breakdowns
 * and comparison when the summary has them; comments; warnings;
 * methodology; downloads.
 *
 * Safety: every text that came from the export goes through `escapeHtml`;
 * no markup is built from data except escaped text and attribute values; the
 * only script is a fixed one, allowed by its hash in a strict
 * Content-Security-Policy that also forbids every network request.
 */
import type { Lang, Sentence } from '../../narrate/index.js';
import { slugify } from '../../util/slug.js';
import type { Summary } from '../../narrate/index.js';
import type { Survey } from '../../ingest/index.js';
import { publishableComments, type CommentQuestion } from '../../metrics/index.js';
import { escapeHtml as e } from '../escape.js';
import { breakdownsSection } from './breakdowns.js';
import { comparisonSection, responseRateText } from './comparison.js';
import { scrollableTables } from './scroll.js';
import { groupHeading, groupSections, type RenderedChart } from './charts.js';
import { npsHeading, npsSection } from './nps.js';
import { commentsSection } from './comments.js';
import { reportContext, type ReportContext } from './context.js';
import { downloadsSection } from './downloads.js';
import { headlinesSection } from './headlines.js';
import { itemsSection } from './items.js';
import { choicesSection } from './choices.js';
import { CHOICE_TEXT } from './choice-text.js';
import { narrowBreakpoint } from './breakpoint.js';
import { reportStyle } from './style.js';
import { cspHash } from './sort-script.js';
import { REPORT_SCRIPT } from './script.js';

export type { RenderedChart } from './charts.js';

export interface HtmlOptions {
  /** Language of fixed texts and numbers; default `en`. */
  lang?: Lang;
  /** Sentences with their group and kind, for the headline figures and each group; default: the summary's headline texts only. */
  sentences?: Sentence[];
  /** Comments ready to publish; default: those of `survey`. */
  comments?: CommentQuestion[];
  /** The survey whose comments to publish through `publishableComments` (redacted in the report's language, small groups withheld); default none. */
  survey?: Pick<Survey, 'texts' | 'attributes'>;
  /** Files of the run beside index.html, relative, for the downloads section; default none. */
  files?: string[];
  /** Smallest group of respondents the report shows, and whose members' comments it publishes; default the summary's breakdown threshold, else 5. */
  k?: number;
}

/** The title `summarise` gives when the run names none. */
const DEFAULT_TITLE = 'Survey results';

/**
 * The Content-Security-Policy of a report: nothing may load from anywhere;
 * the one stylesheet and the one script run because their hashes are listed;
 * fonts come from data: URLs inside the stylesheet.
 */
export function contentSecurityPolicy(style: string, script: string): string {
  return `default-src 'none'; script-src ${cspHash(script)}; style-src ${cspHash(style)}; font-src data:; base-uri 'none'; form-action 'none'`;
}

/** The report as one HTML document. */
export function reportHtml(summary: Summary, charts: RenderedChart[], options: HtmlOptions = {}): string {
  const ctx = reportContext(options.lang ?? 'en', options.k ?? summary.breakdowns?.minCell ?? 5);
  const style = reportStyle({ narrowBelow: narrowBreakpoint(charts) });
  const sections: [string, string, string][] = [];
  const add = (id: string, heading: string, html: string) => {
    if (html) sections.push([id, heading, html]);
  };
  add('headlines', ctx.t.headlines, headlinesSection(summary, options.sentences, charts, ctx));
  const groups = groupSections(summary, charts, options.sentences, ctx);
  add('nps', npsHeading(ctx.lang), npsSection(summary, charts, options.sentences, ctx));
  add('items', ctx.t.items, itemsSection(summary, ctx));
  add('choices', CHOICE_TEXT[ctx.lang].heading, choicesSection(summary, charts, ctx));
  add('breakdowns', ctx.t.breakdowns, breakdownsSection(summary, charts, options.sentences, ctx));
  add('comparison', ctx.t.comparison, comparisonSection(summary, charts, options.sentences, ctx));
  const comments = options.comments ?? (options.survey ? publishableComments(options.survey, { k: ctx.k, redact: { email: ctx.t.email, phone: ctx.t.phone } }) : []);
  add('comments', ctx.t.comments, commentsSection(comments, ctx));
  add('warnings', ctx.t.warnings, warningsSection(summary, ctx));
  add('methodology', ctx.t.methodology, methodologySection(summary, ctx));
  add('downloads', ctx.t.downloads, downloadsSection(options.files ?? [], ctx));
  const groupLinks: [string, string][] = summary.groups.map((g) => [`group-${slugify(g.id)}`, groupHeading(g, ctx)]);
  const links: [string, string][] = [[sections[0][0], sections[0][1]], ...groupLinks, ...sections.slice(1).map(([id, heading]): [string, string] => [id, heading])];
  const nav = links.map(([id, heading]) => `<li><a href="#${id}">${e(heading)}</a></li>`).join('');
  const [headlines, ...rest] = sections.map(([, , html]) => html);
  const rate = responseRateText(summary, ctx);
  // The summary's default title is English; a report in another language says it in its own.
  const title = summary.title === DEFAULT_TITLE ? ctx.t.title : summary.title;
  return `<!DOCTYPE html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(style, REPORT_SCRIPT)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e(title)}</title>
<style>${style}</style>
</head>
<body>
<a class="skip" href="#headlines">${e(ctx.t.skip)}</a>
<header>
<h1>${e(title)}</h1>
<p class="meta">${e(ctx.t.respondents(ctx.count(summary.respondents)))}${rate ? ` · ${e(rate)}` : ''}. ${e(ctx.t.baseNote)}</p>
<nav aria-label="${e(ctx.t.contents)}"><ul>${nav}</ul></nav>
</header>
<main>
${scrollableTables([headlines, groups, ...rest].join('\n'))}
</main>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function warningsSection(summary: Summary, ctx: ReportContext): string {
  if (summary.warnings.length === 0) return '';
  return `<section id="warnings" aria-labelledby="h-warnings"><h2 id="h-warnings">${e(ctx.t.warnings)}</h2><ul>${summary.warnings.map((w) => `<li>${e(w)}</li>`).join('')}</ul></section>`;
}

/** The summary's own methodology notes (in the sentences' language) and how comments are published; the report's fixed text when the summary has none. */
function methodologySection(summary: Summary, ctx: ReportContext): string {
  const notes = summary.methodology?.length ? [...summary.methodology.map((n) => n.text), ctx.t.commentsMethod(ctx.k)] : ctx.t.methodologyText(ctx.k);
  const paragraphs = notes.map((p) => `<p>${e(p)}</p>`);
  return `<section id="methodology" aria-labelledby="h-methodology"><h2 id="h-methodology">${e(ctx.t.methodology)}</h2>
${paragraphs.join('\n')}</section>`;
}
