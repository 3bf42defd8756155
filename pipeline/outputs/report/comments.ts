import { escapeHtml as e } from '../escape.js';
import type { CommentQuestion } from '../comments.js';
import type { ReportContext } from './context.js';

/**
 * The comments, one sub-section per question. They arrive already redacted
 * and filtered (see `publishableComments`); here they are only escaped, and
 * their line breaks kept by CSS, never turned into markup.
 */
export function commentsSection(questions: CommentQuestion[], ctx: ReportContext): string {
  if (questions.length === 0) return '';
  const { t } = ctx;
  const parts = questions.map((q, n) => {
    const id = `h-comments-${n + 1}`;
    const list = q.comments.length ? `<ul class="comments">${q.comments.map((c) => `<li>${e(c)}</li>`).join('\n')}</ul>` : `<p>${e(t.commentsNone)}</p>`;
    const counts = `<p class="note">${e(t.commentsCount(ctx.count(q.comments.length), ctx.count(q.answered)))}${q.withheld ? ` ${e(t.commentsWithheld(ctx.count(q.withheld), ctx.k))}` : ''}</p>`;
    return `<section aria-labelledby="${id}"><h3 id="${id}">${e(q.question)}</h3>${counts}\n${list}</section>`;
  });
  return `<section id="comments" aria-labelledby="h-comments"><h2 id="h-comments">${e(t.comments)}</h2>
${parts.join('\n')}</section>`;
}
