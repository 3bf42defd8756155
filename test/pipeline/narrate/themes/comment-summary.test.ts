import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../../pipeline/ingest/index.js';
import type { Survey } from '../../../../pipeline/ingest/index.js';
import { ingestStream } from '../../../../pipeline/ingest/stream/ingest.js';
import { summarise } from '../../../../pipeline/narrate/index.js';
import { commentSummaries } from '../../../../pipeline/narrate/themes/comment-summary.js';

/** Roles: A held by 6 respondents, B by 2 (a group under 5). */
const attributes: Survey['attributes'] = [{ name: 'role', header: 'Role', column: 1, values: [['A', 6], ['B', 2]] }];

const survey = (texts: [string, string][], answered = texts.length): Pick<Survey, 'texts' | 'attributes'> => ({
  attributes,
  texts: [{ question: 'Anything else?', column: 9, answered, texts: texts.map(([text, role]) => ({ text, attributes: [role] })) }],
});

describe('commentSummaries(survey)', () => {
  it('commentSummaries(survey) gives each question, its answered count and its themes', () => {
    const [q] = commentSummaries(survey([['Badge queue', 'A'], ['Badges lost', 'A'], ['Nothing', 'A']], 7));
    expect(q.question).toBe('Anything else?');
    expect(q.answered).toBe(7);
    expect(q.themes.map((t) => [t.term, t.count])).toEqual([['badge', 2]]);
  });

  it('commentSummaries(survey) reads no comment of a respondent in a group under 5, so no theme rests on one', () => {
    const [q] = commentSummaries(survey([['Badge queue', 'A'], ['badge queue', 'B'], ['Shuttle', 'A'], ['shuttles', 'A']]));
    expect(q.themes.map((t) => [t.term, t.count])).toEqual([['shuttle', 2]]);
    expect(q.themes.flatMap((t) => t.examples)).not.toContain('badge queue');
  });

  it('commentSummaries(survey) takes as the base of its themes the respondents whose comments were read: those who answered less those withheld', () => {
    // 5 answered: 3 in role A (read), 2 in role B (a group under 5: withheld).
    const [q] = commentSummaries(survey([['Shuttle late', 'A'], ['shuttles', 'A'], ['Fine', 'A'], ['shuttle', 'B'], ['Shuttle!', 'B']]));
    expect([q.answered, q.read]).toEqual([5, 3]);
    expect(q.themes.map((t) => [t.term, t.count])).toEqual([['shuttle', 2]]);
  });

  it('commentSummaries(survey) shows redacted examples, and the placeholders are no theme', () => {
    const [q] = commentSummaries(survey([['Badge: write to ana@example.org', 'A'], ['Lost badge, mail li@example.org', 'A']]));
    expect(q.themes.map((t) => t.term)).toEqual(['badge']);
    expect(q.themes[0].examples).toEqual(['Badge: write to [e-mail removed]', 'Lost badge, mail [e-mail removed]']);
  });

  it('commentSummaries(survey, { lang: "fr" }) redacts with the French placeholder, no theme either', () => {
    const [q] = commentSummaries(survey([['Navette : ana@example.org', 'A'], ['navettes, li@example.org', 'A']]), { lang: 'fr' });
    expect(q.themes.map((t) => t.term)).toEqual(['navette']);
    expect(q.themes[0].examples[0]).toBe('Navette : [courriel supprimé]');
  });
});

describe('summarise(survey).comments on both ingest paths', () => {
  it('summarise(ingestStream(file)).comments equals the in-memory path\'s, with wifi counted as a plain loop counts it', async () => {
    const comments = [
      'The Wi-Fi in room B kept dropping, "twice an hour"',
      'WiFi fine, but the\nshuttle was late',
      'Le wifi de la salle plénière était lent',
      'El wifi del hotel no funcionaba bien',
      'Shuttles to the hotel were punctual',
      'Shuttles to the hotel were punctual',
      'Great programme, too long though',
    ];
    const rows = ['Respondent ID,How would you rate the venue?,Any other comments or suggestions?'];
    const levels = ['Excellent', 'Good', 'Fair', 'Poor'];
    comments.forEach((c, r) => rows.push(`${r + 1},${levels[r % 4]},"${c.replace(/"/g, '""')}"`));
    const dir = mkdtempSync(join(tmpdir(), 'themes-'));
    const path = join(dir, 'export.csv');
    writeFileSync(path, rows.join('\r\n') + '\r\n');
    const memory = summarise((await ingestFile(path, { mode: 'memory' })).survey).summary;
    const stream = summarise((await ingestStream(path, { threads: 1 })).survey).summary;
    expect(stream.comments).toEqual(memory.comments);
    let wifi = 0;
    for (const c of comments) if (/wi-?fi/i.test(c)) wifi++;
    expect(memory.comments).toHaveLength(1);
    expect(memory.comments[0].answered).toBe(comments.length);
    expect(memory.comments[0].themes.find((t) => t.term === 'wifi')?.count).toBe(wifi);
    expect(memory.schemaVersion).toBe(2);
  });
});
