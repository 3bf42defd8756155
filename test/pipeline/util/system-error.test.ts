import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as msg from '../../../pipeline/messages.js';
import { userErrorFromSystem } from '../../../pipeline/util/system-error.js';

/** An error as Node's fs gives it. */
function systemError(code: string, path: string, syscall = 'open'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, path, syscall, errno: -1 });
}

describe('userErrorFromSystem(err)', () => {
  it('userErrorFromSystem(err) turns permission, read-only, full-disk and path errors into exit 1 with the path', () => {
    const cases: [string, string][] = [
      ['EACCES', msg.permissionDenied('/srv/www/report')],
      ['EPERM', msg.permissionDenied('/srv/www/report')],
      ['EROFS', msg.readOnlyFileSystem('/srv/www/report')],
      ['ENOSPC', msg.diskFull('/srv/www/report')],
      ['EDQUOT', msg.diskFull('/srv/www/report')],
      ['ENOENT', msg.noSuchFolder('/srv/www/report')],
      ['ENOTDIR', msg.notAFolder('/srv/www/report')],
      ['EEXIST', msg.notAFolder('/srv/www/report')],
      ['EMFILE', msg.tooManyOpenFiles('/srv/www/report')],
    ];
    for (const [code, message] of cases) {
      const e = userErrorFromSystem(systemError(code, '/srv/www/report'));
      expect(e?.message, code).toBe(message);
      expect(e?.exitCode, code).toBe(1);
    }
  });

  it('userErrorFromSystem(err) names the folder of a temporary staging folder, the one the user chose', () => {
    expect(userErrorFromSystem(systemError('EACCES', '/srv/www/.debrief-feedback.staging-XXXXXX', 'mkdtemp'))?.message).toBe(msg.permissionDenied('/srv/www'));
    expect(userErrorFromSystem(systemError('ENOSPC', '/srv/www/.debrief-feedback.staging-a1B2c3/charts/x.png', 'write'))?.message).toBe(msg.diskFull('/srv/www/.debrief-feedback.staging-a1B2c3/charts/x.png'));
  });

  it('userErrorFromSystem(err) leaves errors without a code and a path, and unknown codes, as internal', () => {
    expect(userErrorFromSystem(new TypeError('x is undefined'))).toBeUndefined();
    expect(userErrorFromSystem(Object.assign(new Error('socket'), { code: 'ECONNRESET' }))).toBeUndefined();
    expect(userErrorFromSystem(systemError('ERR_SOMETHING', '/tmp/x'))).toBeUndefined();
    expect(userErrorFromSystem(undefined)).toBeUndefined();
  });

  it('userErrorFromSystem(err) leaves a failure on debrief\'s own files (its dist/ folder) as internal', () => {
    const own = new URL('../../../dist/bundle/Inter.ttf', import.meta.url).pathname;
    expect(userErrorFromSystem(systemError('ENOENT', own))).toBeUndefined();
  });

  it('userErrorFromSystem(err) reads a real error of mkdir under a file', () => {
    const base = `/tmp/debrief-syserr-${process.pid}`;
    mkdirSync(base, { recursive: true });
    writeFileSync(`${base}/file`, '');
    let error: unknown;
    try {
      mkdirSync(`${base}/file/sub`, { recursive: true });
    } catch (e) {
      error = e;
    }
    expect([msg.notAFolder(`${base}/file/sub`), msg.notAFolder(`${base}/file`)]).toContain(userErrorFromSystem(error)?.message);
  });
});
