import { describe, expect, it } from 'vitest';
import { googleFormsCsv, googleFormsRows, type GoogleFormsMeta } from '../../../scripts/exports/google-forms.js';
import { DAYS, expectReadBack, forumSurvey, WORKSHOP_ROWS, WORKSHOPS } from './sample-survey.js';

const meta = (r: number): GoogleFormsMeta => ({ timestamp: `5/6/2025 9:${String(r % 60).padStart(2, '0')}:00`, email: `guest${r}@forum.example` });
const survey = forumSurvey(44, 12, meta);

describe('googleFormsCsv(survey, options)', () => {
  it('googleFormsCsv(survey) is read back by ingestBytes with the counts of the description', async () => {
    await expectReadBack(googleFormsCsv(survey), 'forum.csv', survey, 'google-forms');
  });

  it('googleFormsCsv(survey, {metadata, extraColumns, blankRows}) is read back too: localised headers, a blank column, cleared rows', async () => {
    const csv = googleFormsCsv(survey, { metadata: ['Marca temporal', 'Dirección de correo electrónico'], extraColumns: 1, blankRows: 2 });
    // 2 metadata + 8 answer columns + 1 blank column = 11 fields, 10 commas, on each cleared row.
    expect(csv.endsWith(',,,,,,,,,,\n,,,,,,,,,,\n')).toBe(true);
    await expectReadBack(csv, 'foro.csv', survey, 'google-forms');
  });
});

describe('googleFormsRows(survey, options)', () => {
  it('googleFormsRows(survey) heads grid rows `Question [Row]`, joins checkbox picks with `, ` and writes the "Other" text in place', () => {
    const [header, ...rows] = googleFormsRows(survey);
    expect(header.slice(5, 8)).toEqual(WORKSHOP_ROWS.map((row) => `${WORKSHOPS} [${row}]`));
    rows.forEach((row, r) => {
      const answers = survey.respondents[r].answers;
      const role = answers[0] as { choice: string; other: string };
      expect(row[2]).toBe(role.choice === 'Other' ? role.other : role.choice);
      expect(row[3]).toBe(DAYS.filter((d) => (answers[1] as string[]).includes(d)).join(', '));
    });
  });
});
