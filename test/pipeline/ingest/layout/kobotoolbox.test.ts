/**
 * KoboToolbox layouts: "Labels" (group paths of labels, optional HXL row) and
 * "XML values and headers" (`group/name`, choice names). Headers are written
 * by hand after kobotoolbox/formpack's CSV export tests and its field classes
 * (`Question/Option` select_multiple columns, `_<label>_latitude` GPS parts);
 * expected roles are read off those headers.
 */
import { readFileSync } from 'node:fs';
import { quotedWithCrlf } from './quoted-csv.js';
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../../pipeline/ingest/layout/detect.js';
import { hasHxlRow, isKoboToolbox, koboToolboxLayout } from '../../../../pipeline/ingest/layout/kobotoolbox.js';
import { ingestBytes } from '../../../../pipeline/ingest/index.js';
import type { ColumnRole, Layout } from '../../../../pipeline/model.js';
import { isNotApplicable, labelKey, levelIndex, SCALES } from '../../../../pipeline/ingest/normalise/scales.js';

const PLENARY = 'How would you rate each of the plenary sessions?';
const P1 = 'Plenary 1 – Mine Action and the Environment';
const P2 = 'Plenary 2 – Mine Action for People: Dimensions of Diversity';
const LANG = 'Which working language(s) did you use?';
const TAIL = ['_id', '_uuid', '_submission_time', '_validation_status', '_notes', '_status', '_submitted_by', '__version__', '_tags', '_index'];

/** A labels export: header, HXL row, two submissions. */
const LABELS: string[][] = [
  [
    'start', 'end', 'today', 'deviceid',
    'About you/What is your gender?', 'About you/Name',
    LANG, `${LANG}/English`, `${LANG}/French`,
    `${PLENARY}/${P1}`, `${PLENARY}/${P2}`,
    'How would you rate the <b>side-events</b> you attended?/Safe Ground', 'How would you rate the <b>side-events</b> you attended?/Libya',
    'Any comments and/or suggestions?',
    'Location', '_Location_latitude', '_Location_longitude', '_Location_altitude', '_Location_precision',
    ...TAIL,
  ],
  ['#date+start', '#date+end', '#date', '', '#meta+gender', '', '', '', '', '#indicator+plenary', '#indicator+plenary', '', '', '', '', '#geo+lat', '#geo+lon', '', '', ...TAIL.map(() => '')],
  [
    '2020-02-14T09:01:02.000+01:00', '2020-02-14T09:05:00.000+01:00', '2020-02-14', 'collect:AbCdEf123456',
    'Female', 'Amina Haddad', 'English French', '1', '1', 'Excellent', 'Did not attend', 'Good', 'Didn’t attend', 'More time, please.',
    '46.22 6.14 420 5', '46.22', '6.14', '420', '5',
    '61', 'f1e2d3c4-0000-4000-8000-000000000001', '2020-02-14T08:06:00', '', '', 'submitted_via_web', 'unmas_geneva', 'v1', '', '1',
  ],
  [
    '2020-02-14T10:01:02.000+01:00', '2020-02-14T10:05:00.000+01:00', '2020-02-14', 'ee.kobotoolbox.org:XyZ987',
    'Male', '', 'French', '0', '1', 'Very good', 'Good', 'Excellent', 'Fair', '',
    '', '', '', '', '',
    '62', 'f1e2d3c4-0000-4000-8000-000000000002', '2020-02-14T09:06:00', '', '', 'submitted_via_web', '', 'v1', '', '2',
  ],
];

function roleOf(layout: Layout, header: string): ColumnRole | undefined {
  return layout.columns.find((c) => c.header === header)?.role;
}

describe('isKoboToolbox', () => {
  it('isKoboToolbox(rows) recognises _uuid and _submission_time in the header', () => {
    expect(isKoboToolbox(LABELS)).toBe(true);
    expect(isKoboToolbox([['q1', '_id', '_uuid', '_submission_time', '_index']])).toBe(true);
  });

  it('isKoboToolbox(rows) rejects other tools and a lone _uuid', () => {
    expect(isKoboToolbox([['Respondent ID', 'Collector ID', 'Start Date']])).toBe(false);
    expect(isKoboToolbox([['id', 'submitdate', 'lastpage', 'startlanguage']])).toBe(false);
    expect(isKoboToolbox([['SubmissionDate', 'q1', 'KEY', '_uuid']])).toBe(false);
  });

  it('detectLayout(rows) picks the KoboToolbox layout', () => {
    expect(detectLayout(LABELS).tool).toBe('kobotoolbox');
  });
});

describe('hasHxlRow', () => {
  it('hasHxlRow(rows) recognises a row of hashtags and blanks', () => {
    expect(hasHxlRow(LABELS)).toBe(true);
    expect(hasHxlRow([['a', 'b'], ['', '#affected +f +adults']])).toBe(true);
  });

  it('hasHxlRow(rows) rejects a response row, a blank row and a missing row', () => {
    expect(hasHxlRow([LABELS[0], LABELS[2]])).toBe(false);
    expect(hasHxlRow([['a', 'b'], ['', '']])).toBe(false);
    expect(hasHxlRow([['a', 'b'], ['#1 choice', '']])).toBe(false);
    expect(hasHxlRow([['a', 'b']])).toBe(false);
  });
});

describe('koboToolboxLayout', () => {
  const layout = koboToolboxLayout(LABELS);

  it('koboToolboxLayout(rows) skips the HXL row only when there is one', () => {
    expect(layout.headerRows).toBe(2);
    expect(koboToolboxLayout([LABELS[0], LABELS[2], LABELS[3]]).headerRows).toBe(1);
  });

  it('koboToolboxLayout(rows) reads the group label as the question and the last segment as the item', () => {
    expect(roleOf(layout, `${PLENARY}/${P1}`)).toEqual({ kind: 'answer', question: PLENARY, item: P1 });
    expect(roleOf(layout, `${PLENARY}/${P2}`)).toEqual({ kind: 'answer', question: PLENARY, item: P2 });
  });

  it('koboToolboxLayout(rows) strips HTML before it splits the group path', () => {
    const question = 'How would you rate the side-events you attended?';
    expect(roleOf(layout, `${question}/Safe Ground`)).toEqual({ kind: 'answer', question, item: 'Safe Ground' });
    expect(roleOf(layout, `${question}/Libya`)).toEqual({ kind: 'answer', question, item: 'Libya' });
  });

  it('koboToolboxLayout(rows) keeps a slash inside a question label whole', () => {
    const text = 'Any comments and/or suggestions?';
    expect(roleOf(layout, text)).toEqual({ kind: 'answer', question: text, item: text });
    const grouped = koboToolboxLayout([['Logistics/Overall rating', 'Logistics/Venue, catering and/or registration', '_uuid', '_submission_time']]);
    expect(grouped.columns[1].role).toEqual({ kind: 'answer', question: 'Logistics', item: 'Venue, catering and/or registration' });
  });

  it('koboToolboxLayout(rows) splits nested groups at the deepest shared group', () => {
    const nested = koboToolboxLayout([['Day 1/Plenaries/P1', 'Day 1/Plenaries/P2', 'Day 1/Lunch', '_uuid', '_submission_time']]);
    expect(nested.columns.map((c) => c.role)).toEqual([
      { kind: 'answer', question: 'Day 1/Plenaries', item: 'P1' },
      { kind: 'answer', question: 'Day 1/Plenaries', item: 'P2' },
      { kind: 'answer', question: 'Day 1', item: 'Lunch' },
      { kind: 'meta' },
      { kind: 'meta' },
    ]);
  });

  it('koboToolboxLayout(rows) makes select_multiple option columns meta and the summary a multiple answer', () => {
    expect(roleOf(layout, LANG)).toEqual({ kind: 'answer', question: LANG, item: LANG, multiple: true });
    expect(roleOf(layout, `${LANG}/English`)).toEqual({ kind: 'meta' });
    expect(roleOf(layout, `${LANG}/French`)).toEqual({ kind: 'meta' });
  });

  it('koboToolboxLayout(rows) does not take a group of rated questions for select_multiple options', () => {
    // A text question whose label equals the next group's: its "options" hold ratings, not ticks.
    const rows = [['Sessions', 'Sessions/P1', 'Sessions/P2', '_uuid', '_submission_time'], ['fine', 'Good', 'Poor', 'u', 't']];
    const l = koboToolboxLayout(rows);
    expect(l.columns[0].role).toEqual({ kind: 'answer', question: 'Sessions', item: 'Sessions' });
    expect(l.columns[1].role).toEqual({ kind: 'answer', question: 'Sessions', item: 'P1' });
  });

  it('koboToolboxLayout(rows) makes the geopoint and its four parts personal data', () => {
    for (const h of ['Location', '_Location_latitude', '_Location_longitude', '_Location_altitude', '_Location_precision']) {
      expect(roleOf(layout, h)).toEqual({ kind: 'personal' });
    }
    const grouped = koboToolboxLayout([['Where/Site', 'Where/_Site_latitude', 'Where/_Site_longitude', 'Where/Country', '_uuid', '_submission_time']]);
    expect(grouped.columns.slice(0, 3).map((c) => c.role.kind)).toEqual(['personal', 'personal', 'personal']);
  });

  it('koboToolboxLayout(rows) reads metadata, personal data and attributes from the names', () => {
    expect(roleOf(layout, '_id')).toEqual({ kind: 'respondent-id' });
    for (const h of ['start', 'end', 'today', '_uuid', '_submission_time', '_validation_status', '_notes', '_status', '__version__', '_tags', '_index']) {
      expect(roleOf(layout, h)).toEqual({ kind: 'meta' });
    }
    for (const h of ['deviceid', '_submitted_by', 'About you/Name']) expect(roleOf(layout, h)).toEqual({ kind: 'personal' });
    expect(roleOf(layout, 'About you/What is your gender?')).toEqual({ kind: 'attribute', attribute: 'gender' });
  });

  it('koboToolboxLayout(rows) reads XML headers, with the or_other column as meta', () => {
    const xml = koboToolboxLayout([['about/role', 'about/role_other', 'about/email', 'plenaries/plenary_1', 'plenaries/plenary_2', 'location', '_location_latitude', '_id', '_uuid', '_submission_time']]);
    expect(xml.headerRows).toBe(1);
    expect(xml.columns.map((c) => c.role)).toEqual([
      { kind: 'attribute', attribute: 'role' },
      { kind: 'meta' },
      { kind: 'personal' },
      { kind: 'answer', question: 'plenaries', item: 'plenary_1' },
      { kind: 'answer', question: 'plenaries', item: 'plenary_2' },
      { kind: 'personal' },
      { kind: 'personal' },
      { kind: 'respondent-id' },
      { kind: 'meta' },
      { kind: 'meta' },
    ]);
  });
});

describe('XML values', () => {
  const five = SCALES.find((s) => s.id === 'excellent-poor-5')!;

  it('levelIndex(scale, name) reads underscores in XML choice names as spaces', () => {
    expect(levelIndex(five, 'very_good')).toBe(1);
    expect(levelIndex(five, 'excellent')).toBe(0);
  });

  it('isNotApplicable(name) knows the XML names of not-applicable choices', () => {
    for (const name of ['did_not_attend', 'not_attended', 'n_a', 'not_applicable', 'na']) expect(isNotApplicable(name)).toBe(true);
    expect(isNotApplicable('very_good')).toBe(false);
  });

  it('labelKey(header) keeps the leading underscore of Kobo metadata', () => {
    expect(labelKey('_submission_time')).toBe('_submission time');
    expect(labelKey('__version__')).toBe('__version__');
  });
});

describe('ingestBytes(KoboToolbox export)', () => {
  it('ingestBytes(labels) counts matrix rows per group and keeps ticks out of the items', async () => {
    const csv = LABELS.map((r) => r.map((c) => `"${c}"`).join(';')).join('\r\n') + '\r\n';
    const { layout, survey } = await ingestBytes(new TextEncoder().encode(csv), { file: 'kobo.csv' });
    expect(layout.tool).toBe('kobotoolbox');
    expect(survey.respondents).toBe(2);
    // By hand from the two rows: P1 = Excellent, Very good; P2 = Did not attend, Good.
    const p1 = survey.items.find((i) => i.label === P1)!;
    expect(p1.group).toBe('plenary');
    expect(p1.counts[0] + p1.counts[1]).toBe(2);
    const p2 = survey.items.find((i) => i.label === P2)!;
    expect(p2.notApplicable).toBe(1);
    // Safe Ground = Good, Excellent; Libya = Didn’t attend, Fair.
    const libya = survey.items.find((i) => i.label === 'Libya')!;
    expect(libya.group).toBe('side-event');
    expect(libya.notApplicable).toBe(1);
    expect(survey.items.map((i) => i.label)).toEqual([P1, P2, 'Safe Ground', 'Libya']);
  });
});


describe('fixtures/kobotoolbox', () => {
  for (const file of ['labels.csv', 'xml-values.csv']) {
    it(`${file} is written as KPI writes CSV: no BOM, ';', every field quoted, CRLF`, () => {
      const bytes = readFileSync(`fixtures/kobotoolbox/${file}`);
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.startsWith('"start";"end";"today";"deviceid";')).toBe(true);
      expect(quotedWithCrlf(text, ';')).toBe(true);
    });
  }

  it('quotedWithCrlf(text) rejects an unquoted field and a bare LF', () => {
    expect(quotedWithCrlf('"a";b\r\n', ';')).toBe(false);
    expect(quotedWithCrlf('"a";"b"\n', ';')).toBe(false);
    expect(quotedWithCrlf('"a";"b\nc"\r\n', ';')).toBe(true);
  });
});
