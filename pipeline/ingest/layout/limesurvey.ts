import type { Column, ColumnRole, Layout } from '../../model.js';
import { labelKey } from '../normalise/scales.js';
import { attributeOf, cleanHeader, roleFromHeader } from './headers.js';

/**
 * LimeSurvey's response-table fields, by the header each export style writes:
 * the field name itself (question-code headers) or its English title (full
 * and abbreviated text headers; LimeSurvey's own `createFieldMap` titles).
 */
const FIELDS: Record<string, string> = {
  id: 'id', 'response id': 'id',
  submitdate: 'submitdate', 'date submitted': 'submitdate',
  lastpage: 'lastpage', 'last page': 'lastpage',
  startlanguage: 'startlanguage', 'start language': 'startlanguage',
  seed: 'seed',
  token: 'token', 'access code': 'token',
  startdate: 'startdate', 'date started': 'startdate',
  datestamp: 'datestamp', 'date last action': 'datestamp',
  ipaddr: 'ipaddr', 'ip address': 'ipaddr',
  refurl: 'refurl', 'referrer url': 'refurl',
};

/** What each field holds. The referrer URL can carry tokens or e-mails in its query string, so it is personal. */
const FIELD_ROLES: Record<string, ColumnRole> = {
  id: { kind: 'respondent-id' },
  submitdate: { kind: 'meta' },
  lastpage: { kind: 'meta' },
  startlanguage: { kind: 'attribute', attribute: 'language' },
  seed: { kind: 'meta' },
  token: { kind: 'personal' },
  startdate: { kind: 'meta' },
  datestamp: { kind: 'meta' },
  ipaddr: { kind: 'personal' },
  refurl: { kind: 'personal' },
};

/** Timing columns (survey option "save timings"): `interviewtime`, `G01Time`, `G01Q02Time`, or their titles. */
const TIMING = /^(interviewtime|[A-Za-z][A-Za-z0-9]*Time|[Tt]otal time|[Gg]roup time: .*|[Qq]uestion time: .*)$/;

/** The field a header names, if it is one of LimeSurvey's own. */
function fieldOf(header: string): string | undefined {
  return FIELDS[labelKey(header)];
}

/**
 * LimeSurvey: the header names `lastpage` and `startlanguage` (or their
 * titles `Last page`, `Start language`), which every response table has,
 * plus `id` or `submitdate`.
 */
export function isLimeSurvey(rows: string[][]): boolean {
  const fields = new Set((rows[0] ?? []).map((c) => fieldOf(cleanHeader(c))));
  return fields.has('lastpage') && fields.has('startlanguage') && (fields.has('id') || fields.has('submitdate'));
}

/** `Question [Subquestion]`, or with codes `G01Q02[SQ001]`: the last bracket is the subquestion. */
const BRACKETED = /^(.*\S)\s*\[([^\]]*)\]\s*$/;

/** A question code: a letter, then letters and digits, optionally `[subquestion]` or `_suffix` (LimeSurvey 2). */
const CODE = /^[A-Za-z][A-Za-z0-9]*(\[[A-Za-z0-9_#]+\])?(_[A-Za-z0-9]+)?$/;

/**
 * One header row, in one of three styles chosen at export: question codes
 * (`G01Q02[SQ001]`), abbreviated text, or full text (`Question? [Subquestion]`).
 * Blanks come in two kinds, `""` (seen but not answered) and an empty field
 * (not shown); the parser reads both as blank, which is what debrief needs.
 *
 * - LimeSurvey's own fields (`id`, `submitdate`… or `Response ID`, `Date
 *   submitted`…) are metadata or personal data; `startlanguage` is the
 *   language attribute.
 * - Code headers carry no text: the question code (`G01Q02`) is the question
 *   and the whole header (`G01Q02[SQ001]`, unique in the file) the item. No
 *   group cue and no attribute cue can be read from a code, so such items
 *   fall to the `other` group and role/gender stay plain choice questions
 *   unless a config names them.
 * - Text headers split like Google Forms grids; a subquestion of an
 *   attribute question (`… role? [Other]`) is the "other" text box: meta.
 */
export function limeSurveyLayout(rows: string[][]): Layout {
  const headers = (rows[0] ?? []).map((raw) => cleanHeader(raw));
  // The export style shows in LimeSurvey's own fields: `submitdate` with codes, `Date submitted` with text.
  const codes = headers.some((h) => h === 'submitdate' || h === 'lastpage' || h === 'startlanguage');
  const columns: Column[] = [];
  headers.forEach((text, index) => {
    if (!text) return; // trailing empty column
    const field = fieldOf(text);
    if (field) return void columns.push({ index, header: text, role: FIELD_ROLES[field] });
    if (TIMING.test(text)) return void columns.push({ index, header: text, role: { kind: 'meta' } });
    if (codes && CODE.test(text)) {
      const m = BRACKETED.exec(text);
      return void columns.push({ index, header: text, role: { kind: 'answer', question: m ? m[1] : text, item: text } });
    }
    const own = roleFromHeader(text);
    if (own) return void columns.push({ index, header: text, role: own });
    const m = BRACKETED.exec(text);
    const [question, item] = m ? [m[1].trim(), m[2].trim()] : [text, text];
    const subRole = m ? roleFromHeader(item) : undefined;
    if (subRole?.kind === 'personal') return void columns.push({ index, header: text, role: subRole });
    const attribute = attributeOf(question);
    if (attribute) {
      return void columns.push({ index, header: text, role: m ? { kind: 'meta' } : { kind: 'attribute', attribute } });
    }
    columns.push({ index, header: text, role: { kind: 'answer', question, item } });
  });
  return { tool: 'limesurvey', headerRows: 1, columns };
}
