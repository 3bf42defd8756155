import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../../pipeline/ingest/index.js';
import { mergeSurveys } from '../../../../pipeline/ingest/normalise/merge.js';
import type { ExpectedFixture } from '../../../../scripts/expected.js';

const DIR = 'fixtures/ndm-un23';
const { fixtures } = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as { fixtures: Record<string, ExpectedFixture> };

describe('mergeSurveys(parts)', () => {
  it('mergeSurveys([EN, FR]) matches items by position and gives the sum of both exports\' counts', async () => {
    const en = await ingestFile(`${DIR}/surveymonkey.csv`);
    const fr = await ingestFile(`${DIR}/surveymonkey-fr.csv`, { seen: en.tally.seen });
    const { survey, warnings } = mergeSurveys([
      { file: en.file, survey: en.survey },
      { file: fr.file, survey: fr.survey },
    ]);
    const e = fixtures['surveymonkey.csv'];
    const f = fixtures['surveymonkey-fr.csv'];
    expect(warnings).toEqual([]);
    expect(survey.respondents).toBe(e.respondents + f.respondents);
    expect(survey.items).toHaveLength(e.items.length);
    survey.items.forEach((item, k) => {
      expect(item.label).toBe(e.items[k].label); // the first export names the items
      expect(item.counts).toEqual(e.items[k].counts.map((n, i) => n + f.items[k].counts[i]));
      expect(item.notApplicable).toBe(e.items[k].notApplicable + f.items[k].notApplicable);
      expect(item.missing).toBe(e.items[k].missing + f.items[k].missing);
    });
    // Inputs are not mutated.
    expect(en.survey.items[0].counts).toEqual(e.items[0].counts);
  });

  it('mergeSurveys([EN, EN]) with the same respondent ids counts each respondent once', async () => {
    const a = await ingestFile(`${DIR}/surveymonkey.csv`);
    const b = await ingestFile(`${DIR}/surveymonkey.csv`, { seen: a.tally.seen });
    expect(b.survey.respondents).toBe(0);
    expect(b.tally.duplicateRows).toHaveLength(fixtures['surveymonkey.csv'].respondents);
    const { survey } = mergeSurveys([{ file: a.file, survey: a.survey }, { file: b.file, survey: b.survey }]);
    expect(survey.items[0].counts).toEqual(fixtures['surveymonkey.csv'].items[0].counts);
  });

  it('mergeSurveys(different structures) keeps unmatched items apart and warns', async () => {
    const en = await ingestFile(`${DIR}/surveymonkey.csv`);
    const fr = await ingestFile(`${DIR}/surveymonkey-fr.csv`);
    const shorter = { ...fr.survey, items: fr.survey.items.slice(0, 3) };
    const { survey, warnings } = mergeSurveys([{ file: en.file, survey: en.survey }, { file: fr.file, survey: shorter }]);
    expect(survey.items).toHaveLength(en.survey.items.length + 3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^surveymonkey-fr\.csv: 3 items could not be matched/);
  });

  it('mergeSurveys(with aliases) matches reworded items by the config\'s labels', async () => {
    const en = await ingestFile(`${DIR}/surveymonkey.csv`);
    const fr = await ingestFile(`${DIR}/surveymonkey-fr.csv`);
    const shorter = { ...fr.survey, items: fr.survey.items.slice(1, 2) };
    const { survey, warnings } = mergeSurveys([{ file: en.file, survey: en.survey }, { file: fr.file, survey: shorter }], {
      aliases: { [en.survey.items[1].id]: [fr.survey.items[1].label] },
    });
    expect(warnings).toEqual([]);
    expect(survey.items[1].counts).toEqual(en.survey.items[1].counts.map((n, i) => n + fr.survey.items[1].counts[i]));
  });
});
