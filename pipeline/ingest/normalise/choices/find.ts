/**
 * Every closed question that is not a rating, found in the tally (so both
 * ingest paths find the same), in the order of the export's columns.
 *
 * A closed question is an answer column (or a respondent attribute such as
 * role or gender) that is neither a rating nor free text: at most MAX_OPTIONS
 * distinct options, and at most half as many distinct answers as answers,
 * mostly short (the free-text rule of resolve.ts). Three encodings:
 *
 * 1. one cell per respondent holding one choice: `single` (`yes-no` when the
 *    options are Yes / No / Maybe);
 * 2. one cell holding the ticked options joined by the tool (a column the
 *    layout marked `multiple`, or whose answers split into recurring options,
 *    see split.ts): `multiple`, with Kobo's `Question/option` headers as the
 *    option list when the export has them;
 * 3. one column per option (SurveyMonkey, LimeSurvey): every column of the
 *    question holds at most one distinct answer, its own label or a tick (`Y`,
 *    `Yes`, `1`…); the export cannot tell a respondent who saw the question
 *    and ticked nothing from one who skipped it, so the base is every
 *    respondent.
 */
import type { Column, Layout } from '../../../model.js';
import type { Survey, TextQuestion } from '../resolve.js';
import { labelKey } from '../scales.js';
import type { Tally } from '../tally.js';
import type { ChoiceOption, ChoiceQuestion } from './model.js';
import { byCount, byYesNo } from './order.js';
import { joinedSeparator, MAX_OPTIONS, optionsOf, splitAnswer } from './split.js';
import { isYesNo } from './yes-no.js';

/** The cell of a ticked option column: its own label, or one of these. */
const TICKS = new Set(['y', 'yes', 'oui', 'si', 'x', '1', 'true', 'checked', 'selected', 'coche', 'marcado'].map(labelKey));

/** An option column's companion text box ("Other (please specify)", "Comments"): left to the comments. */
const TEXT_BOX = /\b(other|others|comments?|specify|autres?|commentaires?|préciser|précisez|otros?|otras?|comentarios?|especifique)\b/i;

/** Attribute columns that are tool fields, not questions: the survey language the tool recorded. */
const TOOL_FIELDS = new Set(['startlanguage', 'start language', 'userlanguage', 'user language', 'q_language'].map(labelKey));

/** The separator each tool joins checkbox picks with, for columns its layout marked `multiple`. */
const TOOL_SEPARATOR: Record<string, string> = { kobotoolbox: ' ', 'microsoft-forms': ';', 'google-forms': ', ' };

export interface FoundChoices {
  choices: ChoiceQuestion[];
  /** The survey's free-text questions without the columns read as choices. */
  texts: TextQuestion[];
}

export function findChoices(tally: Tally, layout: Layout, survey: Survey): FoundChoices {
  const rated = new Set(survey.items.map((i) => i.column));
  const ratedQuestions = new Set(survey.items.map((i) => i.question));
  const found: { first: number; choice: ChoiceQuestion }[] = [];
  const used = new Set<number>();
  const answers = layout.columns.filter((c) => c.role.kind === 'answer' && !rated.has(c.index));

  // 3. One column per option.
  const byQuestion = new Map<string, Column[]>();
  for (const c of answers) if (c.role.kind === 'answer' && !c.role.multiple) byQuestion.set(c.role.question, [...(byQuestion.get(c.role.question) ?? []), c]);
  for (const [question, columns] of byQuestion) {
    if (ratedQuestions.has(question)) continue;
    const options = columns.filter((c) => isOptionColumn(c, tally));
    const boxes = columns.filter((c) => !options.includes(c));
    if (options.length < 2 || !options.some((c) => tally.columns.get(c.index)!.answered > 0)) continue;
    if (!boxes.every((c) => c.role.kind === 'answer' && isTextBox(c.role.item))) continue;
    for (const c of options) used.add(c.index);
    found.push({
      first: options[0].index,
      choice: {
        question,
        kind: 'multiple',
        answered: tally.respondents,
        options: options.map((c) => ({ label: c.role.kind === 'answer' ? c.role.item : c.header, count: tally.columns.get(c.index)!.answered })),
        ordered: true,
        columns: options.map((c) => c.index),
      },
    });
  }

  // 1 and 2. One cell per respondent.
  for (const c of answers) {
    if (c.role.kind !== 'answer' || used.has(c.index)) continue;
    const t = tally.columns.get(c.index)!;
    if (t.overflow || t.answered === 0) continue;
    if (!c.role.multiple && ratedQuestions.has(c.role.question) && c.role.item !== c.role.question) continue; // a matrix's comment row
    if (!c.role.multiple && isTextBox(c.role.item)) continue; // "Comments", "Other (please specify)": comments, however often repeated
    const question = c.role.item === c.role.question ? c.role.question : `${c.role.question} - ${c.role.item}`;
    const known = c.role.multiple ? koboOptions(layout, c) : [];
    const separator = c.role.multiple ? (known.length ? ' ' : (TOOL_SEPARATOR[layout.tool] ?? joinedSeparator(t.counts) ?? ', ')) : joinedSeparator(t.counts);
    if (separator !== undefined) {
      const choice = multipleChoice(question, c.index, t.counts, t.answered, separator, known);
      if (choice) {
        used.add(c.index);
        found.push({ first: c.index, choice });
      }
      continue;
    }
    if (!isClosed(t.counts)) continue;
    used.add(c.index);
    found.push({ first: c.index, choice: singleChoice(question, [c.index], [...t.counts]) });
  }

  // Attributes: a role or gender question is a closed question organisers want to see too.
  for (const a of survey.attributes) {
    if (tally.attributeOverflow.has(a.column) || TOOL_FIELDS.has(labelKey(a.header))) continue;
    const values = a.values.filter(([v]) => v !== '');
    if (values.length === 0 || values.length > MAX_OPTIONS) continue;
    found.push({ first: a.column, choice: singleChoice(a.header, [a.column], values) });
  }

  found.sort((a, b) => a.first - b.first);
  return { choices: found.map((f) => f.choice), texts: survey.texts.filter((q) => !used.has(q.column)) };
}

/** French "Comment …?" asks how: a question, never a comment box. */
const HOW = /^\s*comment\b(?=.*\?\s*$)/i;

/** A short label that names a text box ("Comments", "Specify other.", `Q1[other]`); a long one is a question. */
function isTextBox(label: string): boolean {
  return label.length <= 40 && TEXT_BOX.test(label.replace(HOW, ''));
}

/** A column of one option: at most one distinct answer, its own label or a tick. */
function isOptionColumn(c: Column, tally: Tally): boolean {
  if (c.role.kind !== 'answer' || c.role.item === c.role.question) return false;
  const t = tally.columns.get(c.index)!;
  if (t.overflow || t.counts.size > 1) return false;
  const [value] = [...t.counts.keys()];
  return value === undefined || TICKS.has(labelKey(value)) || labelKey(value) === labelKey(c.role.item);
}

/** Kobo's option columns of a select_multiple summary column (`Question/option`, metadata to the layout), in the survey's order. */
function koboOptions(layout: Layout, summary: Column): string[] {
  if (layout.tool !== 'kobotoolbox') return [];
  const prefix = `${summary.header}/`;
  return layout.columns.filter((c) => c.index > summary.index && c.role.kind === 'meta' && c.header.startsWith(prefix)).map((c) => c.header.slice(prefix.length));
}

/** Not free text: few options, answers repeating (the rule resolve.ts reads free text by, turned round). */
function isClosed(counts: Map<string, number>): boolean {
  let total = 0;
  let long = 0;
  for (const [answer, n] of counts) {
    total += n;
    if (answer.length > 60 || /\s.*\s.*\s.*\s/.test(answer)) long += n;
  }
  return counts.size <= MAX_OPTIONS && counts.size * 2 <= total && long * 2 < total;
}

function singleChoice(question: string, columns: number[], values: [string, number][]): ChoiceQuestion {
  const options: ChoiceOption[] = values.map(([label, count]) => ({ label, count }));
  const yesNo = isYesNo(options.map((o) => o.label));
  options.sort(yesNo ? byYesNo : byCount);
  const answered = options.reduce((a, o) => a + o.count, 0);
  return { question, kind: yesNo ? 'yes-no' : 'single', answered, options, ordered: false, columns };
}

/** A checkbox question from the counts of its joined answers; undefined when it has more options than a closed question. */
function multipleChoice(question: string, column: number, counts: Map<string, number>, answered: number, separator: string, known: string[]): ChoiceQuestion | undefined {
  const options = optionsOf(counts.keys(), separator, known);
  const order = [...known, ...options.filter((o) => !known.includes(o))];
  if (order.length > MAX_OPTIONS) return undefined;
  const tallies = new Map(order.map((o) => [o, 0]));
  let base = 0;
  for (const [value, n] of counts) {
    const picked = splitAnswer(value, separator, order);
    if (picked.length === 0) continue;
    base += n;
    for (const o of picked) tallies.set(o, (tallies.get(o) ?? 0) + n);
  }
  const list: ChoiceOption[] = [...tallies].map(([label, count]) => ({ label, count }));
  // Kobo's option columns give the survey's order; an option the headers lack goes last.
  if (!known.length) list.sort(byCount);
  return { question, kind: 'multiple', answered: Math.min(base, answered), options: list, ordered: known.length > 0, columns: [column] };
}
