/**
 * Stage 3, narrate: a `Survey` from ingest in, a `Summary` out (summary.ts):
 * every item's and group's figures from metrics/, with the sentences a chair's
 * summary would quote, in English, French or Spanish (detect-language.ts picks
 * the survey's own). One file per kind of sentence (groups.ts: share, range,
 * average, best, tie; response-rate.ts; nps.ts; comparison.ts;
 * breakdowns.ts), built from phrases.ts, numbers.ts and the three languages
 * as data in words.ts.
 */
export { formatPercent, percent, type Lang, type NarratedItem, type Sentence } from './model.js';
export { narrate, NARROW_RANGE } from './groups.js';
export { narrateResponseRate } from './response-rate.js';
export { narrateNps } from './nps.js';
export { narrateComparison } from './comparison.js';
export { narrateBreakdowns } from './breakdowns.js';
export { topBoxPhrase } from './phrases.js';
export { methodology, type MethodNote, type MethodologyOptions } from './methodology.js';
export { detectLanguage, detectSurveyLanguage } from './detect-language.js';
export { BREAKDOWN_ATTRIBUTES, GROUP_ORDER, levelCounts, summarise, type Summary, type SummaryGroup, type SummaryItem, type SummaryOptions } from './summary.js';
export { REDACTED } from './words.js';
export { commentSummaries, questionThemes, type CommentSummary, type CommentSummaryOptions } from './themes/comment-summary.js';
export { commentThemes, type Theme, type Themes, type ThemeOptions } from './themes/themes.js';
export { commentKey, distinctComments, type DistinctComment } from './themes/dedupe.js';
