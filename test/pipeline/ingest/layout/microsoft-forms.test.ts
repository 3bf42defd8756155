/**
 * Microsoft Forms (XLSX, or CSV re-saved by Excel): `ID, Start time,
 * Completion time, Email, Name` (localised), one column per Likert statement
 * with the parent question lost, repeated titles suffixed (`Overall rating2`),
 * multi-select joined with `;` and a trailing `;`. Headers are written by hand
 * after that layout; expected roles and runs are read off the headers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../../pipeline/ingest/layout/detect.js';
import { isMicrosoftForms, microsoftFormsLayout, repeatedTitle } from '../../../../pipeline/ingest/layout/microsoft-forms.js';
import { statementRuns } from '../../../../pipeline/ingest/layout/statement-runs.js';
import { ingestBytes, ingestFile } from '../../../../pipeline/ingest/index.js';
import type { ColumnRole, Layout } from '../../../../pipeline/model.js';
import { englishExport, englishWorkbook, fixZipTimes } from '../../../../scripts/gen-microsoft-forms.js';

const META = ['ID', 'Start time', 'Completion time', 'Email', 'Name'];
const P1 = 'Plenary 1: Mine Action and the Environment';
const P7 = 'Plenary 7: Improvised Explosive Devices';
const S1 = 'Side event – Safe Ground: Turning Minefields into Playing Fields';
const S2 = 'Side event – Libya: The Toxic and Explosive Legacy of Modern Conflict';
const REG = 'Registration and badge collection';
const INTERP = 'Interpretation services';

/** An export with two Likert questions on one scale, a star rating, a multi-select and a comment. */
const EXPORT: string[][] = [
  [...META, 'Last modified time', REG, INTERP, 'Overall rating', P1, P7, S1, S2, 'Overall rating2', 'Which days did you attend?', 'Any other comments?', 'Gender'],
  ['1', '2/14/20 15:16:02', '2/14/20 15:22:40', 'amina.haddad@unmas-example.org', 'Amina Haddad', '', 'Good', 'Excellent', 'Good', 'Excellent', "Didn't attend", 'Good', 'Didn’t attend', '4', 'Tuesday;Wednesday;', 'Great, thanks', 'Female'],
  ['2', '2/14/20 16:01:10', '2/14/20 16:09:55', 'anonymous', '', '', 'Fair', 'Good', 'Excellent', 'Good', 'Fair', 'Excellent', 'Poor', '5', 'Wednesday;', '', 'Male'],
  ['3', '2/14/20 17:30:00', '2/14/20 17:35:12', 'anonymous', '', '', 'Poor', 'Fair', 'Fair', 'Poor', 'Excellent', 'Fair', 'Good', '3', '', 'More time for "questions", please.\nAnd coffee.', 'Female'],
];

function roleOf(layout: Layout, header: string): ColumnRole | undefined {
  return layout.columns.find((c) => c.header === header)?.role;
}

function questionOf(layout: Layout, header: string): string | undefined {
  const role = roleOf(layout, header);
  return role?.kind === 'answer' ? role.question : undefined;
}

describe('isMicrosoftForms', () => {
  it('isMicrosoftForms(rows) recognises the English, French and Spanish headers', () => {
    expect(isMicrosoftForms([META])).toBe(true);
    expect(isMicrosoftForms([['ID', 'Heure de début', 'Heure de fin', 'Adresse de messagerie', 'Nom']])).toBe(true);
    expect(isMicrosoftForms([['ID', 'Hora de inicio', 'Hora de finalización', 'Correo electrónico', 'Nombre']])).toBe(true);
  });

  it('isMicrosoftForms(rows) rejects a Google sheet and an ID column without the MS times', () => {
    expect(isMicrosoftForms([['Timestamp', 'Email Address', 'Q1']])).toBe(false);
    expect(isMicrosoftForms([['ID', 'Date', 'Q1']])).toBe(false);
  });

  it('detectLayout(rows) picks microsoft-forms for an MS Forms sheet', () => {
    expect(detectLayout(EXPORT).tool).toBe('microsoft-forms');
  });
});

describe('repeatedTitle', () => {
  it('repeatedTitle(title, earlier) reads the suffix MS Forms adds to a repeated title', () => {
    expect(repeatedTitle('Overall rating2', new Set(['Overall rating']))).toEqual({ base: 'Overall rating', n: 2 });
    expect(repeatedTitle('Overall rating3', new Set(['Overall rating', 'Overall rating2']))).toEqual({ base: 'Overall rating', n: 3 });
  });

  it('repeatedTitle(title, earlier) leaves titles that merely end in digits', () => {
    // No earlier "Overall rating": the digit is part of the title.
    expect(repeatedTitle('Overall rating2', new Set())).toBeUndefined();
    // A third occurrence needs the second one before it.
    expect(repeatedTitle('Overall rating3', new Set(['Overall rating']))).toBeUndefined();
    // "Plenary 12" is not a second "Plenary 1"; "NDM-UN23" is a name.
    expect(repeatedTitle('Plenary 12', new Set(['Plenary 1']))).toBeUndefined();
    expect(repeatedTitle('NDM-UN23', new Set(['NDM-UN2', 'NDM-UN']))).toBeUndefined();
  });
});

describe('microsoftFormsLayout', () => {
  it('microsoftFormsLayout(rows) reads the metadata block: id, times, e-mail and name', () => {
    const layout = microsoftFormsLayout(EXPORT);
    expect(layout.tool).toBe('microsoft-forms');
    expect(layout.headerRows).toBe(1);
    expect(layout.columns.slice(0, 6).map((c) => c.role.kind)).toEqual(['respondent-id', 'meta', 'meta', 'personal', 'personal', 'meta']);
    const french = microsoftFormsLayout([['ID', 'Heure de début', 'Heure de fin', 'Adresse de messagerie', 'Nom', 'Heure de la dernière modification', 'Genre']]);
    expect(french.columns.map((c) => c.role.kind)).toEqual(['respondent-id', 'meta', 'meta', 'personal', 'personal', 'meta', 'attribute']);
  });

  it('microsoftFormsLayout(rows) keeps a question titled like a personal column (`Name2`, `Email2`) out as personal data', () => {
    const layout = microsoftFormsLayout([[...META, 'Name2', 'Email2'], ['1', '', '', 'anonymous', '', 'Amina Haddad', 'amina@example.org']]);
    expect(roleOf(layout, 'Name2')).toEqual({ kind: 'personal' });
    expect(roleOf(layout, 'Email2')).toEqual({ kind: 'personal' });
  });

  it('microsoftFormsLayout(rows) groups consecutive statements on one scale into a question named by their span', () => {
    const layout = microsoftFormsLayout(EXPORT);
    const aspects = `${REG} … Overall rating`;
    expect(roleOf(layout, INTERP)).toEqual({ kind: 'answer', question: aspects, item: INTERP });
    expect(questionOf(layout, REG)).toBe(aspects);
    expect(questionOf(layout, 'Overall rating')).toBe(aspects);
  });

  it('microsoftFormsLayout(rows) starts a new question when the topic cue changes, even on the same scale', () => {
    const layout = microsoftFormsLayout(EXPORT);
    expect(questionOf(layout, P1)).toBe(`${P1} … ${P7}`);
    expect(questionOf(layout, P7)).toBe(`${P1} … ${P7}`);
    expect(questionOf(layout, S1)).toBe(`${S1} … ${S2}`);
  });

  it('microsoftFormsLayout(rows) rewrites a repeated title `Overall rating2` as the item `Overall rating (2)`', () => {
    const layout = microsoftFormsLayout(EXPORT);
    expect(roleOf(layout, 'Overall rating2')).toEqual({ kind: 'answer', question: 'Overall rating (2)', item: 'Overall rating (2)' });
  });

  it('microsoftFormsLayout(rows) marks multi-select answers (trailing `;`) multiple and keeps comments as answers', () => {
    const layout = microsoftFormsLayout(EXPORT);
    expect(roleOf(layout, 'Which days did you attend?')).toMatchObject({ kind: 'answer', multiple: true });
    expect(roleOf(layout, 'Any other comments?')).toEqual({ kind: 'answer', question: 'Any other comments?', item: 'Any other comments?' });
    expect(roleOf(layout, 'Gender')).toEqual({ kind: 'attribute', attribute: 'gender' });
  });

  it('microsoftFormsLayout(rows) never takes a rated statement for an attribute, whatever its title says', () => {
    const rows = [[...META, 'Side event – Gender and Diversity'], ['1', '', '', 'anonymous', '', 'Good'], ['2', '', '', 'anonymous', '', 'Excellent']];
    expect(roleOf(microsoftFormsLayout(rows), 'Side event – Gender and Diversity')).toMatchObject({ kind: 'answer' });
  });

  it('microsoftFormsLayout(rows) splits a repeated title into a new question, and a new scale too', () => {
    const rows = [
      [...META, 'Relevance', 'Overall rating', 'Relevance2', 'Overall rating2', 'Clarity'],
      ['1', '', '', 'anonymous', '', 'Good', 'Excellent', 'Fair', 'Good', '4. Agree'],
      ['2', '', '', 'anonymous', '', 'Poor', 'Good', 'Good', 'Excellent', '5. Strongly agree'],
    ];
    const layout = microsoftFormsLayout(rows);
    expect(questionOf(layout, 'Relevance')).toBe('Relevance … Overall rating');
    expect(questionOf(layout, 'Relevance2')).toBe('Relevance (2) … Overall rating (2)');
    expect(questionOf(layout, 'Clarity')).toBe('Clarity');
  });

  it('microsoftFormsLayout(rows) reads quiz columns `Points - Q` as metadata only after the question Q', () => {
    const rows = [[...META, 'Total points', 'Quiz feedback', 'Q1', 'Points - Q1', 'Feedback - Q1', 'Feedback - Plenary 1']];
    const layout = microsoftFormsLayout(rows);
    expect(['Total points', 'Quiz feedback', 'Points - Q1', 'Feedback - Q1'].map((h) => roleOf(layout, h)?.kind)).toEqual(['meta', 'meta', 'meta', 'meta']);
    expect(roleOf(layout, 'Feedback - Plenary 1')?.kind).toBe('answer');
  });
});

describe('statementRuns', () => {
  it('statementRuns(statements) keeps a non-rating column out of runs and breaks runs at a gap', () => {
    const s = (index: number, title: string, answers: string[]) => ({ index, title, base: title, answers });
    const runs = statementRuns([
      s(5, 'A', ['Good', 'Fair']),
      s(6, 'B', ['Excellent', 'Poor']),
      s(7, 'Comments', ['Lovely venue, thanks', 'Too long']),
      s(8, 'C', ['Good']),
      s(10, 'D', ['Fair']),
    ]);
    expect([...runs]).toEqual([[5, 'A … B'], [6, 'A … B'], [7, 'Comments'], [8, 'C'], [10, 'D']]);
  });
});

describe('Microsoft Forms ingest', () => {
  it('ingestBytes(csv) counts anonymous and signed-in responses alike, and numbered labels on their level', async () => {
    const csv = [
      [...META, 'The meeting met my expectations'],
      ['1', '2/14/20 15:16', '2/14/20 15:22', 'amina.haddad@unmas-example.org', 'Amina Haddad', '5. Strongly agree'],
      ['2', '2/14/20 16:01', '2/14/20 16:09', 'anonymous', '', '4. Agree'],
      ['3', '2/14/20 17:30', '2/14/20 17:35', 'anonymous', '', '5. Strongly agree'],
      ['4', '2/14/20 17:31', '2/14/20 17:36', 'anonymous', '', '1. Strongly disagree'],
      // Every row ends with a line break, as Excel writes a CSV; a last row without one reads as cut off (cut.ts).
    ].map((r) => r.join(',') + '\r\n').join('');
    const { survey } = await ingestBytes(new TextEncoder().encode(csv), { file: 'ms.csv' });
    expect(survey.respondents).toBe(4);
    expect(survey.items[0].scale.id).toBe('agree-5');
    expect(survey.items[0].counts).toEqual([2, 1, 0, 0, 1]);
  });

  it('ingestFile(microsoft-forms/responses.csv) skips the averages row Excel users type under the data', async () => {
    const { survey, warnings, delimiter, encoding } = await ingestFile('fixtures/microsoft-forms/responses.csv');
    expect([encoding, delimiter]).toEqual(['utf-8-bom', ';']);
    expect(survey.respondents).toBe(56);
    expect(warnings.length).toBe(1);
    expect(warnings[0]).toMatch(/row 58/);
  });

  it('englishWorkbook(export) writes the same bytes as the committed fixture', async () => {
    const bytes = await englishWorkbook(englishExport());
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(sha(bytes)).toBe(sha(readFileSync('fixtures/microsoft-forms/responses.xlsx')));
  });

  it('fixZipTimes(zip, date) makes workbooks zipped at different times identical, and still readable', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.created = workbook.modified = new Date(Date.UTC(2020, 1, 20));
    workbook.addWorksheet('Sheet1').addRow(['ID', 'Start time']);
    const a = Buffer.from(await workbook.xlsx.writeBuffer());
    const b = Buffer.from(a);
    // Stamp the second archive's first entry with another time, as a later run would.
    b.writeUInt16LE(0x1234, 10);
    expect(a.equals(b)).toBe(false);
    const date = new Date(Date.UTC(2020, 1, 20, 9, 0, 0));
    const fixedA = fixZipTimes(a, date);
    expect(fixedA.equals(fixZipTimes(b, date))).toBe(true);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(fixedA as unknown as ArrayBuffer);
    expect(reread.worksheets[0].getRow(1).getCell(1).value).toBe('ID');
  });
});
