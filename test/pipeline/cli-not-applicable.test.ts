/**
 * "Did not attend" as organisers write it, through the built CLI
 * (dist/bundle/debrief.js): the congreso-es fixture's own wordings need no
 * config under --strict; an unknown wording gives one warning for all its
 * columns, with the config line that maps it, and that line works.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as msg from '../../pipeline/messages.js';
import { NOT_APPLICABLE, PLENARIES } from '../../scripts/gen-congreso-es.js';
import type { ExpectedFixture } from '../../scripts/expected.js';

const CLI = resolve('dist/bundle/debrief.js');
const FIXTURE = 'fixtures/congreso-es/qualtrics.csv';
const EXPECTED = (JSON.parse(readFileSync('fixtures/congreso-es/expected.json', 'utf8')) as { fixtures: Record<string, ExpectedFixture> }).fixtures['qualtrics.csv'];
const UNKNOWN = 'Estaba en otra sala';

function debrief(args: string[]): { code: number | null; lines: string[] } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, lines: r.stderr.split('\n').filter((l) => l !== '') };
}

/** Item label → not-applicable count, from a report's summary.json. */
function notApplicable(out: string): Record<string, number> {
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { items: { label: string; notApplicable: number }[] };
  return Object.fromEntries(summary.items.map((i) => [i.label, i.notApplicable]));
}

const expectedNotApplicable = Object.fromEntries(EXPECTED.items.map((i) => [i.label, i.notApplicable]));

describe('debrief report (not applicable as organisers write it)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-na-'));
  // The same export with the plenaries' "did not attend" choice worded as nothing debrief knows.
  const reworded = join(dir, 'congreso.csv');
  writeFileSync(reworded, readFileSync(FIXTURE, 'utf8').split(NOT_APPLICABLE.plenary).join(UNKNOWN));

  it('debrief report <fixture> --strict exits 0: every label is known with no config', () => {
    const out = join(dir, 'known');
    const r = debrief(['report', FIXTURE, '--strict', '--formats', 'json', '--out', out]);
    expect(r.lines.filter((l) => l.includes('warning'))).toEqual([]);
    expect(r.code).toBe(0);
    expect(notApplicable(out)).toEqual(expectedNotApplicable);
  }, 60_000);

  it('debrief report <reworded> warns once for the unknown label, naming every plenary, and --strict exits 3', () => {
    const r = debrief(['report', reworded, '--strict', '--formats', 'json', '--out', join(dir, 'unknown')]);
    const naming = r.lines.filter((l) => l.includes(UNKNOWN));
    // The four plenaries' not-applicable answers, from the generator's chosen counts.
    const count = PLENARIES.reduce((a, p) => a + p.notApplicable, 0);
    expect(naming).toEqual([`debrief: warning: ${msg.unknownChoice('congreso.csv', UNKNOWN, PLENARIES.map((p) => p.label), count)}`]);
    expect(naming[0]).toContain(`notApplicable: ["${UNKNOWN}"]`);
    expect(r.lines.filter((l) => l.startsWith('debrief: warning:'))).toHaveLength(1);
    expect(r.code).toBe(3);
  }, 60_000);

  it('debrief report <reworded> --config with the suggested line --strict exits 0 and counts the label as not applicable', () => {
    const config = join(dir, 'survey.yml');
    writeFileSync(config, `notApplicable: ["${UNKNOWN}"]\n`);
    const out = join(dir, 'mapped');
    const r = debrief(['report', reworded, '--config', config, '--strict', '--formats', 'json', '--out', out]);
    expect(r.lines.filter((l) => l.includes('warning'))).toEqual([]);
    expect(r.code).toBe(0);
    expect(notApplicable(out)).toEqual(expectedNotApplicable);
  }, 60_000);
});
