/**
 * The first worksheet of an XLSX workbook as rows of text, read as a stream
 * within the limits of xlsx-limits.ts, on both ingest paths:
 * 1. the ZIP directory (zip-read.ts); the workbook names its first sheet, its
 *    relationships give the sheet's, shared strings' and styles' parts;
 * 2. the styles: which cell styles show a date;
 * 3. the shared strings, counted and measured as they come;
 * 4. the sheet's rows, one at a time. Rows and cells without their `r`
 *    attribute (the format allows it) follow the one before, in document
 *    order; a row or column past the sheet's last is an error, not a loop.
 * Cells read as a spreadsheet shows them (as exceljs read them before):
 * numbers without a forced decimal, rich text joined, formulas by their
 * cached result, booleans as true/false, errors blank, dates as ISO 8601.
 */
import { fail } from '../../errors.js';
import * as msg from '../../messages.js';
import { attribute, unescapeXml, XmlDamage, XmlScanner, type XmlHandler } from './xml-scan.js';
import { XLSX_LIMITS, type XlsxLimits } from './xlsx-limits.js';
import { checkDeclared, inflatePart, readDirectory, readPartText, type ZipPart, type ZipSource } from './zip-read.js';

export interface XlsxReadOptions {
  /** File name for messages. */
  file: string;
  /** Limits on what is read; default XLSX_LIMITS. */
  limits?: Partial<XlsxLimits>;
}

/**
 * Rows of the first worksheet, from row 1: a missing row comes out as an
 * empty array, a row as long as its last non-blank cell. The source is
 * closed when the rows end, also when reading stops early.
 */
export async function* xlsxRows(src: ZipSource, options: XlsxReadOptions): AsyncGenerator<string[]> {
  const { file } = options;
  const limits = { ...XLSX_LIMITS, ...options.limits };
  try {
    const parts = readDirectory(src, file);
    const held = (part: ZipPart) => readPartText(src, part, { file, maxBytes: limits.heldPartBytes, ratio: limits.ratio, ratioFloor: limits.ratioFloorBytes });
    const workbookPart = parts.get('xl/workbook.xml') ?? fail(msg.unreadableXlsx(file, 'it is a ZIP archive but not an XLSX workbook'));
    const workbook = await scanText(await held(workbookPart), workbookPart, file, new WorkbookHandler());
    const relsPart = parts.get('xl/_rels/workbook.xml.rels');
    const rels = relsPart ? (await scanText(await held(relsPart), relsPart, file, new RelsHandler())).targets : new Map<string, { type: string; target: string }>();
    const byType = (suffix: string, fallback: string) => {
      for (const r of rels.values()) if (r.type.endsWith(suffix)) return r.target;
      return fallback;
    };
    const sheetName = (workbook.firstSheet !== undefined ? rels.get(workbook.firstSheet)?.target : undefined) ?? firstSheetPart(parts);
    const sheetPart = (sheetName !== undefined ? parts.get(sheetName) : undefined) ?? fail(msg.unreadableXlsx(file, 'it has no worksheet'));
    const stylesPart = parts.get(byType('/styles', 'xl/styles.xml'));
    const dates = stylesPart ? (await scanText(await held(stylesPart), stylesPart, file, new StylesHandler())).dateStyles() : [];
    const stringsPart = parts.get(byType('/sharedStrings', 'xl/sharedStrings.xml'));
    const strings = new SharedStringsHandler(file, limits);
    if (stringsPart) {
      const scanner = new XmlScanner(strings, { maxMarkup: limits.cellChars + 1024 });
      await scanPart(inflatePart(src, stringsPart, { file, maxBytes: limits.sharedStringsPartBytes, ratio: limits.ratio, ratioFloor: limits.ratioFloorBytes }), stringsPart, file, scanner);
    }
    const sheet = new SheetHandler(file, limits, strings.strings, dates, workbook.date1904);
    const scanner = new XmlScanner(sheet, { maxMarkup: limits.cellChars + 1024 });
    const chunks = inflatePart(src, sheetPart, { file, maxBytes: limits.sheetPartBytes, ratio: limits.ratio, ratioFloor: limits.ratioFloorBytes });
    for await (const chunk of chunks) {
      pushTo(scanner, chunk, sheetPart, file);
      for (const row of sheet.take()) yield row;
    }
    endOf(scanner, sheetPart, file);
    for (const row of sheet.take()) yield row;
  } finally {
    src.close();
  }
}

/**
 * Checks the sizes the ZIP directory declares against the limits, before
 * anything is inflated (zip-check.ts inflates every part to verify it): a
 * bomb is refused in milliseconds. Parts debrief does not read (pictures,
 * other sheets) are held to the worksheet's limits.
 */
export function checkDeclaredSizes(src: ZipSource, options: XlsxReadOptions): void {
  const limits = { ...XLSX_LIMITS, ...options.limits };
  try {
    for (const part of readDirectory(src, options.file).values()) {
      const maxBytes = part.name === 'xl/sharedStrings.xml' ? limits.sharedStringsPartBytes : /^xl\/(workbook\.xml|_rels\/|styles\.xml)/.test(part.name) ? limits.heldPartBytes : limits.sheetPartBytes;
      checkDeclared(part, { file: options.file, maxBytes, ratio: limits.ratio, ratioFloor: limits.ratioFloorBytes });
    }
  } finally {
    src.close();
  }
}

/** The first part under xl/worksheets/, in name order, when the workbook does not say which. */
function firstSheetPart(parts: Map<string, ZipPart>): string | undefined {
  return [...parts.keys()].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).sort()[0];
}

async function scanText<H extends XmlHandler>(text: string, part: ZipPart, file: string, handler: H): Promise<H> {
  const scanner = new XmlScanner(handler);
  pushTo(scanner, Buffer.from(text, 'utf8'), part, file);
  endOf(scanner, part, file);
  return handler;
}

async function scanPart(chunks: AsyncIterable<Buffer>, part: ZipPart, file: string, scanner: XmlScanner): Promise<void> {
  for await (const chunk of chunks) pushTo(scanner, chunk, part, file);
  endOf(scanner, part, file);
}

function pushTo(scanner: XmlScanner, chunk: Uint8Array, part: ZipPart, file: string): void {
  try {
    scanner.push(chunk);
  } catch (e) {
    if (e instanceof XmlDamage) fail(msg.unreadableXlsx(file, `its part "${part.name}" is damaged: ${e.message}`));
    throw e;
  }
}

function endOf(scanner: XmlScanner, part: ZipPart, file: string): void {
  try {
    scanner.end();
  } catch (e) {
    if (e instanceof XmlDamage) fail(msg.unreadableXlsx(file, `its part "${part.name}" is damaged: ${e.message}`));
    throw e;
  }
}

/** xl/workbook.xml: the first sheet's relationship id, and the 1904 date system. */
class WorkbookHandler implements XmlHandler {
  firstSheet: string | undefined;
  date1904 = false;
  wantsText = false;
  open(name: string, attributes: string): void {
    if (name === 'sheet' && this.firstSheet === undefined) this.firstSheet = attribute(attributes, 'id');
    else if (name === 'workbookPr') this.date1904 = /^(1|true)$/.test(attribute(attributes, 'date1904') ?? '');
  }
  close(): void {}
  text(): void {}
}

/** xl/_rels/workbook.xml.rels: targets by relationship id, as part names. */
class RelsHandler implements XmlHandler {
  readonly targets = new Map<string, { type: string; target: string }>();
  wantsText = false;
  open(name: string, attributes: string): void {
    if (name !== 'Relationship') return;
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    if (id !== undefined && target !== undefined) this.targets.set(id, { type: attribute(attributes, 'Type') ?? '', target: partName(target) });
  }
  close(): void {}
  text(): void {}
}

/** A relationship target (relative to xl/, or absolute) as a part name. */
function partName(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** Number formats that show a date or a time (exceljs's test: a y, m, d, h, s or b outside quotes and brackets). */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Built-in formats that show dates and times (ECMA-376 §18.8.30). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** xl/styles.xml: which cell styles (cellXfs, by index) show a date. */
class StylesHandler implements XmlHandler {
  private readonly formats = new Map<number, string>();
  private readonly xfs: number[] = [];
  private inCellXfs = false;
  wantsText = false;
  open(name: string, attributes: string, selfClosing: boolean): void {
    if (name === 'numFmt') this.formats.set(Number(attribute(attributes, 'numFmtId')), (attribute(attributes, 'formatCode') ?? '').replace(/\\(.)/g, '$1'));
    else if (name === 'cellXfs') this.inCellXfs = !selfClosing;
    else if (name === 'xf' && this.inCellXfs) this.xfs.push(Number(attribute(attributes, 'numFmtId') ?? 0));
  }
  close(name: string): void {
    if (name === 'cellXfs') this.inCellXfs = false;
  }
  text(): void {}
  dateStyles(): boolean[] {
    return this.xfs.map((id) => {
      const code = this.formats.get(id);
      return code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id);
    });
  }
}

/** xl/sharedStrings.xml: each `si`'s text (rich-text runs joined, phonetic runs left out), within the limits. */
class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private chars = 0;
  private inItem = false;
  private phonetic = 0;
  private raw = '';
  wantsText = false;
  constructor(private readonly file: string, private readonly limits: XlsxLimits) {}
  open(name: string, _attributes: string, selfClosing: boolean): void {
    if (name === 'si') {
      this.inItem = !selfClosing;
      this.raw = '';
      if (selfClosing) this.add('');
    } else if (name === 'rPh') this.phonetic += selfClosing ? 0 : 1;
    else if (name === 't' && this.inItem && !this.phonetic && !selfClosing) this.wantsText = true;
  }
  close(name: string): void {
    if (name === 't') this.wantsText = false;
    else if (name === 'rPh') this.phonetic = Math.max(0, this.phonetic - 1);
    else if (name === 'si' && this.inItem) {
      this.inItem = false;
      this.add(unescapeXml(this.raw));
      this.raw = '';
    }
  }
  text(raw: string): void {
    this.raw += raw;
    if (this.raw.length > this.limits.cellChars) fail(msg.xlsxCellTooLong(this.file, `shared string ${this.strings.length + 1}`, this.limits.cellChars));
  }
  private add(s: string): void {
    if (this.strings.length >= this.limits.sharedStrings) fail(msg.xlsxSharedStringCount(this.file, this.limits.sharedStrings));
    this.chars += s.length;
    if (this.chars > this.limits.sharedStringChars) fail(msg.xlsxSharedStringChars(this.file, this.limits.sharedStringChars));
    this.strings.push(s);
  }
}

/** The worksheet's rows as they complete, taken by the reader after each chunk. */
class SheetHandler implements XmlHandler {
  private ready: string[][] = [];
  private row: string[] | undefined;
  private rowNumber = 0;
  private column = 0;
  private widest = 0;
  // The cell being read.
  private type = '';
  private style = 0;
  private value: string | undefined;
  private inline: string | undefined;
  private target: 'value' | 'inline' | undefined;
  private inCell = false;
  private phonetic = 0;
  wantsText = false;

  constructor(
    private readonly file: string,
    private readonly limits: XlsxLimits,
    private readonly strings: string[],
    private readonly dates: boolean[],
    private readonly date1904: boolean,
  ) {}

  take(): string[][] {
    const rows = this.ready;
    this.ready = [];
    return rows;
  }

  open(name: string, attributes: string, selfClosing: boolean): void {
    switch (name) {
      case 'row': {
        const r = attribute(attributes, 'r');
        const number = r === undefined ? this.rowNumber + 1 : parseIndex(r);
        if (number === undefined) this.damaged(`a row number "${r}" is not valid`);
        if (number <= this.rowNumber) this.damaged(`row ${r} is out of order`);
        if (number > this.limits.rows) fail(msg.xlsxRowLimit(this.file, number, this.limits.rows));
        for (let k = this.rowNumber + 1; k < number; k++) this.ready.push([]);
        this.rowNumber = number;
        this.row = [];
        this.column = 0;
        if (selfClosing) this.endRow();
        break;
      }
      case 'c': {
        if (!this.row) this.damaged('a cell lies outside a row');
        const r = attribute(attributes, 'r');
        const column = r === undefined ? this.column + 1 : columnOf(r);
        if (column === undefined) this.damaged(`a cell reference "${r}" is not valid`);
        if (column > this.limits.columns) fail(msg.xlsxColumnLimit(this.file, r ?? `${columnName(column)}${this.rowNumber}`, columnName(this.limits.columns)));
        if (column <= this.column) this.damaged(`cell ${r} is out of order`);
        this.column = column;
        this.type = attribute(attributes, 't') ?? 'n';
        this.style = Number(attribute(attributes, 's') ?? 0);
        this.value = undefined;
        this.inline = undefined;
        this.inCell = !selfClosing;
        break;
      }
      case 'v':
        if (this.inCell && !selfClosing) {
          this.value = '';
          this.target = 'value';
          this.wantsText = true;
        }
        break;
      case 'is':
        if (this.inCell) this.inline = '';
        break;
      case 'rPh':
        if (!selfClosing) this.phonetic++;
        break;
      case 't':
        if (this.inline !== undefined && !this.phonetic && !selfClosing) {
          this.target = 'inline';
          this.wantsText = true;
        }
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.target = undefined;
        this.wantsText = false;
        break;
      case 'rPh':
        this.phonetic = Math.max(0, this.phonetic - 1);
        break;
      case 'c':
        if (this.inCell) {
          this.inCell = false;
          const text = this.cellText();
          if (text !== '') this.set(text);
        }
        break;
      case 'row':
        if (this.row) this.endRow();
        break;
    }
  }

  text(raw: string): void {
    if (this.target === 'value') this.value += raw;
    else if (this.target === 'inline') this.inline += raw;
    if ((this.value?.length ?? 0) + (this.inline?.length ?? 0) > this.limits.cellChars) {
      fail(msg.xlsxCellTooLong(this.file, `cell ${columnName(this.column)}${this.rowNumber}`, this.limits.cellChars));
    }
  }

  private set(text: string): void {
    const row = this.row!;
    // Blanks up to the cell: a row is as long as its last cell with text.
    for (let k = row.length; k < this.column - 1; k++) row.push('');
    row[this.column - 1] = text;
  }

  private endRow(): void {
    const row = this.row!;
    this.row = undefined;
    this.widest = Math.max(this.widest, row.length);
    if (this.rowNumber * this.widest > this.limits.cells) fail(msg.xlsxTooManyCells(this.file, this.limits.cells));
    this.ready.push(row);
  }

  private cellText(): string {
    if (this.inline !== undefined && (this.type === 'inlineStr' || this.value === undefined)) return unescapeXml(this.inline);
    if (this.value === undefined) return '';
    const v = unescapeXml(this.value);
    switch (this.type) {
      case 's':
        return this.strings[Number(v)] ?? '';
      case 'str':
      case 'inlineStr':
        return v;
      case 'b':
        return v.trim() === '1' || v.trim() === 'true' ? 'true' : 'false';
      case 'e':
        return '';
      case 'd': {
        const date = new Date(v);
        return Number.isNaN(date.getTime()) ? '' : date.toISOString();
      }
      default: {
        const number = parseFloat(v);
        if (Number.isNaN(number)) return '';
        if (this.dates[this.style]) {
          const date = new Date(Math.round((number - 25569 + (this.date1904 ? 1462 : 0)) * 86_400_000));
          return Number.isNaN(date.getTime()) ? '' : date.toISOString();
        }
        return String(number);
      }
    }
  }

  private damaged(reason: string): never {
    fail(msg.unreadableXlsx(this.file, `its worksheet is damaged: ${reason}`));
  }
}

/** A positive whole number written in decimal, or undefined. */
function parseIndex(text: string): number | undefined {
  if (!/^\s*[0-9]+\s*$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 ? n : undefined;
}

/** The column number of a cell reference ("B7" → 2); undefined when it is not one. */
function columnOf(ref: string): number | undefined {
  const m = /^\s*\$?([A-Za-z]{1,7})\$?[0-9]*\s*$/.exec(ref);
  if (!m) return undefined;
  let n = 0;
  for (const ch of m[1].toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The letters of a column number (16384 → "XFD"). */
export function columnName(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
