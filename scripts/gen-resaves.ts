/**
 * Generates the NDM-UN23 survey as other programs save it, each file with an
 * expected.json counted from the generator's own answers (resave-survey.ts):
 *
 * - fixtures/excel-resaves/unicode-text.txt: Excel "Unicode Text" of the
 *   SurveyMonkey CSV: UTF-16 LE with BOM, tab, CRLF, line breaks in cells as
 *   LF, dates rewritten by Excel, a comment turned into `#NAME?`, two empty
 *   columns and three empty rows in the used range;
 * - fixtures/excel-resaves/windows-1252-semicolon.csv: Excel "CSV" on a
 *   French-locale laptop: Windows-1252, `;`, CRLF, French survey text under
 *   English metadata headers, a `Moyenne` row someone added, empty rows;
 * - fixtures/excel-resaves/utf16be.csv: UTF-16 BE with BOM, comma, a
 *   5-level scale, text outside the Basic Multilingual Plane;
 * - fixtures/excel-resaves/utf8-bom.csv: Excel "CSV UTF-8" on a
 *   Latin-American laptop: UTF-8 with BOM, comma, Spanish account and survey;
 * - fixtures/surveymonkey-xlsx/responses.xlsx: SurveyMonkey's XLSX export:
 *   numeric ids, date cells, question headers merged across their columns,
 *   formatted empty cells below the data; byte-stable (fixed dates, pinned
 *   ZIP timestamps);
 * - fixtures/surveymonkey-fr/reponses.csv: SurveyMonkey CSV from a French
 *   account: French metadata and sub-headers, HTML and `&nbsp;` in the
 *   question text, comments with CRLF line breaks as browsers submit them.
 *
 *   node dist/scripts/gen-resaves.js [fixtures-dir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { toDelimited } from './delimited.js';
import { writeExpected, type ExpectedFixture } from './expected.js';
import { ACCOUNTS, buildSurvey, EN4, EN5, ES4, FR4, FR5, subHeader, type Account, type Content, type Respondent, type SurveyExport } from './resave-survey.js';
import { pinZipDates } from './stable-zip.js';
import { utf16Bytes, utf8Bytes, windows1252Bytes } from './text-bytes.js';

/** The moment stamped on the XLSX (its properties and ZIP entries): the last day of the meeting. */
export const XLSX_DATE = new Date(Date.UTC(2020, 1, 21, 18, 0, 0));

const pad = (v: number) => String(v).padStart(2, '0');

/** Date formats, each as one program writes it. */
const DATES = {
  /** SurveyMonkey, English account: `02/17/2020 08:31:12 AM`. */
  surveyMonkey: (d: Date) => {
    const h = d.getUTCHours();
    return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${pad(h % 12 || 12)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
  },
  /** SurveyMonkey, French account: `17/02/2020 08:31:12`. */
  surveyMonkeyFr: (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
  /** Excel re-save, US locale: `2/17/2020 8:31` (seconds dropped). */
  excelUs: (d: Date) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${d.getUTCHours()}:${pad(d.getUTCMinutes())}`,
  /** Excel re-save, French or Latin-American locale: `17/02/2020 08:31`. */
  excelDayFirst: (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
};

/** The two header rows and the data rows of a SurveyMonkey export, as text. */
function exportRows(survey: SurveyExport, content: Content, account: Account, date: (d: Date) => string): string[][] {
  const metadata = (r: Respondent) => [String(r.id), String(r.collector), date(r.start), date(r.end), r.ip, r.email, r.first, r.last, ''];
  return [
    [...account.metadata, ...survey.top],
    [...account.metadata.map(() => ''), ...subHeader(content, account)],
    ...survey.respondents.map((r) => [...metadata(r), ...r.answers]),
  ];
}

/** Column of the first answer after the nine metadata columns. */
const FIRST_ANSWER = 9;

/** Index, in a full row, of the comment column (the last answer). */
function commentColumn(survey: SurveyExport): number {
  return FIRST_ANSWER + survey.top.length - 1;
}

function expectation(survey: SurveyExport, extra: Pick<ExpectedFixture, 'encoding' | 'delimiter'>): ExpectedFixture {
  return { tool: 'surveymonkey', respondents: survey.respondents.length, ...extra, items: survey.items, pii: survey.pii };
}

/** Appends `n` empty columns to every row, as Excel writes a used range wider than the data. */
function widen(rows: string[][], n: number): string[][] {
  return rows.map((row) => [...row, ...Array<string>(n).fill('')]);
}

function emptyRows(width: number, n: number): string[][] {
  return Array.from({ length: n }, () => Array<string>(width).fill(''));
}

/** Excel "Unicode Text" of an English SurveyMonkey export. */
export function unicodeText(): { bytes: Uint8Array; expected: ExpectedFixture } {
  const survey = buildSurvey({ content: EN4, respondents: 120, seed: 101, firstId: 11453200000 });
  const rows = exportRows(survey, EN4, ACCOUNTS.en, DATES.excelUs);
  // Opened in Excel, a comment starting with "-" was read as a formula and saved as its error.
  const comment = commentColumn(survey);
  const victim = rows.findIndex((row, i) => i >= 2 && row[comment] !== '' && !survey.pii.some((p) => row[comment].includes(p)));
  rows[victim][comment] = '#NAME?';
  const wide = widen(rows, 2);
  const text = toDelimited([...wide, ...emptyRows(wide[0].length, 3)], { delimiter: '\t', newline: '\r\n' });
  return { bytes: utf16Bytes(text, 'le'), expected: expectation(survey, { encoding: 'utf-16le', delimiter: '\t' }) };
}

/** Excel "CSV" on a French-locale laptop of a French survey from an English account. */
export function windows1252Semicolon(): { bytes: Uint8Array; expected: ExpectedFixture } {
  const survey = buildSurvey({ content: FR4, respondents: 80, seed: 202, firstId: 11460300000 });
  const rows = exportRows(survey, FR4, ACCOUNTS.en, DATES.excelDayFirst);
  // Someone added a row of averages (level scores 4…1) under the responses, with a decimal comma.
  const width = rows[0].length;
  const footer = Array<string>(width).fill('');
  footer[0] = 'Moyenne';
  const ratings = survey.items.length;
  for (let k = 0; k < ratings; k++) {
    const counts = survey.items[k].counts;
    const valid = counts.reduce((a, b) => a + b, 0);
    const mean = counts.reduce((a, n, i) => a + n * (counts.length - i), 0) / valid;
    footer[FIRST_ANSWER + 3 + k] = mean.toFixed(1).replace('.', ',');
  }
  const text = toDelimited([...rows, footer, ...emptyRows(width, 2)], { delimiter: ';', newline: '\r\n' });
  return { bytes: windows1252Bytes(text), expected: expectation(survey, { encoding: 'windows-1252', delimiter: ';' }) };
}

/** UTF-16 BE with BOM, comma: a 5-level English survey. */
export function utf16be(): { bytes: Uint8Array; expected: ExpectedFixture } {
  const survey = buildSurvey({ content: EN5, respondents: 60, seed: 303, firstId: 11471900000 });
  const rows = exportRows(survey, EN5, ACCOUNTS.en, DATES.surveyMonkey);
  const comment = commentColumn(survey);
  const target = rows.findIndex((row, i) => i >= 2 && row[comment] === '');
  rows[target][comment] = 'Great week 👍 — thanks to Олена and the whole GICHD team.';
  const text = toDelimited(rows, { delimiter: ',', newline: '\r\n' });
  return { bytes: utf16Bytes(text, 'be'), expected: expectation(survey, { encoding: 'utf-16be', delimiter: ',' }) };
}

/** Excel "CSV UTF-8" on a Latin-American laptop of a Spanish-account export. */
export function utf8Bom(): { bytes: Uint8Array; expected: ExpectedFixture } {
  const survey = buildSurvey({ content: ES4, respondents: 90, seed: 404, firstId: 11482700000 });
  const rows = exportRows(survey, ES4, ACCOUNTS.es, DATES.excelDayFirst);
  const text = toDelimited([...rows, ...emptyRows(rows[0].length, 2)], { delimiter: ',', newline: '\r\n' });
  return { bytes: utf8Bytes(text, { bom: true }), expected: expectation(survey, { encoding: 'utf-8-bom', delimiter: ',' }) };
}

/** SurveyMonkey CSV from a French account: UTF-8 without BOM, comma, CRLF, comments with CRLF inside. */
export function frenchAccount(): { bytes: Uint8Array; expected: ExpectedFixture } {
  const survey = buildSurvey({ content: FR5, respondents: 100, seed: 606, firstId: 11495100000 });
  const rows = exportRows(survey, FR5, ACCOUNTS.fr, DATES.surveyMonkeyFr);
  const comment = commentColumn(survey);
  for (const row of rows.slice(2)) row[comment] = row[comment].replace(/\n/g, '\r\n');
  const text = toDelimited(rows, { delimiter: ',', newline: '\r\n' });
  return { bytes: utf8Bytes(text, { bom: false }), expected: expectation(survey, { encoding: 'utf-8', delimiter: ',' }) };
}

/** SurveyMonkey's XLSX export of the English survey, byte for byte the same on every run. */
export async function surveyMonkeyXlsx(): Promise<{ bytes: Uint8Array; expected: ExpectedFixture }> {
  const survey = buildSurvey({ content: EN4, respondents: 150, seed: 505, firstId: 11503500000 });
  const account = ACCOUNTS.en;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SurveyMonkey';
  workbook.lastModifiedBy = 'SurveyMonkey';
  workbook.created = XLSX_DATE;
  workbook.modified = XLSX_DATE;
  const sheet = workbook.addWorksheet('Sheet');
  const blankToNull = (v: string) => (v === '' ? null : v);
  sheet.addRow([...account.metadata, ...survey.top].map(blankToNull));
  sheet.addRow([...account.metadata.map(() => null), ...subHeader(EN4, account)]);
  for (const r of survey.respondents) {
    sheet.addRow([r.id, r.collector, r.start, r.end, r.ip, ...[r.email, r.first, r.last, ''].map(blankToNull), ...r.answers.map(blankToNull)]);
  }
  for (const column of [3, 4]) sheet.getColumn(column).numFmt = 'mm/dd/yyyy hh:mm:ss AM/PM';
  for (const [first, count] of survey.questions) {
    if (count > 1) sheet.mergeCells(1, FIRST_ANSWER + first + 1, 1, FIRST_ANSWER + first + count);
  }
  // Formatted but empty cells below the data: rows that hold nothing.
  const last = sheet.rowCount;
  for (let k = 1; k <= 3; k++) sheet.getCell(last + k, 1).style = { font: { bold: true } };
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: pinZipDates(new Uint8Array(buffer), XLSX_DATE), expected: expectation(survey, { encoding: 'xlsx' }) };
}

/** Writes every fixture and its expected.json under `root`. */
export async function writeAll(root = 'fixtures'): Promise<string[]> {
  const written: string[] = [];
  const write = (dir: string, file: string, bytes: Uint8Array) => {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, file), bytes);
    written.push(join(root, dir, file));
  };
  const resaves = { 'unicode-text.txt': unicodeText(), 'windows-1252-semicolon.csv': windows1252Semicolon(), 'utf16be.csv': utf16be(), 'utf8-bom.csv': utf8Bom() };
  for (const [file, { bytes }] of Object.entries(resaves)) write('excel-resaves', file, bytes);
  writeExpected(join(root, 'excel-resaves', 'expected.json'), Object.fromEntries(Object.entries(resaves).map(([f, { expected }]) => [f, expected])));
  const xlsx = await surveyMonkeyXlsx();
  write('surveymonkey-xlsx', 'responses.xlsx', xlsx.bytes);
  writeExpected(join(root, 'surveymonkey-xlsx', 'expected.json'), { 'responses.xlsx': xlsx.expected });
  const fr = frenchAccount();
  write('surveymonkey-fr', 'reponses.csv', fr.bytes);
  writeExpected(join(root, 'surveymonkey-fr', 'expected.json'), { 'reponses.csv': fr.expected });
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = await writeAll(process.argv[2]);
  for (const path of written) console.error(`wrote ${path}`);
}
