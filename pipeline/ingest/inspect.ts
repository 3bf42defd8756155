import type { GroupReason } from './normalise/groups.js';
import type { Ingested } from './finish.js';
import * as msg from '../messages.js';

/** What `debrief inspect` reports: the detection, with no answer text and no personal data. */
export interface Inspection {
  file: string;
  tool: string;
  encoding: string;
  delimiter: string;
  headerRows: number;
  respondents: number;
  questions: { question: string; items: { id: string; label: string; group: string; groupReason: GroupReason; scale: string; levels: string[]; unrecognised: Record<string, number> }[] }[];
  freeText: string[];
  otherColumns: string[];
  /** Closed questions counted as choices (choices/find.ts): how each was read. */
  choices: { question: string; kind: string; options: number; answered: number }[];
  attributes: { name: string; header: string; values: number }[];
  droppedPersonal: string[];
  ignoredMeta: string[];
  warnings: string[];
}

export function inspect(ingested: Ingested): Inspection {
  const { layout, survey } = ingested;
  const questions: Inspection['questions'] = [];
  for (const item of survey.items) {
    let q = questions.find((x) => x.question === item.question);
    if (!q) questions.push((q = { question: item.question, items: [] }));
    q.items.push({ id: item.id, label: item.label, group: item.group, groupReason: item.groupReason ?? { by: 'none' }, scale: item.scale.id, levels: item.levels, unrecognised: Object.fromEntries(item.unrecognised) });
  }
  return {
    file: ingested.file,
    tool: layout.tool,
    encoding: ingested.encoding,
    delimiter: ingested.delimiter,
    headerRows: layout.headerRows,
    respondents: survey.respondents,
    questions,
    freeText: survey.texts.map((t) => t.question),
    otherColumns: survey.other.map((o) => o.header),
    choices: (survey.choices ?? []).map((c) => ({ question: c.question, kind: c.kind, options: c.options.length, answered: c.answered })),
    attributes: survey.attributes.map((a) => ({ name: a.name, header: a.header, values: a.values.length })),
    droppedPersonal: layout.columns.filter((c) => c.role.kind === 'personal').map((c) => c.header),
    ignoredMeta: layout.columns.filter((c) => c.role.kind === 'meta' || c.role.kind === 'respondent-id').map((c) => c.header),
    warnings: ingested.warnings,
  };
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '': 'none (XLSX)' };

/** The inspection as text for a terminal. */
export function formatInspection(i: Inspection): string {
  const lines = [
    `${i.file}: ${i.tool} export, ${i.encoding}, ${DELIMITER_NAMES[i.delimiter] ?? i.delimiter}, ${i.headerRows} header row${i.headerRows === 1 ? '' : 's'}`,
    `respondents: ${i.respondents}`,
    `rating questions: ${i.questions.length}, items: ${i.questions.reduce((a, q) => a + q.items.length, 0)}`,
  ];
  for (const q of i.questions) {
    lines.push(`  ${q.question}`);
    for (const it of q.items) {
      const unknown = Object.keys(it.unrecognised);
      lines.push(`    [${it.group}] ${it.label}  (${it.scale}: ${it.levels.join(' / ')})${unknown.length ? `  unrecognised: ${unknown.join(', ')}` : ''}`);
      lines.push(`      why: ${msg.groupReason(it.groupReason)}`);
    }
  }
  if (i.freeText.length) lines.push(`free-text questions: ${i.freeText.join(' | ')}`);
  if (i.otherColumns.length) lines.push(`other columns (no rating scale, not free text): ${i.otherColumns.join(' | ')}`);
  if (i.choices?.length) lines.push(`choice questions: ${i.choices.map((c) => `${c.question} (${c.kind}, ${c.options} options, ${c.answered} answered)`).join(' | ')}`);
  if (i.attributes.length) lines.push(`attributes: ${i.attributes.map((a) => `${a.name} ("${a.header}", ${a.values} values)`).join(', ')}`);
  lines.push(`dropped personal data: ${i.droppedPersonal.length ? i.droppedPersonal.join(', ') : 'none found'}`);
  if (i.ignoredMeta.length) lines.push(`ignored metadata: ${i.ignoredMeta.join(', ')}`);
  for (const w of i.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n') + '\n';
}
