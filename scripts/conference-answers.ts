/**
 * The answers of a conference feedback survey as a fixture generator chooses
 * them, whatever tool writes them: rating items with counts per level, closed
 * questions with counts per option, checkboxes with ticks per option, and
 * comments with counts per text. Each generator draws the respondents here,
 * writes them in its tool's layout, and takes its expected.json from the
 * counting functions below: plain loops over the drawn answers, never debrief.
 */
import type { ExpectedChoice, ExpectedComments, ExpectedItem } from './expected.js';
import { mulberry32, shuffle } from './random.js';
import { ratedAnswers, spread } from './spread.js';

/** A rating item: counts per level, best first; not-applicable answers; blanks for the rest. */
export interface RatedItem {
  label: string;
  /** The group debrief should give it (a catalogue kind, `logistics`, `overall`, `nps`, or a question's own text). */
  group: string;
  counts: number[];
  notApplicable?: number;
}

/** A rating question: one item (its label is the question) or a matrix of items on one scale. */
export interface RatingBlock {
  question: string;
  /** Level labels as the export spells them, best first. */
  levels: string[];
  /** The not-applicable answer as the export spells it. */
  notApplicable: string;
  items: RatedItem[];
}

/** A question with one answer per respondent: chosen counts per option, in the survey's order; blanks for the rest. */
export interface SingleQuestion {
  question: string;
  kind: 'single' | 'yes-no';
  options: [string, number][];
}

/** A checkbox question: chosen ticks per option, in the survey's order. */
export interface CheckboxQuestion {
  question: string;
  options: [string, number][];
  /** Attendance: option label → the label of the rating item it names. */
  links?: Record<string, string>;
}

/** A theme the comments are written to hold: its spellings, each a whole word in the comments that use it. */
export interface PlantedTheme {
  term: string;
  variants: string[];
}

/** A free-text question: each comment text with the respondents who write it. */
export interface CommentQuestion {
  question: string;
  comments: [string, number][];
  themes: PlantedTheme[];
}

export interface ConferenceSurvey {
  respondents: number;
  ratings: RatingBlock[];
  singles: SingleQuestion[];
  checkboxes: CheckboxQuestion[];
  comments: CommentQuestion;
}

/** What each respondent answered, by question text (rating items by their label). */
export interface Drawn {
  ratings: Map<string, string[]>;
  singles: Map<string, string[]>;
  /** Per checkbox question, per respondent, per option: ticked. */
  ticks: Map<string, boolean[][]>;
  comments: string[];
}

/** Ticks of each option spread over the respondents: option k is ticked by exactly its chosen count. */
function tickOptions(options: [string, number][], n: number, random: () => number): boolean[][] {
  const byOption = options.map(([label, count]) => {
    if (count > n) throw new Error(`${label}: ${count} ticks for ${n} respondents`);
    return shuffle([...Array<boolean>(count).fill(true), ...Array<boolean>(n - count).fill(false)], random);
  });
  return Array.from({ length: n }, (_, r) => byOption.map((o) => o[r]));
}

/** Draws every answer with a seeded generator: the same seed gives the same answers. */
export function drawConference(survey: ConferenceSurvey, seed: number): Drawn {
  const random = mulberry32(seed);
  const n = survey.respondents;
  const ratings = new Map<string, string[]>();
  for (const block of survey.ratings) {
    for (const item of block.items) {
      ratings.set(item.label, ratedAnswers({ label: item.label, counts: item.counts, notApplicable: item.notApplicable ?? 0 }, block.levels, block.notApplicable, n, random));
    }
  }
  const singles = new Map(survey.singles.map((q) => [q.question, spread(q.options, n, random, q.question)]));
  const ticks = new Map(survey.checkboxes.map((q) => [q.question, tickOptions(q.options, n, random)]));
  const comments = spread(survey.comments.comments, n, random, survey.comments.question);
  return { ratings, singles, ticks, comments };
}

/** The expectation of every rating item, in the order of the blocks. */
export function expectedItems(survey: ConferenceSurvey): ExpectedItem[] {
  return survey.ratings.flatMap((block) =>
    block.items.map((item) => {
      const na = item.notApplicable ?? 0;
      const valid = item.counts.reduce((a, b) => a + b, 0);
      return { label: item.label, group: item.group, counts: item.counts, notApplicable: na, missing: survey.respondents - valid - na };
    }),
  );
}

/** Count descending, then label in code-point order: how debrief orders options the export gives no order for. */
function byCount(a: { label: string; count: number }, b: { label: string; count: number }): number {
  return b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

/** Yes first, No second, Maybe (any other answer) last, in the three languages of the fixtures. */
function yesNoRank(label: string): number {
  const word = label.toLowerCase();
  return ['yes', 'oui', 'sí', 'si'].includes(word) ? 0 : ['no', 'non'].includes(word) ? 1 : 2;
}

/** A single or yes/no question, counted from the drawn answers: Yes, No, Maybe in that order, other options by count. */
export function countedSingle(q: SingleQuestion, drawn: Drawn): ExpectedChoice {
  const answers = drawn.singles.get(q.question)!;
  const options = q.options.map(([label]) => ({ label, count: answers.filter((a) => a === label).length }));
  const order = q.kind === 'yes-no' ? (a: { label: string }, b: { label: string }) => yesNoRank(a.label) - yesNoRank(b.label) : byCount;
  return { question: q.question, kind: q.kind, answered: answers.filter((a) => a !== '').length, options: options.sort(order) };
}

/**
 * A checkbox question, counted from the drawn ticks. `layout` says how the
 * tool writes it: `columns` (one column per option, SurveyMonkey and
 * LimeSurvey: the survey's order, and every respondent is the base since the
 * export cannot tell a skip from no tick), `ordered` (joined picks with the
 * options named in the headers, Kobo: the survey's order, base those who
 * ticked one), `joined` (joined picks alone: by count, base those who ticked one).
 */
export function countedCheckboxes(q: CheckboxQuestion, drawn: Drawn, layout: 'columns' | 'ordered' | 'joined'): ExpectedChoice {
  const picks = drawn.ticks.get(q.question)!;
  const counts = q.options.map(() => 0);
  let ticked = 0;
  for (const p of picks) {
    if (p.some(Boolean)) ticked++;
    p.forEach((t, k) => t && counts[k]++);
  }
  const options = q.options.map(([label], k) => ({ label, count: counts[k] }));
  return {
    question: q.question,
    kind: 'multiple',
    answered: layout === 'columns' ? picks.length : ticked,
    options: layout === 'joined' ? options.sort(byCount) : options,
    ...(q.links ? { links: q.links } : {}),
  };
}

/** Escapes a variant for a regular expression. */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The planted themes, each counted by respondents whose comment holds one of its spellings as a whole word (any case). */
export function countedThemes(q: CommentQuestion, drawn: Drawn): ExpectedComments {
  const given = drawn.comments.filter((c) => c !== '');
  return {
    question: q.question,
    answered: given.length,
    themes: q.themes.map((t) => {
      const word = new RegExp(`(^|[^\\p{L}\\p{N}])(${t.variants.map(literal).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
      return { term: t.term, variants: t.variants, count: given.filter((c) => word.test(c)).length };
    }),
  };
}
