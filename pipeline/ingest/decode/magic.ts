/**
 * Signatures of file formats that people pass by mistake instead of a survey
 * export: a PDF of the results, a chart image, a compressed download, an
 * Excel 97–2003 workbook. Their first bytes name them; the rest of the file
 * may look like text for a while (a PDF's header is ASCII), so the check on
 * control characters alone can miss them.
 */
const SIGNATURES: [kind: string, bytes: number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]], // GIF8
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['an Excel 97–2003 workbook (.xls) or another legacy Office file', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

/** What the bytes are, when they start with a known non-text signature; otherwise undefined. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [kind, signature] of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) return kind;
  }
  return undefined;
}
