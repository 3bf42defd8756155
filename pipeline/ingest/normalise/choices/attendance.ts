import { labelKey } from '../scales.js';
import type { ChoiceQuestion } from './model.js';

/** "Which sessions did you attend?" (or "participate in") and its French and Spanish forms ("¿En qué mesas participó?"): a checkbox question about attending. */
export const ATTENDANCE = /\b(attend|attended|attending|participate|participated|assist[eé]|assistez|particip[eé]|asisti[oó]|asististe|asisti[oó]|asistieron|particip[oó]|participaste|participaron)\b/;

/**
 * Links each option of an attendance question to the rating item it names:
 * labels equal once folded, or one the other's start up to a word break
 * ("Panel" → "Panel discussion: Financing"). An option that would name two
 * items or more names none (it cannot say which), and an item is linked to
 * one option at most. Returns option label → item id.
 */
export function linkAttendance(choice: Pick<ChoiceQuestion, 'question' | 'kind' | 'options'>, items: readonly { id: string; label: string }[]): Map<string, string> {
  const links = new Map<string, string>();
  if (choice.kind !== 'multiple' || !ATTENDANCE.test(labelKey(choice.question))) return links;
  const taken = new Set<string>();
  for (const o of choice.options) {
    const key = labelKey(o.label);
    const exact = items.filter((i) => labelKey(i.label) === key);
    const named = exact.length ? exact : items.filter((i) => startsAtWord(labelKey(i.label), key) || startsAtWord(key, labelKey(i.label)));
    if (named.length === 1 && !taken.has(named[0].id)) {
      links.set(o.label, named[0].id);
      taken.add(named[0].id);
    }
  }
  return links;
}

/** True when `text` begins with `start` and a word ends there. */
function startsAtWord(text: string, start: string): boolean {
  return start.length > 0 && text.startsWith(start) && (text.length === start.length || !/[\p{L}\p{N}]/u.test(text[start.length]));
}
