/**
 * KoboToolbox's CSV export as KPI writes it: `;`, every field quoted, CRLF,
 * UTF-8 without BOM. One header row (the "Labels" export writes labels, the
 * "XML values and headers" export names and choice names: the description
 * holds whichever the fixture wants); a question inside a group is headed
 * `group/question` (its `group`): a grid's text is its group, each row a question in it.
 * A select_multiple question is a summary column (picks joined by a space)
 * plus one `question/option` column of 1/0; an `or_other` choice has its own
 * text column. Metadata `start, end, today, deviceid` first, a geopoint's
 * five columns and `_id … _index` last.
 */
import { toDelimitedText } from './csv.js';
import { cellOf, cellsOf, choiceOf, picksOf, type Cell, type Question, type Survey } from './survey.js';

/** What KPI records of a submission. */
export interface KoboMeta {
  start: string;
  end: string;
  today: string;
  deviceid: string;
  /** Latitude, longitude, altitude, precision; none when the browser gave no position. */
  gps?: [string, string, string, string];
  id: string;
  uuid: string;
  submissionTime: string;
  /** `Approved` (labels) or `validation_status_approved` (XML values), or ''. */
  validation: string;
  submittedBy: string;
  version: string;
}

export interface KoboOptions {
  /** The geopoint question's header (`Location`); its four `_<name>_…` columns follow it. Default none: no location columns. */
  geopoint?: string;
  /** The HXL hashtag of each header, written as a second row; default none (no HXL row). */
  hxl?: (header: string) => string;
  /** Empty lines after the data, as left by a spreadsheet that touched the file; default 0. */
  blankLines?: number;
  /** A select_multiple nobody ticked: `blank`, every column empty (a question skipped); `zeros`, an empty summary and a 0 per option. Default `blank`. */
  unticked?: 'blank' | 'zeros';
}

const HEAD = ['start', 'end', 'today', 'deviceid'];
const TAIL = ['_id', '_uuid', '_submission_time', '_validation_status', '_notes', '_status', '_submitted_by', '__version__', '_tags', '_index'];

/** A question's headers, before its group's path. */
function headers(q: Question): string[] {
  if (q.kind === 'matrix') return q.rows.map((row) => `${q.text}/${row}`);
  if (q.kind === 'multi') return [q.text, ...q.options.map((o) => `${q.text}/${o}`)];
  if (q.kind === 'single' && q.other) return [q.text, q.other.text ?? `${q.text}_other`];
  return [q.text];
}

/** The export's rows: header (and HXL row), then one row per submission. */
export function koboRows(survey: Survey<KoboMeta>, options: KoboOptions = {}): Cell[][] {
  const { geopoint, hxl, unticked = 'blank' } = options;
  const location = geopoint ? [geopoint, ...['latitude', 'longitude', 'altitude', 'precision'].map((p) => `_${geopoint}_${p}`)] : [];
  const header = [
    ...HEAD,
    ...survey.questions.flatMap((q) => headers(q).map((h) => (q.group ? `${q.group}/${h}` : h))),
    ...location,
    ...TAIL,
  ];
  const rows: Cell[][] = hxl ? [header, header.map(hxl)] : [header];
  survey.respondents.forEach(({ meta: s, answers }, r) => {
    const cells = survey.questions.flatMap((q, k): Cell[] => {
      const a = answers[k];
      if (q.kind === 'matrix') return cellsOf(a);
      if (q.kind === 'multi') {
        const picked = picksOf(a);
        if (!picked.length) return ['', ...q.options.map(() => (unticked === 'zeros' ? '0' : ''))];
        return [picked.join(' '), ...q.options.map((o) => (picked.includes(o) ? '1' : '0'))];
      }
      if (q.kind === 'single' && q.other) {
        const { choice, other } = choiceOf(a);
        return [choice, other];
      }
      return [cellOf(a)];
    });
    const gps = geopoint ? (s.gps ? [s.gps.join(' '), ...s.gps] : ['', '', '', '', '']) : [];
    rows.push([
      s.start, s.end, s.today, s.deviceid,
      ...cells,
      ...gps,
      s.id, s.uuid, s.submissionTime, s.validation, '', 'submitted_via_web', s.submittedBy, s.version, '', String(r + 1),
    ]);
  });
  return rows;
}

/** The CSV text KPI writes. */
export function koboCsv(survey: Survey<KoboMeta>, options: KoboOptions = {}): string {
  return toDelimitedText(koboRows(survey, options), { delimiter: ';', newline: '\r\n', quote: 'all' }) + '\r\n'.repeat(options.blankLines ?? 0);
}
