/**
 * Reads one export from its path, by the streaming path (stream/ingest.ts)
 * or, when asked, whole in memory (memory.ts).
 */
import { basename } from 'node:path';
import { checkInputFile, readInputFile } from './decode/input-file.js';
import type { IngestOptions, Ingested } from './finish.js';
import { ingestBytes } from './memory.js';
import { ingestStream } from './stream/ingest.js';

export async function ingestFile(path: string, options: IngestOptions = {}): Promise<Ingested> {
  const file = basename(path);
  const size = checkInputFile(path);
  if ((options.mode ?? 'stream') === 'stream') return ingestStream(path, options);
  return ingestBytes(readInputFile(path, size), { ...options, file });
}
