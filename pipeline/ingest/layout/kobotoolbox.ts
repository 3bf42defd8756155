import type { Column, ColumnRole, Layout } from '../../model.js';
import { attributeOf, cleanHeader, roleFromHeader } from './headers.js';

/**
 * KoboToolbox (and other formhub-derived servers) add `_uuid` and
 * `_submission_time` to every export, whatever the header language; no other
 * tool debrief reads writes both.
 */
export function isKoboToolbox(rows: string[][]): boolean {
  const first = new Set(rows[0]?.map((c) => c.trim().toLowerCase()) ?? []);
  return first.has('_uuid') && first.has('_submission_time');
}

/** One HXL hashtag with its attributes: `#date`, `#indicator+score`, `#affected +f +adults`. */
const HASHTAG = /^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$/i;

/**
 * True when row 2 is the optional HXL row: only hashtags and empty cells, at
 * least one hashtag. A response row always has dates and ids, so it never
 * passes.
 */
export function hasHxlRow(rows: string[][]): boolean {
  const second = rows[1];
  if (!second) return false;
  let tags = 0;
  for (const cell of second) {
    const text = cell.trim();
    if (!text) continue;
    if (!HASHTAG.test(text)) return false;
    tags++;
  }
  return tags > 0;
}

/** Kobo's group separator (the export option defaults to `/`). */
const SEPARATOR = '/';

/** The sub-columns of a geopoint question: `_<label>_latitude` and so on, possibly under a group path. */
const GPS_PART = /^_(.+)_(latitude|longitude|altitude|precision)$/;

/** Suffix of the "specify other" column that XLSForm's `or_other` adds after a select question (XML headers). */
const OTHER = '_other';

/** Values of a select_multiple option column: 1 when ticked, 0 when not, blank when unanswered; XLS exports write floats. */
const TICK = /^(|[01](\.0+)?)$/;

/**
 * Reads a KoboToolbox export, in either flavour: labels (`Group label/Question
 * label`, answers as choice labels) or XML values and headers (`group/name`,
 * answers as choice names such as `very_good` or numeric codes; the scales
 * read underscores as spaces).
 *
 * 1. Row 2 is skipped when it is the HXL hashtag row.
 * 2. Metadata (`start`, `_id`, `_uuid`… `__version__`, `_index`) is found by name;
 *    GPS columns (a geopoint and its `_…_latitude` siblings) are personal data.
 * 3. A select_multiple question is a summary column (choices joined by
 *    spaces) followed by one 1/0 column per option (`Question/Option`). The
 *    summary is a `multiple` answer, never a rating; the option columns are
 *    meta, since 1/0 would pass for a 0–10 scale and they repeat the summary.
 * 4. The group path of the other columns gives the question and the item: a
 *    prefix shared by two or more headers is a group, and its label is the
 *    question text (a matrix of sessions is a group of select_one questions);
 *    the rest is the item. Splitting only at shared prefixes keeps a `/`
 *    inside a label (`and/or`) whole; a group of one question stays unsplit.
 */
export function koboToolboxLayout(rows: string[][]): Layout {
  const headerRows = hasHxlRow(rows) ? 2 : 1;
  const headers = (rows[0] ?? []).map((raw) => cleanHeader(raw));
  const data = rows.slice(headerRows);
  const roles = new Map<number, ColumnRole>();

  headers.forEach((text, index) => {
    if (!text) return;
    const own = roleFromHeader(text);
    if (own) roles.set(index, own);
  });

  // GPS: the geopoint column and its four parts, under the same group path.
  const gpsBases = new Set<string>();
  headers.forEach((text, index) => {
    const [path, last] = splitLast(text);
    const m = GPS_PART.exec(last);
    if (!m) return;
    roles.set(index, { kind: 'personal' });
    gpsBases.add(path ? `${path}${SEPARATOR}${m[1]}` : m[1]);
  });
  headers.forEach((text, index) => {
    if (gpsBases.has(text)) roles.set(index, { kind: 'personal' });
  });

  // select_multiple: a summary column followed by its option columns.
  const multiples = new Set<number>();
  headers.forEach((text, index) => {
    if (!text || roles.has(index)) return;
    const options = optionColumns(headers, data, index);
    if (options.length === 0) return;
    multiples.add(index);
    for (const o of options) roles.set(o, { kind: 'meta' });
  });

  const groups = sharedPrefixes(headers.filter((text, index) => text && !roles.has(index)));
  const columns: Column[] = [];
  headers.forEach((text, index) => {
    if (!text) return; // trailing empty column
    const known = roles.get(index);
    if (known) return void columns.push({ index, header: text, role: known });
    const group = longestGroup(text, groups);
    const question = group ?? text;
    const item = group ? text.slice(group.length + SEPARATOR.length) : text;
    if (multiples.has(index)) return void columns.push({ index, header: text, role: { kind: 'answer', question, item, multiple: true } });
    // XLSForm `or_other`: `role_other` holds the "specify other" text of `role`; not a second attribute.
    if (text.endsWith(OTHER) && headers.includes(text.slice(0, -OTHER.length))) return void columns.push({ index, header: text, role: { kind: 'meta' } });
    const own = roleFromHeader(item);
    if (own) return void columns.push({ index, header: text, role: own });
    const attribute = attributeOf(item);
    if (attribute) return void columns.push({ index, header: text, role: { kind: 'attribute', attribute } });
    columns.push({ index, header: text, role: { kind: 'answer', question, item } });
  });
  return { tool: 'kobotoolbox', headerRows, columns };
}

/** `a/b/c` → [`a/b`, `c`]; a header without a separator has an empty path. */
function splitLast(text: string): [string, string] {
  const at = text.lastIndexOf(SEPARATOR);
  return at < 0 ? ['', text] : [text.slice(0, at), text.slice(at + SEPARATOR.length)];
}

/** The option columns right after a select_multiple summary column: `Summary/…`, holding only ticks. */
function optionColumns(headers: string[], data: string[][], summary: number): number[] {
  const prefix = headers[summary] + SEPARATOR;
  const out: number[] = [];
  for (let i = summary + 1; i < headers.length && headers[i].startsWith(prefix); i++) {
    if (!data.every((row) => TICK.test((row[i] ?? '').trim()))) return [];
    out.push(i);
  }
  return out;
}

/** Group paths: every prefix (ending before a separator) that two or more headers share. */
function sharedPrefixes(headers: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const text of headers) {
    for (let at = text.indexOf(SEPARATOR); at > 0; at = text.indexOf(SEPARATOR, at + 1)) {
      const prefix = text.slice(0, at);
      counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([p]) => p));
}

/** The deepest group a header lies in, or undefined. */
function longestGroup(text: string, groups: Set<string>): string | undefined {
  let best: string | undefined;
  for (let at = text.indexOf(SEPARATOR); at > 0; at = text.indexOf(SEPARATOR, at + 1)) {
    const prefix = text.slice(0, at);
    if (groups.has(prefix) && at + SEPARATOR.length < text.length) best = prefix;
  }
  return best;
}
