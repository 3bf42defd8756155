import { grown } from '../../util/grown.js';

/** Direct-mapped slots: length, first and last byte pick one; a rating column's few spellings rarely share one. */
const SLOTS = 1 << 8;

/**
 * A column's distinct raw answers, as bytes, with their counts. Rating columns
 * have a handful of distinct answers: a slot picked by length, first and last
 * byte names the likely one, and its bytes are compared; only a miss scans
 * (linearly, or through a hash map past 16 spellings). A column past `limit`
 * distinct answers is free text and stops counting.
 */
export class ByteDict {
  keys: Uint8Array[] = [];
  counts: number[] = [];
  overflow = false;
  /** Per spelling, its length in bytes. */
  readonly lengths: number[] = [];
  private first: number[] = [];
  private index = new Map<number, number[]>();
  /** Per slot, the index + 1 of the first spelling that fell there; 0 when none. */
  private slots = new Int32Array(SLOTS);
  /**
   * Each spelling's bytes as little-endian 32-bit words, compared four bytes
   * at a time: its whole words, then (when it has 4 bytes or more) the word
   * that ends with its last byte, overlapping the one before if need be.
   */
  private words: Int32Array[] = [];
  /** Per first byte, the index + 1 of the first spelling `prefix` can find by it; 0 when none. */
  private byFirst = new Int32Array(256);
  /** Per spelling, the index + 1 of the next one with the same first byte in `byFirst`'s chain. */
  private sameFirst: number[] = [];
  /** Per spelling, 1 when it is blank as trim() sees it (so a row made of it is blank). */
  blank: Uint8Array = new Uint8Array(16);
  /** A view of the buffer last searched, for reading its words. */
  private buf: Uint8Array | undefined;
  private view: DataView = new DataView(new ArrayBuffer(0));

  /** `delimiter`: the export's field delimiter, as a byte (see `prefix`); default a comma. */
  constructor(readonly limit: number, private readonly delimiter = 0x2c) {}

  /** Index of the bytes buf[start, end) (added when new), or -1 once the column overflowed. */
  find(buf: Uint8Array, start: number, end: number): number {
    if (this.overflow) return -1;
    const len = end - start;
    const s = len === 0 ? 0 : (Math.imul(len, 0x9e3779b1) ^ (buf[start] << 5) ^ buf[end - 1]) & (SLOTS - 1);
    const k = this.slots[s] - 1;
    if (k >= 0 && this.lengths[k] === len) {
      if (buf !== this.buf) {
        this.buf = buf;
        this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
      }
      if (sameWords(this.words[k], this.keys[k], this.view, buf, start, len)) return k;
    }
    const found = this.scan(buf, start, end);
    if (found >= 0 && this.slots[s] === 0) this.slots[s] = found + 1;
    return found;
  }

  /**
   * The spelling that a field starting at buf[start] holds, found without
   * looking for the field's end first: a spelling with the field's first byte
   * whose bytes follow, then a byte that ends a field (the delimiter, CR or LF).
   * -1 when none does, or the field's end lies past the buffer (the caller then
   * scans the field as usual). Spellings holding a delimiter, quote or line
   * break are not found this way: unquoted, such bytes would end the field first.
   */
  prefix(buf: Uint8Array, view: DataView, start: number): number {
    const n = buf.length;
    const delimiter = this.delimiter;
    for (let k = this.byFirst[buf[start]] - 1; k >= 0; k = this.sameFirst[k] - 1) {
      const len = this.lengths[k];
      const at = start + len;
      if (at >= n) continue;
      const b = buf[at];
      if (b !== delimiter && b !== 0x0a && b !== 0x0d) continue;
      if (sameWords(this.words[k], this.keys[k], view, buf, start, len)) return k;
    }
    return -1;
  }

  /** Makes spelling k findable by `prefix`, unless the delimiter, a quote or a line break is in it. */
  private addPrefix(k: number): void {
    const key = this.keys[k];
    if (key.length === 0) return;
    for (const b of key) if (b === this.delimiter || b === 0x22 || b === 0x0a || b === 0x0d) return;
    // Appended at the chain's end: earlier (more common) spellings are tried first.
    let last = this.byFirst[key[0]];
    if (last === 0) {
      this.byFirst[key[0]] = k + 1;
      return;
    }
    while (this.sameFirst[last - 1] !== 0) last = this.sameFirst[last - 1];
    this.sameFirst[last - 1] = k + 1;
  }

  private scan(buf: Uint8Array, start: number, end: number): number {
    const len = end - start;
    const b0 = len > 0 ? buf[start] : -1;
    const n = this.keys.length;
    if (n <= 16) {
      const lengths = this.lengths;
      const first = this.first;
      for (let k = 0; k < n; k++) {
        if (lengths[k] !== len || first[k] !== b0) continue;
        if (same(this.keys[k], buf, start, len)) return k;
      }
    } else {
      const list = this.index.get(hash(buf, start, end));
      if (list) for (const k of list) if (this.lengths[k] === len && same(this.keys[k], buf, start, len)) return k;
    }
    if (n >= this.limit) {
      this.overflow = true;
      return -1;
    }
    // A copy (Node's Buffer#slice would be a view into a reused read buffer).
    const key = new Uint8Array(len);
    key.set(buf.subarray(start, end));
    this.keys.push(key);
    const view = new DataView(key.buffer);
    const whole = len >> 2;
    this.words.push(Int32Array.from({ length: whole + (len >= 4 ? 1 : 0) }, (_, w) => view.getInt32(w < whole ? w * 4 : len - 4, true)));
    this.counts.push(0);
    this.lengths.push(len);
    this.first.push(b0);
    this.sameFirst.push(0);
    if (n >= this.blank.length) this.blank = grown(this.blank, 2 * this.blank.length);
    this.blank[n] = isBlank(key) ? 1 : 0;
    this.addPrefix(n);
    if (n + 1 > 16) {
      if (n + 1 === 17) for (let k = 0; k <= n; k++) this.addIndex(k);
      else this.addIndex(n);
    }
    return n;
  }

  private addIndex(k: number): void {
    const h = hash(this.keys[k], 0, this.keys[k].length);
    const list = this.index.get(h);
    if (list) list.push(k);
    else this.index.set(h, [k]);
  }
}

/** `same`, four bytes at a time through `view` (see ByteDict.words); spellings under 4 bytes byte by byte. */
function sameWords(words: Int32Array, key: Uint8Array, view: DataView, buf: Uint8Array, start: number, len: number): boolean {
  if (len < 4) return same(key, buf, start, len);
  const whole = len >> 2;
  for (let w = 0; w < whole; w++) if (view.getInt32(start + w * 4, true) !== words[w]) return false;
  return view.getInt32(start + len - 4, true) === words[whole];
}

function isBlank(key: Uint8Array): boolean {
  // Space, tab, LF, vertical tab, form feed, CR: blank to trim() too.
  for (const b of key) if (b !== 0x20 && (b < 0x09 || b > 0x0d)) return false;
  return true;
}

function same(key: Uint8Array, buf: Uint8Array, start: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (key[i] !== buf[start + i]) return false;
  return true;
}

/** FNV-1a over bytes. */
function hash(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193);
  return h >>> 0;
}
