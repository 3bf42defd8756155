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
import { join } from 'node:path';
import { type ExpectedFixture } from './expected.js';
import { isMain, writeFixtures, type FixtureFile } from './write-fixtures.js';
import { excelResave } from './exports/excel-resave.js';
import { cellOf, type Survey } from './exports/survey.js';
import { SURVEYMONKEY_ACCOUNTS as ACCOUNTS, surveyMonkeyCsv, surveyMonkeyDate, surveyMonkeyRows, surveyMonkeyXlsx, type SurveyMonkeyMeta } from './exports/surveymonkey.js';
import { buildSurvey, EN4, EN5, ES4, FR4, FR5, type SurveyExport } from './resave-survey.js';
import { utf8Bytes } from './text-bytes.js';

/** The moment stamped on the XLSX (its properties and ZIP entries): the last day of the meeting. */
export const XLSX_DATE = new Date(Date.UTC(2020, 1, 21, 18, 0, 0));

const pad = (v: number) => String(v).padStart(2, '0');

/** Date formats, each as one program writes it. */
const DATES = {
  /** SurveyMonkey, English account: `02/17/2020 08:31:12 AM`. */
  surveyMonkey: surveyMonkeyDate,
  /** SurveyMonkey, French account: `17/02/2020 08:31:12`. */
  surveyMonkeyFr: (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
  /** Excel re-save, US locale: `2/17/2020 8:31` (seconds dropped). */
  excelUs: (d: Date) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${d.getUTCHours()}:${pad(d.getUTCMinutes())}`,
  /** Excel re-save, French or Latin-American locale: `17/02/2020 08:31`. */
  excelDayFirst: (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
};

/** Column of the first answer after the nine metadata columns. */
const FIRST_ANSWER = 9;

/** Sets the comment (the last answer) of the first respondent `where` says, as a program or a person changed it. */
function setComment(survey: Survey<SurveyMonkeyMeta>, where: (comment: string) => boolean, text: string): void {
  const target = survey.respondents.find((r) => where(cellOf(r.answers[r.answers.length - 1]) ?? ''));
  if (!target) throw new Error('no comment to change');
  target.answers[target.answers.length - 1] = text;
}

function expectation(drawn: SurveyExport, extra: Pick<ExpectedFixture, 'encoding' | 'delimiter'>): ExpectedFixture {
  return { tool: 'surveymonkey', respondents: drawn.survey.respondents.length, ...extra, items: drawn.items, pii: drawn.pii };
}

/** Excel "Unicode Text" of an English SurveyMonkey export. */
export function unicodeText(): { bytes: Uint8Array; expected: ExpectedFixture } {
  const drawn = buildSurvey({ content: EN4, respondents: 120, seed: 101, firstId: 11453200000 });
  // Opened in Excel, a comment starting with "-" was read as a formula and saved as its error.
  setComment(drawn.survey, (c) => c !== '' && !drawn.pii.some((p) => c.includes(p)), '#NAME?');
  const rows = surveyMonkeyRows(drawn.survey, { date: DATES.excelUs });
  const bytes = excelResave(rows, 'unicode-text', { extraColumns: 2, blankRows: 3 });
  return { bytes, expected: expectation(drawn, { encoding: 'utf-16le', delimiter: '\t' }) };
}

/** Excel "CSV" on a French-locale laptop of a French survey from an English account. */
export function windows1252Semicolon(): { bytes: Uint8Array; expected: ExpectedFixture } {
  const drawn = buildSurvey({ content: FR4, respondents: 80, seed: 202, firstId: 11460300000 });
  const rows = surveyMonkeyRows(drawn.survey, { date: DATES.excelDayFirst });
  // Someone added a row of averages (level scores 4…1) under the responses, with a decimal comma.
  const footer = Array<string>(rows[0].length).fill('');
  footer[0] = 'Moyenne';
  drawn.items.forEach(({ counts }, k) => {
    const valid = counts.reduce((a, b) => a + b, 0);
    const mean = counts.reduce((a, n, i) => a + n * (counts.length - i), 0) / valid;
    // Role, its other text and gender come before the first rating.
    footer[FIRST_ANSWER + 3 + k] = mean.toFixed(1).replace('.', ',');
  });
  const bytes = excelResave(rows, 'csv', { delimiter: ';', footer: [footer], blankRows: 2 });
  return { bytes, expected: expectation(drawn, { encoding: 'windows-1252', delimiter: ';' }) };
}

/** UTF-16 BE with BOM, comma: a 5-level English survey. */
export function utf16be(): { bytes: Uint8Array; expected: ExpectedFixture } {
  const drawn = buildSurvey({ content: EN5, respondents: 60, seed: 303, firstId: 11471900000 });
  setComment(drawn.survey, (c) => c === '', 'Great week 👍 — thanks to Олена and the whole GICHD team.');
  const bytes = excelResave(surveyMonkeyRows(drawn.survey, { date: DATES.surveyMonkey }), 'utf-16be');
  return { bytes, expected: expectation(drawn, { encoding: 'utf-16be', delimiter: ',' }) };
}

/** Excel "CSV UTF-8" on a Latin-American laptop of a Spanish-account export. */
export function utf8Bom(): { bytes: Uint8Array; expected: ExpectedFixture } {
  const drawn = buildSurvey({ content: ES4, respondents: 90, seed: 404, firstId: 11482700000 });
  const rows = surveyMonkeyRows(drawn.survey, { account: ACCOUNTS.es, date: DATES.excelDayFirst });
  const bytes = excelResave(rows, 'csv-utf8', { blankRows: 2 });
  return { bytes, expected: expectation(drawn, { encoding: 'utf-8-bom', delimiter: ',' }) };
}

/** SurveyMonkey CSV from a French account: UTF-8 without BOM, comma, CRLF, comments with CRLF inside. */
export function frenchAccount(): { bytes: Uint8Array; expected: ExpectedFixture } {
  const drawn = buildSurvey({ content: FR5, respondents: 100, seed: 606, firstId: 11495100000 });
  // Browsers submit a text area's line breaks as CRLF.
  for (const r of drawn.survey.respondents) {
    const last = r.answers.length - 1;
    r.answers[last] = (cellOf(r.answers[last]) ?? '').replace(/\n/g, '\r\n');
  }
  const text = surveyMonkeyCsv(drawn.survey, { account: ACCOUNTS.fr, date: DATES.surveyMonkeyFr });
  return { bytes: utf8Bytes(text, { bom: false }), expected: expectation(drawn, { encoding: 'utf-8', delimiter: ',' }) };
}

/** SurveyMonkey's XLSX export of the English survey, byte for byte the same on every run. */
export async function surveyMonkeyXlsxFixture(): Promise<{ bytes: Uint8Array; expected: ExpectedFixture }> {
  const drawn = buildSurvey({ content: EN4, respondents: 150, seed: 505, firstId: 11503500000 });
  const bytes = await surveyMonkeyXlsx(drawn.survey, { created: XLSX_DATE, formattedBlankRows: 3 });
  return { bytes, expected: expectation(drawn, { encoding: 'xlsx' }) };
}

/** fixtures/excel-resaves/: the four re-saves and their expectations. */
export function excelResaveFixtures(): FixtureFile[] {
  const files: [string, () => { bytes: Uint8Array; expected: ExpectedFixture }][] = [
    ['unicode-text.txt', unicodeText], ['windows-1252-semicolon.csv', windows1252Semicolon], ['utf16be.csv', utf16be], ['utf8-bom.csv', utf8Bom],
  ];
  return files.map(([name, make]) => {
    const { bytes, expected } = make();
    return { name, data: bytes, expected };
  });
}

/** fixtures/surveymonkey-xlsx/. */
export async function surveyMonkeyXlsxFixtures(): Promise<FixtureFile[]> {
  const { bytes, expected } = await surveyMonkeyXlsxFixture();
  return [{ name: 'responses.xlsx', data: bytes, expected }];
}

/** fixtures/surveymonkey-fr/. */
export function surveyMonkeyFrFixtures(): FixtureFile[] {
  const { bytes, expected } = frenchAccount();
  return [{ name: 'reponses.csv', data: bytes, expected }];
}

if (isMain(import.meta.url)) {
  const root = process.argv[2] ?? 'fixtures';
  writeFixtures(join(root, 'excel-resaves'), excelResaveFixtures());
  writeFixtures(join(root, 'surveymonkey-xlsx'), await surveyMonkeyXlsxFixtures());
  writeFixtures(join(root, 'surveymonkey-fr'), surveyMonkeyFrFixtures());
}
