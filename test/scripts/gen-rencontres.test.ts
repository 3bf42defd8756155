import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTENDED_QUESTION, expected, generate } from '../../scripts/gen-rencontres.js';
import { committedExpectation, expectedChoice, fixtureRows } from './fixture-file.js';

const DIR = 'fixtures/rencontres-windows-1252';

describe('gen-rencontres', () => {
  it('generate() writes the committed export byte for byte, and expected() its expected.json', () => {
    const out = generate();
    expect(Buffer.from(out.bytes).equals(readFileSync(`${DIR}/reponses.csv`))).toBe(true);
    expect(JSON.parse(JSON.stringify(expected(out.drawn, out.pii)))).toEqual(committedExpectation(DIR, 'reponses.csv'));
  });

  it('generate() writes Windows-1252 with ";", multi-select picks joined with ";" and a trailing ";", as many as expected.json says', () => {
    const bytes = readFileSync(`${DIR}/reponses.csv`);
    // "é" is one byte, 0xE9, in Windows-1252 (two in UTF-8).
    expect(bytes.includes(0xe9)).toBe(true);
    expect(bytes.includes(Buffer.from('é', 'utf8'))).toBe(false);
    const [header, ...data] = fixtureRows(`${DIR}/reponses.csv`, { encoding: 'windows-1252', delimiter: ';' });
    const column = header.indexOf(ATTENDED_QUESTION);
    const want = expectedChoice(committedExpectation(DIR, 'reponses.csv'), ATTENDED_QUESTION);
    for (const row of data) if (row[column] !== '') expect(row[column].endsWith(';')).toBe(true);
    for (const o of want.options) {
      let ticks = 0;
      for (const row of data) if (row[column].split(';').includes(o.label)) ticks++;
      expect(ticks, o.label).toBe(o.count);
    }
    expect(data).toHaveLength(100);
  });
});
