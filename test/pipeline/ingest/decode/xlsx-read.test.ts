/**
 * xlsxRows(src, options) on workbooks written by hand (zip-build.ts), each
 * row's text written out by hand; limits made small so that each is reached
 * with a few cells (bounds.test.ts reaches the real ones through the CLI).
 */
import { describe, expect, it } from 'vitest';
import { DebriefError } from '../../../../pipeline/errors.js';
import * as msg from '../../../../pipeline/messages.js';
import { columnName, xlsxRows, type XlsxReadOptions } from '../../../../pipeline/ingest/decode/xlsx-read.js';
import { bytesSource } from '../../../../pipeline/ingest/decode/zip-read.js';
import { buildZip, deflatedPart, workbookParts, type BuiltPart } from './zip-build.js';

const file = 'book.xlsx';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function sheet(body: string): string {
  return `<worksheet ${NS}><sheetData>${body}</sheetData></worksheet>`;
}

async function rows(parts: BuiltPart[], limits: XlsxReadOptions['limits'] = {}): Promise<string[][]> {
  const out: string[][] = [];
  for await (const row of xlsxRows(bytesSource(buildZip(parts)), { file, limits })) out.push(row);
  return out;
}

async function failure(parts: BuiltPart[], limits: XlsxReadOptions['limits'] = {}): Promise<string> {
  const e = await rows(parts, limits).then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(DebriefError);
  return (e as Error).message;
}

/** A workbook whose sheet is `body`, with optional shared strings and styles. */
function book(body: string, options: { strings?: string; styles?: string; workbookPr?: string } = {}): BuiltPart[] {
  const parts = workbookParts({ sheet: sheet(body), sharedStrings: options.strings });
  if (options.styles) parts.push(deflatedPart('xl/styles.xml', options.styles));
  if (options.workbookPr) {
    const k = parts.findIndex((p) => p.name === 'xl/workbook.xml');
    parts[k] = deflatedPart('xl/workbook.xml', `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${options.workbookPr}<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  }
  return parts;
}

const inline = (t: string, ref = '') => `<c${ref ? ` r="${ref}"` : ''} t="inlineStr"><is><t>${t}</t></is></c>`;

describe('xlsxRows(src, options)', () => {
  it('xlsxRows(src, options) reads rows and cells without r in document order, after those with r', async () => {
    const body = `<row r="2">${inline('a', 'B2')}${inline('b')}</row><row>${inline('c')}<c/>${inline('d')}</row><row r="6">${inline('e', 'C6')}</row>`;
    expect(await rows(book(body))).toEqual([[], ['', 'a', 'b'], ['c', '', 'd'], [], [], ['', '', 'e']]);
  });

  it('xlsxRows(src, options) reads shared strings (rich runs joined, phonetic runs left out), numbers, booleans, errors and formula results', async () => {
    const strings = `<sst ${NS}><si><t>Good</t></si><si><r><t>Very </t></r><r><rPr><b/></rPr><t xml:space="preserve">good </t></r><rPh><t>ignored</t></rPh></si><si/></sst>`;
    const body = `<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1"><v>61.0</v></c><c r="D1"><v>1.5E3</v></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#N/A</v></c><c r="G1" t="str"><f>A1&amp;"!"</f><v>Very good !</v></c><c r="H1" t="s"><v>2</v></c><c r="I1"><f>1+1</f></c></row>`;
    expect(await rows(book(body, { strings }))).toEqual([['Very good ', 'Good', '61', '1500', 'true', '', 'Very good !']]);
  });

  it('xlsxRows(src, options) reads numbers in a date style as ISO dates, in the 1900 and the 1904 system', async () => {
    const styles = `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs></styleSheet>`;
    // 43878.5 days after 1899-12-30 is 2020-02-17 at noon; in the 1904 system, 1462 days later.
    const body = `<row r="1"><c r="A1" s="0"><v>43878.5</v></c><c r="B1" s="1"><v>43878.5</v></c><c r="C1" s="2"><v>43878</v></c><c r="D1" s="3"><v>43878.5</v></c></row>`;
    expect(await rows(book(body, { styles }))).toEqual([['43878.5', '2020-02-17T12:00:00.000Z', '2020-02-17T00:00:00.000Z', '43878.5']]);
    expect(await rows(book(body, { styles, workbookPr: '<workbookPr date1904="1"/>' }))).toEqual([['43878.5', '2024-02-18T12:00:00.000Z', '2024-02-18T00:00:00.000Z', '43878.5']]);
  });

  it('xlsxRows(src, options) expands entities and CDATA in cell text', async () => {
    expect(await rows(book(`<row>${inline('Q&amp;A &lt;1&gt; &#233;')}${inline('<![CDATA[a < b & c]]>')}</row>`))).toEqual([['Q&A <1> é', 'a < b & c']]);
  });

  it('xlsxRows(src, options) reads the sheet the workbook lists first, whatever its part name', async () => {
    const parts: BuiltPart[] = [
      deflatedPart('xl/workbook.xml', `<workbook ${NS} xmlns:r="r"><sheets><sheet name="Responses" r:id="rId7"/><sheet name="Notes" r:id="rId1"/></sheets></workbook>`),
      deflatedPart('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="x/worksheet" Target="/xl/worksheets/responses.xml"/></Relationships>'),
      deflatedPart('xl/worksheets/sheet1.xml', sheet(`<row>${inline('notes')}</row>`)),
      deflatedPart('xl/worksheets/responses.xml', sheet(`<row>${inline('answers')}</row>`)),
    ];
    expect(await rows(parts)).toEqual([['answers']]);
  });

  it('xlsxRows(src, options) fails on a row past the last row, named, without producing the rows between', async () => {
    expect(await failure(book(`<row r="1">${inline('a')}</row><row r="101">${inline('b')}</row>`), { rows: 100 })).toBe(msg.xlsxRowLimit(file, 101, 100));
    expect(await failure(book(`<row r="1000000000000000">${inline('b')}</row>`))).toBe(msg.xlsxRowLimit(file, 1e15, 1_048_576));
  });

  it('xlsxRows(src, options) fails on a row past the last when rows have no r', async () => {
    expect(await failure(book(`<row>${inline('a')}</row>`.repeat(4)), { rows: 3 })).toBe(msg.xlsxRowLimit(file, 4, 3));
  });

  it('xlsxRows(src, options) fails on a cell past the last column, named', async () => {
    expect(await failure(book(`<row r="3">${inline('a', 'F3')}</row>`), { columns: 5 })).toBe(msg.xlsxColumnLimit(file, 'F3', 'E'));
    expect(await failure(book(`<row r="3">${inline('a', 'E3')}${inline('b')}</row>`), { columns: 5 })).toBe(msg.xlsxColumnLimit(file, 'F3', 'E'));
  });

  it('xlsxRows(src, options) fails when the last row × the widest row is over the cell limit', async () => {
    // Row 5 with 4 cells: 20 cells, allowed; row 6: 24, not.
    const body = `<row r="1">${inline('a', 'D1')}</row><row r="5">${inline('b')}</row>`;
    expect(await rows(book(body), { cells: 20 })).toHaveLength(5);
    expect(await failure(book(body + `<row r="6">${inline('c')}</row>`), { cells: 20 })).toBe(msg.xlsxTooManyCells(file, 20));
  });

  it('xlsxRows(src, options) fails on more shared strings, or more of their characters, than the limits', async () => {
    const strings = `<sst ${NS}>${['Excellent', 'Good', 'Fair', 'Poor'].map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
    const body = `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`;
    expect(await rows(book(body, { strings }), { sharedStrings: 4, sharedStringChars: 21 })).toEqual([['Excellent']]);
    expect(await failure(book(body, { strings }), { sharedStrings: 3 })).toBe(msg.xlsxSharedStringCount(file, 3));
    // 9 + 4 + 4 + 4 = 21 characters.
    expect(await failure(book(body, { strings }), { sharedStringChars: 20 })).toBe(msg.xlsxSharedStringChars(file, 20));
  });

  it('xlsxRows(src, options) fails on a cell or a shared string longer than the cell limit, naming it', async () => {
    expect(await failure(book(`<row r="2">${inline('x'.repeat(11), 'C2')}</row>`), { cellChars: 10 })).toBe(msg.xlsxCellTooLong(file, 'cell C2', 10));
    expect(await failure(book('', { strings: `<sst><si><t>ok</t></si><si><t>${'y'.repeat(11)}</t></si></sst>` }), { cellChars: 10 })).toBe(msg.xlsxCellTooLong(file, 'shared string 2', 10));
  });

  it('xlsxRows(src, options) fails on rows or cells out of order, as damage', async () => {
    expect(await failure(book(`<row r="3"/><row r="2"/>`))).toBe(msg.unreadableXlsx(file, 'its worksheet is damaged: row 2 is out of order'));
    expect(await failure(book(`<row r="1">${inline('a', 'C1')}${inline('b', 'B1')}</row>`))).toBe(msg.unreadableXlsx(file, 'its worksheet is damaged: cell B1 is out of order'));
  });
});

describe('columnName(n)', () => {
  it('columnName(n) writes column numbers as letters', () => {
    expect([1, 26, 27, 52, 702, 703, 16384].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA', 'XFD']);
  });
});
