import { labelKey } from '../scales.js';

/** Yes / No / Maybe in English, French and Spanish, in the order they are shown. */
const ANSWERS: string[][] = [
  ['Yes', 'Oui', 'Sí', 'Si', 'Y'],
  ['No', 'Non', 'N'],
  ['Maybe', 'Perhaps', 'Not sure', 'Unsure', 'Peut-être', 'Peut être', 'Pas sûr', 'Tal vez', 'Quizás', 'Quizá', 'A lo mejor'],
];
const RANK = new Map(ANSWERS.flatMap((spellings, rank) => spellings.map((s) => [labelKey(s), rank] as const)));

/** The place of a yes / no / maybe answer (0, 1, 2), or -1 for any other answer. */
export function yesNoRank(answer: string): number {
  return RANK.get(labelKey(answer)) ?? -1;
}

/** True when every option is Yes, No or Maybe (in any of the three languages) and Yes or No is among them. */
export function isYesNo(options: readonly string[]): boolean {
  const ranks = options.map(yesNoRank);
  return ranks.length > 0 && ranks.every((r) => r >= 0) && ranks.some((r) => r <= 1);
}
