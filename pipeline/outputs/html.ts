import { fontBase64, FONT_FAMILY } from '../../charts/index.js';
import { formatPercent, type Lang, type Sentence } from '../narrate.js';
import type { Summary } from '../summary.js';
import { escapeHtml as e } from './escape.js';

export interface RenderedChart {
  name: string;
  group: string;
  sentence: string;
  svg: string;
}

export interface HtmlOptions {
  /** Language of fixed texts and numbers; default `en`. */
  lang?: Lang;
  /** Sentences with their group, to list under each group; default none. */
  sentences?: Sentence[];
}

/** No network, no script, no plugin: only inline styles and the embedded font. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The report: one self-contained HTML file. Every text that came from the
 * export goes through `escapeHtml`; charts are pre-rendered inline SVG.
 */
export function reportHtml(summary: Summary, charts: RenderedChart[], options: HtmlOptions = {}): string {
  const lang = options.lang ?? 'en';
  const pct = (x: number) => formatPercent(x, lang);
  const headlines = summary.headlines.map((s) => `<li>${e(s)}.</li>`).join('\n');
  const sections = summary.groups
    .map((g) => {
      const figures = charts
        .filter((c) => c.group === g.id)
        .map((c) => `<figure class="chart" id="chart-${e(c.name)}">${c.svg}<figcaption>${e(c.sentence)}.</figcaption></figure>`)
        .join('\n');
      const own = (options.sentences ?? []).filter((s) => s.group === g.id);
      const sentences = own.length ? `<ul class="sentences">${own.map((s) => `<li>${e(s.text)}.</li>`).join('')}</ul>` : '';
      return `<section id="group-${e(g.id)}"><h2>${e(g.label)}</h2>${sentences}\n${figures}</section>`;
    })
    .join('\n');
  const rows = summary.items
    .map((i) => `<tr><td>${e(i.label)}</td><td>${e(i.group)}</td><td class="n">${i.valid}</td><td class="n">${i.notApplicable}</td><td class="n">${i.missing}</td><td class="n">${i.valid ? pct(i.positive) : '–'}</td><td class="n">${i.valid ? `${pct(i.positiveLow)}–${pct(i.positiveHigh)}` : '–'}</td></tr>`)
    .join('\n');
  const warnings = summary.warnings.length ? `<section id="warnings"><h2>Warnings</h2><ul>${summary.warnings.map((w) => `<li>${e(w)}</li>`).join('')}</ul></section>` : '';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(summary.title)}</title>
<style>
@font-face { font-family: '${FONT_FAMILY}'; font-weight: 400; src: url(data:font/ttf;base64,${fontBase64('regular')}) format('truetype'); }
@font-face { font-family: '${FONT_FAMILY}'; font-weight: 700; src: url(data:font/ttf;base64,${fontBase64('bold')}) format('truetype'); }
body { font-family: '${FONT_FAMILY}', sans-serif; color: #1f2937; max-width: 72rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.5; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
.meta { color: #4b5563; margin-top: 0; }
.headlines { font-size: 1.15rem; padding-left: 1.2rem; }
.headlines li { margin: 0.5rem 0; }
figure.chart { margin: 1.5rem 0; overflow-x: auto; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { color: #4b5563; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #e5e7eb; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
@media print { body { margin: 0; max-width: none; } section { break-before: auto; } figure.chart { break-inside: avoid; } @page { size: A4; margin: 15mm; } }
</style>
</head>
<body>
<header>
<h1>${e(summary.title)}</h1>
<p class="meta">${summary.respondents} respondents. Shares are of valid answers: "not applicable / did not attend" and blank answers are counted but kept out of the base.</p>
</header>
<main>
<section id="headlines"><h2>Headline figures</h2><ul class="headlines">
${headlines}
</ul></section>
${sections}
<section id="items"><h2>All items</h2>
<table><thead><tr><th scope="col">Item</th><th scope="col">Group</th><th scope="col" class="n">n (valid)</th><th scope="col" class="n">Not applicable</th><th scope="col" class="n">Blank</th><th scope="col" class="n">Positive</th><th scope="col" class="n">95% CI</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>
${warnings}
<section id="methodology"><h2>Methodology</h2>
<p>Positive share: answers in the top two levels of the scale, divided by valid answers (answers on the scale). "Not applicable", "did not attend" and blank answers are reported but never in the denominator. Intervals are 95% Wilson score intervals. "On average" is the unweighted mean of the item shares, each item counting once; the pooled share (all positive answers divided by all valid answers) is given beside it. An item is called the most appreciated only when its interval does not overlap any other item's.</p>
</section>
</main>
</body>
</html>
`;
}
