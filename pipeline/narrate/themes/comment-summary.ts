/**
 * The `comments` of summary.json, and the themes the report shows: both read
 * the comments that may be published (redacted, small groups withheld), so a
 * theme never rests on a withheld comment and its examples are publishable.
 */
import type { Lang } from '../model.js';
import type { Survey } from '../../ingest/index.js';
import { publishableComments, type CommentQuestion } from '../../metrics/index.js';
import { REDACTED } from '../words.js';
import { commentThemes, type Theme, type Themes } from './themes.js';

/** One free-text question in summary.json. */
export interface CommentSummary {
  question: string;
  /** Respondents who answered the question (published or withheld). */
  answered: number;
  /** Respondents whose comments were read for the themes: those who answered less those withheld; the base of each theme's share. */
  read: number;
  /** The words and phrases most used, by respondents, with example comments. */
  themes: Theme[];
}

export interface CommentSummaryOptions {
  /** Language of the redaction placeholders and of comments whose words do not tell; default `en`. */
  lang?: Lang;
  /** Smallest group whose members' comments are published; default 5. */
  k?: number;
}

/** Themes already read, by language and comments: summary.json and the report read the same ones in a run. */
const READ = new Map<string, Themes>();

/** The themes of one question's publishable comments, in a report or summary language. */
export function questionThemes(question: Pick<CommentQuestion, 'comments'>, lang: Lang): Themes {
  const key = `${lang}${JSON.stringify(question.comments)}`;
  const known = READ.get(key);
  if (known) return known;
  const t = REDACTED[lang];
  const themes = commentThemes(question.comments, { lang, ignore: [t.email, t.phone] });
  // A run has a few free-text questions; a long-lived process (the tests) must not keep every one.
  if (READ.size >= 16) READ.clear();
  READ.set(key, themes);
  return themes;
}

/** Each free-text question with its themes. */
export function commentSummaries(survey: Pick<Survey, 'texts' | 'attributes'>, options: CommentSummaryOptions = {}): CommentSummary[] {
  const lang = options.lang ?? 'en';
  const t = REDACTED[lang];
  return publishableComments(survey, { k: options.k ?? 5, redact: { email: t.email, phone: t.phone } }).map((q) => ({
    question: q.question,
    answered: q.answered,
    read: q.answered - q.withheld,
    themes: questionThemes(q, lang).themes,
  }));
}
