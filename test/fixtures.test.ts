/**
 * Every fixture folder holds an expected.json written by its generator from
 * the counts it chose. Here each fixture goes through ingest and must give
 * exactly those counts, shares and groups.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../pipeline/ingest/index.js';
import { itemMetrics } from '../pipeline/metrics/index.js';
import { summarise } from '../pipeline/narrate/index.js';
import { expectations, FIXTURES } from './expectations.js';

/** A spelling without case, accents, hyphens or apostrophes: "Wi-Fi" and "wifi" are one. */
const folded = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]/gu, '');

describe('ingestFile(fixture)', () => {
  for (const [dir, file, e] of expectations()) {
    it(`ingestFile(${dir}/${file}) gives the generator's counts`, async () => {
      const r = await ingestFile(join(FIXTURES, dir, file));
      expect(r.layout.tool).toBe(e.tool);
      if (e.encoding) expect(r.encoding).toBe(e.encoding);
      if (e.delimiter) expect(r.delimiter).toBe(e.delimiter);
      expect(r.survey.respondents).toBe(e.respondents);
      expect(r.survey.items.map((i) => i.label)).toEqual(e.items.map((i) => i.label));
      for (const [k, want] of e.items.entries()) {
        const got = r.survey.items[k];
        expect({ label: got.label, group: got.group, counts: got.counts, notApplicable: got.notApplicable, missing: got.missing }).toEqual({
          label: want.label, group: want.group, counts: want.counts, notApplicable: want.notApplicable, missing: want.missing,
        });
        // Every label is known unless the generator put one off the scale on purpose.
        expect(got.unrecognised.reduce((a, [, n]) => a + n, 0), `${got.label}: unrecognised`).toBe(want.unrecognised ?? 0);
        // The positive share, from the expected counts by hand: top two levels over the sum.
        const valid = want.counts.reduce((a, b) => a + b, 0);
        const top = want.counts[0] + want.counts[1];
        expect(itemMetrics(got).positive).toBeCloseTo(valid ? top / valid : 0, 12);
      }
      const { summary } = summarise(r.survey);
      if (e.choices) {
        expect(summary.choices.map((c) => ({ question: c.question, kind: c.kind, answered: c.answered, options: c.options.map((o) => ({ label: o.label, count: o.count })) }))).toEqual(
          e.choices.map((c) => ({ question: c.question, kind: c.kind, answered: c.answered, options: c.options })),
        );
        for (const [k, want] of e.choices.entries()) {
          // Shares from the expected counts by hand: count over answered.
          summary.choices[k].options.forEach((o, j) => expect(o.share).toBeCloseTo(want.options[j].count / want.answered, 12));
          const labels = new Map(summary.items.map((i) => [i.id, i.label]));
          const links = Object.fromEntries(summary.choices[k].options.filter((o) => o.item).map((o) => [o.label, labels.get(o.item!)]));
          expect(links).toEqual(want.links ?? {});
        }
      }
      for (const want of e.themes ?? []) {
        // A planted theme is found by its spelling folded as debrief says it folds variants: case, accents, hyphens and apostrophes.
        const got = summary.comments.find((c) => c.question === want.question);
        expect(got, want.question).toBeDefined();
        expect(got!.answered, want.question).toBe(want.answered);
        for (const t of want.themes) {
          const spellings = new Set(t.variants.map(folded));
          const found = got!.themes.filter((g) => spellings.has(folded(g.term)));
          // Respondents, not occurrences; never more than answered the question.
          expect(found.map((g) => g.count), `${want.question}: ${t.term}`).toEqual([t.count]);
          expect(t.count).toBeLessThanOrEqual(want.answered);
        }
      }
    });
  }
});
