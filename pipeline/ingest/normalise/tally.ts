import { IdSet } from './ids.js';
import type { CutRow, Layout } from '../../model.js';

/** Past this many distinct answers a column is free text, not a rating. */
export const MAX_DISTINCT = 64;
/**
 * Past this many distinct answers a checkbox column (role `multiple`) stops
 * counting: each answer is a combination of options, and 7 options already
 * make 127 (below the streaming fold's 1,024 raw spellings per column).
 */
export const MAX_COMBINATIONS = 512;

/** The distinct answers a column counts before it overflows. */
export function distinctLimit(role: Layout['columns'][number]['role']): number {
  return role.kind === 'answer' && role.multiple ? MAX_COMBINATIONS : MAX_DISTINCT;
}
/** Free-text answers kept per column for the report. */
export const MAX_TEXTS = 2000;
/**
 * Past this many distinct spellings (as written, before trimming) an
 * attribute is not broken down: its groups would all be suppressed, and
 * counting them would take memory in proportion to the rows. The streaming
 * fold keeps the same number of byte spellings per column.
 */
export const MAX_SPELLINGS = 1024;

export interface ColumnTally {
  /** Answer (trimmed) → count; blanks are counted in `blank`. */
  counts: Map<string, number>;
  blank: number;
  /** True once the column had more than MAX_DISTINCT distinct answers. */
  overflow: boolean;
  /** Free-text answers in row order (at most MAX_TEXTS), with the respondent's attribute values. */
  texts: { text: string; attributes: string[] }[];
  /** Non-blank answers in all. */
  answered: number;
  /** Distinct answers counted before `overflow` (see distinctLimit); default MAX_DISTINCT. */
  limit?: number;
}

export interface Tally {
  /** Data rows counted (after de-duplication and footer rows). */
  respondents: number;
  /** Per answer column (by column index). */
  columns: Map<number, ColumnTally>;
  /** Attribute column index → attribute value → answer column index → answer → count. */
  breakdowns: Map<number, Map<string, Map<number, Map<string, number>>>>;
  /** Attribute column index → value → respondents. */
  attributeCounts: Map<number, Map<string, number>>;
  /** Row numbers (1-based, in the file) of duplicate respondents, skipped. */
  duplicateRows: number[];
  /** Row numbers of summary/footer rows, skipped. */
  footerRows: number[];
  /** Respondent ids seen, to de-duplicate (numeric ids as numbers: see idKey). */
  seen: IdSet;
  /** Fields in the header (Infinity: not checked, as in XLSX, whose cells are addressed, not delimited). */
  fields: number;
  /** Row numbers of rows with a non-blank field past the header's last one (see `addRow`). */
  wideRows: number[];
  /** The field count of each of `wideRows`. */
  wideFields: number[];
  /** The first SHORT_LISTED row numbers of rows with fewer fields than the header (read as blanks; see finishIngest). */
  shortRows: number[];
  /** How many rows had fewer fields than the header. */
  shortCount: number;
  /** The last row, left out as cut off (see cut.ts). */
  cut?: CutRow;
  /** Attribute columns past MAX_SPELLINGS distinct spellings: not counted, not broken down. */
  attributeOverflow: Set<number>;
  /** Per attribute column, its spellings as written, until it passes MAX_SPELLINGS. */
  attributeSpellings: Map<number, Set<string>>;
}

/**
 * An empty tally for a layout. `seen` may be shared between the exports of
 * one run, so that a respondent in two collectors' files counts once.
 */
export function createTally(layout: Layout, options: { seen?: IdSet; fields?: number } = {}): Tally {
  const columns = new Map<number, ColumnTally>();
  const breakdowns = new Map<number, Map<string, Map<number, Map<string, number>>>>();
  const attributeCounts = new Map<number, Map<string, number>>();
  const attributeSpellings = new Map<number, Set<string>>();
  for (const c of layout.columns) {
    if (c.role.kind === 'answer') columns.set(c.index, { counts: new Map(), blank: 0, overflow: false, texts: [], answered: 0, limit: distinctLimit(c.role) });
    if (c.role.kind === 'attribute') {
      breakdowns.set(c.index, new Map());
      attributeCounts.set(c.index, new Map());
      attributeSpellings.set(c.index, new Set());
    }
  }
  return {
    respondents: 0, columns, breakdowns, attributeCounts, duplicateRows: [], footerRows: [], seen: options.seen ?? new IdSet(),
    fields: options.fields ?? Infinity, wideRows: [], wideFields: [], shortRows: [], shortCount: 0, attributeOverflow: new Set(), attributeSpellings,
  };
}

/** Marks an attribute as past MAX_SPELLINGS: what was counted for it is dropped. */
export function overflowAttribute(tally: Tally, column: number): void {
  tally.attributeOverflow.add(column);
  tally.attributeSpellings.get(column)?.clear();
  tally.attributeCounts.get(column)?.clear();
  tally.breakdowns.get(column)?.clear();
}

/** Short rows named in the warning; the rest are counted. */
export const SHORT_LISTED = 5;

/** Fields in the header: its widest header row (a delimited export's rows are as wide as its header). */
export function headerFields(rows: string[][], headerRows: number): number {
  let fields = 0;
  for (let r = 0; r < Math.min(headerRows, rows.length); r++) fields = Math.max(fields, rows[r].length);
  return fields;
}

/** First cell of a summary row that some tools append after the responses. */
export const FOOTER = /^(averaged? results?|averages?|totals?|summary|moyenne|total|promedio|resumen)\b/i;

/** Numeric ids (SurveyMonkey's) are kept as numbers: a Set of numbers is far smaller than one of strings. */
export function idKey(text: string): string | number {
  // Only canonical numbers: "0012" and "12" are different ids.
  return /^(0|[1-9]\d{0,14})$/.test(text) ? Number(text) : text;
}

/**
 * Folds one data row into the tally. `rowNumber` is the row's 1-based
 * position in the file, for messages. Rows with no answer at all are blank
 * lines, not respondents.
 */
export function addRow(tally: Tally, layout: Layout, row: string[], rowNumber: number): void {
  if (row.every((c) => c.trim() === '')) return;
  let id = '';
  const attributes: string[] = [];
  const attributeColumns: number[] = [];
  for (const c of layout.columns) {
    if (c.role.kind === 'respondent-id') id = (row[c.index] ?? '').trim();
    else if (c.role.kind === 'attribute') {
      attributeColumns.push(c.index);
      attributes.push((row[c.index] ?? '').trim());
    }
  }
  const first = row.find((c) => c.trim() !== '') ?? '';
  if (FOOTER.test(first.trim()) && (!id || id === first.trim())) {
    tally.footerRows.push(rowNumber);
    return;
  }
  // Fields past the header's: tolerated when blank (trailing delimiters; rows shorter than the header are
  // Excel dropping trailing empty cells and read as blanks), recorded when one holds text (see finishIngest).
  if (row.length > tally.fields && row.some((c, i) => i >= tally.fields && c.trim() !== '')) {
    tally.wideRows.push(rowNumber);
    tally.wideFields.push(row.length);
  }
  // Shorter rows: read as blanks, and named in a warning unless the tool is known to drop trailing empty fields.
  if (row.length < tally.fields && Number.isFinite(tally.fields) && tally.shortCount++ < SHORT_LISTED) tally.shortRows.push(rowNumber);
  if (id) {
    const key = idKey(id);
    if (!tally.seen.addNew(key)) {
      tally.duplicateRows.push(rowNumber);
      return;
    }
  }
  tally.respondents++;
  for (let a = 0; a < attributeColumns.length; a++) {
    const column = attributeColumns[a];
    if (tally.attributeOverflow.has(column)) continue;
    const spellings = tally.attributeSpellings.get(column)!;
    spellings.add(row[column] ?? '');
    if (spellings.size > MAX_SPELLINGS) {
      overflowAttribute(tally, column);
      continue;
    }
    const value = attributes[a];
    const counts = tally.attributeCounts.get(column)!;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  for (const [index, col] of tally.columns) {
    let value = (row[index] ?? '').trim();
    if (layout.recode) value = layout.recode(index, value);
    if (value === '') {
      col.blank++;
      continue;
    }
    col.answered++;
    if (col.texts.length < MAX_TEXTS) col.texts.push({ text: value, attributes });
    if (col.overflow) continue;
    col.counts.set(value, (col.counts.get(value) ?? 0) + 1);
    if (col.counts.size > (col.limit ?? MAX_DISTINCT)) {
      col.overflow = true;
      col.counts.clear();
      continue;
    }
    for (let a = 0; a < attributeColumns.length; a++) {
      if (tally.attributeOverflow.has(attributeColumns[a])) continue;
      const byValue = tally.breakdowns.get(attributeColumns[a])!;
      let byColumn = byValue.get(attributes[a]);
      if (!byColumn) byValue.set(attributes[a], (byColumn = new Map()));
      let counts = byColumn.get(index);
      if (!counts) byColumn.set(index, (counts = new Map()));
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
}
