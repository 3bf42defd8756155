/**
 * A byte-level CSV scanner for the streaming path: it finds record and field
 * boundaries in raw bytes without building strings, so a fold can count
 * answers by comparing bytes. Works for UTF-8 and Windows-1252 alike, since
 * delimiters, quotes and line breaks are ASCII in both.
 */

import type { BytesDecoder as Decoder } from '../decode.js';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** The fields of one record: byte ranges into `buf`, content only (quotes stripped). */
export interface Fields {
  buf: Uint8Array;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when the field was quoted and holds doubled quotes to unescape. */
  escaped: Uint8Array;
}

export type RecordHandler = (fields: Fields) => void;

/** Thrown when a quoted field never closes; `record` is its 1-based record number. */
export class UnterminatedQuote extends Error {
  constructor(readonly record: number) {
    super(`unterminated quote in record ${record}`);
  }
}

export interface Scanner {
  /** Feeds the next chunk; complete records are handed to the handler. */
  push: (chunk: Uint8Array) => void;
  /** Flushes the last record; throws UnterminatedQuote if a quote is open. */
  end: () => void;
  /** Records handed over so far. */
  records: () => number;
  /** Bytes consumed into complete records so far. */
  consumed: () => number;
  /** The bytes of the unfinished record held back, if any. */
  pending: () => Uint8Array | undefined;
}

/**
 * Creates a scanner. A record cut by a chunk boundary is carried over to the
 * next chunk, so memory stays at about one chunk plus one record.
 */
export function createScanner(delimiter: number, onRecord: RecordHandler, options: { maxFields?: number } = {}): Scanner {
  /** Capacity of the field arrays; grows as needed. Default 256. */
  let cap = options.maxFields ?? 256;
  let fields: Fields = { buf: new Uint8Array(0), count: 0, starts: new Int32Array(cap), ends: new Int32Array(cap), escaped: new Uint8Array(cap) };
  let carry: Uint8Array | undefined;
  let records = 0;
  let consumed = 0;

  const grow = () => {
    cap *= 2;
    const s = new Int32Array(cap);
    s.set(fields.starts);
    const e = new Int32Array(cap);
    e.set(fields.ends);
    const q = new Uint8Array(cap);
    q.set(fields.escaped);
    fields = { ...fields, starts: s, ends: e, escaped: q };
  };

  /** Scans `buf` from 0; returns the offset of the first byte not in a complete record. */
  const scan = (buf: Uint8Array, final: boolean): number => {
    const n = buf.length;
    let i = 0;
    let recordStart = 0;
    fields.buf = buf;
    let count = 0;
    while (i <= n) {
      // Start of a field at i.
      if (count === cap) grow();
      const starts = fields.starts;
      const ends = fields.ends;
      const escaped = fields.escaped;
      if (i < n && buf[i] === QUOTE) {
        let j = i + 1;
        let esc = 0;
        for (;;) {
          while (j < n && buf[j] !== QUOTE) j++;
          if (j >= n) {
            if (!final) return recordStart;
            throw new UnterminatedQuote(records + 1);
          }
          if (j + 1 < n && buf[j + 1] === QUOTE) {
            esc = 1;
            j += 2;
            continue;
          }
          if (j + 1 >= n && !final) return recordStart; // cannot tell "" from " yet
          break;
        }
        starts[count] = i + 1;
        ends[count] = j;
        escaped[count] = esc;
        count++;
        i = j + 1;
        // Skip anything between the closing quote and the delimiter (lenient, like papaparse).
        while (i < n && buf[i] !== delimiter && buf[i] !== LF && buf[i] !== CR) i++;
      } else {
        let j = i;
        while (j < n) {
          const b = buf[j];
          if (b === delimiter || b === LF || b === CR) break;
          j++;
        }
        if (j >= n && !final) return recordStart;
        starts[count] = i;
        ends[count] = j;
        escaped[count] = 0;
        count++;
        i = j;
      }
      if (i >= n) {
        // End of input: the last record has no line break.
        if (final && (count > 1 || ends[0] > starts[0] || recordStart < n)) {
          fields.count = count;
          records++;
          onRecord(fields);
        }
        return n;
      }
      const b = buf[i];
      if (b === delimiter) {
        i++;
        if (i === n) {
          if (!final) return recordStart;
          // A trailing delimiter: one more, empty field.
          if (count === cap) grow();
          fields.starts[count] = n;
          fields.ends[count] = n;
          fields.escaped[count] = 0;
          count++;
          fields.count = count;
          records++;
          onRecord(fields);
          return n;
        }
        continue;
      }
      // A line break ends the record: CRLF, LF or a lone CR.
      if (b === CR) {
        if (i + 1 >= n && !final) return recordStart;
        i += i + 1 < n && buf[i + 1] === LF ? 2 : 1;
      } else i++;
      fields.count = count;
      records++;
      onRecord(fields);
      count = 0;
      recordStart = i;
      if (i === n) return n;
    }
    return n;
  };

  return {
    push(chunk) {
      const buf = carry ? concat(carry, chunk) : chunk;
      const used = scan(buf, false);
      consumed += used;
      carry = used < buf.length ? buf.slice(used) : undefined;
    },
    end() {
      if (carry && carry.length) {
        consumed += scan(carry, true);
        carry = undefined;
      }
    },
    records: () => records,
    consumed: () => consumed,
    pending: () => carry,
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The text of field k, quotes unescaped, decoded with `decoder`. */
export function fieldText(f: Fields, k: number, decoder: Decoder): string {
  if (k >= f.count) return '';
  let text = decoder.decode(f.buf.subarray(f.starts[k], f.ends[k]));
  if (f.escaped[k]) text = text.replace(/""/g, '"');
  // As parse.ts does: line breaks inside fields become LF.
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
