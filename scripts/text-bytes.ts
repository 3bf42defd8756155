/**
 * Encoders that write fixture text the way other programs save it: Excel's
 * "Unicode Text" (UTF-16 LE with BOM), UTF-16 BE, UTF-8 with or without BOM,
 * and Excel's "CSV" on a Western-European Windows (Windows-1252). They are
 * written here rather than taken from Node so the fixtures never depend on
 * the decoder they test.
 */

/** UTF-8, with the BOM Excel's "CSV UTF-8" writes when `bom` is set. */
export function utf8Bytes(text: string, options: { bom: boolean }): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!options.bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** UTF-16 code units in the given byte order, behind a BOM (U+FEFF). */
export function utf16Bytes(text: string, order: 'le' | 'be'): Uint8Array {
  const units = '\ufeff' + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    const [first, second] = order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
    out[2 * i] = first;
    out[2 * i + 1] = second;
  }
  return out;
}

/** Characters of Windows-1252 at bytes 0x80–0x9F (the five unassigned bytes left out). */
const HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88,
  0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/**
 * Windows-1252. A character the code page lacks is an error, not a silent
 * `?`: the fixture's text must say exactly what the file holds.
 */
export function windows1252Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const byte = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : HIGH[c];
    if (byte === undefined) throw new Error(`"${text[i]}" (U+${c.toString(16).padStart(4, '0')}) is not in Windows-1252: ${text.slice(Math.max(0, i - 20), i + 20)}`);
    out[i] = byte;
  }
  return out;
}
