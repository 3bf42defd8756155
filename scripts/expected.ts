/**
 * The `expected.json` beside each fixture: the figures its generator chose,
 * written from the generator's own counts (never from debrief's output), so
 * tests compare the pipeline against an independent truth.
 */
import { writeFileSync } from 'node:fs';

export interface ExpectedItem {
  /** The item label as debrief should report it (matrix row, or the question for a single rating). */
  label: string;
  /** Expected group: plenary, side-event, logistics, overall, other, nps, a catalogue kind (keynote, workshop…) or a question's own text. */
  group: string;
  /** Count per level, best first, as the scale orders them. */
  counts: number[];
  notApplicable: number;
  missing: number;
  /** Answers off the scale, counted as "unrecognised"; absent means 0 (every label of the item is known). */
  unrecognised?: number;
}

/** A closed question that is not a rating, as the generator chose it. */
export interface ExpectedChoice {
  question: string;
  kind: 'single' | 'multiple' | 'yes-no';
  /** Respondents who answered (for checkboxes: ticked at least one option). */
  answered: number;
  /** In the order debrief should show them, with the respondents who chose each. */
  options: { label: string; count: number }[];
  /** Attendance question: option label → the label of the rating item it names. */
  links?: Record<string, string>;
}

/** A theme planted in a free-text question: the word in each spelling the generator wrote, and the respondents who wrote any of them. */
export interface ExpectedTheme {
  /** The word as debrief should name it: one of `variants` (the one most written). */
  term: string;
  /** Every spelling of the word in the comments (case, hyphens, plurals): a theme whose term folds to one of them is this one. */
  variants: string[];
  /** Respondents whose comment holds any variant, counted by a plain loop over the generated comments. */
  count: number;
}

/** A free-text question and the themes planted in its comments. */
export interface ExpectedComments {
  question: string;
  /** Respondents who answered it. */
  answered: number;
  themes: ExpectedTheme[];
}

export interface ExpectedFixture {
  /** Expected detected tool. */
  tool: string;
  respondents: number;
  items: ExpectedItem[];
  /** Strings of personal data in the fixture that must never appear in any output. */
  pii: string[];
  /** Optional: every closed question that is not a rating, in the export's column order. */
  choices?: ExpectedChoice[];
  /** Optional: free-text questions with planted themes (not every theme debrief finds, only those the generator planted). */
  themes?: ExpectedComments[];
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
