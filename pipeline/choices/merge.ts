import { labelKey } from '../scales.js';
import type { ChoiceQuestion } from './model.js';
import { byCount, byYesNo } from './order.js';

/**
 * The choices of several exports of one survey (language versions,
 * collectors) added up: questions matched by their text (tolerantly), else
 * by position when both exports have as many; options by their label. A
 * question only one export has is kept as it is.
 */
export function mergeChoices(into: readonly ChoiceQuestion[], incoming: readonly ChoiceQuestion[]): ChoiceQuestion[] {
  const out = into.map(copy);
  incoming.forEach((q, k) => {
    const byText = out.find((x) => labelKey(x.question) === labelKey(q.question));
    const target = byText ?? (into.length === incoming.length && out[k].kind === q.kind ? out[k] : undefined);
    if (!target) return void out.push(copy(q));
    target.answered += q.answered;
    for (const o of q.options) {
      const row = target.options.find((x) => labelKey(x.label) === labelKey(o.label));
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
