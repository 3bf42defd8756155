/**
 * Golden SVG files in test/output/charts/: generated ids are renumbered
 * before comparing; on a mismatch the new SVG is written beside the baseline
 * as `<name>-changed.svg` and the test fails. A missing baseline is written
 * only outside CI.
 */
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const GOLDEN_DIR = 'test/output/charts';

/** Renumbers vega's generated ids (clip1, gradient_0…) in order of first appearance. */
export function normaliseIds(svg: string): string {
  const seen = new Map<string, string>();
  return svg.replace(/\b(clip|gradient_)(\d+)\b/g, (id, prefix: string) => {
    if (!seen.has(id)) seen.set(id, `${prefix}${[...seen.keys()].filter((k) => k.startsWith(prefix)).length + 1}`);
    return seen.get(id)!;
  });
}

export function expectGolden(name: string, svg: string, dir = GOLDEN_DIR): void {
  const actual = normaliseIds(svg);
  const baseline = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  if (!existsSync(baseline)) {
    if (process.env.CI) expect.fail(`no baseline ${baseline}; run the tests locally to write it`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(baseline, actual);
    return;
  }
  if (readFileSync(baseline, 'utf8') !== actual) {
    writeFileSync(changed, actual);
    expect.fail(`${name}.svg differs from its baseline; the new chart is in ${changed}`);
  }
  if (existsSync(changed)) unlinkSync(changed);
}
