/**
 * Column roles of a Qualtrics export, shared by the current and the legacy
 * readers. Qualtrics repeats the question text over every column of a
 * question (`Question - Row`), and row labels may themselves contain the
 * separator (`Plenary 5 – SDGs - From Theory to Practice`), so the text alone
 * cannot say where the question ends. The export tags (`Q4_1`, `Q4_2`) and
 * ImportIds (`QID4_1`) can: the columns that share a question id share the
 * question text, and the question text is their common prefix.
 */
import type { Column, ColumnRole } from '../../model.js';
import { attributeOf, roleFromHeader } from './headers.js';

/** One column as a Qualtrics reader sees it. */
export interface QualtricsHeader {
  index: number;
  /** The export tag (`Q4_1`, `StartDate`, `Q7_TEXT`), trimmed. */
  tag: string;
  /** The question text row, cleaned (`How would you rate…? - Plenary 1`). */
  text: string;
  /** The ImportId (`QID4_1`, `startDate`), when the export has that row. */
  importId?: string;
}

export interface QualtricsColumnsOptions {
  /**
   * What stands between the question and the row label: ` - ` in current
   * exports, `-` (no spaces) in legacy and 2016 "Insights" exports.
   */
  separator: string;
}

/** Suffixes Qualtrics appends to the question text of a choice column or a text box. */
const ROLE_SUFFIX = /^(selected choice|choix sélectionné|opción seleccionada|text|texte|texto)$/i;

/**
 * The question a column belongs to: the ImportId's `QIDn` (side-by-side
 * `QIDn#k`) when there is one, else the export tag without its row, choice
 * and `_TEXT` suffixes (`Q4_1` → `Q4`, `Q1_7_TEXT` → `Q1`).
 */
export function questionKey(tag: string, importId?: string): string {
  const qid = importId ? /^(QID\d+(?:#\d+)?)/i.exec(importId) : null;
  if (qid) return qid[1].toUpperCase();
  return tag.replace(/(?:_(?:-?\d+|TEXT))+$/i, '');
}

/** True for a text-entry column (`Q7_TEXT`, `Q1_7_TEXT`, ImportId `QID7_TEXT` / `QID4-2-TEXT`). */
export function isTextEntry(header: Pick<QualtricsHeader, 'tag' | 'importId'>): boolean {
  return /_TEXT$/i.test(header.tag) || /[_-]TEXT$/i.test(header.importId ?? '');
}

/** Longest common prefix of some texts. */
export function commonPrefix(texts: string[]): string {
  if (texts.length === 0) return '';
  let prefix = texts[0];
  for (const t of texts.slice(1)) {
    let n = 0;
    while (n < prefix.length && n < t.length && prefix[n] === t[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix;
}

/**
 * The question text shared by the columns of one question, or undefined when
 * they share none. It is their common prefix, cut back to the last separator
 * in it: the rows may begin alike (`Plenary 1`, `Plenary 2`), and a row label
 * with the separator inside it is past the common prefix, so it is never cut.
 * When one column's whole text is the prefix (a choice question and its
 * legacy `Other` box), that text is the question.
 */
export function sharedQuestion(texts: string[], separator: string): string | undefined {
  if (texts.length < 2) return undefined;
  const prefix = commonPrefix(texts);
  if (texts.includes(prefix)) return prefix.trim() || undefined;
  const cut = prefix.lastIndexOf(separator);
  if (cut <= 0) return undefined;
  return prefix.slice(0, cut).trim() || undefined;
}

/** Removes the separator and the rest from `text`, past `question` (`Q - Plenary 1` → `Plenary 1`). */
function rest(text: string, question: string, separator: string): string {
  const tail = text.slice(question.length).trimStart();
  const sep = separator.trim();
  return (tail.startsWith(sep) ? tail.slice(sep.length) : tail).trim();
}

/** Drops a trailing `- Selected Choice` / `- Text` that Qualtrics adds to a lone column. */
export function stripRoleSuffix(text: string, separator: string): string {
  const cut = text.lastIndexOf(separator);
  if (cut > 0 && ROLE_SUFFIX.test(text.slice(cut + separator.length).trim())) return text.slice(0, cut).trim();
  return text;
}

/**
 * The role of a column that is not a question: metadata, personal data, the
 * response id, the language. Undefined for question columns.
 */
export function systemRole(header: QualtricsHeader): ColumnRole | undefined {
  const { tag, importId } = header;
  const own = roleFromHeader(tag);
  if (own) return own;
  // Qualtrics system fields (Q_RecaptchaScore, Q_TotalDuration…); Q_Language is the survey language.
  if (/^Q_Language$/i.test(tag)) return { kind: 'attribute', attribute: 'language' };
  if (/^Q_/.test(tag)) return { kind: 'meta' };
  // Derived text-analytics columns (`Q2 - Topics`, `Q2 - Sentiment`): export tags have no spaces.
  if (/ - /.test(tag)) return { kind: 'meta' };
  if (importId !== undefined && !/^QID\d/i.test(importId)) {
    // Embedded data and system fields (userLanguage, distributionChannel…): attributes or metadata, never answers.
    const attribute = attributeOf(tag) ?? attributeOf(header.text);
    return attribute ? { kind: 'attribute', attribute } : { kind: 'meta' };
  }
  return undefined;
}

/**
 * Column roles for the question columns of a Qualtrics export, in file order.
 * Columns are grouped into questions by `questionKey`; a question's text is
 * the text its columns share (`sharedQuestion`), and each matrix row is the
 * rest of its column's text. A choice question with an `Other` text box is
 * one question: the choice column is the answer (or the attribute) and the
 * box is a text answer (or metadata, for an attribute question).
 */
export function qualtricsColumns(headers: QualtricsHeader[], options: QualtricsColumnsOptions): Column[] {
  const { separator } = options;
  const columns: Column[] = [];
  const groups = new Map<string, QualtricsHeader[]>();
  for (const h of headers) {
    if (!h.tag && !h.text) continue; // trailing empty column
    const header = h.text || h.tag;
    const role = systemRole(h);
    if (role) {
      columns.push({ index: h.index, header, role });
      continue;
    }
    const key = questionKey(h.tag, h.importId) || `#${h.index}`;
    const list = groups.get(key) ?? [];
    list.push(h);
    groups.set(key, list);
  }
  for (const group of groups.values()) {
    const boxes = group.filter(isTextEntry);
    const choices = group.filter((h) => !isTextEntry(h));
    // A question of text boxes only (a comment question) has no companion boxes.
    const [main, companions] = choices.length ? [choices, boxes] : [boxes, []];
    const shared = sharedQuestion(group.map((h) => h.text), separator);
    const question = shared ?? stripRoleSuffix(main[0].text || main[0].tag, separator);
    const attribute = main.length === 1 ? attributeOf(question) : undefined;
    for (const h of main) {
      const header = h.text || h.tag;
      if (attribute) {
        // The attribute is named by its question, without `- Selected Choice`.
        columns.push({ index: h.index, header: question, role: { kind: 'attribute', attribute } });
      } else if (shared === undefined) {
        const own = stripRoleSuffix(header, separator);
        columns.push({ index: h.index, header, role: { kind: 'answer', question: own, item: own } });
      } else {
        const item = main.length === 1 ? question : rest(h.text, question, separator) || question;
        columns.push({ index: h.index, header, role: { kind: 'answer', question, item } });
      }
    }
    for (const h of companions) {
      const header = h.text || h.tag;
      if (attribute) {
        columns.push({ index: h.index, header, role: { kind: 'meta' } });
      } else if (shared === undefined) {
        const own = stripRoleSuffix(header, separator);
        columns.push({ index: h.index, header, role: { kind: 'answer', question: own, item: own } });
      } else {
        const item = stripRoleSuffix(rest(h.text, question, separator), separator) || question;
        columns.push({ index: h.index, header, role: { kind: 'answer', question, item } });
      }
    }
  }
  return columns.sort((a, b) => a.index - b.index);
}
