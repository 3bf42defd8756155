import { labelKey } from '../scales.js';
import type { ChoiceQuestion } from './model.js';
import { byCount, byYesNo } from './order.js';
import { yesNoRank } from './yes-no.js';

/**
 * The choices of several exports of one survey (language versions,
 * collectors) added up: questions matched by their text (tolerantly), else
 * by position when both exports have as many; options by their label (and
 * a yes/no question's Oui, Sí as its Yes). A question only one export has is
 * kept as it is.
 */
export function mergeChoices(into: readonly ChoiceQuestion[], incoming: readonly ChoiceQuestion[]): ChoiceQuestion[] {
  const out = into.map(copy);
  incoming.forEach((q, k) => {
    const byText = out.find((x) => labelKey(x.question) === labelKey(q.question));
    const target = byText ?? (into.length === incoming.length && out[k].kind === q.kind ? out[k] : undefined);
    if (!target) return void out.push(copy(q));
    target.answered += q.answered;
    for (const o of q.options) {
      // Yes / Oui / Sí are one answer across language versions.
      const same = (x: { label: string }) => labelKey(x.label) === labelKey(o.label) || (target.kind === 'yes-no' && q.kind === 'yes-no' && yesNoRank(x.label) === yesNoRank(o.label));
      const row = target.options.find(same);
      if (row) row.count += o.count;
      else target.options.push({ ...o });
    }
    if (!target.ordered) target.options.sort(target.kind === 'yes-no' ? byYesNo : byCount);
  });
  return out;
}

function copy(q: ChoiceQuestion): ChoiceQuestion {
  return { ...q, options: q.options.map((o) => ({ ...o })), columns: [...q.columns] };
}
