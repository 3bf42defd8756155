import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../../pipeline/ingest/index.js';
import type { CommentSummary } from '../../../pipeline/narrate/index.js';
import { summarise } from '../../../pipeline/narrate/summary.js';
import { planThemesCharts } from '../../../pipeline/outputs/themes-chart.js';
import { FIXTURE } from '../../charts/fixture.js';

type Values = { term: string; count: number; share: number }[];
const values = (spec: unknown) => (spec as { data: { values: Values } }).data.values;
const titleOf = (spec: unknown) => (spec as { title: { text: string[] } }).title.text.join(' ');

/** The sample's free-text answers to its comments question, read with a plain parser, one per respondent who wrote one. */
function sampleComments(): { question: string; comments: string[] } {
  const rows = Papa.parse<string[]>(readFileSync(FIXTURE, 'utf8').trim(), {}).data;
  const column = rows[0].findIndex((h) => /other comments/i.test(h));
  return { question: rows[0][column], comments: rows.slice(2).map((r) => r[column]).filter((c) => c.trim() !== '') };
}

/** 95% Wilson interval, written out from the formula (Newcombe 1998, method 3). */
function wilsonByHand(k: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const p = k / n;
  const centre = p + (z * z) / (2 * n);
  const half = z * Math.sqrt((p * (1 - p) + (z * z) / (4 * n)) / n);
  return [(centre - half) / (1 + (z * z) / n), (centre + half) / (1 + (z * z) / n)];
}

const MADE_UP: CommentSummary[] = [
  { question: 'Anything else?', answered: 0, read: 0, themes: [] },
  {
    question: 'What would you change?',
    answered: 40,
    read: 40,
    themes: [
      { term: 'shuttle', count: 12, examples: [] },
      { term: 'badge queue', count: 9, examples: [] },
      { term: 'lunch', count: 7, examples: [] },
      { term: 'slides', count: 2, examples: [] },
    ],
  },
  { question: 'What would you change?', answered: 3, read: 3, themes: [{ term: 'wifi', count: 2, examples: [] }] },
];

let comments: CommentSummary[];
beforeAll(async () => {
  const { survey } = await ingestFile(FIXTURE);
  comments = summarise(survey).summary.comments;
}, 60_000);

describe('planThemesCharts(comments, options)', () => {
  it('planThemesCharts(ndm-un23 comments) plans one chart per question with themes, its bars the summary themes in order', () => {
    const withThemes = comments.filter((c) => c.themes.length > 0);
    expect(withThemes.length).toBeGreaterThan(0);
    const plans = planThemesCharts(comments);
    expect(plans).toHaveLength(withThemes.length);
    plans.forEach((plan, k) => {
      expect(plan.kind).toBe('themes');
      expect(plan.group).toBe('themes');
      expect(values(plan.spec).map((v) => [v.term, v.count])).toEqual(withThemes[k].themes.map((t) => [t.term, t.count]));
      expect(titleOf(plan.spec)).toBe(plan.sentence);
      expect(plan.sentence).toContain(`(n = ${withThemes[k].read})`);
    });
  });

  it('planThemesCharts(ndm-un23 comments) counts respondents as a plain loop over the export does', () => {
    const { question, comments: written } = sampleComments();
    const plan = planThemesCharts(comments).find((p) => p.sentence.startsWith(question))!;
    expect(plan).toBeDefined();
    const bars = values(plan.spec);
    // Every spelling of the theme once per respondent: "side-events", "side-event's"…
    const sideEvents = written.filter((c) => /side[- ]?events?/i.test(c)).length;
    const powerpoints = written.filter((c) => /powerpoints?/i.test(c)).length;
    expect(bars.find((b) => b.term === 'side-events')?.count).toBe(sideEvents);
    expect(bars.find((b) => b.term === 'PowerPoints')?.count).toBe(powerpoints);
    // The share's base is every respondent who wrote a comment.
    expect(plan.sentence).toContain(`(n = ${written.length})`);
    expect(bars.find((b) => b.term === 'side-events')?.share).toBeCloseTo(sideEvents / written.length, 12);
  });

  it('planThemesCharts(trade-fair comments) counts the respondents of a Qualtrics export as a plain loop does', async () => {
    const file = 'fixtures/trade-fair-qualtrics/responses.csv';
    const { survey } = await ingestFile(file);
    const plans = planThemesCharts(summarise(survey).summary.comments);
    // Qualtrics: export tags, question texts, ImportIds, then one row per respondent.
    const rows = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim(), {}).data;
    const column = rows[1].indexOf('What should we improve next time?');
    const written = rows.slice(3).map((r) => r[column]).filter((c) => c.trim() !== '');
    const plan = plans.find((p) => p.sentence.startsWith('What should we improve next time?'))!;
    expect(plan.sentence).toContain(`(n = ${written.length})`);
    const bars = values(plan.spec);
    // Its spellings (Wi-Fi, wifi) are one theme, shown in the one written most.
    expect(bars.find((b) => b.term.toLowerCase().replace(/[^a-z]/g, '') === 'wifi')?.count).toBe(written.filter((c) => /wi-?fi/i.test(c)).length);
    expect(bars.find((b) => b.term === 'food court')?.count).toBe(written.filter((c) => /food courts?/i.test(c)).length);
  });

  it('planThemesCharts(comments) names the first three themes in the sentence and every theme, with answered and interval, in the notes', () => {
    const [plan] = planThemesCharts(MADE_UP);
    expect(plan.name).toBe('themes-what-would-you-change');
    // 12/40 = 30%, 9/40 = 22.5% → 23% (half up), 7/40 = 17.5% → 18%.
    expect(plan.sentence).toBe('What would you change? (n = 40): “shuttle” 12 (30%); “badge queue” 9 (23%); “lunch” 7 (18%); …');
    expect(plan.notes).toHaveLength(1 + 4);
    expect(plan.notes[0]).toBe('What would you change? (n = 40)');
    const [low, high] = wilsonByHand(2, 40);
    expect(plan.notes[4]).toBe(`“slides”: 2 of 40 respondents (5%; 95% CI ${Math.round(low * 100)}–${Math.round(high * 100)}%)`);
  });

  it('planThemesCharts(comments) takes the respondents whose comments were read as the base, not all who answered, when comments are withheld', () => {
    const [plan] = planThemesCharts([{ ...MADE_UP[1], answered: 40, read: 30 }]);
    // 12/30 = 40%, 9/30 = 30%, 7/30 = 23.3% → 23%: all who answered (40) would understate each share.
    expect(plan.sentence).toBe('What would you change? (n = 30): “shuttle” 12 (40%); “badge queue” 9 (30%); “lunch” 7 (23%); …');
    expect(values(plan.spec).find((v) => v.term === 'shuttle')?.share).toBeCloseTo(12 / 30, 12);
  });

  it('planThemesCharts(comments) draws nothing for a question without themes and keeps names unique', () => {
    const plans = planThemesCharts(MADE_UP);
    expect(plans.map((p) => p.name)).toEqual(['themes-what-would-you-change', 'themes-what-would-you-change-2']);
    expect(planThemesCharts([MADE_UP[0]])).toEqual([]);
  });

  it('planThemesCharts(comments, { lang: "fr" }) writes the French frame, quotes and numbers', () => {
    const [plan] = planThemesCharts(MADE_UP, { lang: 'fr' });
    expect(plan.sentence).toBe('What would you change? (n = 40)\u00a0: «\u00a0shuttle\u00a0» 12 (30\u00a0%)\u00a0; «\u00a0badge queue\u00a0» 9 (23\u00a0%)\u00a0; «\u00a0lunch\u00a0» 7 (18\u00a0%)\u00a0; …');
    expect(plan.notes[1]).toMatch(/^«\u00a0shuttle\u00a0»\u00a0: 12 répondants sur 40 \(30\u00a0%\u00a0; IC à 95\u00a0% \d+–\d+\u00a0%\)$/);
    expect(JSON.stringify(plan.spec)).toContain('répondants');
  });

  it('planThemesCharts(comments, { lang: "es" }) writes the Spanish notes', () => {
    const [plan] = planThemesCharts(MADE_UP, { lang: 'es' });
    expect(plan.notes[1]).toMatch(/^«shuttle»: 12 de 40 encuestados \(30\u00a0%; IC del 95 % \d+–\d+\u00a0%\)$/);
  });
});
