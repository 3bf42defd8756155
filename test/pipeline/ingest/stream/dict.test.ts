import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteDict } from '../../../../pipeline/ingest/stream/dict.js';

const encode = (s: string) => new TextEncoder().encode(s);

describe('ByteDict()', () => {
  it('ByteDict.find() gives one index per distinct spelling, as a Map of strings does, whatever the lengths and collisions', () => {
    // Spellings that share length, first and last byte (one slot) but differ inside, some only past their
    // whole 4-byte words (bytes 4 and 12), plus random ones.
    const alphabet = fc.constantFrom('G', 'o', 'd', 'x', ' ', 'é', '"', 'a');
    const spelling = fc.oneof(fc.constantFrom('', 'Good', 'Gxod', 'Goxd', 'Excellent', 'Exceldent', 'Abcdxz', 'Abcdyz', 'Did not attexd', 'Did not atteyd', 'Did not attend', 'No', 'N'), fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')));
    fc.assert(
      fc.property(fc.array(spelling, { minLength: 1, maxLength: 200 }), fc.integer({ min: 0, max: 7 }), (spellings, offset) => {
        const dict = new ByteDict(1024);
        const reference = new Map<string, number>();
        for (const s of spellings) {
          // Each lookup reads the spelling at an offset inside a larger buffer, as the fold does.
          const bytes = encode(s);
          const buf = new Uint8Array(offset + bytes.length + 3).fill(0x2c);
          buf.set(bytes, offset);
          const k = dict.find(buf, offset, offset + bytes.length);
          if (!reference.has(s)) reference.set(s, reference.size);
          expect(k).toBe(reference.get(s));
        }
        expect(dict.keys.map((key) => new TextDecoder().decode(key))).toEqual([...reference.keys()]);
      }),
      { numRuns: 300 },
    );
  });

  it('ByteDict.find() returns -1 once a column passes its limit of spellings', () => {
    const dict = new ByteDict(3);
    expect(['a', 'b', 'c'].map((s) => dict.find(encode(s), 0, 1))).toEqual([0, 1, 2]);
    expect(dict.find(encode('d'), 0, 1)).toBe(-1);
    expect(dict.overflow).toBe(true);
    expect(dict.find(encode('a'), 0, 1)).toBe(-1);
  });

  it('ByteDict.prefix() finds a known spelling at a field\'s start exactly when the field is that spelling, as splitting the line says', () => {
    const spellings = ['Good', 'Goo', 'Good (4)', 'Did not attend', 'Excellent', 'Ex', 'a,b', ' ', 'é'];
    const field = fc.oneof(fc.constantFrom(...spellings, 'Goods', 'Excellen', 'Did not attenx', ''), fc.array(fc.constantFrom('G', 'o', 'd', 'E', 'x', ' '), { maxLength: 6 }).map((a) => a.join('')));
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', 'delimiter', ''), fc.constantFrom(',', ';'), (fields, end, delimiter) => {
        const ending = end === 'delimiter' ? delimiter : end;
        const dict = new ByteDict(1024, delimiter.charCodeAt(0));
        for (const s of spellings) dict.find(encode(s), 0, encode(s).length);
        const line = fields.join(delimiter) + ending;
        const buf = encode(line);
        const view = new DataView(buf.buffer);
        // Each field's start, and what it holds, by splitting the text (the last field may be cut by the buffer's end).
        let at = 0;
        fields.forEach((f, k) => {
          const start = encode(line.slice(0, at)).length;
          const last = k === fields.length - 1;
          const ended = !last || ending !== '';
          const expected = ended && !f.includes(delimiter) && spellings.includes(f) && f !== '' ? spellings.indexOf(f) : -1;
          // A spelling holding the delimiter is never found (unquoted, it would be two fields).
          expect(dict.prefix(buf, view, start), `field ${k} ${JSON.stringify(f)} of ${JSON.stringify(line)}`).toBe(f === 'a,b' && delimiter === ',' ? -1 : expected);
          at += f.length + delimiter.length;
        });
      }),
      { numRuns: 500 },
    );
  });
});
