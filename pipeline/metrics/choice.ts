import { linkAttendance, type ChoiceKind, type ChoiceQuestion } from '../ingest/index.js';
import { uniqueIds } from '../util/slug.js';
import { wilson } from './wilson.js';

/** One option in summary.json. */
export interface SummaryChoiceOption {
  label: string;
  count: number;
  /** count ÷ the question's `answered`; for `multiple`, shares may add to more than 1. */
  share: number;
  /** 95% Wilson interval of the share. */
  low: number;
  high: number;
  /** For an attendance question: the id of the rating item this option names (see choices/attendance.ts). */
  item?: string;
}

/** One closed question in summary.json. Field names are a contract: later versions add, never rename. */
export interface SummaryChoice {
  id: string;
  question: string;
  kind: ChoiceKind;
  /** Respondents who answered: the base of every share. */
  answered: number;
  options: SummaryChoiceOption[];
}

export interface ChoiceMetricsOptions {
  /** Rating items an attendance question's options may name; default none. */
  items?: readonly { id: string; label: string }[];
}

/** Shares and Wilson intervals of each option, ids unique among the choices. */
export function choiceMetrics(choices: readonly ChoiceQuestion[], options: ChoiceMetricsOptions = {}): SummaryChoice[] {
  const ids = uniqueIds(choices.map((c) => c.question));
  return choices.map((c, k) => {
    const links = linkAttendance(c, options.items ?? []);
    return {
      id: ids[k],
      question: c.question,
      kind: c.kind,
      answered: c.answered,
      options: c.options.map((o) => {
        const [low, high] = wilson(o.count, c.answered);
        const item = links.get(o.label);
        return { label: o.label, count: o.count, share: c.answered ? o.count / c.answered : 0, low, high, ...(item ? { item } : {}) };
      }),
    };
  });
}

/** Per rating item linked to an attendance option: the respondents who said they attended, and the question's base. */
export function attendanceByItem(choices: readonly SummaryChoice[]): Map<string, { count: number; answered: number; share: number }> {
  const out = new Map<string, { count: number; answered: number; share: number }>();
  for (const c of choices) for (const o of c.options) if (o.item && !out.has(o.item)) out.set(o.item, { count: o.count, answered: c.answered, share: o.share });
  return out;
}
