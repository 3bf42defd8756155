/**
 * A drawn conference survey (conference-answers.ts) as the export writers'
 * Survey (scripts/exports/survey.ts): the generator lists its parts in form
 * order and gives what the tool recorded of each respondent; the writer of
 * its tool lays them out.
 */
import type { CheckboxQuestion, CommentQuestion, ConferenceSurvey, Drawn, RatingBlock, SingleQuestion } from './conference-answers.js';
import type { Answer, Question, Survey } from './exports/survey.js';

/** A question outside the drawn survey (the respondent's own name), with each respondent's answer. */
export interface GivenPart {
  asked: Question;
  answers: Answer[];
}

/** One question of a conference survey, as it stands in the form. */
export type ConferencePart = RatingBlock | SingleQuestion | CheckboxQuestion | CommentQuestion | GivenPart;

/** A rating block of one item named by the question itself: a single rating, not a grid. */
const isSingleRating = (b: RatingBlock) => b.items.length === 1 && b.items[0].label === b.question;

/** The part as an export question, with the tool's own name for it if given. */
function questionOf(part: ConferencePart, code?: string): Question {
  const named = code === undefined ? {} : { code };
  if ('asked' in part) return { ...part.asked, ...named };
  if ('levels' in part) {
    const notApplicable = part.notApplicable === '' ? {} : { notApplicable: part.notApplicable };
    return isSingleRating(part)
      ? { kind: 'rating', text: part.question, scale: part.levels, ...notApplicable, ...named }
      : { kind: 'matrix', text: part.question, rows: part.items.map((i) => i.label), scale: part.levels, ...notApplicable, ...named };
  }
  if ('themes' in part) return { kind: 'text', text: part.question, ...named };
  if ('kind' in part) return { kind: 'single', text: part.question, options: part.options.map(([label]) => label), ...named };
  return { kind: 'multi', text: part.question, options: part.options.map(([label]) => label), ...named };
}

/** Respondent `r`'s answer to the part. */
function answerOf(part: ConferencePart, drawn: Drawn, r: number): Answer {
  if ('asked' in part) return part.answers[r];
  if ('levels' in part) {
    const cells = part.items.map((i) => drawn.ratings.get(i.label)![r]);
    return isSingleRating(part) ? cells[0] : cells;
  }
  if ('themes' in part) return drawn.comments[r];
  if ('kind' in part) return drawn.singles.get(part.question)![r];
  const ticks = drawn.ticks.get(part.question)![r];
  return part.options.filter((_, k) => ticks[k]).map(([label]) => label);
}

export interface ConferenceSurveyOptions {
  /** The tool's own name of each part, in `parts` order (Qualtrics `Q4`, LimeSurvey `G02Q02`); default none. */
  codes?: string[];
}

/** The export Survey of the drawn answers: `parts` in form order, `meta[r]` what the tool recorded of respondent `r`. */
export function conferenceExport<M>(survey: ConferenceSurvey, drawn: Drawn, parts: ConferencePart[], meta: M[], options: ConferenceSurveyOptions = {}): Survey<M> {
  if (meta.length !== survey.respondents) throw new Error(`${meta.length} metadata rows for ${survey.respondents} respondents`);
  return {
    questions: parts.map((p, k) => questionOf(p, options.codes?.[k])),
    respondents: meta.map((m, r) => ({ meta: m, answers: parts.map((p) => answerOf(p, drawn, r)) })),
  };
}
