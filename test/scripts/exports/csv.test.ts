import { describe, expect, it } from 'vitest';
import { toDelimitedText } from '../../../scripts/exports/csv.js';

describe('toDelimitedText(rows, options)', () => {
  const rows = [['a,b', 'say "hi"', 'two\nlines', ' padded ', 'plain', null]];

  it('toDelimitedText(rows) quotes only fields holding the delimiter, a quote or a line break, as Excel does', () => {
    expect(toDelimitedText(rows)).toBe('"a,b","say ""hi""","two\nlines", padded ,plain,\r\n');
  });

  it('toDelimitedText(rows, {quoteEdgeSpaces: true}) also quotes a field with a leading or trailing space, as Papa.unparse does', () => {
    expect(toDelimitedText(rows, { quoteEdgeSpaces: true, newline: '\n' })).toBe('"a,b","say ""hi""","two\nlines"," padded ",plain,\n');
  });

  it('toDelimitedText(rows, {quote: all}) quotes every value but leaves a null field empty (LimeSurvey NULL)', () => {
    expect(toDelimitedText([['x', '', null]], { quote: 'all', delimiter: ';' })).toBe('"x";"";\r\n');
  });

  it('toDelimitedText(rows, {delimiter: ;}) quotes a comma-free field holding `;`', () => {
    expect(toDelimitedText([['a;b', 'c,d']], { delimiter: ';' })).toBe('"a;b";c,d\r\n');
  });
});
