import { open } from 'node:fs/promises';

/** Bytes read per call; one buffer, reused, so reading makes no garbage. */
export const CHUNK = 1 << 20;

/**
 * Reads [start, end) of a file chunk by chunk into one reused buffer. The
 * callback must not keep the chunk: it is overwritten by the next read.
 */
export async function readRange(path: string, start: number, end: number, onChunk: (chunk: Buffer) => void): Promise<void> {
  const file = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (let pos = start; pos < end; ) {
      const { bytesRead } = await file.read(buf, 0, Math.min(CHUNK, end - pos), pos);
      if (bytesRead === 0) break;
      onChunk(buf.subarray(0, bytesRead));
      pos += bytesRead;
    }
  } finally {
    await file.close();
  }
}
