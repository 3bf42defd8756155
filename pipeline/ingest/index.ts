/**
 * Stage 1, ingest: a survey export's path (or bytes) in, an `Ingested` out:
 * the detected tool layout, the tally of answers per column and the `Survey`
 * (rating items on their scales, free-text questions, respondent attributes).
 * Inside, in the order data moves: decode/ (bytes → text → rows: encoding,
 * delimiter, XLSX), layout/ (one reader per survey tool says what each column
 * is), normalise/ (rows → tally → items on known scales, groups, ids, several
 * exports merged), stream/ (the same, folded from raw bytes in bounded memory
 * and on two threads), then finish.ts (the checks both paths share). Personal
 * data columns are dropped here and never leave this stage.
 */
export { ingestFile } from './ingest-file.js';
export { ingestBytes, readSheet } from './memory.js';
export { type Ingested, type IngestOptions } from './finish.js';
export { inspect, formatInspection, type Inspection } from './inspect.js';
export { detectLayout } from './layout/index.js';
export { IdSet } from './normalise/ids.js';
export { mergeSurveys, type MergeOptions } from './normalise/merge.js';
export { attributeLevels, resolveItemScale, type Attribute, type Item, type Survey, type TextQuestion } from './normalise/resolve.js';
export { isNotApplicable, labelKey, levelIndex, SCALES, type Scale } from './normalise/scales.js';
export { classifyItem, classifyWithReason, findCue, groupLabel, groupNames, GROUPS, kindNames, TEN_POINT, type GroupReason } from './normalise/groups.js';
export { assignGroups, isRecommendation, isTenPoint, recommendationCue, separateTenPoint } from './normalise/grouping.js';
export { PROGRAMME, type ProgrammeKind } from './normalise/programme.js';
export { type Tally } from './normalise/tally.js';
export { unknownLabels, type UnknownLabel } from './normalise/unknown-labels.js';
export { checkInputFile, readInputFile } from './decode/input-file.js';
export { findChoices, type FoundChoices } from './normalise/choices/find.js';
export { linkAttendance } from './normalise/choices/attendance.js';
export { type ChoiceKind, type ChoiceOption, type ChoiceQuestion } from './normalise/choices/model.js';
