/**
 * A workbook of one sheet, as the ZIP entries of an .xlsx: the table behind
 * a native chart of deck.pptx, so that PowerPoint's "Edit data" opens it.
 * Strings are inline (no shared-strings part), numbers plain or as whole
 * percents, formulas with their cached value (so a reader that does not
 * recalculate still shows the numbers).
 */
import { writeZip, type ZipEntry } from '../zip.js';
import { escapeAttribute, escapeXml, rels, XML_DECLARATION } from '../pptx/xml.js';

/** A formula (without "=") and the value it gives. */
export interface FormulaCell {
  formula: string;
  value: number;
}

/** A cell: text, a number, a formula, or nothing. */
export type SheetCell = string | number | FormulaCell | null;

/** A column of the sheet: its header in row 1, then its cells from row 2. */
export interface SheetColumn {
  header: string;
  cells: SheetCell[];
  /** Numbers shown as whole percents (Excel's built-in format 9, "0%"); default false. */
  percent?: boolean;
  /** Width in characters; default 12. */
  width?: number;
}

/** The sheet's name; chart formulas refer to it. */
export const SHEET_NAME = 'Sheet1';

const NS_SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Column letters of the zero-based column `k`: A … Z, AA … */
export function columnName(k: number): string {
  let name = '';
  for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** One cell's XML at `ref`; style 1 is the percent format. */
function cellXml(ref: string, cell: SheetCell, percent: boolean): string {
  if (cell === null) return '';
  const style = percent ? ' s="1"' : '';
  if (typeof cell === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
  if (typeof cell === 'number') return `<c r="${ref}"${style}><v>${cell}</v></c>`;
  return `<c r="${ref}"${style}><f>${escapeXml(cell.formula)}</f><v>${cell.value}</v></c>`;
}

/** xl/worksheets/sheet1.xml: the headers in row 1, each column's cells below. */
export function sheetXml(columns: SheetColumn[]): string {
  const rows = 1 + Math.max(0, ...columns.map((c) => c.cells.length));
  const last = `${columnName(Math.max(0, columns.length - 1))}${rows}`;
  const widths = columns.map((c, k) => `<col min="${k + 1}" max="${k + 1}" width="${c.width ?? 12}" customWidth="1"/>`).join('');
  const body: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells = columns.map((c, k) => cellXml(`${columnName(k)}${r + 1}`, r === 0 ? c.header : (c.cells[r - 1] ?? null), r > 0 && !!c.percent)).join('');
    body.push(`<row r="${r + 1}">${cells}</row>`);
  }
  return `<worksheet xmlns="${NS_SML}"><dimension ref="A1:${last}"/>${columns.length ? `<cols>${widths}</cols>` : ''}<sheetData>${body.join('')}</sheetData></worksheet>`;
}

/** xl/styles.xml: the minimum Excel needs, and a second cell format for percents. */
const STYLES = `<styleSheet xmlns="${NS_SML}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const WORKBOOK = `<workbook xmlns="${NS_SML}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${escapeAttribute(SHEET_NAME)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

const CONTENT_TYPES = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${SML}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SML}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${SML}.styles+xml"/></Types>`;

/** The entries of the workbook, [Content_Types].xml first. */
export function workbookEntries(columns: SheetColumn[]): ZipEntry[] {
  const utf8 = new TextEncoder();
  const xml = (text: string) => utf8.encode(XML_DECLARATION + text);
  return [
    { name: '[Content_Types].xml', data: xml(CONTENT_TYPES) },
    { name: '_rels/.rels', data: xml(rels([['officeDocument', 'xl/workbook.xml']])) },
    { name: 'xl/workbook.xml', data: xml(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: xml(rels([['worksheet', 'worksheets/sheet1.xml'], ['styles', 'styles.xml']])) },
    { name: 'xl/worksheets/sheet1.xml', data: xml(sheetXml(columns)) },
    { name: 'xl/styles.xml', data: xml(STYLES) },
  ];
}

export interface XlsxOptions {
  /** Date of every ZIP entry; default 2000-01-01T00:00:00Z (same input, same bytes). */
  date?: Date;
}

/** The .xlsx bytes of a one-sheet workbook holding `columns`. */
export function writeXlsx(columns: SheetColumn[], options: XlsxOptions = {}): Uint8Array {
  return writeZip(workbookEntries(columns), { date: options.date });
}
