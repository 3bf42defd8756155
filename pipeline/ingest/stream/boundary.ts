import { isUtf8 } from 'node:buffer';

/** End of the last complete UTF-8 character in `buf`. */
export function utf8Boundary(buf: Uint8Array): number {
  let i = buf.length;
  let back = 0;
  while (i > 0 && back < 4 && (buf[i - 1] & 0xc0) === 0x80) {
    i--;
    back++;
  }
  if (i === 0) return buf.length;
  const lead = buf[i - 1];
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return need === back + 1 || need === 1 ? buf.length : i - 1;
}

/**
 * True when `tail` (what follows utf8Boundary) is the start of a UTF-8
 * character: a lead byte and the continuation bytes that came, short of its
 * end. At the end of a file that is a character cut by an interrupted
 * download (see cut.ts), not a sign of another encoding.
 */
export function partialCharacter(tail: Uint8Array): boolean {
  if (tail.length === 0 || tail[0] < 0xc2 || tail[0] > 0xf4) return false;
  for (let i = 1; i < tail.length; i++) if ((tail[i] & 0xc0) !== 0x80) return false;
  return true;
}

/** Checks that a byte stream is UTF-8, chunk by chunk (a character may straddle two chunks). */
export class Utf8Check {
  valid = true;
  /** The first bytes of a character cut by the last chunk's end (at most 3). */
  private tail = Buffer.alloc(0);

  push(chunk: Buffer): void {
    if (!this.valid) return;
    let from = 0;
    if (this.tail.length) {
      // Complete the cut character with the continuation bytes that open this chunk.
      let k = 0;
      while (k < 3 && k < chunk.length && (chunk[k] & 0xc0) === 0x80) k++;
      if (!isUtf8(Buffer.concat([this.tail, chunk.subarray(0, k)]))) this.valid = false;
      from = k;
    }
    const cut = from + utf8Boundary(chunk.subarray(from));
    if (!isUtf8(chunk.subarray(from, cut))) this.valid = false;
    this.tail = Buffer.from(chunk.subarray(cut));
  }

  /** At the end of the file, an unfinished character is invalid too, unless it is one cut short (see partialCharacter). */
  end(): boolean {
    if (this.tail.length && !partialCharacter(this.tail)) this.valid = false;
    return this.valid;
  }
}
