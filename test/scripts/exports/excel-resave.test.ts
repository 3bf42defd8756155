import { describe, expect, it } from 'vitest';
import { excelResave, type ResaveFormat } from '../../../scripts/exports/excel-resave.js';
import { surveyMonkeyRows, type SurveyMonkeyMeta } from '../../../scripts/exports/surveymonkey.js';
import { expectReadBack, forumSurvey } from './sample-survey.js';

const meta = (r: number): SurveyMonkeyMeta => ({
  id: 80000000 + r, collector: 77, start: '6/5/2025 9:00', end: '6/5/2025 9:12', ip: `192.0.2.${r + 1}`, email: '', first: '', last: '',
});
const survey = forumSurvey(40, 17, meta);
const rows = surveyMonkeyRows(survey);

describe('excelResave(rows, format, options)', () => {
  const cases: [ResaveFormat, string, string, string][] = [
    ['unicode-text', '\t', 'utf-16le', 'forum.txt'],
    ['csv', ';', 'windows-1252', 'forum.csv'],
    ['csv-utf8', ',', 'utf-8-bom', 'forum-utf8.csv'],
    ['utf-16be', ',', 'utf-16be', 'forum-be.csv'],
  ];
  for (const [format, delimiter, encoding, file] of cases) {
    it(`excelResave(rows, ${format}) is read back by ingestBytes as ${encoding} with the counts of the description`, async () => {
      const bytes = excelResave(rows, format, { delimiter, extraColumns: 2, blankRows: 3 });
      const { encoding: read, delimiter: readDelimiter } = await expectReadBack(bytes, file, survey, 'surveymonkey');
      expect([read, readDelimiter]).toEqual([encoding, delimiter]);
    });
  }

  it('excelResave(rows, csv) refuses a character Windows-1252 lacks rather than writing `?`', () => {
    expect(() => excelResave([['Олена']], 'csv')).toThrow(/not in Windows-1252/);
  });
});
