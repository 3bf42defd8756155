/**
 * The free-text comments as every output may publish them: grouped by
 * question, contact details redacted, and withheld when the respondent
 * belongs to a group too small to stay anonymous.
 */
import type { Survey } from '../ingest/index.js';
import { redact, type RedactOptions } from './redact.js';

export interface CommentQuestion {
  question: string;
  /** Respondents who answered the question. */
  answered: number;
  /** Comments that may be published, redacted, in export order. */
  comments: string[];
  /** Comments withheld because their author is in a group of fewer than k respondents. */
  withheld: number;
}

export interface CommentOptions {
  /** Smallest group of respondents whose members' comments are published; default 5. */
  k?: number;
  /** Placeholders for redacted contact details; default the English ones of `redact`. */
  redact?: RedactOptions;
}

/**
 * Each free-text question with its publishable comments. A respondent's
 * attribute values (role, gender, …) travel with each answer; when any value
 * (other than blank) is held by fewer than k respondents, the comment is
 * withheld, since the breakdowns already hide that group. A value that cannot
 * be found among the attributes' counts is treated as rare.
 */
export function publishableComments(survey: Pick<Survey, 'texts' | 'attributes'>, options: CommentOptions = {}): CommentQuestion[] {
  const k = options.k ?? 5;
  const rare = rareValues(survey.attributes, k);
  return survey.texts.map((t) => {
    const comments: string[] = [];
    let withheld = 0;
    for (const answer of t.texts) {
      if (answer.attributes.some((value, a) => isRare(rare, value, a))) withheld++;
      else comments.push(redact(answer.text, options.redact));
    }
    return { question: t.question, answered: t.answered, comments, withheld };
  });
}

interface Rarity {
  /** Per attribute position, value → respondents. */
  byPosition: Map<string, number>[];
  /** Value → the most respondents holding it under any attribute. */
  anywhere: Map<string, number>;
  k: number;
}

function rareValues(attributes: Survey['attributes'], k: number): Rarity {
  const anywhere = new Map<string, number>();
  const byPosition = attributes.map((a) => {
    for (const [v, n] of a.values) anywhere.set(v, Math.max(anywhere.get(v) ?? 0, n));
    return new Map(a.values);
  });
  return { byPosition, anywhere, k };
}

function isRare(rarity: Rarity, value: string, position: number): boolean {
  if (value.trim() === '') return false;
  // An answer's attribute values follow its export's attribute columns; after a merge the
  // positions may differ, so an unknown position falls back to the value under any attribute.
  const n = rarity.byPosition[position]?.get(value) ?? rarity.anywhere.get(value) ?? 0;
  return n < rarity.k;
}
