import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTENDED_QUESTION, expected, generate } from '../../scripts/gen-congres.js';
import { committedExpectation, expectedChoice, fixtureRows } from './fixture-file.js';

const DIR = 'fixtures/limesurvey-congres';

describe('gen-congres', () => {
  it('generate() writes the committed export byte for byte, and expected() its expected.json', () => {
    const out = generate();
    expect(Buffer.from(out.bytes).equals(readFileSync(`${DIR}/reponses.csv`))).toBe(true);
    expect(JSON.parse(JSON.stringify(expected(out.drawn, out.pii)))).toEqual(committedExpectation(DIR, 'reponses.csv'));
  });

  it('generate() writes a BOM and each option as a "Question [option]" column holding Y, as many as expected.json says', () => {
    expect([...readFileSync(`${DIR}/reponses.csv`).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...data] = fixtureRows(`${DIR}/reponses.csv`, { encoding: 'utf-8', delimiter: ';' });
    const want = expectedChoice(committedExpectation(DIR, 'reponses.csv'), ATTENDED_QUESTION);
    for (const o of want.options) {
      const column = header.indexOf(`${ATTENDED_QUESTION} [${o.label}]`);
      expect(column, o.label).toBeGreaterThan(0);
      let ticks = 0;
      for (const row of data) if (row[column] === 'Y') ticks++;
      expect(ticks, o.label).toBe(o.count);
    }
    expect(data).toHaveLength(140);
  });
});
