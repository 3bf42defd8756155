import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTENDED_QUESTION, expected, generate } from '../../scripts/gen-hackathon.js';
import { committedExpectation, expectedChoice, fixtureRows } from './fixture-file.js';

const DIR = 'fixtures/surveymonkey-hackathon';

describe('gen-hackathon', () => {
  it('generate() writes the committed export byte for byte, and expected() its expected.json', () => {
    const out = generate();
    expect(out.csv).toBe(readFileSync(`${DIR}/responses.csv`, 'utf8'));
    expect(JSON.parse(JSON.stringify(expected(out.drawn, out.pii)))).toEqual(committedExpectation(DIR, 'responses.csv'));
  });

  it('generate() writes each checkbox option in its own column (its label when ticked), as many ticks as expected.json says', () => {
    const [top, sub, ...data] = fixtureRows(`${DIR}/responses.csv`, { encoding: 'utf-8', delimiter: ',' });
    const first = top.indexOf(ATTENDED_QUESTION);
    const want = expectedChoice(committedExpectation(DIR, 'responses.csv'), ATTENDED_QUESTION);
    want.options.forEach((o, k) => {
      expect(sub[first + k]).toBe(o.label);
      let ticks = 0;
      for (const row of data) if (row[first + k] === o.label) ticks++;
      expect(ticks, o.label).toBe(o.count);
    });
    expect(data).toHaveLength(120);
  });
});
