import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../../pipeline/ingest/index.js';
import { CHOICE_TEXT } from '../../../../pipeline/outputs/report/choice-text.js';
import { reportContext } from '../../../../pipeline/outputs/report/context.js';
import { itemsSection } from '../../../../pipeline/outputs/report/items.js';
import { summarise } from '../../../../pipeline/narrate/summary.js';

describe('itemsSection(summary, ctx)', () => {
  it('itemsSection(trade fair) shows beside each seminar how many said they attended it, of those who answered the attendance question', async () => {
    const { summary } = summarise((await ingestFile('fixtures/trade-fair-qualtrics/responses.csv')).survey);
    const html = itemsSection(summary, reportContext('en', 5));
    expect(html).toContain(`>${CHOICE_TEXT.en.attended}</th>`);
    // expected.json: 64 of the 96 who ticked a seminar ticked "Packaging trends 2026"; 64 / 96 = 67%.
    expect(html).toMatch(/<th scope="row">Packaging trends 2026<\/th>.*?<td class="n" data-value="64">64 \(67%\)<\/td><\/tr>/);
    // The organisation items name no seminar: a dash.
    expect(html).toMatch(/<th scope="row">Catering<\/th>.*?<td class="n" data-value="">–<\/td><\/tr>/);
  });

  it('itemsSection(a survey with no attendance question) has no attendance column', async () => {
    const { summary } = summarise((await ingestFile('fixtures/ndm-un23/surveymonkey.csv')).survey);
    expect(itemsSection(summary, reportContext('en', 5))).not.toContain(CHOICE_TEXT.en.attended);
  });
});
