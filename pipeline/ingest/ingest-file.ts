/**
 * Reads one export from its path, by the streaming path (stream/ingest.ts)
 * or, when asked, whole in memory (memory.ts).
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fail } from '../errors.js';
import * as msg from '../messages.js';
import type { IngestOptions, Ingested } from './finish.js';
import { ingestBytes } from './memory.js';
import { ingestStream } from './stream/ingest.js';

export async function ingestFile(path: string, options: IngestOptions = {}): Promise<Ingested> {
  const file = basename(path);
  if (!existsSync(path)) fail(msg.missingFile(path));
  if (statSync(path).isDirectory()) fail(msg.notAFile(path));
  if ((options.mode ?? 'stream') === 'stream') return ingestStream(path, options);
  return ingestBytes(readFileSync(path), { ...options, file });
}
