/**
 * Writes rows as delimited text the way Excel and SurveyMonkey do: a field
 * is quoted only when it holds the delimiter, a quote or a line break, and
 * quotes inside are doubled. Unlike Papa.unparse, a field with a leading or
 * trailing space stays unquoted, as Excel leaves it.
 */
export function toDelimited(rows: string[][], options: { delimiter: string; newline: string }): string {
  const { delimiter, newline } = options;
  const field = (value: string) => (value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(field).join(delimiter) + newline).join('');
}
