/**
 * A question's themes in the report: a bar list sorted by respondents (the
 * summary's order), drawn as HTML so that each bar can become the button
 * that filters the comments below it (see theme-script.ts). Bars are inline
 * SVG rectangles sized by attribute, since the page's CSP allows no inline
 * style. Without the script the list reads as a plain sorted list and every
 * comment shows.
 */
import type { Theme } from '../../narrate/index.js';
import { escapeHtml as e } from '../escape.js';
import type { ReportContext } from './context.js';
import { themesText } from './themes-text.js';

/** Element ids of one question's parts, `n` its position among the questions. */
export function themeIds(n: number): { list: string; themes: string; heading: string; status: string; hint: string } {
  return { list: `comments-${n}`, themes: `themes-${n}`, heading: `h-themes-${n}`, status: `themes-status-${n}`, hint: `themes-hint-${n}` };
}

export interface ThemesBlockOptions {
  /** Fewest respondents a theme rests on, for the note; default 2. */
  minCount?: number;
}

/** The themes block of question `n`, or '' when it has none. */
export function themesBlock(themes: Theme[], n: number, ctx: ReportContext, options: ThemesBlockOptions = {}): string {
  if (themes.length === 0) return '';
  const tt = themesText(ctx.lang);
  const ids = themeIds(n);
  const most = Math.max(...themes.map((t) => t.count));
  const rows = themes.map((t, k) => {
    const width = Math.round((t.count / most) * 1000) / 10;
    const bar = `<svg class="theme-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="${width}" height="10"></rect></svg>`;
    return `<li data-theme="${k}" data-term="${e(t.term)}"><span class="theme-row"><span class="theme-term">${e(t.term)}</span>${bar}<span class="theme-n">${e(ctx.count(t.count))}<span class="sr-only"> ${e(tt.respondents)}</span></span></span></li>`;
  });
  return `<div class="themes-block"><h4 id="${ids.heading}">${e(tt.themes)}</h4>
<p class="note">${e(tt.themesNote(options.minCount ?? 2))} <span id="${ids.hint}" hidden>${e(tt.themesHint)}</span></p>
<ul class="themes" id="${ids.themes}" aria-labelledby="${ids.heading}" data-list="${ids.list}" data-status="${ids.status}" data-hint="${ids.hint}" data-filtered="${e(tt.filtered)}" data-unfiltered="${e(tt.unfiltered)}">
${rows.join('\n')}
</ul>
<p class="theme-status note" id="${ids.status}" role="status"></p></div>`;
}

/** CSS of the themes and of the "×5" mark, appended to the report's stylesheet. */
export const THEMES_STYLE = `.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
ul.themes { list-style: none; padding: 0; margin: 0.5rem 0; max-width: 40rem; }
ul.themes li { margin: 0.15rem 0; }
ul.themes .theme-row { display: grid; grid-template-columns: minmax(6rem, 14rem) 1fr 3.5rem; gap: 0.5rem; align-items: center; width: 100%; }
button.theme { display: block; width: 100%; font: inherit; color: inherit; background: none; border: 1px solid transparent; border-radius: 0.25rem; padding: 0.1rem 0.25rem; cursor: pointer; text-align: left; }
button.theme:hover, button.theme:focus-visible { border-color: var(--accent); }
button.theme[aria-pressed='true'] { background: var(--pale); border-color: var(--accent); font-weight: 700; }
.theme-term { overflow-wrap: anywhere; }
svg.theme-bar { width: 100%; height: 0.8rem; }
svg.theme-bar rect { fill: var(--accent); }
.theme-n { text-align: right; font-variant-numeric: tabular-nums; }
.times { color: var(--muted); font-weight: 700; white-space: nowrap; }
`;
