/**
 * LimeSurvey layouts: question-code headings (`id`, `submitdate`…,
 * `G01Q02[SQ001]`) and full-text headings (`Response ID`, `Date submitted`…,
 * `Question? [Subquestion]`). Field names and titles are those of
 * LimeSurvey's `createFieldMap`; expected roles are read off the headers.
 */
import { readFileSync } from 'node:fs';
import { quotedWithCrlf } from './quoted-csv.js';
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../../pipeline/ingest/layout/detect.js';
import { isLimeSurvey, limeSurveyLayout } from '../../../../pipeline/ingest/layout/limesurvey.js';
import { ingestBytes } from '../../../../pipeline/ingest/index.js';
import type { ColumnRole, Layout } from '../../../../pipeline/model.js';

const PLENARY = 'How would you rate each of the plenary sessions?';
const P1 = 'Plenary 1 – Mine Action and the Environment';
const ROLE = 'Which of the following best describes your role?';

const CODES = [
  'id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'token', 'startdate', 'datestamp', 'ipaddr', 'refurl',
  'G01Q01', 'G01Q01[other]', 'G02Q01', 'G02Q02[SQ001]', 'G02Q02[SQ002]', 'G02Q03', 'interviewtime', 'G02Time', 'G02Q02Time',
];

const FULL = [
  'Response ID', 'Date submitted', 'Last page', 'Start language', 'Seed', 'Access code', 'Date started', 'Date last action', 'IP address', 'Referrer URL',
  ROLE, `${ROLE} [Other]`, 'What is your gender?',
  `<p>${PLENARY}</p> [${P1}]`, `${PLENARY} [Plenary 2]`, 'Comments', 'Comments',
  'Your e-mail address, if you would like to receive the report', 'Total time', 'Group time: Sessions',
];

function roleAt(layout: Layout, index: number): ColumnRole | undefined {
  return layout.columns.find((c) => c.index === index)?.role;
}

describe('isLimeSurvey', () => {
  it('isLimeSurvey(rows) recognises code and full-text headings', () => {
    expect(isLimeSurvey([CODES])).toBe(true);
    expect(isLimeSurvey([FULL])).toBe(true);
    expect(isLimeSurvey([['id', 'lastpage', 'startlanguage', 'G01Q01']])).toBe(true);
  });

  it('isLimeSurvey(rows) rejects other tools and a lone id', () => {
    expect(isLimeSurvey([['id', 'Name', 'Q1']])).toBe(false);
    expect(isLimeSurvey([['start', 'end', '_id', '_uuid', '_submission_time']])).toBe(false);
    expect(isLimeSurvey([['Respondent ID', 'Collector ID', 'Start Date']])).toBe(false);
    expect(isLimeSurvey([])).toBe(false);
  });

  it('detectLayout(rows) picks the LimeSurvey layout', () => {
    expect(detectLayout([CODES]).tool).toBe('limesurvey');
    expect(detectLayout([FULL]).tool).toBe('limesurvey');
  });
});

describe('limeSurveyLayout', () => {
  it('limeSurveyLayout(rows) reads the code headings', () => {
    const layout = limeSurveyLayout([CODES]);
    expect(layout.headerRows).toBe(1);
    expect(CODES.map((_, i) => roleAt(layout, i))).toEqual([
      { kind: 'respondent-id' },
      { kind: 'meta' },
      { kind: 'meta' },
      { kind: 'attribute', attribute: 'language' },
      { kind: 'meta' },
      { kind: 'personal' },
      { kind: 'meta' },
      { kind: 'meta' },
      { kind: 'personal' },
      { kind: 'personal' },
      { kind: 'answer', question: 'G01Q01', item: 'G01Q01' },
      { kind: 'answer', question: 'G01Q01', item: 'G01Q01[other]' },
      { kind: 'answer', question: 'G02Q01', item: 'G02Q01' },
      { kind: 'answer', question: 'G02Q02', item: 'G02Q02[SQ001]' },
      { kind: 'answer', question: 'G02Q02', item: 'G02Q02[SQ002]' },
      { kind: 'answer', question: 'G02Q03', item: 'G02Q03' },
      { kind: 'meta' },
      { kind: 'meta' },
      { kind: 'meta' },
    ]);
  });

  it('limeSurveyLayout(rows) reads the full-text headings', () => {
    const layout = limeSurveyLayout([FULL]);
    expect(FULL.map((_, i) => roleAt(layout, i))).toEqual([
      { kind: 'respondent-id' },
      { kind: 'meta' },
      { kind: 'meta' },
      { kind: 'attribute', attribute: 'language' },
      { kind: 'meta' },
      { kind: 'personal' },
      { kind: 'meta' },
      { kind: 'meta' },
      { kind: 'personal' },
      { kind: 'personal' },
      { kind: 'attribute', attribute: 'role' },
      { kind: 'meta' },
      { kind: 'attribute', attribute: 'gender' },
      { kind: 'answer', question: PLENARY, item: P1 },
      { kind: 'answer', question: PLENARY, item: 'Plenary 2' },
      { kind: 'answer', question: 'Comments', item: 'Comments' },
      { kind: 'answer', question: 'Comments', item: 'Comments' },
      { kind: 'personal' },
      { kind: 'meta' },
      { kind: 'meta' },
    ]);
  });

  it('limeSurveyLayout(rows) does not read one-word text headings as codes', () => {
    // Full text: "Comments" and "Feedback" are questions, the header style shows in `Response ID`.
    const layout = limeSurveyLayout([['Response ID', 'Last page', 'Start language', 'Feedback', 'Sessions [P1]']]);
    expect(roleAt(layout, 3)).toEqual({ kind: 'answer', question: 'Feedback', item: 'Feedback' });
    expect(roleAt(layout, 4)).toEqual({ kind: 'answer', question: 'Sessions', item: 'P1' });
  });
});

describe('ingestBytes(LimeSurvey export)', () => {
  it('ingestBytes(export) counts `""` (not answered) and an empty field (not shown) both as missing', async () => {
    // Five responses to one subquestion, by hand: Excellent, Good, "", NULL, Did not attend.
    const header = '"id";"submitdate";"lastpage";"startlanguage";"seed";"G01Q01[SQ001]";"G01Q01[SQ002]"';
    const lines = [
      '"1";"2020-02-14 10:00:00";"2";"en";"11";"Excellent";"Good"',
      '"2";"2020-02-14 10:05:00";"2";"fr";"12";"Good";"Poor"',
      '"3";"2020-02-14 10:09:00";"2";"en";"13";"";"Fair"',
      '"4";;"1";"en";"14";;',
      '"5";"2020-02-14 10:20:00";"2";"es";"15";"Did not attend";"Excellent"',
    ];
    const bytes = new TextEncoder().encode('\ufeff' + [header, ...lines].join('\r\n') + '\r\n');
    const { layout, survey, encoding, delimiter } = await ingestBytes(bytes, { file: 'ls.csv' });
    expect([layout.tool, encoding, delimiter]).toEqual(['limesurvey', 'utf-8-bom', ';']);
    expect(survey.respondents).toBe(5);
    const [sq1, sq2] = survey.items;
    expect(sq1.label).toBe('G01Q01[SQ001]');
    expect(sq1.group).toBe('other');
    expect(sq1.counts).toEqual([1, 1, 0, 0]);
    expect(sq1.notApplicable).toBe(1);
    expect(sq1.missing).toBe(2);
    expect(sq2.counts).toEqual([1, 1, 1, 1]);
    expect(sq2.missing).toBe(1);
    expect(survey.attributes.map((a) => [a.name, a.values])).toEqual([['language', [['en', 3], ['es', 1], ['fr', 1]]]]);
  });
});


describe('fixtures/limesurvey', () => {
  for (const [file, delimiter, first] of [['full-text.csv', ';', '"Response ID";"Date submitted"'], ['codes.csv', ',', '"id","submitdate"']]) {
    it(`${file} is written as LimeSurvey writes CSV: BOM, '${delimiter}', every value quoted, NULL empty, CRLF`, () => {
      const bytes = readFileSync(`fixtures/limesurvey/${file}`);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      expect(text.startsWith(first)).toBe(true);
      expect(quotedWithCrlf(text, delimiter, { allowEmpty: true })).toBe(true);
      // Both kinds of blank occur: `""` and an empty field.
      expect(text.includes(`${delimiter}""${delimiter}`)).toBe(true);
      expect(text.includes(`${delimiter}${delimiter}`)).toBe(true);
    });
  }

  it('quotedWithCrlf(text, { allowEmpty: true }) rejects an unquoted value and a bare LF', () => {
    expect(quotedWithCrlf('"a";b\r\n', ';', { allowEmpty: true })).toBe(false);
    expect(quotedWithCrlf('"a";"b"\n', ';', { allowEmpty: true })).toBe(false);
    expect(quotedWithCrlf('"a";;"b\nc"\r\n', ';', { allowEmpty: true })).toBe(true);
  });
});
