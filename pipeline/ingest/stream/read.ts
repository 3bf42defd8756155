import { open } from 'node:fs/promises';

/** Bytes read per call; one buffer, reused, so reading makes no garbage. */
export const CHUNK = 1 << 20;

/**
 * Reads [start, end) of a file chunk by chunk into one reused buffer. The
 * callback must not keep the chunk: it is overwritten by the next read.
 * `end` may be a function, asked before each read: the ingest moves this
 * thread's end when the second thread is ready to take the rest (never
 * before the end of the read under way).
 */
export async function readRange(path: string, start: number, end: number | (() => number), onChunk: (chunk: Buffer) => void): Promise<void> {
  const file = await open(path, 'r');
  const until = typeof end === 'number' ? () => end : end;
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (let pos = start; pos < until(); ) {
      const { bytesRead } = await file.read(buf, 0, Math.min(CHUNK, until() - pos), pos);
      if (bytesRead === 0) break;
      onChunk(buf.subarray(0, bytesRead));
      pos += bytesRead;
    }
  } finally {
    await file.close();
  }
}
