/**
 * detectDelimiter(text) and parseDelimited(text): small exports written out
 * by hand, with the rows they must give counted by eye.
 */
import { describe, expect, it } from 'vitest';
import { DebriefError } from '../../../../pipeline/errors.js';
import * as msg from '../../../../pipeline/messages.js';
import { detectDelimiter, normaliseLineBreaks, parseDelimited, recordWidths } from '../../../../pipeline/ingest/decode/parse.js';

const file = 'export.csv';

describe('normaliseLineBreaks(text)', () => {
  it('normaliseLineBreaks(text) turns CRLF and lone CR into LF', () => {
    expect(normaliseLineBreaks('a\r\nb\rc\nd\r\n\r\n')).toBe('a\nb\nc\nd\n\n');
  });
});

describe('recordWidths(text, delimiter)', () => {
  it('recordWidths(text, delimiter) counts fields per record, quote-aware, skipping blank lines', () => {
    const text = 'a,"b, with comma",c\n\n1,"two\nlines",3\n4,5" screen,6\n"x ""quoted"", y",z,\n';
    expect(recordWidths(text, ',')).toEqual([3, 3, 3, 3]);
  });

  it('recordWidths(text, delimiter) stops after `limit` records', () => {
    expect(recordWidths('a;b\n1;2\n3;4\n5;6\n', ';', 2)).toEqual([2, 2]);
  });
});

describe('detectDelimiter(text)', () => {
  it('detectDelimiter(text) finds a comma', () => {
    expect(detectDelimiter('Respondent ID,Role,Rating\r\n1,NGO,Good\r\n2,UN,Fair\r\n')).toBe(',');
  });

  it('detectDelimiter(text) finds a tab', () => {
    expect(detectDelimiter('Respondent ID\tRole\tRating\r\n1\tNGO\tGood\r\n')).toBe('\t');
  });

  it('detectDelimiter(text) finds a semicolon', () => {
    expect(detectDelimiter('Respondent ID;Role;Rating\r\n1;NGO;Good\r\n')).toBe(';');
  });

  it('detectDelimiter(text) ignores commas inside a quoted first header', () => {
    // Four commas in the quoted header, one tab outside quotes.
    const text = '"Overall, the venue, the food, the badges, the Wi-Fi"\tRole\r\nGood\tNGO\r\nFair\tDonor\r\n';
    expect(detectDelimiter(text)).toBe('\t');
  });

  it('detectDelimiter(text) picks `;` when the header has more commas than semicolons outside quotes', () => {
    // Excel on a French locale quotes a field only when it holds `;`, a quote or a line break.
    const text = [
      'Dans l’ensemble, comment, selon vous, était l’organisation ?;Fonction',
      'Bien;ONG',
      'Moyen;Bailleur',
      'Très bien;Nations Unies, conseiller',
      'Bien;Recherche',
    ].join('\r\n');
    expect(detectDelimiter(text)).toBe(';');
  });

  it('detectDelimiter(text) picks tab in Excel "Unicode Text" whose question text has commas', () => {
    const text = [
      'Respondent ID\tOverall, how would you rate the logistical, organisational arrangements?\tComments',
      '\tResponse\tOpen-Ended Response',
      '11453200000\tGood\tFine, thanks, really, fine.',
      '11453207919\tExcellent\t',
    ].join('\r\n');
    expect(detectDelimiter(text)).toBe('\t');
  });

  it('detectDelimiter(text) looks past blank lines above the header', () => {
    expect(detectDelimiter('\r\n\r\na;b;c\r\n1;2;3\r\n')).toBe(';');
  });

  it('detectDelimiter(text) falls back to a comma for a single column', () => {
    expect(detectDelimiter('Comments\nGreat\nToo long\n')).toBe(',');
  });
});

describe('parseDelimited(text)', () => {
  it('parseDelimited(text) gives the same rows for CRLF and LF', () => {
    const crlf = parseDelimited('a,b\r\n1,2\r\n', { file });
    const lf = parseDelimited('a,b\n1,2\n', { file });
    expect(crlf.rows).toEqual([['a', 'b'], ['1', '2']]);
    expect(lf.rows).toEqual(crlf.rows);
  });

  it('parseDelimited(text) reads quoted fields with CRLF line breaks, delimiters and doubled quotes', () => {
    const text = 'ID,Comment,Rating\r\n1,"Too long,\r\nreally ""too"" long",Fair\r\n2,"Fine",Good\r\n';
    expect(parseDelimited(text, { file })).toMatchObject({
      rows: [['ID', 'Comment', 'Rating'], ['1', 'Too long,\nreally "too" long', 'Fair'], ['2', 'Fine', 'Good']],
      delimiter: ',',
    });
  });

  it('parseDelimited(text) reads a `;` file whose text holds commas', () => {
    const text = 'ID;Commentaire;Note\r\n1;Bien, merci, très bien;Bien\r\n2;"Moins de ""panels"";\nplus de débats";Moyen\r\n';
    expect(parseDelimited(text, { file })).toMatchObject({
      rows: [['ID', 'Commentaire', 'Note'], ['1', 'Bien, merci, très bien', 'Bien'], ['2', 'Moins de "panels";\nplus de débats', 'Moyen']],
      delimiter: ';',
    });
  });

  it('parseDelimited(text) reads a tab file', () => {
    const text = 'ID\tRating\tComment\r\n1\tGood\tFine, thanks\r\n2\tPoor\t"Two\r\nlines"\r\n';
    expect(parseDelimited(text, { file })).toMatchObject({
      rows: [['ID', 'Rating', 'Comment'], ['1', 'Good', 'Fine, thanks'], ['2', 'Poor', 'Two\nlines']],
      delimiter: '\t',
    });
  });

  it('parseDelimited(text) keeps empty fields and trailing empty columns', () => {
    expect(parseDelimited('a,,c,,\n1,,3,,\n', { file }).rows).toEqual([['a', '', 'c', '', ''], ['1', '', '3', '', '']]);
  });

  it('parseDelimited(text) drops blank rows above the header and below the data (Excel `;;;` rows)', () => {
    const text = '\r\n;;\r\nID;Note;Commentaire\r\n1;Bien;\r\n;;\r\n;;\r\n\r\n';
    expect(parseDelimited(text, { file }).rows).toEqual([['ID', 'Note', 'Commentaire'], ['1', 'Bien', '']]);
  });

  it('parseDelimited(text) keeps a blank row between responses', () => {
    expect(parseDelimited('a,b\n1,2\n\n3,4\n', { file }).rows).toEqual([['a', 'b'], ['1', '2'], [''], ['3', '4']]);
  });

  it('parseDelimited(text) uses the given delimiter over detection', () => {
    expect(parseDelimited('a;b,c\n1;2,3\n', { file, delimiter: ',' })).toMatchObject({ rows: [['a;b', 'c'], ['1;2', '3']], delimiter: ',' });
  });

  it('parseDelimited(text) reads a quote inside an unquoted field as a character', () => {
    expect(parseDelimited('a,b\n1,5" screen\n', { file }).rows).toEqual([['a', 'b'], ['1', '5" screen']]);
  });

  it('parseDelimited(text) reads a badly escaped quote on one line leniently', () => {
    expect(parseDelimited('a,b\n1,"He said "hi" there"\n2,y\n', { file }).rows).toEqual([['a', 'b'], ['1', 'He said "hi" there'], ['2', 'y']]);
  });

  it('parseDelimited(text) rejects a quote that never closes, naming its row', () => {
    expect(() => parseDelimited('a,b\n1,x\n2,"never closed\n3,y\n', { file })).toThrow(new DebriefError(msg.unterminatedQuote(file, 3)));
  });

  it('parseDelimited(text) rejects an open quote that a later quote would swallow rows into', () => {
    // Without the check, rows 2 and 3 run together into one field ending at `"ok`.
    expect(() => parseDelimited('a,b\n1,"unclosed, foo\n2,"ok",x\n3,y\n', { file })).toThrow(new DebriefError(msg.unterminatedQuote(file, 2)));
  });

  it('parseDelimited(text) describes the last record: its line break, and with openEnd "keep" a quote left open', () => {
    expect(parseDelimited('a,b\n1,2\n\n', { file }).last).toEqual({ fields: ['1', '2'], lineBreak: true, open: false });
    expect(parseDelimited('a,b\n1,2', { file }).last).toEqual({ fields: ['1', '2'], lineBreak: false, open: false });
    expect(parseDelimited('a,b\n1,"Fa', { file, openEnd: 'keep' }).last).toEqual({ fields: ['1', 'Fa'], lineBreak: false, open: true });
    expect(() => parseDelimited('a,b\n1,"Fa', { file })).toThrow(new DebriefError(msg.unterminatedQuote(file, 2)));
  });

  it('parseDelimited(text) keeps a lone quote after the last line break as an open record (openEnd "keep")', () => {
    const { rows, last } = parseDelimited('a,b\n1,2\n"', { file, openEnd: 'keep' });
    expect(rows).toEqual([['a', 'b'], ['1', '2'], ['']]);
    expect(last).toEqual({ fields: [''], lineBreak: false, open: true });
  });

  it('parseDelimited(text) counts blank records above the header, a quoted line break among them, and numbers rows after them', () => {
    expect(parseDelimited('\n"\n"\na,b\n1,2\n', { file }).leadingBlank).toBe(2);
    expect(() => parseDelimited('\n\na,b\n1,"x\n', { file })).toThrow(new DebriefError(msg.unterminatedQuote(file, 2)));
  });
});
