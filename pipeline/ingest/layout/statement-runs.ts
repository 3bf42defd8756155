import { classifyItem } from '../normalise/groups.js';
import { matchScale, type Scale } from '../normalise/scales.js';

/** One answer column as the run builder sees it. */
export interface Statement {
  /** Column index in the export. */
  index: number;
  /** The statement's title (repeat suffix already rewritten). */
  title: string;
  /** The title before a repeat suffix was rewritten (`Overall rating` for `Overall rating2`). */
  base: string;
  /** Distinct non-blank answers of the column. */
  answers: string[];
}

/** Groups whose cue marks a new topic; `overall` does not: "Overall rating" often ends a block. */
const TOPICS = new Set(['plenary', 'side-event', 'logistics']);

/**
 * Rebuilds the lost parent questions of a Microsoft Forms export. MS Forms
 * writes one column per Likert statement and drops the question text, so
 * consecutive rating columns are taken as one question (a "run") while:
 * - one scale still fits all their answers (a new scale is a new question);
 * - no title repeats inside the run (MS Forms suffixes a title repeated in a
 *   later question: `Overall rating2` cannot share a question with `Overall rating`);
 * - the topic cue of the titles does not change (plenary → side-event means two
 *   Likert questions that happen to share a scale).
 * Columns that fit no scale end a run and stand alone. Returns, per column
 * index, the question text of its run.
 *
 * Why runs and not each statement on its own: resolve gives every column of a
 * question the scale that fits them all, so a statement whose answers never
 * used a level still shows it (at zero) and all the statements of one Likert
 * question are read on the same scale; and a statement without a topic cue
 * ("Interpretation services") is classified through its question's text,
 * which carries its neighbours' cues.
 */
export function statementRuns(statements: Statement[], options: { scales?: Scale[] } = {}): Map<number, string> {
  const runs: Statement[][] = [];
  let run: Statement[] = [];
  let runAnswers: string[] = [];
  let runUnknown = 0;
  let runTopic: string | undefined;
  let previous = -2;
  const close = () => {
    if (run.length) runs.push(run);
    run = [];
    runAnswers = [];
    runUnknown = 0;
    runTopic = undefined;
  };
  for (const s of statements) {
    const own = matchScale(s.answers, options.scales);
    if (!own) {
      close();
      runs.push([s]);
      previous = s.index;
      continue;
    }
    const topic = topicOf(s.title);
    const union = run.length ? matchScale([...runAnswers, ...s.answers], options.scales) : undefined;
    const joins =
      run.length > 0 &&
      s.index === previous + 1 &&
      union !== undefined &&
      union.unknown.length <= runUnknown + own.unknown.length &&
      !run.some((r) => r.base === s.base) &&
      (runTopic === undefined || topic === undefined || topic === runTopic);
    if (!joins) close();
    run.push(s);
    runAnswers.push(...s.answers);
    runUnknown = (union ?? own).unknown.length;
    runTopic ??= topic;
    previous = s.index;
  }
  close();

  const questions = new Map<number, string>();
  const used = new Map<string, number>();
  for (const r of runs) {
    // A run of one is a single question: its title is the question. A longer
    // run is named by the span of its statements, the only text the export keeps.
    let text = r.length === 1 ? r[0].title : `${r[0].title} … ${r[r.length - 1].title}`;
    const n = (used.get(text) ?? 0) + 1;
    used.set(text, n);
    if (n > 1) text = `${text} (${n})`;
    for (const s of r) questions.set(s.index, text);
  }
  return questions;
}

/** The topic a title names (plenary, side-event, logistics), if any. */
function topicOf(title: string): string | undefined {
  const group = classifyItem(title, '');
  return TOPICS.has(group) ? group : undefined;
}
