/**
 * An export cut off by an interrupted download. Its last record is then
 * partial, and read as a respondent it would be counted with blanks for the
 * answers it lost. The signatures of a cut, judged on the last non-blank
 * record only (a download breaks off once, at the end):
 * - a quote left open at the end of the file;
 * - no line break after it, and fewer fields than the header;
 * - no line break after it, and its last field stops in the middle of a
 *   known answer label ("Excel" for "Excellent");
 * - no line break after it, from a tool that ends its last row with one.
 * A last row that ends with a line break is complete. Both ingest paths
 * call `judgeLastRecord` on the same parsed record, so they agree.
 */
import Papa from 'papaparse';
import { fail } from '../errors.js';
import { detectLayout } from './layout/index.js';
import * as msg from '../messages.js';
import type { CutCheck, CutReason, CutRow, Layout, LastRecord, Tool } from '../model.js';
import { labelKey, SCALES } from './normalise/scales.js';
import { headerFields } from './normalise/tally.js';

export type { CutCheck, CutReason, CutRow, LastRecord } from '../model.js';


/**
 * Google Sheets (Google Forms' CSV) writes no line break after the last row
 * (univocity-parsers issue 530), nor do many ad-hoc tools (the generic
 * layout): a missing one is normal there. The survey tools debrief knows
 * and Excel's re-saves end every row with one.
 */
export function endsWithLineBreak(tool: Tool, encoding: string): boolean {
  return (tool !== 'google-forms' && tool !== 'generic') || excelResave(tool, encoding);
}

/**
 * True when the encoding says Excel wrote the file: Windows-1252 ("CSV"),
 * UTF-16 ("Unicode Text"), or a BOM on an export whose tool writes none
 * ("CSV UTF-8"; Qualtrics and LimeSurvey write their own BOM). Excel leaves
 * out a row's trailing empty fields (Microsoft KB 77295), so short rows are
 * expected there.
 */
export function excelResave(tool: Tool, encoding: string): boolean {
  if (encoding === 'windows-1252' || encoding.startsWith('utf-16')) return true;
  return encoding === 'utf-8-bom' && tool !== 'qualtrics' && tool !== 'limesurvey';
}

/**
 * Judges the last record: a reason when it looks cut off, `unclosed` when a
 * quote opened in it swallows what look like further rows (a stray quote in
 * a complete file, not a cut: an error, as before), undefined when complete.
 */
export function judgeLastRecord(last: LastRecord, check: CutCheck): CutReason | 'unclosed' | undefined {
  if (last.open) return swallowsRows(last.fields[last.fields.length - 1] ?? '', check.fields) ? 'unclosed' : { kind: 'open-quote' };
  if (last.lineBreak) return undefined;
  if (last.fields.length < check.fields) return { kind: 'short', fields: last.fields.length, expected: check.fields };
  const text = (last.fields[last.fields.length - 1] ?? '').trim();
  const label = labelStartedBy(text);
  if (label !== undefined) return { kind: 'label', text, label };
  return check.finalLineBreak ? { kind: 'line-break' } : undefined;
}

/**
 * True when the text of a quoted field left open holds a line that splits
 * into half the header's fields or more: records run together after a stray
 * quote. A comment cut in the middle has lines of prose.
 */
function swallowsRows(openField: string, fields: number, delimiters = [',', ';', '\t']): boolean {
  const lines = openField.split('\n').slice(1);
  // Two fields is a phrase with a comma; three or more, or half a row, is a row.
  const enough = Math.max(3, Math.ceil(fields / 2));
  return lines.some((line) => delimiters.some((d) => line.split(d).length >= enough));
}

/** Folded known labels (every scale's spellings and the not-applicable ones), with their spelling. */
const KNOWN = new Map<string, string>();
for (const scale of SCALES) for (const aliases of scale.aliases) for (const a of aliases) KNOWN.set(labelKey(a), a);
// The usual spellings of "not applicable" (read by meaning in normalise/not-applicable.ts; listed here, as a cut needs a whole label to start).
const NOT_APPLICABLE = [
  'n/a', 'not applicable', 'does not apply', 'did not attend', "didn't attend", 'i did not attend', 'not attended', 'no opinion', "don't know",
  'sans objet', 'non applicable', 'non concerné', "je n'ai pas assisté", 'pas assisté', 'ne sais pas', 'sans avis',
  'no asistí', 'no aplica', 'no corresponde', 'no sé', 'sin opinión',
];
for (const a of NOT_APPLICABLE) if (!KNOWN.has(labelKey(a))) KNOWN.set(labelKey(a), a);

/** The known label that `text` is the beginning of but not the whole of, if any ("Excel" → "Excellent"). */
export function labelStartedBy(text: string): string | undefined {
  const key = labelKey(text);
  if (key === '' || KNOWN.has(key)) return undefined;
  for (const [k, label] of KNOWN) if (k.startsWith(key)) return label;
  return undefined;
}

/**
 * The record that ends a file, from its text (from its first byte to the
 * end of the file), parsed as parseDelimited parses: the streaming path
 * holds exactly this when its input ends. Undefined when it is blank.
 */
export function readLastRecord(text: string, delimiter: string): LastRecord | undefined {
  const normal = text.replace(/\r\n?/g, '\n');
  const result = Papa.parse<string[]>(normal, { delimiter, newline: '\n', quoteChar: '"', escapeChar: '"', skipEmptyLines: false });
  const [fields, ...rest] = result.data;
  const open = result.errors.some((e) => e.code === 'MissingQuotes');
  // A record left open is kept even when blank (a lone quote), as parseDelimited keeps it.
  if (!fields || (!open && fields.every((c) => c.trim() === ''))) return undefined;
  return { fields, lineBreak: !open && rest.length > 0, open };
}

/** The check for an export of this layout and encoding whose header has `fields` fields. */
export function cutCheck(layout: Layout, fields: number, encoding: string): CutCheck {
  return { fields, finalLineBreak: endsWithLineBreak(layout.tool, encoding) };
}

/**
 * The cut check on parsed rows (the in-memory path, and the streaming path
 * when its head is the whole file): a cut last row is dropped before the
 * layout is detected, so that it cannot sway the detection either. Fails
 * when a quote left open swallows rows (`unclosed`).
 */
export function dropCutRow(rows: string[][], last: LastRecord | undefined, options: { file: string; encoding: string }): { rows: string[][]; layout: Layout; cut?: CutRow } {
  const layout = detectLayout(rows);
  if (!last) return { rows, layout };
  const verdict = judgeLastRecord(last, cutCheck(layout, headerFields(rows, layout.headerRows), options.encoding));
  if (verdict === 'unclosed') fail(msg.unterminatedQuote(options.file, rows.length));
  if (verdict === undefined) return { rows, layout };
  const kept = rows.slice(0, -1);
  return { rows: kept, layout: detectLayout(kept), cut: { row: rows.length, reason: verdict } };
}
