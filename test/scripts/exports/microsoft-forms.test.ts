import { describe, expect, it } from 'vitest';
import { excelResave } from '../../../scripts/exports/excel-resave.js';
import { microsoftFormsRows, microsoftFormsText, microsoftFormsXlsx, type MicrosoftFormsMeta } from '../../../scripts/exports/microsoft-forms.js';
import type { Survey } from '../../../scripts/exports/survey.js';
import { expectReadBack, forumSurvey, QUALITY, WORKSHOP_ROWS } from './sample-survey.js';

const meta = (r: number): MicrosoftFormsMeta => ({
  id: r + 1, start: new Date(Date.UTC(2025, 4, 6, 10, r)), completion: new Date(Date.UTC(2025, 4, 6, 10, r + 4)), email: 'anonymous', name: null,
});
const survey = forumSurvey(52, 13, meta);

describe('microsoftFormsXlsx(survey, options)', () => {
  it('microsoftFormsXlsx(survey) is read back by ingestBytes with the counts of the description', async () => {
    const bytes = await microsoftFormsXlsx(survey, { created: new Date(Date.UTC(2025, 4, 9)), lastModified: true });
    await expectReadBack(bytes, 'forum.xlsx', survey, 'microsoft-forms');
  });

  it('microsoftFormsXlsx(survey) writes the same bytes on two runs', async () => {
    const created = new Date(Date.UTC(2025, 4, 9));
    const a = await microsoftFormsXlsx(survey, { created });
    await new Promise((r) => setTimeout(r, 2100)); // past the two-second step of a ZIP time
    expect(Buffer.from(await microsoftFormsXlsx(survey, { created })).equals(Buffer.from(a))).toBe(true);
  });
});

describe('microsoftFormsText(survey, options)', () => {
  it('microsoftFormsText(survey) re-saved by Excel as CSV UTF-8 with `;` is read back with the counts of the description', async () => {
    const bytes = excelResave(microsoftFormsText(survey, { extraColumns: 1 }), 'csv-utf8', { delimiter: ';', blankRows: 2 });
    await expectReadBack(bytes, 'forum.csv', survey, 'microsoft-forms');
  });
});

describe('microsoftFormsRows(survey, options)', () => {
  it('microsoftFormsRows(survey) heads a Likert row by its statement alone and numbers a title already used', () => {
    const small: Survey<MicrosoftFormsMeta> = {
      questions: [
        { kind: 'matrix', text: 'Rate the forum', rows: [WORKSHOP_ROWS[0], 'Overall'], scale: QUALITY },
        { kind: 'rating', text: 'Overall', scale: ['5', '4', '3', '2', '1'] },
        { kind: 'multi', text: 'Days?', options: ['Mon', 'Tue'] },
      ],
      respondents: [{ meta: meta(0), answers: [['Good', 'Fair'], '4', ['Mon', 'Tue']] }],
    };
    const [header, row] = microsoftFormsRows(small);
    expect(header).toEqual(['ID', 'Start time', 'Completion time', 'Email', 'Name', WORKSHOP_ROWS[0], 'Overall', 'Overall2', 'Days?']);
    expect(row.slice(5)).toEqual(['Good', 'Fair', '4', 'Mon;Tue;']);
  });
});
