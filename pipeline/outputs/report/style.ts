import { fontBase64, FONT_FAMILY } from '../../../charts/index.js';
import { THEMES_STYLE } from './themes.js';

/**
 * The report's stylesheet: the shipped Inter font embedded, text colours
 * with a contrast of at least 7:1 on white, each chart's narrow layout in
 * place of its wide one on a screen up to `narrowBelow` px wide (a phone, and
 * wider where a wide chart's text would get too small: breakpoint.ts), and an A4
 * print layout, always with the wide charts, in which no chart or table row
 * is cut across pages.
 */
export function reportStyle(
  options: {
    /** Widest screen, in CSS px, that shows the narrow chart layouts; default 600. */
    narrowBelow?: number;
  } = {},
): string {
  const { narrowBelow = 600 } = options;
  return `@font-face { font-family: '${FONT_FAMILY}'; font-weight: 400; font-style: normal; src: url(data:font/ttf;base64,${fontBase64('regular')}) format('truetype'); }
@font-face { font-family: '${FONT_FAMILY}'; font-weight: 700; font-style: normal; src: url(data:font/ttf;base64,${fontBase64('bold')}) format('truetype'); }
:root { --ink: #1f2937; --muted: #4b5563; --rule: #e5e7eb; --accent: #08519c; --pale: #f3f4f6; }
* { box-sizing: border-box; }
body { font-family: '${FONT_FAMILY}', sans-serif; color: var(--ink); background: #fff; max-width: 72rem; margin: 0 auto; padding: 1.5rem; line-height: 1.5; }
a { color: var(--accent); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 2px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
.meta, .note, figcaption, caption { color: var(--muted); }
.meta { margin-top: 0; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; font-size: 0.95rem; }
ul.headlines { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
li.headline { border: 1px solid var(--rule); border-radius: 0.5rem; padding: 1rem 1.25rem; break-inside: avoid; }
li.headline .figure { display: block; font-size: 2.6rem; font-weight: 700; line-height: 1.1; color: var(--accent); font-variant-numeric: tabular-nums; white-space: nowrap; }
li.headline .sentence { display: block; margin-top: 0.5rem; }
ul.sentences { padding-left: 1.2rem; }
figure.chart { margin: 1.5rem 0 2rem; break-inside: avoid; page-break-inside: avoid; }
.plot svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 0.95rem; margin-top: 0.5rem; }
details { margin-top: 0.5rem; }
summary { cursor: pointer; color: var(--accent); }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.5rem 0; }
caption { text-align: left; font-size: 0.9rem; padding-bottom: 0.5rem; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--muted); }
tbody th { font-weight: 400; }
.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th.n { white-space: normal; }
table.items tbody th { width: 40%; }
tr.pooled th, tr.pooled td { font-weight: 700; background: var(--pale); }
.base { color: var(--muted); font-size: 0.85em; font-weight: 400; }
button.sort { font: inherit; font-weight: 700; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
button.sort::after { content: ' \\2195'; color: var(--muted); }
th[aria-sort='ascending'] button.sort::after { content: ' \\2191'; }
th[aria-sort='descending'] button.sort::after { content: ' \\2193'; }
ul.comments { padding-left: 1.2rem; }
ul.comments li { white-space: pre-line; margin: 0.4rem 0; overflow-wrap: anywhere; }
${THEMES_STYLE}
.file { color: var(--muted); font-size: 0.9rem; }
.plot-narrow { display: none; }
.scroll { overflow-x: auto; }
@media (max-width: ${narrowBelow}px) {
  .plot-wide { display: none; }
  .plot-narrow { display: block; }
}
@media (max-width: 600px) {
  body { padding: 1rem 0.75rem; overflow-wrap: break-word; }
}
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav, .skip, #downloads, details { display: none; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  h2 { margin-top: 1.25rem; }
  figure.chart, li.headline, tr { break-inside: avoid; page-break-inside: avoid; }
  .plot-wide { display: block; }
  .plot-narrow { display: none; }
  .scroll { overflow: visible; }
  .plot svg { width: 100%; max-height: 235mm; }
  a { color: inherit; text-decoration: none; }
  button.sort::after { content: none; }
}`;
}
