import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { fail, type ExitCode } from '../../errors.js';
import * as msg from '../../messages.js';

/**
 * Checks that a path names a regular file, without opening it: opening a
 * FIFO waits for a writer, and a device (/dev/zero, /dev/urandom) never
 * ends, so either would hang a run or its --if-changed fingerprint. Symbolic
 * links are followed. Returns the file's size, by which every read is bounded.
 */
export function checkInputFile(path: string, options: { exitCode?: ExitCode; config?: boolean } = {}): number {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    fail(msg.missingFile(path), options.exitCode);
  }
  if (stats.isDirectory()) fail(msg.notAFile(path), options.exitCode);
  if (!stats.isFile()) fail((options.config ? msg.configNotRegular : msg.notRegularFile)(path, specialKind(stats)), options.exitCode);
  return stats.size;
}

/** The first `size` bytes of a file (the size `stat` gave): a file still being written is read as it was. */
export function readInputFile(path: string, size: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    for (let n; got < size && (n = readSync(fd, buf, got, size - got, got)) > 0; ) got += n;
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** What a path that is not a regular file or a folder is, in words. */
export function specialKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}
