/** Shared types of the ingest stages. */

export type Tool =
  | 'surveymonkey'
  | 'google-forms'
  | 'microsoft-forms'
  | 'qualtrics'
  | 'qualtrics-legacy'
  | 'kobotoolbox'
  | 'limesurvey'
  | 'generic';

/** What a column of the export holds, as decided by layout detection. */
export type ColumnRole =
  /** The respondent id: used to de-duplicate, never written out. */
  | { kind: 'respondent-id' }
  /** Personal data (name, e-mail, IP, GPS…): dropped at ingest. */
  | { kind: 'personal' }
  /** Tool metadata (dates, status, progress…): ignored. */
  | { kind: 'meta' }
  /** A respondent attribute used for breakdowns (role, gender, language, region…). */
  | { kind: 'attribute'; attribute: string }
  /**
   * An answer column: a rating item when its answers fit a scale, free text otherwise.
   * `multiple` marks a multi-select (checkbox) column: its answers are sets of
   * choices joined by the tool, so it is never a rating even when the choices
   * are scale labels.
   */
  | { kind: 'answer'; question: string; item: string; multiple?: boolean };

export interface Column {
  /** Position in the export's rows. */
  index: number;
  /** The header text, cleaned (HTML stripped, spaces folded). */
  header: string;
  role: ColumnRole;
}

export interface Layout {
  tool: Tool;
  /** Rows before the first data row. */
  headerRows: number;
  columns: Column[];
  /** Optional recoding of raw answers per column (e.g. Qualtrics numeric recodes). */
  recode?: (column: number, value: string) => string;
}

/** A decoded, parsed export: rows of cells, as text. */
export interface Sheet {
  /** The file name, for messages. */
  file: string;
  encoding: string;
  delimiter: string;
  rows: string[][];
  /** Delimited text: the last non-blank record as parsed, for the cut check (cut.ts); its fields are the last of `rows`. */
  last?: LastRecord;
}

// The cut check of an export's last record (ingest/cut.ts).

/** The last non-blank record of a delimited export, as parsed. */
export interface LastRecord {
  /** Its fields (a quote left open runs to the end of the file, in its last field). */
  fields: string[];
  /** True when a line break follows it. */
  lineBreak: boolean;
  /** True when it ends inside a quoted field that never closes. */
  open: boolean;
}

/** What the judgement needs of the export: plain data, so it crosses to the fold's worker. */
export interface CutCheck {
  /** Fields in the header. */
  fields: number;
  /** True when the tool that wrote the file ends its last row with a line break (see `endsWithLineBreak`). */
  finalLineBreak: boolean;
}

/** Why the last record looks cut off. */
export type CutReason =
  | { kind: 'open-quote' }
  | { kind: 'short'; fields: number; expected: number }
  | { kind: 'label'; text: string; label: string }
  | { kind: 'line-break' };

/** A last row left out as cut off: its 1-based row number and why. */
export interface CutRow {
  row: number;
  reason: CutReason;
}
