/**
 * The catalogue of rating scales, and tolerant matching of answer labels
 * against it. A scale lists its levels best first; each level carries the
 * spellings seen in real exports (EN, FR, ES).
 */

export interface Scale {
  /** Stable id, e.g. `excellent-poor-4`. */
  id: string;
  /** Canonical labels, best first. */
  levels: string[];
  /** Accepted spellings per level (canonical label included), best first. */
  aliases: string[][];
  /** Numeric code per level, best first (e.g. 4, 3, 2, 1). */
  codes: number[];
  /** How many of the top levels count as positive ("top box"). */
  positiveLevels: number;
  /** True for numeric scales whose answers are the numbers themselves. */
  numeric?: boolean;
}

function worded(id: string, aliases: string[][], positiveLevels = 2): Scale {
  const n = aliases.length;
  return {
    id,
    levels: aliases.map((a) => a[0]),
    aliases,
    codes: aliases.map((_, i) => n - i),
    positiveLevels,
  };
}

function numericScale(id: string, from: number, to: number, positiveLevels: number): Scale {
  const values: number[] = [];
  for (let v = to; v >= from; v--) values.push(v);
  return {
    id,
    levels: values.map(String),
    aliases: values.map((v) => [String(v)]),
    codes: values,
    positiveLevels,
    numeric: true,
  };
}

/** Every scale debrief recognises, in order of preference on ties. */
export const SCALES: Scale[] = [
  worded('excellent-poor-4', [
    ['Excellent', 'Excelente', 'Excellente'],
    ['Good', 'Bon', 'Bueno', 'Bien', 'Buena'],
    ['Fair', 'Moyen', 'Regular', 'Passable'],
    ['Poor', 'Médiocre', 'Malo', 'Mauvais', 'Mala', 'Insuffisant'],
  ]),
  worded('excellent-poor-5', [
    ['Excellent', 'Excelente', 'Excellente'],
    ['Very good', 'Très bon', 'Muy bueno', 'Très bien', 'Muy bien'],
    ['Good', 'Bon', 'Bueno', 'Bien', 'Buena'],
    ['Fair', 'Moyen', 'Regular', 'Passable'],
    ['Poor', 'Médiocre', 'Malo', 'Mauvais', 'Mala', 'Insuffisant'],
  ]),
  worded('very-good-poor-4', [
    ['Very good', 'Très bien', 'Très bon', 'Muy bueno', 'Muy bien'],
    ['Good', 'Bien', 'Bon', 'Bueno'],
    ['Average', 'Moyen', 'Regular', 'Promedio'],
    ['Poor', 'Insuffisant', 'Médiocre', 'Malo', 'Mauvais'],
  ]),
  worded('excelente-malo-5', [
    ['Excelente'],
    ['Bueno', 'Buena'],
    ['Regular'],
    ['Malo', 'Mala'],
    ['Muy malo', 'Muy mala'],
  ]),
  worded('satisfied-5', [
    ['Very satisfied', 'Très satisfait', 'Muy satisfecho', 'Très satisfaite', 'Muy satisfecha'],
    ['Satisfied', 'Satisfait', 'Satisfecho', 'Plutôt satisfait', 'Satisfaite', 'Satisfecha'],
    ['Neither satisfied nor dissatisfied', 'Neutral', 'Ni satisfait ni insatisfait', 'Ni satisfecho ni insatisfecho', 'Neutre'],
    ['Dissatisfied', 'Insatisfait', 'Insatisfecho', 'Plutôt pas satisfait', 'Peu satisfait', 'Insatisfaite'],
    ['Very dissatisfied', 'Pas du tout satisfait', 'Très insatisfait', 'Muy insatisfecho', 'Nada satisfecho'],
  ]),
  worded('satisfied-4', [
    ['Very satisfied', 'Très satisfait', 'Muy satisfecho'],
    ['Satisfied', 'Satisfait', 'Plutôt satisfait', 'Satisfecho'],
    ['Dissatisfied', 'Insatisfait', 'Plutôt pas satisfait', 'Peu satisfait', 'Insatisfecho'],
    ['Very dissatisfied', 'Pas du tout satisfait', 'Très insatisfait', 'Muy insatisfecho', 'Nada satisfecho'],
  ]),
  worded('agree-5', [
    ['Strongly agree', "Tout à fait d'accord", 'Totalmente de acuerdo', 'Muy de acuerdo'],
    ['Agree', "D'accord", "Plutôt d'accord", 'De acuerdo'],
    ['Neither agree nor disagree', 'Neutral', "Ni d'accord ni pas d'accord", 'Ni de acuerdo ni en desacuerdo', 'Neutre'],
    ['Disagree', "Pas d'accord", "Plutôt pas d'accord", 'En desacuerdo'],
    ['Strongly disagree', "Pas du tout d'accord", 'Totalmente en desacuerdo', 'Muy en desacuerdo'],
  ]),
  worded('agree-4', [
    ['Strongly agree', "Tout à fait d'accord", 'Totalmente de acuerdo', 'Muy de acuerdo'],
    ['Agree', "D'accord", "Plutôt d'accord", 'De acuerdo'],
    ['Disagree', "Pas d'accord", "Plutôt pas d'accord", 'En desacuerdo'],
    ['Strongly disagree', "Pas du tout d'accord", 'Totalmente en desacuerdo', 'Muy en desacuerdo'],
  ]),
  numericScale('numeric-1-4', 1, 4, 2),
  numericScale('numeric-1-5', 1, 5, 2),
  numericScale('numeric-0-10', 0, 10, 2),
];

/** Answers that mean "not applicable": never in the denominator. */
export const NOT_APPLICABLE = [
  'n/a', 'na', 'n.a.', 'n.a', 'not applicable', 'does not apply', 'did not attend', "didn't attend", 'i did not attend',
  'not attended', 'no basis for evaluation', 'no basis to evaluate', 'no opinion', "don't know", 'do not know',
  'sans objet', 'non applicable', 'non concerné', "je n'ai pas assisté", 'pas assisté', 'ne sais pas', 'sans avis',
  'no asistí', 'no asisti', 'no aplica', 'no corresponde', 'no sé', 'no se', 'sin opinión',
  'n_a', 'didnt_attend', 'dont_know',
];

/**
 * Folds an answer label for tolerant comparison: case, spacing, accents, apostrophes, numbering.
 * Underscores between words are spaces, so XML choice names (`very_good`, KoboToolbox and ODK
 * "XML values") match their labels; leading and trailing underscores stay (`_uuid`, `__version__`
 * mark tool metadata in headers).
 */
export function labelKey(label: string): string {
  let key = LABEL_KEYS.get(label);
  if (key === undefined) {
    // Bounded: free-text answers pass through here too.
    if (LABEL_KEYS.size >= 10_000) LABEL_KEYS.clear();
    LABEL_KEYS.set(label, (key = foldLabel(label)));
  }
  return key;
}

/** Folded labels already made: the same few answers and aliases are folded again and again. */
const LABEL_KEYS = new Map<string, string>();

function foldLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .toLowerCase()
    .replace(/(?<=[^\s_])_+(?=[^\s_])/g, ' ')
    .replace(/^\s*\d{1,2}\s*[.)\-:]\s+(?=\D)/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const NA_KEYS = new Set(NOT_APPLICABLE.map(labelKey));

/** True when the answer means "not applicable / did not attend". Negative numeric recodes count too. */
export function isNotApplicable(answer: string): boolean {
  const key = labelKey(answer);
  return NA_KEYS.has(key) || /^-\d+(\.0+)?$/.test(key);
}

/** Index of the level an answer stands for in a scale, or -1. */
export function levelIndex(scale: Scale, answer: string): number {
  const key = labelKey(answer);
  if (scale.numeric) {
    const m = /^(\d+)(\.0+)?$/.exec(key);
    if (!m) return -1;
    return scale.levels.indexOf(String(Number(m[1])));
  }
  return aliasKeys(scale).get(key) ?? -1;
}

/** Folded alias → level, per scale, made once: levelIndex runs for every distinct answer against every scale. */
const ALIAS_KEYS = new WeakMap<Scale, Map<string, number>>();

function aliasKeys(scale: Scale): Map<string, number> {
  let keys = ALIAS_KEYS.get(scale);
  if (!keys) {
    const made = new Map<string, number>();
    scale.aliases.forEach((list, i) => list.forEach((a) => made.has(labelKey(a)) || made.set(labelKey(a), i)));
    ALIAS_KEYS.set(scale, (keys = made));
  }
  return keys;
}

export interface ScaleMatch {
  scale: Scale;
  /** Distinct answers that are neither a level nor not-applicable. */
  unknown: string[];
}

/**
 * Picks the scale that best fits a set of distinct answers: the one that
 * recognises the most answers, then the one with the fewest unused levels,
 * then catalogue order. Returns undefined when no scale recognises at least
 * half of the distinct answers (then the column is not a rating).
 */
export function matchScale(answers: Iterable<string>, scales: Scale[] = SCALES): ScaleMatch | undefined {
  const distinct = [...new Set([...answers].filter((a) => a.trim() !== '' && !isNotApplicable(a)))];
  if (distinct.length === 0) return undefined;
  let best: { scale: Scale; known: number; numbered: number; unused: number; unknown: string[] } | undefined;
  for (const scale of scales) {
    const used = new Set<number>();
    const unknown: string[] = [];
    // Numbered labels (MS Forms `5. Strongly agree`) whose number is the level's code: on a tie they
    // tell a 5-level scale from a 4-level one even when some levels were never used.
    let numbered = 0;
    for (const a of distinct) {
      const i = levelIndex(scale, a);
      if (i < 0) unknown.push(a);
      else {
        used.add(i);
        const number = /^\s*(\d{1,2})\s*[.)\-:]\s+\D/.exec(a);
        if (number && !scale.numeric && Number(number[1]) === scale.codes[i]) numbered++;
      }
    }
    const known = distinct.length - unknown.length;
    const unused = scale.levels.length - used.size;
    if (!best || known > best.known || (known === best.known && (numbered > best.numbered || (numbered === best.numbered && unused < best.unused)))) {
      best = { scale, known, numbered, unused, unknown };
    }
  }
  if (!best || best.known === 0 || best.known * 2 < distinct.length) return undefined;
  // A single numeric value is not enough evidence of a numeric scale.
  if (best.scale.numeric && best.known < 2) return undefined;
  return { scale: best.scale, unknown: best.unknown.sort() };
}
