import { describe, expect, it } from 'vitest';
import type { CommentQuestion } from '../../../../pipeline/metrics/index.js';
import { reportContext } from '../../../../pipeline/outputs/report/context.js';
import { commentsSection } from '../../../../pipeline/outputs/report/comments.js';
import { themesText } from '../../../../pipeline/outputs/report/themes-text.js';

const question = (comments: string[]): CommentQuestion => ({ question: 'Anything else?', answered: comments.length, comments, withheld: 0 });
const items = (html: string) => [...html.matchAll(/<ul class="comments"[^>]*>([\s\S]*?)<\/ul>/g)][0][1].split('\n');

describe('commentsSection(questions, ctx)', () => {
  it('commentsSection(questions, ctx) shows identical comments once, with ×N and its meaning for screen readers', () => {
    const html = commentsSection([question(['Thanks!', 'Badge lost', 'thanks! ', 'THANKS!'])], reportContext('en', 5));
    const list = items(html);
    expect(list).toHaveLength(2);
    expect(list[0]).toContain('Thanks!');
    expect(list[0]).toContain('<span aria-hidden="true">×3</span>');
    expect(list[0]).toContain(`(${themesText('en').times('3')})`);
    expect(list[0]).toContain('data-count="3"');
    expect(list[1]).not.toContain('×');
    expect(list[1]).not.toContain('data-count');
    expect(html).toContain(themesText('en').timesNote);
  });

  it('commentsSection(questions, ctx) draws the themes as a list sorted by respondents, bars scaled to the largest', () => {
    const html = commentsSection([question(['Shuttle late', 'shuttles full', 'The shuttle again, and badges', 'Badge printing'])], reportContext('en', 5));
    const themes = [...html.matchAll(/<li data-theme="(\d+)" data-term="([^"]*)">[\s\S]*?<rect width="([\d.]+)"[\s\S]*?class="theme-n">(\d+)/g)].map((m) => [m[1], m[2], m[3], m[4]]);
    // shuttle: comments 1, 2, 3; badge: 3, 4.
    expect(themes).toEqual([['0', 'shuttle', '100', '3'], ['1', 'badge', '66.7', '2']]);
    expect(html).toContain(`<h4 id="h-themes-1">${themesText('en').themes}</h4>`);
  });

  it('commentsSection(questions, ctx) marks each comment with the themes it uses, for the filter', () => {
    const html = commentsSection([question(['Shuttle late', 'shuttles full', 'The shuttle again, and badges', 'Badge printing', 'Nothing'])], reportContext('en', 5));
    expect(items(html).map((li) => /data-themes="([^"]*)"/.exec(li)?.[1] ?? '')).toEqual(['0', '0', '0 1', '1', '']);
    expect(html).toContain('<ul class="comments" id="comments-1">');
    expect(html).toContain('data-list="comments-1"');
  });

  it('commentsSection(questions, ctx) escapes a theme and its comments', () => {
    const html = commentsSection([question(['R&D <b>team</b>', 'R&D "budget"'])], reportContext('en', 5));
    expect(html).toContain('data-term="R&amp;D"');
    expect(html).toContain('<span class="theme-term">R&amp;D</span>');
    expect(html).toContain('R&amp;D &lt;b&gt;team&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('commentsSection(questions, ctx) has no themes block when no word is used twice', () => {
    const html = commentsSection([question(['Badge', 'Shuttle'])], reportContext('fr', 5));
    expect(html).not.toContain('class="themes"');
    expect(items(html)).toHaveLength(2);
  });

  it('commentsSection(questions, ctx) writes the themes\' texts in the report language', () => {
    const html = commentsSection([question(['Navette en retard', 'navettes pleines'])], reportContext('fr', 5));
    expect(html).toContain(themesText('fr').themes);
    expect(html).toContain(themesText('fr').themesNote(2));
  });
});
