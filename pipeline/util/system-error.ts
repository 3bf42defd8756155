import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DebriefError } from '../errors.js';
import * as msg from '../messages.js';

/**
 * An error of the file system that the user can act on (a read-only or full
 * disk, a permission, a missing parent folder) as a DebriefError with one
 * sentence naming the path, exit 1; undefined for anything else, which stays
 * an internal error. A failure on debrief's own files (its bundle, fonts,
 * node_modules) is a broken installation, not the user's path, and stays
 * internal too.
 */
export function userErrorFromSystem(err: unknown): DebriefError | undefined {
  const e = err as NodeJS.ErrnoException | undefined;
  if (!e || typeof e !== 'object' || typeof e.code !== 'string' || typeof e.path !== 'string') return undefined;
  if (isOwnFile(e.path)) return undefined;
  const message = messageFor(e.code, shownPath(e.path));
  return message === undefined ? undefined : new DebriefError(message, 1);
}

function messageFor(code: string, path: string): string | undefined {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return msg.permissionDenied(path);
    case 'EROFS':
      return msg.readOnlyFileSystem(path);
    case 'ENOSPC':
    case 'EDQUOT':
      return msg.diskFull(path);
    case 'ENOENT':
      return msg.noSuchFolder(path);
    case 'ENOTDIR':
    case 'EEXIST':
      return msg.notAFolder(path);
    case 'EISDIR':
      return msg.isAFolder(path);
    case 'ENAMETOOLONG':
      return msg.pathTooLong(path);
    case 'EMFILE':
    case 'ENFILE':
      return msg.tooManyOpenFiles(path);
    case 'EIO':
    case 'ELOOP':
    case 'EXDEV':
    case 'EBUSY':
    case 'ETXTBSY':
    case 'ENOTEMPTY':
      return msg.fileSystemError(path, code);
    default:
      return undefined;
  }
}

/**
 * The path as the user knows it: a report is staged in a sibling folder and
 * locked by a sibling file (`.debrief-report.staging-XXXXXX`, `.debrief-report.lock`,
 * outputs/atomic.ts and lock.ts), whose folder is the one to fix.
 */
function shownPath(path: string): string {
  return /(^|[\\/])\.debrief-[^\\/]*\.(staging-[A-Za-z0-9]{6}|old-[A-Za-z0-9]{6}|lock)$/.test(path) ? dirname(path) : path;
}

/** The installation's own folders: dist/ (the bundle, its workers and fonts) and node_modules/. */
const OWN = ((here: string) => {
  // Built, this module is in dist/ (dist/bundle/ or dist/pipeline/util/); from source, in pipeline/util/.
  const dist = here.lastIndexOf(`${sep}dist${sep}`);
  const root = dist >= 0 ? here.slice(0, dist) : here.slice(0, here.lastIndexOf(`${sep}pipeline${sep}`));
  return [join(root, 'dist') + sep, join(root, 'node_modules') + sep];
})(fileURLToPath(import.meta.url));

function isOwnFile(path: string): boolean {
  return OWN.some((dir) => path.startsWith(dir));
}
