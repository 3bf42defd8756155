/**
 * A column's distinct raw answers, as bytes, with their counts. Rating columns
 * have a handful of distinct answers, so lookup is a linear scan on length and
 * bytes; a column past `limit` distinct answers is free text and stops counting.
 */
export class ByteDict {
  keys: Uint8Array[] = [];
  counts: number[] = [];
  overflow = false;
  private lengths: number[] = [];
  private first: number[] = [];
  private index = new Map<number, number[]>();

  constructor(readonly limit: number) {}

  /** Index of the bytes buf[start, end) (added when new), or -1 once the column overflowed. */
  find(buf: Uint8Array, start: number, end: number): number {
    if (this.overflow) return -1;
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
    this.keys.push(Uint8Array.prototype.slice.call(buf, start, end));
    this.counts.push(0);
    this.lengths.push(len);
    this.first.push(b0);
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
