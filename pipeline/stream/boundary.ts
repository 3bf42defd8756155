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


/** Checks that a byte stream is UTF-8, chunk by chunk (a character may straddle two chunks). */
export class Utf8Check {
  valid = true;
  private tail: Buffer | undefined;

  push(chunk: Buffer): void {
    if (!this.valid) return;
    const joined = this.tail ? Buffer.concat([this.tail, chunk]) : chunk;
    const cut = utf8Boundary(joined);
    if (!isUtf8(joined.subarray(0, cut))) this.valid = false;
    this.tail = cut < joined.length ? joined.subarray(cut) : undefined;
  }

  /** At the end of the file, an unfinished character is invalid too. */
  end(): boolean {
    if (this.tail && this.tail.length) this.valid = false;
    return this.valid;
  }
}
