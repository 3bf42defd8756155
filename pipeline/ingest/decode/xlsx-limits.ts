/**
 * What debrief reads of an XLSX workbook, at most. A workbook is a ZIP of XML
 * parts: a few megabytes on disk can inflate to gigabytes (a ZIP bomb), a row
 * number can jump to 10^15, one cell can hold a gigabyte. Each limit is
 * checked before reading (the sizes the ZIP directory declares) and while
 * reading (what the parts really inflate to), so that time and memory stay
 * bounded (under 512 MB) on any file. A CSV export has none of these limits:
 * it is read as a stream.
 */
export interface XlsxLimits {
  /** Largest inflated size of a part held whole (workbook, relationships, styles); default 16 MiB. */
  heldPartBytes: number;
  /** Largest inflated size of the shared-strings part, read as a stream; default 512 MiB. */
  sharedStringsPartBytes: number;
  /** Largest inflated size of the worksheet part, read as a stream; default 2 GiB. */
  sheetPartBytes: number;
  /** Largest ratio of a part's inflated to compressed size, for parts over `ratioFloorBytes`; default 200 (XML rows compress 10 to 50 times). */
  ratio: number;
  /** Parts that inflate to at most this many bytes are not held to `ratio` (a tiny part compresses well); default 1 MiB. */
  ratioFloorBytes: number;
  /** Last row number (Excel's last row); default 1,048,576. */
  rows: number;
  /** Last column number (Excel's last column, XFD); default 16,384. */
  columns: number;
  /** Largest sheet area, last row × widest row, so that rows padded to the widest stay bounded; default 2^25 = 33,554,432. */
  cells: number;
  /** Most shared strings (distinct texts); default 2,097,152. */
  sharedStrings: number;
  /** Most characters in all shared strings together (held in memory); default 64 Mi (67,108,864). */
  sharedStringChars: number;
  /** Most characters in one cell, as its XML holds it; default 1 Mi (1,048,576; Excel itself stops at 32,767). */
  cellChars: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  heldPartBytes: 16 << 20,
  sharedStringsPartBytes: 512 << 20,
  sheetPartBytes: 2 ** 31,
  ratio: 200,
  ratioFloorBytes: 1 << 20,
  rows: 1_048_576,
  columns: 16_384,
  cells: 2 ** 25,
  sharedStrings: 2_097_152,
  sharedStringChars: 64 << 20,
  cellChars: 1 << 20,
};
