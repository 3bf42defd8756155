import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawRespondents, expectedTradeFair, RESPONDENTS, tradeFairCsv } from '../../scripts/gen-trade-fair.js';

describe('gen-trade-fair', () => {
  it('tradeFairCsv(drawRespondents()) writes the committed fixture byte for byte, and expectedTradeFair its expected.json', () => {
    const respondents = drawRespondents();
    expect(tradeFairCsv(respondents)).toBe(readFileSync('fixtures/trade-fair-qualtrics/responses.csv', 'utf8'));
    const committed = JSON.parse(readFileSync('fixtures/trade-fair-qualtrics/expected.json', 'utf8')).fixtures['responses.csv'];
    expect(JSON.parse(JSON.stringify(expectedTradeFair(respondents)))).toEqual(committed);
  });

  it('drawRespondents() gives each checkbox option exactly its chosen ticks', () => {
    const respondents = drawRespondents();
    expect(respondents).toHaveLength(RESPONDENTS);
    const monday = respondents.filter((p) => p.days[0]).length;
    expect(monday).toBe(96);
  });
});
