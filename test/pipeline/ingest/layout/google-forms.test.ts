/**
 * Google Forms → Sheets CSV: one header row starting with the (localised)
 * timestamp, grid rows written `Question [Row]`, checkbox picks joined with
 * `, `. Headers are written by hand after the layout Google writes; expected
 * roles are read off those headers.
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../../pipeline/ingest/layout/detect.js';
import { googleFormsLayout, isCheckboxAnswers, isGoogleForms } from '../../../../pipeline/ingest/layout/google-forms.js';
import { ingestBytes, ingestFile } from '../../../../pipeline/ingest/index.js';
import type { ColumnRole, Layout } from '../../../../pipeline/model.js';

const PLENARY = 'How would you rate each of the plenary sessions?';
const P1 = 'Plenary 1 – Mine Action and the Environment';
const P2 = 'Plenary 2 – Mine Action for People: Dimensions of Diversity';
const DAYS = 'Which days did you attend?';

const ENGLISH: string[][] = [
  ['Timestamp', 'Email Address', 'Score', 'What is your gender?', DAYS, `${PLENARY} [${P1}]`, `${PLENARY} [${P2}]`, 'Comments', ''],
  ['2/14/2020 15:25:19', 'amina.haddad@example.org', '3 / 5', 'Female', 'Tuesday, Wednesday', 'Excellent', "Didn't attend", 'Great, thanks', ''],
  ['2/14/2020 16:02:44', 'jean.dupont@example.org', '4 / 5', 'Male', 'Wednesday', 'Good', 'Fair', 'More time, please', ''],
  ['2/14/2020 17:40:01', 'sofia.rossi@example.org', '5 / 5', 'Female', 'Tuesday', 'Very good', 'Good', '', ''],
];

function roleOf(layout: Layout, header: string): ColumnRole | undefined {
  return layout.columns.find((c) => c.header === header)?.role;
}

describe('isGoogleForms', () => {
  it('isGoogleForms(rows) recognises the English and localised timestamp headers', () => {
    for (const first of ['Timestamp', 'Horodateur', 'Marca temporal', 'Carimbo de data/hora', 'Zeitstempel']) {
      expect(isGoogleForms([[first, 'Q1'], ['14/02/2020 09:31:12', 'Good']]), first).toBe(true);
    }
  });

  it('isGoogleForms(rows) rejects other first headers and a second header row', () => {
    expect(isGoogleForms([['Respondent ID', 'Collector ID'], ['', '']])).toBe(false);
    expect(isGoogleForms([['ID', 'Start time', 'Completion time'], ['1', '2/14/20 9:00', '2/14/20 9:05']])).toBe(false);
    // A timestamp header followed by a row of labels is not a Google response sheet.
    expect(isGoogleForms([['Timestamp', 'Q1'], ['Response', 'Open-Ended Response'], ['2/14/2020 9:00:00', 'x']])).toBe(false);
  });

  it('detectLayout(rows) picks google-forms for a Google sheet', () => {
    expect(detectLayout(ENGLISH).tool).toBe('google-forms');
  });
});

describe('googleFormsLayout', () => {
  it('googleFormsLayout(rows) splits grid rows written `Question [Row]`', () => {
    const layout = googleFormsLayout(ENGLISH);
    expect(roleOf(layout, `${PLENARY} [${P1}]`)).toEqual({ kind: 'answer', question: PLENARY, item: P1 });
    expect(roleOf(layout, `${PLENARY} [${P2}]`)).toEqual({ kind: 'answer', question: PLENARY, item: P2 });
  });

  it('googleFormsLayout(rows) reads the timestamp, score and e-mail as metadata and personal data', () => {
    const layout = googleFormsLayout(ENGLISH);
    expect(layout.tool).toBe('google-forms');
    expect(layout.headerRows).toBe(1);
    expect(roleOf(layout, 'Timestamp')).toEqual({ kind: 'meta' });
    expect(roleOf(layout, 'Score')).toEqual({ kind: 'meta' });
    expect(roleOf(layout, 'Email Address')).toEqual({ kind: 'personal' });
    expect(roleOf(layout, 'What is your gender?')).toEqual({ kind: 'attribute', attribute: 'gender' });
    // The trailing empty column is no column at all.
    expect(layout.columns.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('googleFormsLayout(rows) reads the French and Spanish e-mail headers as personal data', () => {
    const french = googleFormsLayout([['Horodateur', 'Adresse e-mail', 'Genre'], ['14/02/2020 09:31:12', 'c.moreau@exemple.fr', 'Femme']]);
    expect(roleOf(french, 'Horodateur')).toEqual({ kind: 'meta' });
    expect(roleOf(french, 'Adresse e-mail')).toEqual({ kind: 'personal' });
    const spanish = googleFormsLayout([['Marca temporal', 'Dirección de correo electrónico', 'Género'], ['14/2/2020 9:31:12', 'l.garcia@ejemplo.es', 'Mujer']]);
    expect(roleOf(spanish, 'Marca temporal')).toEqual({ kind: 'meta' });
    expect(roleOf(spanish, 'Dirección de correo electrónico')).toEqual({ kind: 'personal' });
  });

  it('googleFormsLayout(rows) takes a localised score column for metadata only when it holds scores', () => {
    const quiz = googleFormsLayout([['Marca temporal', 'Puntuación', 'P1'], ['14/2/2020 9:31:12', '7 / 10', 'Bueno'], ['14/2/2020 9:40:00', '8 / 10', 'Malo']]);
    expect(roleOf(quiz, 'Puntuación')).toEqual({ kind: 'meta' });
    const question = googleFormsLayout([['Horodateur', 'Note', 'P1'], ['14/02/2020 09:31:12', 'Bien', 'Bien'], ['14/02/2020 09:40:00', 'Moyen', 'Bien']]);
    expect(roleOf(question, 'Note')).toEqual({ kind: 'answer', question: 'Note', item: 'Note' });
  });

  it('googleFormsLayout(rows) marks a checkbox question multiple, and leaves rating and free-text columns alone', () => {
    const layout = googleFormsLayout(ENGLISH);
    expect(roleOf(layout, DAYS)).toEqual({ kind: 'answer', question: DAYS, item: DAYS, multiple: true });
    expect(roleOf(layout, 'Comments')).toEqual({ kind: 'answer', question: 'Comments', item: 'Comments' });
  });
});

describe('isCheckboxAnswers', () => {
  it('isCheckboxAnswers(values) is true when joined picks are choices seen in other answers', () => {
    expect(isCheckboxAnswers(['Tuesday, Wednesday', 'Wednesday', 'Tuesday', 'Thursday, Tuesday', 'Thursday'])).toBe(true);
    // No one picked "Friday" alone, but it comes back in another answer.
    expect(isCheckboxAnswers(['Tuesday, Friday', 'Friday, Wednesday', 'Tuesday', 'Wednesday'])).toBe(true);
  });

  it('isCheckboxAnswers(values) is false for free text with commas and for labels holding a comma', () => {
    expect(isCheckboxAnswers(['Great, thanks', 'Good venue, good food', 'More time, please', 'Great meeting'])).toBe(false);
    expect(isCheckboxAnswers(['Civil society, NGO', 'Donor representative', 'Private sector'])).toBe(false);
  });

  it('isCheckboxAnswers(values) is false without any comma-joined answer', () => {
    expect(isCheckboxAnswers(['Excellent', 'Good', 'Fair', ''])).toBe(false);
    expect(isCheckboxAnswers([])).toBe(false);
  });
});

describe('Google Forms ingest', () => {
  it('ingestBytes(csv) never reads a checkbox grid of scale words as a rating', async () => {
    const csv = [
      `Timestamp,${PLENARY} [${P1}],Which formats were good? [Plenaries],Which formats were good? [Side-events]`,
      '2/14/2020 15:25:19,Excellent,"Excellent, Good",Good',
      '2/14/2020 16:02:44,Good,Excellent,"Good, Excellent"',
      '2/14/2020 17:40:01,Fair,Good,Excellent',
    ].join('\n');
    const { layout, survey } = await ingestBytes(new TextEncoder().encode(csv), { file: 'grid.csv' });
    expect(layout.tool).toBe('google-forms');
    expect(survey.items.map((i) => i.label)).toEqual([P1]);
    expect(survey.items[0].counts).toEqual([1, 1, 1, 0]);
  });

  it('ingestFile(google-forms/responses.csv) keeps the name and e-mail columns out, and the checkbox and comments out of the items', async () => {
    const { layout, survey } = await ingestFile('fixtures/google-forms/responses.csv');
    expect(roleOf(layout, 'Your name (optional)')).toEqual({ kind: 'personal' });
    expect(roleOf(layout, 'Email Address')).toEqual({ kind: 'personal' });
    expect(survey.other.map((o) => o.header)).toEqual([DAYS]);
    // Two questions titled "Comments": both are free text.
    expect(survey.texts.map((t) => t.question)).toEqual(['Comments', 'Comments']);
    expect(survey.items.some((i) => i.label === DAYS || i.label === 'Comments')).toBe(false);
    expect(survey.attributes.map((a) => a.name)).toEqual(['role', 'gender']);
  });

  it('ingestFile(google-forms/reponses-fr.csv) reads the French scale, with "Tres bien" and "Très bien" as one level', async () => {
    const { survey } = await ingestFile('fixtures/google-forms/reponses-fr.csv');
    const logistics = survey.items[0];
    expect(logistics.group).toBe('logistics');
    expect(logistics.scale.id).toBe('very-good-poor-4');
    expect(logistics.unrecognised).toEqual([]);
    // "Sans objet" is not applicable in every plenary and side-event row.
    expect(survey.items.filter((i) => i.notApplicable > 0).map((i) => i.group)).toEqual([...Array(7).fill('plenary'), ...Array(6).fill('side-event')]);
  });
});
