import type { ChoiceOption } from './model.js';
import { yesNoRank } from './yes-no.js';

/** Count descending, then label (code-point order: the same on every machine). */
export function byCount(a: ChoiceOption, b: ChoiceOption): number {
  return b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

/** Yes, No, Maybe: the order a yes/no question is asked in, whatever the counts. */
export function byYesNo(a: ChoiceOption, b: ChoiceOption): number {
  return yesNoRank(a.label) - yesNoRank(b.label) || byCount(a, b);
}
