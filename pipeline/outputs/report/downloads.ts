import { CHOICE_TEXT } from './choice-text.js';
import { escapeHtml as e } from '../escape.js';
import type { ReportContext } from './context.js';

/** Files a run may write beside index.html, in the order the report lists them. */
const FIXED = ['report.pdf', 'deck.pptx', 'charts.pdf', 'summary.json', 'metrics.csv', 'breakdowns.csv', 'choices.csv'] as const;

/**
 * Links to the run's other files, relative to index.html, only for the files
 * the run wrote: the figures, the slides, the PDFs and each chart (SVG, PNG,
 * slide-sized PNG, Vega-Lite spec). File names are the run's own slugs,
 * never export text.
 */
export function downloadsSection(files: string[], ctx: ReportContext): string {
  const { t } = ctx;
  const have = new Set(files);
  const d = t.downloadNames;
  const names: Record<(typeof FIXED)[number], string> = { 'report.pdf': d.pdf, 'deck.pptx': d.deck, 'charts.pdf': d.chartsPdf, 'summary.json': d.summary, 'metrics.csv': d.metrics, 'breakdowns.csv': d.breakdowns, 'choices.csv': CHOICE_TEXT[ctx.lang].download };
  const items = FIXED.filter((f) => have.has(f)).map((f) => `<li><a href="${e(f)}">${e(names[f])}</a> <span class="file">${e(f)}</span></li>`);
  const charts = [...new Set(files.map((f) => /^(?:charts|slides)\/([a-z0-9-]+)\.(svg|png|vl\.json)$/.exec(f)?.[1]).filter((n): n is string => n !== undefined))].sort();
  for (const name of charts) {
    const links = [[`charts/${name}.svg`, 'SVG'], [`charts/${name}.png`, 'PNG'], [`slides/${name}.png`, d.slide], [`charts/${name}.vl.json`, d.spec]]
      .filter(([path]) => have.has(path))
      .map(([path, label]) => `<a href="${e(path)}">${e(label)}</a>`);
    items.push(`<li>${e(t.downloadNames.chart)} <span class="file">${e(name)}</span>: ${links.join(' · ')}</li>`);
  }
  if (items.length === 0) return '';
  return `<section id="downloads" aria-labelledby="h-downloads"><h2 id="h-downloads">${e(t.downloads)}</h2>
<ul class="downloads">
${items.join('\n')}
</ul></section>`;
}
