/**
 * `--out` never deletes or changes a file debrief did not write: each way a
 * user could point it at their own files is refused before anything is read,
 * and every file that was there is byte-identical afterwards.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../pipeline/cli.js';
import { createLogger } from '../../pipeline/util/log.js';
import * as msg from '../../pipeline/messages.js';
import { lockPath } from '../../pipeline/outputs/lock.js';
import { MANIFEST_FILE } from '../../pipeline/outputs/manifest.js';

const EXPORT = 'fixtures/ndm-un23/surveymonkey.csv';
const OTHER = 'fixtures/ndm-un24/surveymonkey.csv';
const BUNDLE = 'dist/bundle/debrief.js';

async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await main(args, { log: createLogger({ write: (l) => lines.push(l) }) });
  return { code, lines };
}

/** Path → sha256 of every entry under a folder, links as their target text (never followed). */
function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = lstatSync(p);
      if (s.isSymbolicLink()) out[relative(dir, p)] = `link`;
      else if (s.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** A work folder holding a copy of the export and a user's files. */
function workspace(): { dir: string; input: string } {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-out-'));
  const input = join(dir, 'export.csv');
  writeFileSync(input, readFileSync(EXPORT));
  mkdirSync(join(dir, 'mine'));
  writeFileSync(join(dir, 'mine', 'thesis.docx'), 'notes');
  return { dir, input };
}

describe('main(report --out <a folder debrief did not write>)', () => {
  it('main(report --out mine) refuses a folder holding a user\'s file, naming it, and changes nothing', async () => {
    const { dir, input } = workspace();
    const before = digest(dir);
    const { code, lines } = await run(['report', input, '--out', join(dir, 'mine')]);
    expect(code).toBe(2);
    expect(lines).toEqual([`debrief: error: ${msg.outHoldsForeign(join(dir, 'mine'), ['thesis.docx'])}`]);
    expect(digest(dir)).toEqual(before);
  });

  it('main(report --out mine/) with four files names the first and counts the rest', async () => {
    const { dir, input } = workspace();
    for (const name of ['b.txt', 'c.txt', 'd.txt']) writeFileSync(join(dir, 'mine', name), name);
    const before = digest(dir);
    const { code, lines } = await run(['report', input, '--out', join(dir, 'mine') + '/']);
    expect(code).toBe(2);
    expect(lines).toEqual([`debrief: error: ${msg.outHoldsForeign(join(dir, 'mine'), ['b.txt', 'c.txt', 'd.txt', 'thesis.docx'])}`]);
    expect(lines[0]).toContain('(b.txt and 3 more)');
    expect(digest(dir)).toEqual(before);
  });

  it('main(report x --out x) refuses the input itself; --out its folder, or a path inside it, too', async () => {
    const { dir, input } = workspace();
    const before = digest(dir);
    const cases: [string, string][] = [
      [input, msg.outIsInput(input, input)],
      [dir, msg.outHoldsInput(dir, input)],
      [join(dir, '..'), msg.outHoldsInput(join(dir, '..'), input)],
      [join(input, 'sub'), msg.outInsideInput(join(input, 'sub'), input)],
    ];
    for (const [out, message] of cases) {
      const { code, lines } = await run(['report', input, '--out', out]);
      expect({ out, code, lines }).toEqual({ out, code: 2, lines: [`debrief: error: ${message}`] });
    }
    expect(digest(dir)).toEqual(before);
  });

  it('main(report --out) refuses the folder of the config and of the baseline, and a config whose out is the export', async () => {
    const { dir, input } = workspace();
    mkdirSync(join(dir, 'conf'));
    const config = join(dir, 'conf', 'survey.yml');
    writeFileSync(config, `inputs: [../export.csv]\nout: ../export.csv\n`);
    const baseline = join(dir, 'mine', 'last-year.csv');
    writeFileSync(baseline, readFileSync(OTHER));
    const before = digest(dir);
    expect((await run(['report', '--config', config])).lines).toEqual([`debrief: error: ${msg.outIsInput(relative('.', input), join(dir, 'conf', '../export.csv'))}`]);
    expect((await run(['report', input, '--config', config, '--out', join(dir, 'conf')])).lines).toEqual([`debrief: error: ${msg.outHoldsInput(join(dir, 'conf'), config)}`]);
    expect((await run(['report', input, '--baseline', baseline, '--out', join(dir, 'mine')])).lines).toEqual([`debrief: error: ${msg.outHoldsInput(join(dir, 'mine'), baseline)}`]);
    expect(digest(dir)).toEqual(before);
  });

  it('main(report --out /) and --out of the home folder are refused before anything is read', async () => {
    const { dir, input } = workspace();
    const home = process.env.HOME;
    process.env.HOME = join(dir, 'mine'); // os.homedir() reads $HOME: a home of our own, never the real one
    try {
      expect(await run(['report', input, '--out', join(dir, 'mine')])).toEqual({ code: 2, lines: [`debrief: error: ${msg.outIsHome(join(dir, 'mine'))}`] });
      expect(await run(['report', 'no-such-export.csv', '--out', '/'])).toEqual({ code: 2, lines: [`debrief: error: ${msg.outIsRoot('/')}`] });
    } finally {
      process.env.HOME = home;
    }
    expect(readFileSync(join(dir, 'mine', 'thesis.docx'), 'utf8')).toBe('notes');
  });

  it('main(report --out <a file>) and --out <a symbolic link> are refused; the file and the link\'s target stay', async () => {
    const { dir, input } = workspace();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    mkdirSync(join(dir, 'empty'));
    symlinkSync(join(dir, 'empty'), join(dir, 'link'));
    const before = digest(dir);
    expect((await run(['report', input, '--out', join(dir, 'notes.txt')])).lines).toEqual([`debrief: error: ${msg.outIsFile(join(dir, 'notes.txt'))}`]);
    expect((await run(['report', input, '--out', join(dir, 'link')])).lines).toEqual([`debrief: error: ${msg.outIsLink(join(dir, 'link'), join(dir, 'empty'))}`]);
    expect(digest(dir)).toEqual(before);
    expect(readdirSync(join(dir, 'empty'))).toEqual([]);
  });
});

describe('main(report --out <a report debrief wrote>)', () => {
  it('main(report) replaces its own report, keeping nothing stale, and writes a manifest of every file', async () => {
    const { dir, input } = workspace();
    const out = join(dir, 'report');
    expect((await run(['report', OTHER, '--out', out, '--formats', 'json,csv,svg'])).code).toBe(0);
    expect((await run(['report', input, '--out', out, '--formats', 'json'])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([MANIFEST_FILE, 'summary.json']);
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8'));
    expect(manifest.files.map((f: { name: string }) => f.name)).toEqual(['summary.json']);
    expect(manifest.files[0].sha256).toBe(createHash('sha256').update(readFileSync(join(out, 'summary.json'))).digest('hex'));
    expect(readdirSync(dir).sort()).toEqual(['export.csv', 'mine', 'report']);
  }, 60_000);

  it('main(report) refuses its own report once a user added a file, a link or a folder to it, or edited one of its files', async () => {
    const { dir, input } = workspace();
    const out = join(dir, 'report');
    expect((await run(['report', input, '--out', out, '--formats', 'json,csv'])).code).toBe(0);
    const additions: [string, () => void, string][] = [
      ['notes.txt', () => writeFileSync(join(out, 'notes.txt'), 'mine'), msg.outHoldsForeign(out, ['notes.txt'])],
      ['link', () => symlinkSync(join(dir, 'mine', 'thesis.docx'), join(out, 'link')), msg.outHoldsForeign(out, ['link'])],
      ['drafts/', () => mkdirSync(join(out, 'drafts')), msg.outHoldsForeign(out, ['drafts/'])],
      ['metrics.csv', () => writeFileSync(join(out, 'metrics.csv'), 'edited by hand'), msg.outHoldsChanged(out, ['metrics.csv'])],
    ];
    for (const [name, add, message] of additions) {
      add();
      const before = digest(dir);
      const { code, lines } = await run(['report', input, '--out', out]);
      expect({ name, code, lines }).toEqual({ name, code: 2, lines: [`debrief: error: ${message}`] });
      expect(digest(dir)).toEqual(before);
      if (name === 'link') expect(readFileSync(join(dir, 'mine', 'thesis.docx'), 'utf8')).toBe('notes');
      // put the folder back as debrief wrote it, but for the next addition
      if (name === 'notes.txt') spawnSync('rm', [join(out, 'notes.txt')]);
      if (name === 'link') spawnSync('rm', [join(out, 'link')]);
      if (name === 'drafts/') spawnSync('rmdir', [join(out, 'drafts')]);
    }
  }, 60_000);

  it('main(report) stops with one sentence while another run holds the folder\'s lock, and takes over a lock its holder left', async () => {
    const { dir, input } = workspace();
    const out = join(dir, 'report');
    const holder = spawn('sleep', ['30']);
    try {
      writeFileSync(lockPath(out), `${holder.pid}\n`);
      const { code, lines } = await run(['report', input, '--out', out, '--formats', 'json']);
      expect(code).toBe(1);
      expect(lines).toEqual([`debrief: error: ${msg.outLocked(out, holder.pid!, lockPath(out))}`]);
      expect(existsSync(out)).toBe(false);
    } finally {
      holder.kill('SIGKILL');
    }
    await new Promise((r) => holder.once('exit', r));
    // The holder is gone: its lock is stale, and the run proceeds and removes it.
    expect((await run(['report', input, '--out', out, '--formats', 'json'])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['export.csv', 'mine', 'report']);
  }, 60_000);
});

describe('main(init --config)', () => {
  it('main(init x --config x) refuses the export itself, and --force never overwrites a file init did not write', async () => {
    const { dir, input } = workspace();
    const notes = join(dir, 'mine', 'thesis.docx');
    const before = digest(dir);
    expect((await run(['init', input, '--config', input, '--force'])).lines).toEqual([`debrief: error: ${msg.configIsInput(input)}`]);
    expect((await run(['init', input, '--config', notes, '--force'])).lines).toEqual([`debrief: error: ${msg.configNotOurs(notes)}`]);
    expect(digest(dir)).toEqual(before);
    const config = join(dir, 'survey.yml');
    expect((await run(['init', input, '--config', config])).code).toBe(0);
    expect((await run(['init', input, '--config', config, '--force'])).code).toBe(0);
  });
});

describe('dist/bundle/debrief.js report, interrupted', () => {
  /** Starts the CLI on `input` into `out` (json and csv only, to keep each run short); `ended` settles when it exits, even before it is awaited. */
  const start = (input: string, out: string) => {
    const child = spawn(process.execPath, [BUNDLE, 'report', input, '--out', out, '--formats', 'json,csv', '--quiet'], { stdio: 'ignore' });
    const ended = new Promise<void>((r) => child.once('exit', () => r()));
    return { child, ended };
  };

  it('SIGINT and SIGTERM at any point leave the previous report or the new one, no staging folder and no lock', async () => {
    const { dir, input } = workspace();
    const out = join(dir, 'report');
    spawnSync(process.execPath, [BUNDLE, 'report', OTHER, '--out', out, '--formats', 'json,csv', '--quiet']);
    const previous = digest(out);
    spawnSync(process.execPath, [BUNDLE, 'report', input, '--out', join(dir, 'solo'), '--formats', 'json,csv', '--quiet']);
    const fresh = digest(join(dir, 'solo'));
    for (const [k, signal] of (['SIGINT', 'SIGTERM', 'SIGINT', 'SIGTERM', 'SIGINT', 'SIGTERM'] as const).entries()) {
      const { child, ended } = start(input, out);
      await new Promise((r) => setTimeout(r, 150 + k * 250));
      child.kill(signal);
      await ended;
      const now = digest(out);
      expect([previous, fresh]).toContainEqual(now);
      expect(readdirSync(dir).filter((n) => n.startsWith('.debrief-'))).toEqual([]);
    }
  }, 120_000);

  it('SIGKILL at random points leaves the previous report or the new one, at most one staging folder, and the next run clears it', async () => {
    const { dir, input } = workspace();
    const out = join(dir, 'report');
    const t0 = Date.now();
    spawnSync(process.execPath, [BUNDLE, 'report', input, '--out', join(dir, 'solo'), '--formats', 'json,csv', '--quiet']);
    const span = Date.now() - t0;
    const fresh = digest(join(dir, 'solo'));
    spawnSync(process.execPath, [BUNDLE, 'report', OTHER, '--out', join(dir, 'old'), '--formats', 'json,csv', '--quiet']);
    const previous = digest(join(dir, 'old'));
    // A small seeded generator (mulberry32): the same kill points on every run of the test.
    let seed = 20261205;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const seen = { previous: 0, fresh: 0 };
    for (let k = 0; k < 24; k++) {
      // Each round starts from the previous report, as a run that ended normally wrote it (a copy: same bytes, same manifest).
      spawnSync('rm', ['-rf', out]);
      spawnSync('cp', ['-a', join(dir, 'old'), out]);
      expect(digest(out)).toEqual(previous);
      const { child, ended } = start(input, out);
      await new Promise((r) => setTimeout(r, Math.floor(random() * span * 1.1)));
      child.kill('SIGKILL');
      await ended;
      const now = digest(out);
      expect([previous, fresh]).toContainEqual(now);
      seen[JSON.stringify(now) === JSON.stringify(previous) ? 'previous' : 'fresh']++;
      const staging = readdirSync(dir).filter((n) => n.startsWith('.debrief-report.staging-'));
      expect(staging.length).toBeLessThanOrEqual(1);
      // The previous report moved aside stays only when the kill came after the new one took its place,
      // while it was being removed (the next run removes it; it puts it back when no report took its place).
      const aside = readdirSync(dir).filter((n) => n.startsWith('.debrief-report.old-'));
      expect(aside.length).toBeLessThanOrEqual(JSON.stringify(now) === JSON.stringify(fresh) ? 1 : 0);
      expect(readdirSync(dir).filter((n) => n.startsWith('.debrief-') && !n.startsWith('.debrief-report.staging-') && !n.startsWith('.debrief-report.old-') && n !== '.debrief-report.lock')).toEqual([]);
    }
    // The next run clears what the last kill left, and no file outside the report changed.
    expect(spawnSync(process.execPath, [BUNDLE, 'report', input, '--out', out, '--formats', 'json,csv', '--quiet']).status).toBe(0);
    expect(digest(out)).toEqual(fresh);
    expect(readdirSync(dir).sort()).toEqual(['export.csv', 'mine', 'old', 'report', 'solo']);
    expect(readFileSync(join(dir, 'mine', 'thesis.docx'), 'utf8')).toBe('notes');
    // Kills land before and after the swap: both outcomes occur.
    expect(seen.previous).toBeGreaterThan(0);
    expect(seen.fresh).toBeGreaterThan(0);
  }, 600_000);
});
