import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTENDED_QUESTION, expected, generate } from '../../scripts/gen-consulta.js';
import { committedExpectation, expectedChoice, fixtureRows } from './fixture-file.js';

const DIR = 'fixtures/kobo-consulta-regional';

describe('gen-consulta', () => {
  it('generate() writes the committed export byte for byte, and expected() its expected.json', () => {
    const out = generate();
    expect(out.csv).toBe(readFileSync(`${DIR}/respuestas.csv`, 'utf8'));
    expect(JSON.parse(JSON.stringify(expected(out.drawn, out.pii)))).toEqual(committedExpectation(DIR, 'respuestas.csv'));
  });

  it('generate() writes a select_multiple as its summary column and one 1/0 column per option, agreeing with each other and with expected.json', () => {
    const [header, ...data] = fixtureRows(`${DIR}/respuestas.csv`, { encoding: 'utf-8', delimiter: ';' });
    const summary = header.indexOf(ATTENDED_QUESTION);
    const want = expectedChoice(committedExpectation(DIR, 'respuestas.csv'), ATTENDED_QUESTION);
    let answered = 0;
    for (const row of data) if (row[summary] !== '') answered++;
    expect(answered).toBe(want.answered);
    want.options.forEach((o, k) => {
      expect(header[summary + 1 + k]).toBe(`${ATTENDED_QUESTION}/${o.label}`);
      let ones = 0;
      let inSummary = 0;
      for (const row of data) {
        if (row[summary + 1 + k] === '1') ones++;
        if (row[summary].includes(o.label)) inSummary++;
      }
      expect([ones, inSummary], o.label).toEqual([o.count, o.count]);
    });
  });
});
