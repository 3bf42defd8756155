import { escapeHtml as e } from '../escape.js';
import type { CommentQuestion } from '../../metrics/index.js';
import type { ReportContext } from './context.js';
import { themeIds, themesBlock } from './themes.js';
import { themesText } from './themes-text.js';
import { distinctComments, questionThemes } from '../../narrate/index.js';

/**
 * The comments, one sub-section per question: its themes as a sorted bar
 * list, then each distinct comment once, "×5" after one that 5 respondents
 * wrote. They arrive already redacted and filtered (see
 * `publishableComments`); here they are only escaped, and their line breaks
 * kept by CSS, never turned into markup.
 */
export function commentsSection(questions: CommentQuestion[], ctx: ReportContext): string {
  if (questions.length === 0) return '';
  const { t } = ctx;
  const tt = themesText(ctx.lang);
  const parts = questions.map((q, n) => {
    const id = `h-comments-${n + 1}`;
    const ids = themeIds(n + 1);
    const { themes, matches } = questionThemes(q, ctx.lang);
    const distinct = distinctComments(q.comments);
    const items = distinct.map((d) => {
      // A copy's themes are its first writer's: identical texts read alike.
      const used = matches[d.indices[0]] ?? [];
      const times = d.count > 1 ? ` <span class="times"><span aria-hidden="true">×${e(ctx.count(d.count))}</span><span class="sr-only">(${e(tt.times(ctx.count(d.count)))})</span></span>` : '';
      const marks = `${used.length ? ` data-themes="${used.join(' ')}"` : ''}${d.count > 1 ? ` data-count="${d.count}"` : ''}`;
      return `<li${marks}>${e(d.text)}${times}</li>`;
    });
    const list = q.comments.length ? `<ul class="comments" id="${ids.list}">${items.join('\n')}</ul>` : `<p>${e(t.commentsNone)}</p>`;
    const repeated = distinct.some((d) => d.count > 1) ? ` ${e(tt.timesNote)}` : '';
    const counts = `<p class="note">${e(t.commentsCount(ctx.count(q.comments.length), ctx.count(q.answered)))}${q.withheld ? ` ${e(t.commentsWithheld(ctx.count(q.withheld), ctx.k))}` : ''}${repeated}</p>`;
    return `<section aria-labelledby="${id}"><h3 id="${id}">${e(q.question)}</h3>${counts}\n${themesBlock(themes, n + 1, ctx)}\n${list}</section>`;
  });
  return `<section id="comments" aria-labelledby="h-comments"><h2 id="h-comments">${e(t.comments)}</h2>
${parts.join('\n')}</section>`;
}
