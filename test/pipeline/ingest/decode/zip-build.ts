/**
 * A hand-written ZIP writer for tests of hostile workbooks: parts whose
 * deflate stream is built from a repeated, fully flushed block (a few
 * megabytes that inflate to gigabytes, never held inflated), declared sizes
 * that lie, ZIP64 records, and local entries that the directory hides.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface BuiltPart {
  name: string;
  /** The compressed (method 8) or stored (method 0) bytes. */
  data: Buffer;
  method: 0 | 8;
  /** Inflated size and checksum, as the directory will declare them. */
  size: number;
  crc: number;
  /** Written as a local entry but left out of the central directory. */
  hidden?: boolean;
}

/** A part deflated from its text. */
export function deflatedPart(name: string, content: string | Uint8Array): BuiltPart {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return { name, data: deflateRawSync(bytes), method: 8, size: bytes.length, crc: crc32(bytes) };
}

/**
 * A part of `prefix`, then `unit` repeated `times` times, then `suffix`,
 * deflated without ever holding the whole: the unit is compressed once
 * with a full flush (which resets the window, so its compressed bytes can be
 * repeated as they are), and the pieces are concatenated.
 */
export function repeatedPart(name: string, prefix: string, unit: Buffer, times: number, suffix: string): BuiltPart {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const head = deflateRawSync(Buffer.from(prefix), flush);
  const body = deflateRawSync(unit, flush);
  const tail = deflateRawSync(Buffer.from(suffix));
  const pieces: Buffer[] = [head];
  for (let k = 0; k < times; k++) pieces.push(body);
  pieces.push(tail);
  let crc = crc32(Buffer.from(prefix));
  for (let k = 0; k < times; k++) crc = crc32(unit, crc);
  crc = crc32(Buffer.from(suffix), crc);
  return { name, data: Buffer.concat(pieces), method: 8, size: Buffer.byteLength(prefix) + unit.length * times + Buffer.byteLength(suffix), crc };
}

/** The archive of `parts`, in order; with `zip64`, every directory entry and the end record are ZIP64. */
export function buildZip(parts: BuiltPart[], options: { zip64?: boolean } = {}): Buffer {
  const zip64 = options.zip64 ?? false;
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let listed = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(zip64 ? 0xffffffff : part.data.length, 18);
    local.writeUInt32LE(zip64 ? 0xffffffff : Math.min(part.size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const localExtra = zip64 ? extra64([part.size, part.data.length]) : Buffer.alloc(0);
    local.writeUInt16LE(localExtra.length, 28);
    out.push(local, name, localExtra, part.data);
    if (!part.hidden) {
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(zip64 ? 45 : 20, 4);
      entry.writeUInt16LE(zip64 ? 45 : 20, 6);
      entry.writeUInt16LE(part.method, 10);
      entry.writeUInt32LE(part.crc >>> 0, 16);
      entry.writeUInt32LE(zip64 ? 0xffffffff : part.data.length, 20);
      entry.writeUInt32LE(zip64 ? 0xffffffff : Math.min(part.size, 0xffffffff), 24);
      entry.writeUInt16LE(name.length, 28);
      const extra = zip64 ? extra64([part.size, part.data.length, offset]) : Buffer.alloc(0);
      entry.writeUInt16LE(extra.length, 30);
      entry.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
      central.push(entry, name, extra);
      listed++;
    }
    offset += 30 + name.length + localExtra.length + part.data.length;
  }
  const cd = Buffer.concat(central);
  out.push(cd);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(listed), 24);
    record.writeBigUInt64LE(BigInt(listed), 32);
    record.writeBigUInt64LE(BigInt(cd.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    locator.writeUInt32LE(1, 16);
    out.push(record, locator);
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 12);
    end.writeUInt32LE(0xffffffff, 16);
  } else {
    end.writeUInt16LE(listed, 8);
    end.writeUInt16LE(listed, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
  }
  out.push(end);
  return Buffer.concat(out);
}

function extra64(values: number[]): Buffer {
  const b = Buffer.alloc(4 + 8 * values.length);
  b.writeUInt16LE(0x0001, 0);
  b.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, k) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * k));
  return b;
}

/** XML-escaped text. */
export function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The letters of a column number, written here independently of the reader's (1 → A, 27 → AA). */
export function letters(n: number): string {
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = (n - 1 - r) / 26;
  }
  return s;
}

export interface WorkbookParts {
  /** Worksheet XML (the whole part). */
  sheet: string | BuiltPart;
  /** Shared strings XML, or none. */
  sharedStrings?: string | BuiltPart;
  /** Extra parts (hidden entries, say), placed before the worksheet. */
  before?: BuiltPart[];
}

/** A minimal workbook: content types, workbook, its relationships, one worksheet, optional shared strings. */
export function workbookParts(parts: WorkbookParts): BuiltPart[] {
  const part = (name: string, p: string | BuiltPart) => (typeof p === 'string' ? deflatedPart(name, p) : { ...p, name });
  const rels = [
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>',
    parts.sharedStrings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : '',
  ].join('');
  return [
    deflatedPart('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    deflatedPart('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Responses" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    deflatedPart('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`),
    ...(parts.sharedStrings ? [part('xl/sharedStrings.xml', parts.sharedStrings)] : []),
    ...(parts.before ?? []),
    part('xl/worksheets/sheet1.xml', parts.sheet),
  ];
}

/** Worksheet XML of rows of inline strings, with or without `r` attributes. */
export function sheetXml(rows: { r?: number; cells: string[] }[], options: { refs?: boolean } = {}): string {
  const refs = options.refs ?? true;
  let number = 0;
  const body = rows
    .map((row) => {
      number = row.r ?? number + 1;
      const cells = row.cells
        // Without references an empty cell must still be written, or the next would take its place.
        .map((c, k) => (c === '' ? (refs ? '' : '<c/>') : `<c${refs ? ` r="${letters(k + 1)}${number}"` : ''} t="inlineStr"><is><t>${xmlText(c)}</t></is></c>`))
        .join('');
      return `<row${refs || row.r !== undefined ? ` r="${number}"` : ''}>${cells}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}
