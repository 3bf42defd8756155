/**
 * Writes CSV the way KoboToolbox and LimeSurvey do: every value quoted, CRLF
 * line ends. `null` is a field with nothing in it at all (LimeSurvey's NULL:
 * the question was never shown), as opposed to `""` (shown, not answered).
 */
export type Cell = string | null;

export function quotedCsv(rows: Cell[][], delimiter: string): string {
  return rows.map((row) => row.map((c) => (c === null ? '' : `"${c.replace(/"/g, '""')}"`)).join(delimiter)).join('\r\n') + '\r\n';
}
