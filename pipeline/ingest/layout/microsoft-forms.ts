import type { Column, ColumnRole, Layout } from '../../model.js';
import { labelKey, matchScale } from '../normalise/scales.js';
import { attributeOf, cleanHeader, roleFromHeader } from './headers.js';
import { statementRuns, type Statement } from './statement-runs.js';

const keys = (list: string[]) => new Set(list.map(labelKey));

/*
 * Header names per language. English, French and Spanish are those seen in
 * exports; the German, Italian, Portuguese and Dutch names are best effort and
 * unverified, harmless if wrong (detection needs the first three columns).
 */

/** The response id, first column of every MS Forms export. */
const ID = keys(['ID', 'Id', 'Id.']);
/** The start and completion times, columns 2 and 3. */
const START = keys(['Start time', 'Heure de début', 'Hora de inicio', 'Startzeit', 'Ora di inizio', 'Hora de início', 'Begintijd']);
const COMPLETION = keys([
  'Completion time', 'Heure de fin', 'Hora de finalización', 'Fertigstellungszeit', 'Ora di completamento',
  'Hora de conclusão', 'Tijd van voltooien', 'Tijd van voltooiing',
]);
/** Further metadata MS Forms writes: last edit, quiz totals. */
const META = keys([
  'Last modified time', 'Heure de la dernière modification', 'Hora de la última modificación', 'Uhrzeit der letzten Änderung',
  'Ora ultima modifica', 'Hora da última modificação', 'Tijdstip van laatste wijziging', 'Total points', 'Quiz feedback',
  'Total des points', 'Commentaires sur le questionnaire', 'Puntos totales', 'Comentarios del cuestionario',
]);
/** The respondent's e-mail (`anonymous` when the form is open to anyone) and name. */
const PERSONAL = keys([
  'Email', 'E-mail', 'Adresse de messagerie', 'Adresse e-mail', 'Correo electrónico', 'Posta elettronica',
  'Name', 'Nom', 'Nombre', 'Nome', 'Naam',
]);
/**
 * Per-question quiz columns: `Points - Q1`, `Feedback - Q1` (French
 * `Commentaires - Q1`), taken for metadata only when `Q1` is an earlier
 * title, so a question called "Feedback - Plenary 1" stays a question.
 */
const QUIZ_COLUMN = /^(?:points|feedback|commentaires|puntos|comentarios|punkte) - (.+)$/i;

/**
 * Microsoft Forms (XLSX, or a CSV re-saved from it): one header row starting
 * `ID, Start time, Completion time` (localised); `Email` and `Name` follow.
 */
export function isMicrosoftForms(rows: string[][]): boolean {
  const header = (rows[0] ?? []).map((h) => labelKey(cleanHeader(h)));
  return ID.has(header[0] ?? '') && START.has(header[1] ?? '') && COMPLETION.has(header[2] ?? '');
}

/**
 * `Overall rating2` → `{ base: 'Overall rating', n: 2 }` when MS Forms added
 * the suffix because the title came earlier: `base`, and every suffix below
 * `n`, must be among the earlier titles. A base ending in a digit is never
 * split (`Plenary 12` is not a second `Plenary 1`).
 */
export function repeatedTitle(title: string, earlier: ReadonlySet<string>): { base: string; n: number } | undefined {
  for (let cut = 1; cut <= 2 && cut < title.length; cut++) {
    const base = title.slice(0, -cut);
    const digits = title.slice(-cut);
    if (!/^\d+$/.test(digits) || /[\d\s]$/.test(base) || digits[0] === '0') continue;
    const n = Number(digits);
    if (n < 2 || !earlier.has(base)) continue;
    let all = true;
    for (let k = 2; k < n; k++) if (!earlier.has(`${base}${k}`)) all = false;
    if (all) return { base, n };
  }
  return undefined;
}

/**
 * One header row; the leading metadata block is read by its (localised)
 * names; each other column is a statement or a question. A repeated title
 * `Overall rating2` becomes the item `Overall rating (2)`. The parent question
 * of Likert statements is lost in the export, so consecutive statements on
 * one scale are grouped back into a question (see statement-runs.ts for why).
 * Multi-select answers (`Tuesday;Wednesday;`, always with a trailing `;`) are
 * marked `multiple`.
 */
export function microsoftFormsLayout(rows: string[][]): Layout {
  const header = rows[0] ?? [];
  const data = rows.slice(1);
  const columns: Column[] = [];
  const statements: Statement[] = [];
  const earlier = new Set<string>();
  header.forEach((raw, index) => {
    const text = cleanHeader(raw);
    if (!text) return; // trailing empty column of a re-saved CSV
    const repeat = repeatedTitle(text, earlier);
    earlier.add(text);
    // A question titled like a metadata column comes out suffixed (`Name2`): it holds the same kind of data.
    const own = metadataRole(repeat?.base ?? text, index, earlier);
    if (own) return void columns.push({ index, header: text, role: own });
    const answers = distinctAnswers(data, index);
    const title = repeat ? `${repeat.base} (${repeat.n})` : text;
    if (answers.length > 0 && answers.every((a) => a.endsWith(';'))) {
      return void columns.push({ index, header: text, role: { kind: 'answer', question: title, item: title, multiple: true } });
    }
    // A statement on a rating scale is never an attribute, whatever words its title holds.
    const attribute = matchScale(answers) ? undefined : attributeOf(title);
    if (attribute) return void columns.push({ index, header: text, role: { kind: 'attribute', attribute } });
    statements.push({ index, title, base: repeat?.base ?? text, answers });
    columns.push({ index, header: text, role: { kind: 'answer', question: title, item: title } });
  });
  const questions = statementRuns(statements);
  for (const column of columns) {
    if (column.role.kind === 'answer' && !column.role.multiple) column.role.question = questions.get(column.index) ?? column.role.question;
  }
  return { tool: 'microsoft-forms', headerRows: 1, columns };
}

/** The role of a metadata column of MS Forms, by name; undefined for questions. */
function metadataRole(text: string, index: number, earlier: ReadonlySet<string>): ColumnRole | undefined {
  const key = labelKey(text);
  if (index === 0 && ID.has(key)) return { kind: 'respondent-id' };
  if (START.has(key) || COMPLETION.has(key) || META.has(key)) return { kind: 'meta' };
  const quiz = QUIZ_COLUMN.exec(text);
  if (quiz && earlier.has(quiz[1])) return { kind: 'meta' };
  if (PERSONAL.has(key)) return { kind: 'personal' };
  const shared = roleFromHeader(text);
  return shared?.kind === 'respondent-id' ? { kind: 'meta' } : shared;
}

/** Distinct non-blank, trimmed answers of one column. */
function distinctAnswers(rows: string[][], index: number): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = (row[index] ?? '').trim();
    if (value) seen.add(value);
  }
  return [...seen];
}
