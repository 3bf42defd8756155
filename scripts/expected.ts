/**
 * The `expected.json` beside each fixture: the figures its generator chose,
 * written from the generator's own counts (never from debrief's output), so
 * tests compare the pipeline against an independent truth.
 */
import { writeFileSync } from 'node:fs';

export interface ExpectedItem {
  /** The item label as debrief should report it (matrix row, or the question for a single rating). */
  label: string;
  /** Expected group: plenary, side-event, logistics, overall or other. */
  group: string;
  /** Count per level, best first, as the scale orders them. */
  counts: number[];
  notApplicable: number;
  missing: number;
}

export interface ExpectedFixture {
  /** Expected detected tool. */
  tool: string;
  respondents: number;
  items: ExpectedItem[];
  /** Strings of personal data in the fixture that must never appear in any output. */
  pii: string[];
  /** Optional: expected encoding / delimiter as debrief reports them. */
  encoding?: string;
  delimiter?: string;
}

/** The text of `expected.json` for the fixtures of one folder: file name → expectation. */
export function expectedJson(fixtures: Record<string, ExpectedFixture>): string {
  return JSON.stringify({ fixtures }, null, 2) + '\n';
}

/** Writes `expected.json` for the fixtures of one folder. */
export function writeExpected(path: string, fixtures: Record<string, ExpectedFixture>): void {
  writeFileSync(path, expectedJson(fixtures));
}
