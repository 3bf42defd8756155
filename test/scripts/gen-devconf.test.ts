import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTENDED_QUESTION, expected, generate } from '../../scripts/gen-devconf.js';
import { committedExpectation, expectedChoice, fixtureRows } from './fixture-file.js';

const DIR = 'fixtures/devconf-unicode-text';

describe('gen-devconf', () => {
  it('generate() writes the committed export byte for byte, and expected() its expected.json', () => {
    const out = generate();
    expect(Buffer.from(out.bytes).equals(readFileSync(`${DIR}/responses.txt`))).toBe(true);
    expect(JSON.parse(JSON.stringify(expected(out.drawn, out.pii)))).toEqual(committedExpectation(DIR, 'responses.txt'));
  });

  it('generate() writes UTF-16 LE with a BOM, tab-separated, checkbox picks joined with ", " as many as expected.json says', () => {
    expect([...readFileSync(`${DIR}/responses.txt`).subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const [header, ...data] = fixtureRows(`${DIR}/responses.txt`, { encoding: 'utf-16le', delimiter: '\t' });
    const column = header.indexOf(ATTENDED_QUESTION);
    const want = expectedChoice(committedExpectation(DIR, 'responses.txt'), ATTENDED_QUESTION);
    let answered = 0;
    for (const row of data) if (row[column] !== '') answered++;
    expect(answered).toBe(want.answered);
    for (const o of want.options) {
      let ticks = 0;
      for (const row of data) if (row[column].split(', ').includes(o.label)) ticks++;
      expect(ticks, o.label).toBe(o.count);
    }
  });
});
