/**
 * Qualtrics layouts: current (three header rows), 2016 "Insights"
 * (single-quoted ImportIds) and legacy (`V1…V10`). Headers here are written
 * by hand after the public samples in ropensci/qualtRics and
 * ctesta01/QualtricsTools; expected roles are read off those headers.
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../../pipeline/ingest/layout/detect.js';
import { isQualtricsLegacy, qualtricsLegacyLayout } from '../../../../pipeline/ingest/layout/qualtrics-legacy.js';
import { commonPrefix, isTextEntry, questionKey, sharedQuestion, stripRoleSuffix } from '../../../../pipeline/ingest/layout/qualtrics-questions.js';
import { importIdOf, isQualtrics, qualtricsLayout } from '../../../../pipeline/ingest/layout/qualtrics.js';
import { ingestBytes } from '../../../../pipeline/ingest/index.js';
import type { Column, Layout } from '../../../../pipeline/model.js';
import { isNotApplicable } from '../../../../pipeline/ingest/normalise/scales.js';

const PLENARY = 'How would you rate the plenaries?';
const P1 = 'Plenary 1 – Mine Action and the Environment';
const P5 = 'Plenary 5 – SDGs - From Theory to Practice: Linking Mine Action to SDGs';
const ROLE = 'Which of the following best describes your role?';

const id = (importId: string) => JSON.stringify({ ImportId: importId });

/** A current export's three header rows, column by column: [tag, text, ImportId cell]. */
const CURRENT: [string, string, string][] = [
  ['StartDate', 'Start Date', JSON.stringify({ ImportId: 'startDate', timeZone: 'Europe/Zurich' })],
  ['IPAddress', 'IP Address', id('ipAddress')],
  ['ResponseId', 'Response ID', id('_recordId')],
  ['RecipientEmail', 'Recipient Email', id('recipientEmail')],
  ['LocationLatitude', 'Location Latitude', id('locationLatitude')],
  ['DistributionChannel', 'Distribution Channel', id('distributionChannel')],
  ['UserLanguage', 'User Language', id('userLanguage')],
  ['Q1', `${ROLE} - Selected Choice`, id('QID1')],
  ['Q1_7_TEXT', `${ROLE} - Other (please specify) - Text`, id('QID1_7_TEXT')],
  ['Q2_1', `${PLENARY} - ${P1}`, id('QID2_1')],
  ['Q2_2', `${PLENARY} - ${P5}`, id('QID2_2')],
  ['Q3', 'Comments', id('QID3_TEXT')],
  ['Q4', 'Comments', id('QID4_TEXT')],
  ['Q7_TEXT', 'Any other comments?', id('QID7_TEXT')],
  ['Q_RecaptchaScore', 'Q_RecaptchaScore', id('Q_RecaptchaScore')],
  ['Q7 - Topics', 'Q7 - Topics', id('QID7_TEXT_f3a9Topics')],
  ['Region', 'Region', id('Region')],
];

function currentRows(): string[][] {
  return [CURRENT.map((c) => c[0]), CURRENT.map((c) => c[1]), CURRENT.map((c) => c[2]), CURRENT.map(() => '')];
}

/** The role of the column at `index`. */
function roleAt(layout: Layout, index: number): Column['role'] | undefined {
  return layout.columns.find((c) => c.index === index)?.role;
}

describe('importIdOf(cell)', () => {
  it('importIdOf(cell) reads the JSON ImportId, with or without a time zone', () => {
    expect(importIdOf('{"ImportId":"QID2_1"}')).toBe('QID2_1');
    expect(importIdOf('{"ImportId":"startDate","timeZone":"Europe/Zurich"}')).toBe('startDate');
  });

  it("importIdOf(cell) reads the 2016 Insights form {'ImportId': 'QID2-1'}", () => {
    expect(importIdOf("{'ImportId': 'QID2-1'}")).toBe('QID2-1');
  });

  it('importIdOf(cell) is undefined for question text and answers', () => {
    expect(importIdOf('How would you rate the plenaries?')).toBeUndefined();
    expect(importIdOf('{"answer":"Good"}')).toBeUndefined();
  });
});

describe('isQualtrics(rows)', () => {
  it('isQualtrics(rows) recognises the three header rows', () => {
    expect(isQualtrics(currentRows())).toBe(true);
  });

  it('isQualtrics(rows) recognises the single-quoted Insights ImportId row', () => {
    const rows = [['ResponseID', 'Q1'], ['ResponseID', 'Q?'], ["{'ImportId': 'responseId'}", "{'ImportId': 'QID1'}"]];
    expect(isQualtrics(rows)).toBe(true);
  });

  it('isQualtrics(rows) rejects a legacy export and a data row holding one JSON answer', () => {
    expect(isQualtrics([['V1', 'V2', 'Q1'], ['ResponseID', 'ResponseSet', 'Q?'], ['R_1', 'Default Response Set', 'Good']])).toBe(false);
    expect(isQualtrics([['id', 'a', 'b', 'c'], ['1', 'x', 'y', 'z'], ['2', '{"ImportId":"x"}', 'Good', 'Fair']])).toBe(false);
  });
});

describe('isQualtricsLegacy(rows)', () => {
  it('isQualtricsLegacy(rows) recognises V1, V2… over ResponseID', () => {
    expect(isQualtricsLegacy([['V1', 'V2', 'Q1', ''], ['ResponseID', 'ResponseSet', 'Q?', '']])).toBe(true);
  });

  it('isQualtricsLegacy(rows) rejects the current export', () => {
    expect(isQualtricsLegacy(currentRows())).toBe(false);
  });
});

describe('questionKey(tag, importId)', () => {
  it('questionKey(tag, importId) takes QIDn from the ImportId, current or Insights', () => {
    expect(questionKey('Q2_1', 'QID2_1')).toBe('QID2');
    expect(questionKey('Q3_question_one', 'QID3-1')).toBe('QID3');
    expect(questionKey('Q1_7_TEXT', 'QID1_7_TEXT')).toBe('QID1');
  });

  it('questionKey(tag) strips row, choice and _TEXT suffixes without an ImportId', () => {
    expect(questionKey('Q4_12')).toBe('Q4');
    expect(questionKey('Q1_7_TEXT')).toBe('Q1');
    expect(questionKey('Q2_-1')).toBe('Q2');
    expect(questionKey('Q7')).toBe('Q7');
  });
});

describe('isTextEntry(header)', () => {
  it('isTextEntry(header) is true for _TEXT tags and ImportIds, false for choice columns', () => {
    expect(isTextEntry({ tag: 'Q7_TEXT' })).toBe(true);
    expect(isTextEntry({ tag: 'Q3', importId: 'QID3_TEXT' })).toBe(true);
    expect(isTextEntry({ tag: 'Q4_2_TEXT', importId: 'QID4-2-TEXT' })).toBe(true);
    expect(isTextEntry({ tag: 'Q2_1', importId: 'QID2_1' })).toBe(false);
  });
});

describe('sharedQuestion(texts, separator)', () => {
  it('sharedQuestion(texts, separator) keeps a separator inside a row label with the row', () => {
    expect(sharedQuestion([`${PLENARY} - ${P1}`, `${PLENARY} - ${P5}`], ' - ')).toBe(PLENARY);
  });

  it('sharedQuestion(texts, separator) cuts rows that begin alike at the separator', () => {
    expect(commonPrefix([`${PLENARY} - ${P1}`, `${PLENARY} - ${P5}`])).toBe(`${PLENARY} - Plenary `);
    expect(sharedQuestion([`Q-side-events?-Safe Ground`, `Q-side-events?-South Sudan - Article 5`], '-')).toBe('Q-side-events?');
  });

  it('sharedQuestion(texts, separator) takes a whole text that prefixes the others (legacy Other box)', () => {
    expect(sharedQuestion([ROLE, `${ROLE}-Other (please specify)-TEXT`], '-')).toBe(ROLE);
  });

  it('sharedQuestion(texts, separator) is undefined for one text or texts without a shared question', () => {
    expect(sharedQuestion([`${PLENARY} - ${P1}`], ' - ')).toBeUndefined();
    expect(sharedQuestion(['Region', 'Role'], ' - ')).toBeUndefined();
  });
});

describe('stripRoleSuffix(text, separator)', () => {
  it('stripRoleSuffix(text, separator) drops "- Selected Choice" and "- Text" only', () => {
    expect(stripRoleSuffix(`${ROLE} - Selected Choice`, ' - ')).toBe(ROLE);
    expect(stripRoleSuffix('Any other comments? - Text', ' - ')).toBe('Any other comments?');
    expect(stripRoleSuffix(`${PLENARY} - ${P1}`, ' - ')).toBe(`${PLENARY} - ${P1}`);
  });
});

describe('qualtricsLayout(rows)', () => {
  const layout = qualtricsLayout(currentRows());

  it('qualtricsLayout(rows) reads three header rows as tool qualtrics', () => {
    expect(layout.tool).toBe('qualtrics');
    expect(layout.headerRows).toBe(3);
  });

  it('qualtricsLayout(rows) takes metadata, personal data and the id from the export tags', () => {
    expect(roleAt(layout, 0)).toEqual({ kind: 'meta' });
    expect(roleAt(layout, 1)).toEqual({ kind: 'personal' });
    expect(roleAt(layout, 2)).toEqual({ kind: 'respondent-id' });
    expect(roleAt(layout, 3)).toEqual({ kind: 'personal' });
    expect(roleAt(layout, 4)).toEqual({ kind: 'personal' });
    expect(roleAt(layout, 5)).toEqual({ kind: 'meta' });
  });

  it('qualtricsLayout(rows) makes UserLanguage the language attribute', () => {
    expect(roleAt(layout, 6)).toEqual({ kind: 'attribute', attribute: 'language' });
  });

  it('qualtricsLayout(rows) reads a "- Selected Choice" role question as the role attribute, its Other box as metadata', () => {
    expect(roleAt(layout, 7)).toEqual({ kind: 'attribute', attribute: 'role' });
    expect(layout.columns.find((c) => c.index === 7)?.header).toBe(ROLE);
    expect(roleAt(layout, 8)).toEqual({ kind: 'meta' });
  });

  it('qualtricsLayout(rows) splits matrix rows at the shared question, keeping " - " inside a row label', () => {
    expect(roleAt(layout, 9)).toEqual({ kind: 'answer', question: PLENARY, item: P1 });
    expect(roleAt(layout, 10)).toEqual({ kind: 'answer', question: PLENARY, item: P5 });
  });

  it('qualtricsLayout(rows) keeps two columns with the same header apart', () => {
    expect(roleAt(layout, 11)).toEqual({ kind: 'answer', question: 'Comments', item: 'Comments' });
    expect(roleAt(layout, 12)).toEqual({ kind: 'answer', question: 'Comments', item: 'Comments' });
  });

  it('qualtricsLayout(rows) reads a Q7_TEXT comment box as an answer', () => {
    expect(roleAt(layout, 13)).toEqual({ kind: 'answer', question: 'Any other comments?', item: 'Any other comments?' });
  });

  it('qualtricsLayout(rows) ignores system fields and text-analytics columns; embedded data can be an attribute', () => {
    expect(roleAt(layout, 14)).toEqual({ kind: 'meta' });
    expect(roleAt(layout, 15)).toEqual({ kind: 'meta' });
    expect(roleAt(layout, 16)).toEqual({ kind: 'attribute', attribute: 'region' });
  });

  it('qualtricsLayout(rows) lists the columns in file order', () => {
    expect(layout.columns.map((c) => c.index)).toEqual(CURRENT.map((_, i) => i));
  });

  it('qualtricsLayout(rows) splits Insights labels at "-" and groups by the ImportId, not the custom tag', () => {
    const rows = [
      ['ResponseID', 'Q1', 'Q2_one', 'Q2_two', 'LocationAccuracy'],
      ['ResponseID', 'Gender', 'How were the side-events?-Safe Ground', 'How were the side-events?-A Mine-Free World', 'LocationAccuracy'],
      ["{'ImportId': 'responseId'}", "{'ImportId': 'QID1'}", "{'ImportId': 'QID2-1'}", "{'ImportId': 'QID2-2'}", "{'ImportId': 'Location-LocationAccuracy'}"],
    ];
    const insights = qualtricsLayout(rows);
    expect(insights.columns.map((c) => c.role)).toEqual([
      { kind: 'respondent-id' },
      { kind: 'attribute', attribute: 'gender' },
      { kind: 'answer', question: 'How were the side-events?', item: 'Safe Ground' },
      { kind: 'answer', question: 'How were the side-events?', item: 'A Mine-Free World' },
      { kind: 'personal' },
    ]);
  });
});

describe('qualtricsLegacyLayout(rows)', () => {
  const rows = [
    ['V1', 'V2', 'V3', 'V5', 'V6', 'V8', 'Q1', 'Q1_7_TEXT', 'Q2_1', 'Q2_2', 'Q3', 'LocationLatitude', 'LocationAccuracy', ''],
    ['ResponseID', 'ResponseSet', 'Name', 'EmailAddress', 'IPAddress', 'StartDate', ROLE, `${ROLE}-Other (please specify)-TEXT`, `${PLENARY}-${P1}`, `${PLENARY}-${P5}`, 'Any other comments?', 'LocationLatitude', 'LocationAccuracy', ''],
  ];
  const layout = qualtricsLegacyLayout(rows);

  it('qualtricsLegacyLayout(rows) reads two header rows as tool qualtrics-legacy', () => {
    expect(layout.tool).toBe('qualtrics-legacy');
    expect(layout.headerRows).toBe(2);
  });

  it('qualtricsLegacyLayout(rows) names the V columns from row 2', () => {
    expect(layout.columns.slice(0, 6).map((c) => [c.header, c.role.kind])).toEqual([
      ['ResponseID', 'respondent-id'], ['ResponseSet', 'meta'], ['Name', 'personal'],
      ['EmailAddress', 'personal'], ['IPAddress', 'personal'], ['StartDate', 'meta'],
    ]);
  });

  it('qualtricsLegacyLayout(rows) splits "Question-Row" labels and keeps the role question whole', () => {
    expect(roleAt(layout, 6)).toEqual({ kind: 'attribute', attribute: 'role' });
    expect(roleAt(layout, 7)).toEqual({ kind: 'meta' });
    expect(roleAt(layout, 8)).toEqual({ kind: 'answer', question: PLENARY, item: P1 });
    expect(roleAt(layout, 9)).toEqual({ kind: 'answer', question: PLENARY, item: P5 });
    expect(roleAt(layout, 10)).toEqual({ kind: 'answer', question: 'Any other comments?', item: 'Any other comments?' });
  });

  it('qualtricsLegacyLayout(rows) drops location columns as personal data and skips the trailing empty column', () => {
    expect(roleAt(layout, 11)).toEqual({ kind: 'personal' });
    expect(roleAt(layout, 12)).toEqual({ kind: 'personal' });
    expect(roleAt(layout, 13)).toBeUndefined();
    expect(layout.columns).toHaveLength(13);
  });
});

describe('detectLayout(rows)', () => {
  it('detectLayout(rows) picks qualtrics for three header rows and qualtrics-legacy for V1…V10', () => {
    expect(detectLayout(currentRows()).tool).toBe('qualtrics');
    expect(detectLayout([['V1', 'V2', 'Q1', ''], ['ResponseID', 'ResponseSet', 'Q?', ''], ['R_1', 'Default Response Set', 'Good', '']]).tool).toBe('qualtrics-legacy');
  });
});

describe('ingestBytes(numeric Qualtrics export)', () => {
  it('isNotApplicable(answer) treats negative recodes as not applicable', () => {
    expect(isNotApplicable('-1')).toBe(true);
    expect(isNotApplicable('-99')).toBe(true);
    expect(isNotApplicable('1')).toBe(false);
  });

  it('ingestBytes(numeric export) reads recodes 4…1 on the numeric 1–4 scale and -1 / -99 as not applicable', async () => {
    // One matrix row, eight respondents: 4, 4, 3, 2, 1, -1, -99, blank → counts [2, 1, 1, 1], N/A 2, missing 1.
    const answers = ['4', '4', '3', '2', '1', '-1', '-99', ''];
    const lines = [
      'ResponseId,Q2_1,Q2_2',
      `Response ID,${PLENARY} - ${P1},"${PLENARY} - ${P5}"`,
      '"{""ImportId"":""_recordId""}","{""ImportId"":""QID2_1""}","{""ImportId"":""QID2_2""}"',
      ...answers.map((a, i) => `R_${i},${a},3`),
    ];
    const { layout, survey } = await ingestBytes(new TextEncoder().encode(lines.join('\r\n') + '\r\n'), { file: 'numeric.csv' });
    expect(layout.tool).toBe('qualtrics');
    const item = survey.items.find((i) => i.label === P1)!;
    expect(item.scale.id).toBe('numeric-1-4');
    expect(item.counts).toEqual([2, 1, 1, 1]);
    expect(item.notApplicable).toBe(2);
    expect(item.missing).toBe(1);
  });
});
