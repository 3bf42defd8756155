/**
 * The description of a survey that every export writer (scripts/exports/<tool>.ts)
 * lays out: its questions in form order, and each respondent's answers and the
 * metadata the tool recorded. A fixture generator draws the answers (seeded),
 * builds one of these, and calls the writer of its tool; the writer owns the
 * tool's headers, column order, metadata columns, quoting and encoding.
 */

/** One cell as the tool writes it: text, or `null` for a question never shown (LimeSurvey's NULL; elsewhere an empty field). */
export type Cell = string | null;

interface QuestionBase {
  /** The question text as the form shows it (HTML and all, where the tool exports it so). */
  text: string;
  /** The tool's own name for the question, where its export writes one (Qualtrics `Q4`, LimeSurvey `G02Q02`); default none. */
  code?: string;
  /** The group the question sits in, where the tool's header names it (KoboToolbox `group/question`); default none. */
  group?: string;
}

/** A grid: one rating per row, on one scale; the answer is one cell per row (then the `other` text, when there is one). */
export interface MatrixQuestion extends QuestionBase {
  kind: 'matrix';
  rows: string[];
  /** Level labels, best first. */
  scale: string[];
  /** The not-applicable choice as written ("Did not attend"), if the grid offers one. */
  notApplicable?: string;
  /** Label of a comment field after the rows ("Other (please specify)"); its text is the answer's last cell. Default none. */
  other?: string;
  /** Recode values per level, best first, then the not-applicable recode (Qualtrics numeric export); default n…1 and no N/A recode. */
  recodes?: number[];
}

/** One rating on one scale (a 1–5 star question, a satisfaction question); the answer is one cell. */
export interface RatingQuestion extends QuestionBase {
  kind: 'rating';
  scale: string[];
  notApplicable?: string;
  recodes?: number[];
}

/** 0–10 ("How likely are you to recommend…"); the answer is one cell, `'0'`…`'10'` or blank. */
export interface ScoreQuestion extends QuestionBase {
  kind: 'score';
}

/** One choice among options; with `other`, the answer is `{ choice, other }` (the typed text), else one cell. */
export interface SingleQuestion extends QuestionBase {
  kind: 'single';
  options: string[];
  /** The option that opens a text field, and that field's own label where the tool names it (KoboToolbox); default none. */
  other?: { option: string; text?: string };
}

/** Any number of options; the answer is the list picked, in option order (empty: not answered). */
export interface MultiQuestion extends QuestionBase {
  kind: 'multi';
  options: string[];
}

/** Free text; the answer is one cell. */
export interface TextQuestion extends QuestionBase {
  kind: 'text';
}

export type Question = MatrixQuestion | RatingQuestion | ScoreQuestion | SingleQuestion | MultiQuestion | TextQuestion;

/** A single choice with an "Other" text field: the option picked, and what was typed ('' when another option was picked). */
export interface OtherAnswer {
  choice: Cell;
  other: Cell;
}

/** The answer to one question, shaped by its kind (see each question type). */
export type Answer = Cell | Cell[] | OtherAnswer;

/** One respondent: what the tool recorded about them (`M`, each writer's own), and one answer per question. */
export interface Respondent<M> {
  meta: M;
  answers: Answer[];
}

export interface Survey<M> {
  questions: Question[];
  respondents: Respondent<M>[];
}

/** The cells of a grid's answer (rows, then the `other` text). */
export function cellsOf(answer: Answer): Cell[] {
  if (!Array.isArray(answer)) throw new Error(`expected one cell per row, got ${JSON.stringify(answer)}`);
  return answer;
}

/** The one cell of a rating, score, text or plain single-choice answer. */
export function cellOf(answer: Answer): Cell {
  if (answer !== null && typeof answer !== 'string') throw new Error(`expected one cell, got ${JSON.stringify(answer)}`);
  return answer;
}

/** A single-choice answer as choice + other text (a plain cell has no other text). */
export function choiceOf(answer: Answer): OtherAnswer {
  if (answer === null || typeof answer === 'string') return { choice: answer, other: '' };
  if (Array.isArray(answer)) throw new Error(`expected a choice, got ${JSON.stringify(answer)}`);
  return answer;
}

/** The options picked in a multiple-choice answer. */
export function picksOf(answer: Answer): string[] {
  return cellsOf(answer).map((c) => c ?? '');
}
