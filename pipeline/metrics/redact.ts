/**
 * Redaction of contact details in free text: respondents often leave an
 * e-mail address or a phone number in a comment, and a report is circulated.
 */

export interface RedactOptions {
  /** Replaces each e-mail address; default `[e-mail removed]`. */
  email?: string;
  /** Replaces each phone number; default `[phone removed]`. */
  phone?: string;
}

/** name@domain.tld, also with the "(at)"/"[at]" disguise and Unicode letters in the local part. */
const EMAIL = /[\p{L}\p{N}._%+'-]+\s*(?:@|\(at\)|\[at\]|＠)\s*[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/giu;

/**
 * A phone-number candidate: an optional "+" or "(", then digits mixed with
 * spaces, dots, dashes, slashes and parentheses, ending on a digit.
 */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+])(?:\+|\(\+?)?\d[\d\s().\-/]{5,}\d(?![\p{L}\p{N}])/gu;

/** A year range ("2019-2021") or a date ("17.02.2020", "2020-02-17"): not a phone number. */
const NOT_PHONE = [/^\d{4}\s*[-–/]\s*\d{4}$/, /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/, /^\d{4}[./-]\d{1,2}[./-]\d{1,2}$/];

/** True when a candidate reads as a phone number: 7 to 15 digits, shaped like one. */
function isPhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  if (NOT_PHONE.some((re) => re.test(text))) return false;
  // International ("+41 …", "0041 …") or a bracketed area code: a phone number.
  if (/^(\+|\(|00)/.test(text)) return digits >= 8;
  // A national number written in one run ("0229171234").
  if (/^0\d{8,}$/.test(text)) return true;
  // Otherwise digits in groups, like "022 917 12 34" or "555-123-4567"; a plain run of digits is an id.
  if (!/[\s.\-/()]/.test(text)) return false;
  return digits >= 9 || /^\d{3}[\s.-]\d{4}$/.test(text);
}

/**
 * Replaces e-mail addresses and phone numbers in a text. Everything else is
 * kept as written; years, dates and plain counts are not phone numbers.
 */
export function redact(text: string, options: RedactOptions = {}): string {
  const email = options.email ?? '[e-mail removed]';
  const phone = options.phone ?? '[phone removed]';
  return text.replace(EMAIL, email).replace(PHONE_CANDIDATE, (m) => (isPhone(m) ? phone : m));
}
