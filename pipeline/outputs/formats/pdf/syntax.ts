/**
 * The few PDF syntax tokens the writer emits: numbers, names, strings and
 * dates, each written one way only so that the same input gives the same bytes.
 */

/**
 * A number as PDF writes it: at most three decimals (a thousandth of a point
 * is far below any device's resolution), no exponent, no "-0".
 */
export function pdfNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const rounded = Math.round(n * 1000) / 1000;
  if (rounded === 0) return '0';
  if (Number.isInteger(rounded)) return String(rounded);
  return rounded.toFixed(3).replace(/0+$/, '');
}

/**
 * A text string: literal `(…)` when it is printable ASCII (readable in the
 * file, and what tests and tools grep for), else UTF-16BE hex with a byte
 * order mark, the encoding PDF readers accept for any Unicode text.
 */
export function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** A name: characters outside printable ASCII or PDF delimiters as #XX. */
export function pdfName(name: string): string {
  return `/${name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}`;
}

/** A date as `D:YYYYMMDDHHmmSSZ`, in UTC so that the bytes do not depend on the machine's time zone. */
export function pdfDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${date.getUTCFullYear()}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z`;
}

/** A 16-bit value as four uppercase hex digits, as glyph ids in Identity-H strings and code units in ToUnicode. */
export function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}
