/**
 * The report's HTML as text, without a browser: escaping of every export
 * text (the hostile fixture), the Content-Security-Policy hashes, the
 * downloads and the language. The browser checks are in test/browser.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../../../pipeline/ingest/index.js';
import type { Sentence } from '../../../../pipeline/narrate/index.js';
import { reportHtml } from '../../../../pipeline/outputs/report/html.js';
import type { Survey } from '../../../../pipeline/ingest/normalise/resolve.js';
import { summarise, type Summary } from '../../../../pipeline/narrate/summary.js';
import { CONTACTS, PAYLOADS, WITHHELD } from '../../../../scripts/gen-hostile.js';

let survey: Survey;
let summary: Summary;
let sentences: Sentence[];
let html: string;

/** HTML-escapes by hand, the five characters. */
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

beforeAll(async () => {
  survey = (await ingestFile('fixtures/hostile/surveymonkey.csv')).survey;
  ({ summary, sentences } = summarise(survey, { title: `Hostile ${PAYLOADS.script}` }));
  html = reportHtml(summary, [], { sentences, survey, files: ['summary.json', 'metrics.csv', 'charts/plenary-likert.svg'] });
});

describe('reportHtml(summary, charts)', () => {
  it('reportHtml(hostile) writes each payload escaped, never as markup', () => {
    for (const payload of Object.values(PAYLOADS)) {
      if (/[<>"&]/.test(payload)) expect(html, payload).not.toContain(payload);
      expect(html, payload).toContain(escaped(payload));
    }
    expect(html).toContain(`<title>Hostile ${escaped(PAYLOADS.script)}</title>`);
  });

  it('reportHtml(hostile) has exactly one script element, no event-handler attribute and no javascript: link', () => {
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    // Outside the one script, no tag may carry an on…= attribute (quoted values stripped first: they are escaped text).
    const markup = html.replace(/<script>[\s\S]*?<\/script>/, '').replace(/<style>[\s\S]*?<\/style>/, '').replace(/"[^"]*"/g, '""');
    expect(markup).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    expect(html).not.toMatch(/<(img|iframe|object|embed|foreignObject)\b/i);
  });

  it('reportHtml(summary) allows its script and style by their SHA-256 in a strict CSP', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${sha(script)}`);
    expect(csp).toContain(`style-src ${sha(style)}`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:|\*/);
    // The CSP comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('reportHtml(summary, charts, { files }) links only the files of the run, relatively', () => {
    expect(html).toContain('href="summary.json"');
    expect(html).toContain('href="metrics.csv"');
    expect(html).toContain('href="charts/plenary-likert.svg"');
    expect(html).not.toContain('href="deck.pptx"');
    expect(html).not.toContain('href="report.pdf"');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs) expect(href).toMatch(/^(#[a-z0-9-]+|[a-z0-9/.-]+)$/);
  });

  it('reportHtml(hostile, { survey }) publishes comments redacted and withholds those of small groups', () => {
    expect(html).not.toContain(WITHHELD);
    for (const contact of CONTACTS) expect(html).not.toContain(contact);
    expect(html).toContain('Contact me: [e-mail removed] or [phone removed].');
  });

  it('reportHtml(summary, charts, { lang: "fr" }) writes French headings, a decimal comma free "87 %" style and French placeholders', () => {
    const fr = summarise(survey, { lang: 'fr' });
    const page = reportHtml(fr.summary, [], { lang: 'fr', sentences: fr.sentences, survey });
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('<title>Résultats de l’enquête</title>');
    for (const heading of ['Chiffres clés', 'Tous les éléments', 'Méthodologie', 'Commentaires']) expect(page).toContain(heading);
    // Logistics: 21 + 26 of 58 valid answers, counted by hand in the generator: 81 %.
    expect(page).toContain('<span class="figure">81\u00a0%</span>');
    expect(page).toContain('[courriel supprimé]');
    expect(page).not.toMatch(/>\d+%</);
  });

  it('reportHtml(summary with comparison and response rate) renders both, export texts escaped', () => {
    // The previous edition: the same survey with Plenary 1 at 10 of 40 positive (counts by hand), and an extra item.
    const previous: Survey = {
      ...survey,
      items: [
        ...survey.items.map((i, k) => (k === 1 ? { ...i, counts: [4, 6, 20, 10] } : i)),
        { ...survey.items[0], id: 'dropped', label: `Dropped ${PAYLOADS.img}`, question: 'Old question' },
      ],
    };
    const compared = summarise(survey, { participants: 80, baseline: { file: 'previous.csv', survey: previous } });
    const page = reportHtml(compared.summary, [], { sentences: compared.sentences, survey });
    const section = page.slice(page.indexOf('<section id="comparison"'), page.indexOf('</section>', page.indexOf('<section id="comparison"')) + 10);
    expect(section).toContain('Comparison with the previous edition');
    expect(section).toContain('previous.csv');
    // Plenary 1 now: 14 + 22 of 47 valid = 77%; before: 10 of 40 = 25%; +52 points.
    expect(section).toContain(`<th scope="row">${escaped(survey.items[1].label)}</th><td class="n">25% <span class="base">(n = 40)</span></td><td class="n">77% <span class="base">(n = 47)</span></td><td class="n">+52\u00a0pts <strong>significant</strong></td>`);
    expect(section).toContain(escaped(`Dropped ${PAYLOADS.img}`));
    expect(section).not.toContain(PAYLOADS.img);
    // 60 respondents of 80 participants.
    expect(page).toContain('Response rate 75%');
  });

  it('reportHtml(summary) is the same text for the same input', () => {
    expect(reportHtml(summary, [], { sentences, survey, files: ['summary.json', 'metrics.csv', 'charts/plenary-likert.svg'] })).toBe(html);
  });

  it('reportHtml(summary, [chart with a script]) refuses an SVG that holds active content', () => {
    const chart = { name: 'logistics-likert', group: summary.groups[0].id, sentence: 'x', svg: '<svg><script>alert(1)</script></svg>' };
    expect(() => reportHtml(summary, [chart], { sentences })).toThrow(/active content/);
    const handler = { ...chart, svg: '<svg><rect onload="alert(1)"/></svg>' };
    expect(() => reportHtml(summary, [handler], { sentences })).toThrow(/active content/);
    // The narrow layout is checked as the wide one is.
    const narrow = { ...chart, svg: '<svg><rect/></svg>', narrowSvg: '<svg><a href="https://example.org"><text>x</text></a></svg>' };
    expect(() => reportHtml(summary, [narrow], { sentences })).toThrow(/active content/);
  });

  it('reportHtml(summary) puts every table in its own sideways-scrolling box, and no box holds anything else', () => {
    const tables = html.match(/<table\b/g)!.length;
    expect(tables).toBeGreaterThan(0);
    const boxes = [...html.matchAll(/<div class="scroll" tabindex="0">(<table\b[\s\S]*?<\/table>)<\/div>/g)];
    expect(boxes).toHaveLength(tables);
  });
});

describe('reportHtml(summary, charts with the themes charts)', () => {
  it('reportHtml(…) keeps the themes as its bar list and does not draw the themes chart a second time', () => {
    const themes = summary.comments.find((c) => c.themes.length > 0)!;
    const chart = { name: 'themes-comments', kind: 'themes', group: 'themes', sentence: `${themes.question} (n = ${themes.answered})`, svg: '<svg><text>THEMES-CHART-MARK</text></svg>' };
    const withChart = reportHtml(summary, [chart], { sentences, survey, files: ['summary.json'] });
    expect(withChart).not.toContain('THEMES-CHART-MARK');
    expect(withChart).toContain('<ul class="themes"');
  });
});
