/**
 * Checks the bytes of a generated fixture against a tool's CSV writing: every
 * field quoted (or, with `allowEmpty`, left empty for NULL, as LimeSurvey
 * does) and every record ended by CRLF; line breaks inside quotes allowed.
 */
export function quotedWithCrlf(text: string, delimiter: string, options: { allowEmpty?: boolean } = {}): boolean {
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i += 2; // a blank line
      continue;
    }
    for (;;) {
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) return false;
          if (text[q + 1] === '"') i = q + 2;
          else {
            i = q + 1;
            break;
          }
        }
      } else if (!options.allowEmpty) return false;
      if (text[i] === delimiter) i++;
      else if (text[i] === '\r' && text[i + 1] === '\n') {
        i += 2;
        break;
      } else return false;
    }
  }
  return true;
}
