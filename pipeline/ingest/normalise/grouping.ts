import { classifyWithReason, foldCueText, TEN_POINT, type GroupReason } from './groups.js';
import { PROGRAMME } from './programme.js';

/** What grouping needs of an item. */
export interface GroupedItem {
  label: string;
  question: string;
  scale: { id: string; levels: string[] };
}

/**
 * "How likely are you to recommend…", "Recommanderiez-vous…", "¿Recomendaría…?",
 * on folded text: the recommend stems of the three languages, or a likelihood
 * word with someone to tell ("how likely … to a friend or colleague").
 */
const RECOMMEND = /(?<![a-z])(recommend|recommand|recomend)/;
const LIKELY = /(?<![a-z])(likely|likelihood|probability|probabilite|probable|probabilidad|probable)(?![a-z])/;
const SOMEONE = /(?<![a-z])(friend|colleague|peer|ami|amie|collegue|amigo|amiga|colega|conocido)s?(?![a-z])/;

/** The words that make a text a recommendation question, or undefined. */
export function recommendationCue(text: string): string | undefined {
  const folded = foldCueText(text);
  const r = RECOMMEND.exec(folded);
  if (r) return folded.slice(r.index).split(' ')[0];
  const l = LIKELY.exec(folded);
  const s = SOMEONE.exec(folded);
  return l && s ? `${l[0]} … ${s[0]}` : undefined;
}

/** A 0–10 (or 1–10) scale: eleven levels, or ten. */
export function isTenPoint(scale: { levels: string[] }): boolean {
  return scale.levels.length >= 10;
}

/** True for a 0–10 likelihood-to-recommend item: reported as NPS, never pooled in a group. */
export function isRecommendation(item: GroupedItem): boolean {
  return isTenPoint(item.scale) && recommendationCue(`${item.label} ${item.question}`) !== undefined;
}

const FAMILY = new Map(PROGRAMME.map((k) => [k.id, k.family]));

/**
 * The group of every item, with the reason, in four steps:
 * 1. a 0–10 recommendation item goes to `nps`, apart from every group;
 * 2. each other item is classified on its own (classifyWithReason); a
 *    question whose text is only its items' titles (Microsoft Forms keeps no
 *    parent question) lends no words;
 * 3. in a question with several items, when its programme items (and those
 *    without a cue) are of different kinds, the question itself is their
 *    group; logistics and overall items keep theirs (they speak of the
 *    organisation, not of a part of the programme);
 * 4. a group whose items sit on scales of different lengths keeps its short
 *    scales, and its 0–10 items go to a `<group>-0-10` group of their own.
 */
export function assignGroups(items: GroupedItem[]): { group: string; reason: GroupReason }[] {
  const byQuestion = new Map<string, number[]>();
  items.forEach((item, i) => byQuestion.set(item.question, [...(byQuestion.get(item.question) ?? []), i]));
  const out: { group: string; reason: GroupReason }[] = items.map((item) => {
    const members = byQuestion.get(item.question)!;
    const titlesOnly = members.length > 1 && item.question.startsWith(items[members[0]].label);
    // A question made of titles would lend one statement's words to its neighbours.
    const question = titlesOnly ? '' : item.question;
    if (isRecommendation({ ...item, question })) return { group: 'nps', reason: { by: 'recommend', cue: recommendationCue(`${item.label} ${question}`) } };
    return classifyWithReason(item.label, question);
  });
  for (const [question, members] of byQuestion) {
    if (members.length < 2 || question.startsWith(items[members[0]].label)) continue;
    const parts = members.filter((i) => out[i].group !== 'nps' && (out[i].group === 'other' || FAMILY.get(out[i].group) === 'programme'));
    const kinds = new Set(parts.map((i) => out[i].group));
    if (kinds.size > 1) for (const i of parts) out[i] = { group: question, reason: { by: 'question-itself' } };
  }
  const apart = separateTenPoint(out.map((o, i) => ({ group: o.group, levels: items[i].scale.levels })));
  return out.map((o, i) => (apart[i].group === o.group ? o : { group: apart[i].group, reason: { by: 'scale', cue: o.reason.cue } }));
}

/**
 * 0–10 items of a group that also holds shorter scales move to `<group>-0-10`:
 * a share of "9 or 10" is never averaged with a share of "good or excellent".
 * Returns new objects where a group changes; the NPS item is left alone.
 */
export function separateTenPoint<T extends { group: string; levels: string[] }>(items: T[]): T[] {
  const short = new Set(items.filter((i) => !isTenPoint(i)).map((i) => i.group));
  return items.map((i) => (i.group !== 'nps' && isTenPoint(i) && short.has(i.group) ? { ...i, group: `${i.group}${TEN_POINT}` } : i));
}
