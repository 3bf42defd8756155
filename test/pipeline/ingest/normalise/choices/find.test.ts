/**
 * findChoices through ingest, one test per tool's encoding of a checkbox
 * question, and the properties: a checkbox option's count is a plain count of
 * the respondents who ticked it; a single choice's shares add to 1.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../../../pipeline/ingest/index.js';
import { MAX_DISTINCT } from '../../../../../pipeline/ingest/normalise/tally.js';
import { mulberry32 } from '../../../../../scripts/random.js';
import { choiceMetrics } from '../../../../../pipeline/metrics/choice.js';
import { ingestRows, plainCounts, ratings } from './rows.js';

/** Picks of 12 respondents among three workshops, one holding a comma; everyone picks at least one. */
const WORKSHOPS = ['Soil, water and seeds', 'Drone mapping', 'Beekeeping'];
const PICKS: string[][] = [
  [WORKSHOPS[0]], [WORKSHOPS[1]], [WORKSHOPS[2]], [WORKSHOPS[0], WORKSHOPS[1]], [WORKSHOPS[0], WORKSHOPS[2]], [WORKSHOPS[1], WORKSHOPS[2]],
  WORKSHOPS, [WORKSHOPS[0]], [WORKSHOPS[1], WORKSHOPS[2]], [WORKSHOPS[2]], [WORKSHOPS[0], WORKSHOPS[1]], [WORKSHOPS[0]],
];
const N = PICKS.length;
const COUNTS = plainCounts(WORKSHOPS, PICKS); // [7, 6, 6]: by hand, Soil in rows 1,4,5,7,8,11,12

/** The choice for one question, its options as label → count. */
async function choiceOf(rows: string[][], question: string, options: Parameters<typeof ingestRows>[1] = {}) {
  const r = await ingestRows(rows, options);
  const c = r.survey.choices!.find((x) => x.question === question);
  expect(c, `no choice "${question}" in ${JSON.stringify(r.survey.choices!.map((x) => x.question))}`).toBeDefined();
  return { ...c!, counts: Object.fromEntries(c!.options.map((o) => [o.label, o.count])), texts: r.survey.texts.map((t) => t.question) };
}

const expected = Object.fromEntries(WORKSHOPS.map((w, k) => [w, COUNTS[k]]));

describe('findChoices(tally, layout, survey)', () => {
  it('findChoices(Google Forms ", ") splits on ", " and keeps "Soil, water and seeds" whole', async () => {
    expect(COUNTS).toEqual([7, 6, 6]);
    const rows = [['Timestamp', 'Which workshops did you join?', 'How was the venue?'], ...PICKS.map((p, r) => [`3/1/2026 10:${10 + r}:00`, p.join(', '), ratings(N)[r]])];
    const c = await choiceOf(rows, 'Which workshops did you join?');
    expect(c.kind).toBe('multiple');
    expect(c.answered).toBe(N);
    expect(c.counts).toEqual(expected);
  });

  it('findChoices(Google Forms ";") reads checkboxes joined with ";" too, and takes them out of the comments', async () => {
    const rows = [['Timestamp', 'Which workshops did you join?', 'How was the venue?'], ...PICKS.map((p, r) => [`3/1/2026 10:${10 + r}:00`, p.join(';'), ratings(N)[r]])];
    const c = await choiceOf(rows, 'Which workshops did you join?');
    expect(c.counts).toEqual(expected);
    expect(c.texts).not.toContain('Which workshops did you join?');
  });

  it('findChoices(Microsoft Forms "a;b;") splits on ";" with its trailing ";"', async () => {
    const rows = [['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Which workshops did you join?', 'How was the venue?'], ...PICKS.map((p, r) => [String(r + 1), '3/1/26 10:00', '3/1/26 10:05', 'anonymous', '', p.map((x) => `${x};`).join(''), ratings(N)[r]])];
    const c = await choiceOf(rows, 'Which workshops did you join?');
    expect(c.counts).toEqual(expected);
    expect(c.answered).toBe(N);
  });

  it('findChoices(Qualtrics "- Selected Choice" joined with ",") splits on "," with the choice text', async () => {
    const rows = [
      ['ResponseId', 'Q1', 'Q2'],
      ['Response ID', 'Which workshops did you join? - Selected Choice', 'How was the venue?'],
      ['{"ImportId":"_recordId"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2"}'],
      ...PICKS.map((p, r) => [`R_${r}`, p.join(','), ratings(N)[r]]),
    ];
    const c = await choiceOf(rows, 'Which workshops did you join?');
    expect(c.counts).toEqual(expected);
  });

  it('findChoices(SurveyMonkey, one column per option) counts each column and keeps the survey order', async () => {
    const top = ['Respondent ID', 'Collector ID', 'Which workshops did you join?', '', '', '', 'How was the venue?'];
    const sub = ['', '', ...WORKSHOPS, 'Other (please specify)', 'Response'];
    const rows = [top, sub, ...PICKS.map((p, r) => [String(1000 + r), '77', ...WORKSHOPS.map((w) => (p.includes(w) ? w : '')), r === 3 ? 'Pottery' : '', ratings(N)[r]])];
    const c = await choiceOf(rows, 'Which workshops did you join?');
    expect(c.options.map((o) => o.label)).toEqual(WORKSHOPS);
    expect(c.counts).toEqual(expected);
    // Who saw the question but ticked nothing cannot be told from who skipped it: the base is every respondent.
    expect(c.answered).toBe(N);
  });

  it('findChoices(LimeSurvey "Q [option]" with Y) counts the ticks per option column, in the survey order', async () => {
    const header = ['id', 'submitdate', 'lastpage', 'startlanguage', ...WORKSHOPS.map((w) => `Which workshops did you join? [${w}]`), 'How was the venue?'];
    const rows = [header, ...PICKS.map((p, r) => [String(r + 1), '2026-03-01 10:00:00', '3', 'en', ...WORKSHOPS.map((w) => (p.includes(w) ? 'Y' : '')), ratings(N)[r]])];
    const c = await choiceOf(rows, 'Which workshops did you join?', { delimiter: ';' });
    expect(c.options.map((o) => o.label)).toEqual(WORKSHOPS);
    expect(c.counts).toEqual(expected);
  });

  it('findChoices(Kobo labels, space-separated, with Question/option columns) splits on the option labels, spaces and all, in the survey order', async () => {
    const labels = ['Soil and seeds', 'Drone mapping', 'Beekeeping'];
    const picks = PICKS.map((p) => p.map((x) => labels[WORKSHOPS.indexOf(x)]));
    const q = 'Which workshops did you join?';
    const header = ['start', 'end', q, ...labels.map((l) => `${q}/${l}`), 'How was the venue?', '_id', '_uuid', '_submission_time'];
    const rows = [header, ...picks.map((p, r) => ['2026-03-01T10:00', '2026-03-01T10:05', p.join(' '), ...labels.map((l) => (p.includes(l) ? '1' : '0')), ratings(N)[r], String(r), `u${r}`, '2026-03-01'])];
    const c = await choiceOf(rows, q, { delimiter: ';' });
    expect(c.options.map((o) => o.label)).toEqual(labels);
    expect(c.options.map((o) => o.count)).toEqual(plainCounts(labels, picks));
  });

  it('findChoices(Kobo XML values) splits the summary column on spaces', async () => {
    const names = ['soil', 'drones', 'bees'];
    const picks = PICKS.map((p) => p.map((x) => names[WORKSHOPS.indexOf(x)]));
    const header = ['start', 'end', 'workshops', ...names.map((n) => `workshops/${n}`), 'venue', '_id', '_uuid', '_submission_time'];
    const rows = [header, ...picks.map((p, r) => ['2026-03-01T10:00', '2026-03-01T10:05', p.join(' '), ...names.map((n) => (p.includes(n) ? '1' : '0')), ratings(N)[r], String(r), `u${r}`, '2026-03-01'])];
    const c = await choiceOf(rows, 'workshops', { delimiter: ';' });
    expect(c.counts).toEqual({ soil: 7, drones: 6, bees: 6 });
  });

  it('findChoices(Oui / Non / Peut-être, Sí / No / Tal vez) is a yes-no question, Yes first', async () => {
    const fr = ['Oui', 'Non', 'Peut-être', 'Oui', 'Oui', 'Non', 'Oui', 'Peut-être', 'Oui', '', 'Non', 'Oui'];
    const es = ['Sí', 'No', 'Tal vez', 'Tal vez', 'Tal vez', 'No', 'Sí', 'Tal vez', 'No', 'Sí', 'Tal vez', 'Tal vez'];
    const rows = [['Timestamp', 'Reviendrez-vous ?', '¿Volverá?', 'How was the venue?'], ...fr.map((f, r) => [`3/1/2026 10:${10 + r}:00`, f, es[r], ratings(N)[r]])];
    const r = await ingestRows(rows);
    const [frChoice, esChoice] = r.survey.choices!;
    expect(frChoice).toMatchObject({ kind: 'yes-no', answered: 11, options: [{ label: 'Oui', count: 6 }, { label: 'Non', count: 3 }, { label: 'Peut-être', count: 2 }] });
    expect(esChoice).toMatchObject({ kind: 'yes-no', answered: 12, options: [{ label: 'Sí', count: 3 }, { label: 'No', count: 3 }, { label: 'Tal vez', count: 6 }] });
  });

  it('findChoices(role and gender attributes) shows them as single choices, blank answers outside the base', async () => {
    const roles = ['Farmer', 'Researcher', 'Farmer', '', 'Extension officer', 'Farmer', 'Researcher', 'Farmer', 'Farmer', 'Researcher', 'Extension officer', 'Farmer'];
    const rows = [['Timestamp', 'What is your role?', 'How was the venue?'], ...roles.map((x, r) => [`3/1/2026 10:${10 + r}:00`, x, ratings(N)[r]])];
    const r = await ingestRows(rows);
    expect(r.survey.choices).toEqual([
      { question: 'What is your role?', kind: 'single', answered: 11, options: [{ label: 'Farmer', count: 6 }, { label: 'Researcher', count: 3 }, { label: 'Extension officer', count: 2 }], ordered: false, columns: [1] },
    ]);
  });

  it('findChoices(a French "Comment …?" question) counts it: "Comment" there asks how, it names no comment box', async () => {
    const heard = ['Presse', 'Collègue', 'Presse', '', 'Salon', 'Presse', 'Collègue', 'Presse', 'Presse', 'Collègue', 'Salon', 'Presse'];
    const rows = [['Timestamp', 'Comment avez-vous connu le salon ?', 'How was the venue?'], ...heard.map((x, r) => [`3/1/2026 10:${10 + r}:00`, x, ratings(N)[r]])];
    const r = await ingestRows(rows);
    // By hand: Presse 6, Collègue 3, Salon 2, one blank.
    expect(r.survey.choices).toMatchObject([{ question: 'Comment avez-vous connu le salon ?', kind: 'single', answered: 11, options: [{ label: 'Presse', count: 6 }, { label: 'Collègue', count: 3 }, { label: 'Salon', count: 2 }] }]);
  });

  it('findChoices(free-text comments, "Other (please specify)") leaves them to the comments', async () => {
    const comments = ['Great, thanks', 'More shade please', '', 'Great, thanks', 'Loved the bees', '', '', 'More shade please', '', '', '', ''];
    const rows = [['Timestamp', 'Comments', 'How was the venue?'], ...comments.map((x, r) => [`3/1/2026 10:${10 + r}:00`, x, ratings(N)[r]])];
    const r = await ingestRows(rows);
    expect(r.survey.choices).toEqual([]);
    expect(r.survey.texts.map((t) => t.question)).toEqual(['Comments']);
  });

  it('findChoices(any checkbox answers) counts each option as a plain count of those who ticked it (property)', async () => {
    const pool = ['Boat tour', 'Harbour walk, with guide', 'Museum', 'Old town', 'Fish market', 'Lighthouse, by bus'];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: pool.length }), fc.array(fc.array(fc.boolean(), { minLength: pool.length, maxLength: pool.length }), { minLength: 0, maxLength: 30 }), async (k, raw) => {
        const options = pool.slice(0, k);
        // Every option picked alone once: options are read from the answers, so each must stand out.
        const picks = [...options.map((o) => [o]), ...raw.map((row) => options.filter((_, j) => row[j]))];
        const rows = [['ID', 'Start time', 'Completion time', 'Which tours did you take?', 'How was the venue?'], ...picks.map((p, r) => [String(r + 1), '1/1/26', '1/1/26', p.map((x) => `${x};`).join(''), ratings(picks.length)[r]])];
        const r = await ingestRows(rows);
        const c = r.survey.choices!.find((x) => x.question === 'Which tours did you take?')!;
        const counts = Object.fromEntries(c.options.map((o) => [o.label, o.count]));
        expect(counts).toEqual(Object.fromEntries(options.map((o, j) => [o, plainCounts(options, picks)[j]])));
        expect(c.answered).toBe(picks.filter((p) => p.length > 0).length);
      }),
      { numRuns: 40 },
    );
  });

  it('choiceMetrics(findChoices(any single choice)) has shares adding to 1 over the answered (property)', async () => {
    const pool = ['Bus', 'Train', 'Car', 'Bicycle', 'On foot', 'Ferry', 'Taxi', 'Plane'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 2, max: 9 }), { minLength: 2, maxLength: pool.length }), fc.integer({ min: 0, max: 5 }), async (counts, blanks) => {
        const answers = [...counts.flatMap((n, j) => Array<string>(n).fill(pool[j])), ...Array<string>(blanks).fill('')];
        const rows = [['Timestamp', 'How did you travel to the fair?', 'How was the venue?'], ...answers.map((a, r) => [`3/1/2026 10:00:${r}`, a, ratings(answers.length)[r]])];
        const r = await ingestRows(rows);
        const [c] = choiceMetrics(r.survey.choices!);
        expect(c.answered).toBe(answers.length - blanks);
        expect(c.options.reduce((a, o) => a + o.share, 0)).toBeCloseTo(1, 12);
      }),
      { numRuns: 40 },
    );
  });

  it('findChoices(a checkbox column of more than 64 combinations) still counts, the same on the streaming and in-memory paths', async () => {
    const options = ['Boat', 'Bus', 'Train', 'Tram', 'Bike', 'Walk', 'Ferry', 'Taxi'];
    const random = mulberry32(7);
    const picks = [...options.map((o) => [o]), ...Array.from({ length: 400 }, () => options.filter(() => random() < 0.5))];
    const rows = [['ID', 'Start time', 'Completion time', 'How did you get around?', 'How was the venue?'], ...picks.map((p, r) => [String(r + 1), '1/1/26', '1/1/26', p.map((x) => `${x};`).join(''), ratings(picks.length)[r]])];
    const combinations = new Set(picks.map((p) => p.join(';'))).size;
    expect(combinations).toBeGreaterThan(MAX_DISTINCT);
    const path = join(mkdtempSync(join(tmpdir(), 'choices-')), 'export.csv');
    writeFileSync(path, Papa.unparse(rows, { newline: '\r\n' }) + '\r\n');
    const memory = await ingestFile(path, { mode: 'memory' });
    const stream = await ingestFile(path, { mode: 'stream', threads: 1 });
    const c = memory.survey.choices!.find((x) => x.question === 'How did you get around?')!;
    expect(Object.fromEntries(c.options.map((o) => [o.label, o.count]))).toEqual(Object.fromEntries(options.map((o, k) => [o, plainCounts(options, picks)[k]])));
    expect(stream.survey.choices).toEqual(memory.survey.choices);
  });
});
