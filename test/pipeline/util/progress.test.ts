import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../pipeline/util/progress.js';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, s: { isTTY, write: (c: string) => (chunks.push(c), true) } as unknown as NodeJS.WriteStream };
}

describe('createProgress(options)', () => {
  it('createProgress(on a TTY) draws a bar in bytes and clears it when done', () => {
    const { chunks, s } = stream(true);
    const p = createProgress({ total: 2_000_000, stream: s });
    p.update(1_000_000);
    p.update(1_000_001); // same percent: not redrawn
    p.done();
    expect(chunks).toHaveLength(2);
    expect(chunks[0]).toContain('50% of 2.0 MB');
    expect(chunks[1]).toBe('\r\x1b[2K');
  });

  it('createProgress(not a TTY) and createProgress(quiet) draw nothing', () => {
    for (const [tty, quiet] of [[false, false], [true, true]] as const) {
      const { chunks, s } = stream(tty);
      const p = createProgress({ total: 100, stream: s, quiet });
      p.update(50);
      p.done();
      expect(chunks).toEqual([]);
    }
  });
});
