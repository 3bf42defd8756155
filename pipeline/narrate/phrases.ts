/**
 * The phrases sentences are built from: the top box of a family of items
 * ("good or excellent"), the predicate that agrees with its subject, quoted
 * labels, the subject of an item or a group.
 */
import { kindNames, SCALES } from '../ingest/index.js';
import { formatPercent, type Lang, type NarratedItem } from './model.js';
import { NBSP } from './numbers.js';
import { ANSWERS, NOUNS, OR, QUALITY, QUALITY_KEY, SUBJECT, type Gender, type Noun, type Plural, type Subject } from './words.js';

/** The noun of a group id debrief does not know (a config's own group): "the items of “G”". */
export function nounOf(group: string, lang: Lang): Noun {
  const known = NOUNS[lang][group] ?? catalogueNoun(group, lang);
  if (known) return known;
  const g = quote(group, lang);
  return {
    en: { one: 'item', many: 'items', the: 'the item', theMany: `the items of ${g}`, gender: 'm' as const },
    fr: { one: 'élément', many: 'éléments', the: "l'élément", theMany: `les éléments de ${g}`, gender: 'm' as const },
    es: { one: 'elemento', many: 'elementos', the: 'el elemento', theMany: `los elementos de ${g}`, gender: 'm' as const },
  }[lang];
}

/** The noun of a kind from the programme catalogue (keynote, workshop…), with its articles. */
function catalogueNoun(group: string, lang: Lang): Noun | undefined {
  const k = kindNames(group, lang);
  if (!k) return undefined;
  const f = k.gender === 'f';
  const the = { en: `the ${k.one}`, fr: `${/^[aeiouyhéèêâîôû]/i.test(k.one) ? "l'" : f ? 'la ' : 'le '}${k.one}`, es: `${f ? 'la' : 'el'} ${k.one}` }[lang];
  const theMany = { en: `the ${k.many}`, fr: `les ${k.many}`, es: `${f ? 'las' : 'los'} ${k.many}` }[lang];
  return { one: k.one, many: k.many, the, theMany, gender: k.gender };
}

/**
 * How the top box of a family of items is said. `rated`: quality adjectives
 * that agree with their noun; `scored`: numbers; `answered`: quoted answers;
 * `mixed`: items on different scales, said as "a positive answer".
 */
export interface TopBox {
  frame: 'rated' | 'scored' | 'answered' | 'mixed';
  /** The top-box words agreeing with a subject (rated), or as they stand. */
  words: (gender?: Gender, number?: Plural) => string;
  /** The words quoted as answers, for sentences without a subject to agree with. */
  quoted: string;
}

export function join(words: string[], lang: Lang): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${OR[lang]} ${words[words.length - 1]}`;
}

export function quote(text: string, lang: Lang): string {
  return lang === 'en' ? `“${text}”` : lang === 'fr' ? `«${NBSP}${text}${NBSP}»` : `«${text}»`;
}

export function fold(label: string): string {
  return label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The top box of items sharing a scale, weakest level first ("good or excellent"). */
export function topBox(items: NarratedItem[], lang: Lang): TopBox {
  const first = items[0];
  const same = items.every((i) => (i.scale ?? i.levels.join('|')) === (first.scale ?? first.levels.join('|')) && i.positiveLevels === first.positiveLevels);
  if (!same) {
    const text = { en: 'a positive answer', fr: 'une réponse positive', es: 'una respuesta positiva' }[lang];
    return { frame: 'mixed', words: () => text, quoted: text };
  }
  const scale = SCALES.find((s) => s.id === first.scale);
  const canonical = (scale?.levels ?? first.levels).slice(0, first.positiveLevels).reverse();
  const exported = first.levels.slice(0, first.positiveLevels).reverse();
  if (scale?.numeric || canonical.every((l) => /^\d+$/.test(l))) {
    const text = join(canonical, lang);
    return { frame: 'scored', words: () => text, quoted: text };
  }
  const quality = canonical.map((l) => QUALITY[QUALITY_KEY[fold(l)]]);
  if (quality.every(Boolean)) {
    const words = (gender: Gender = 'm', number: Plural = 's') => {
      const k = (number === 'p' ? 2 : 0) + (gender === 'f' ? 1 : 0);
      return join(quality.map((q) => (lang === 'en' ? q.en : q[lang][k])), lang);
    };
    return { frame: 'rated', words, quoted: lang === 'en' ? words() : join(quality.map((q) => quote(q[lang][0], lang)), lang) };
  }
  const answers = canonical.map((l, i) => ANSWERS[fold(l)]?.[lang] ?? exported[i].toLowerCase());
  const text = join(answers.map((a) => quote(a, lang)), lang);
  return { frame: 'answered', words: () => text, quoted: text };
}

/**
 * "rated S good or excellent" / "ont jugé S bonnes ou excellentes" /
 * "calificaron S como buenas o excelentes"; quoted answers where S has no
 * known gender or the scale has no adjectives.
 */
export function predicate(subject: Subject, top: TopBox, lang: Lang): string {
  const S = subject.text;
  const rated = top.frame === 'rated' && (lang === 'en' || subject.gender);
  if (lang === 'en') {
    if (rated || top.frame === 'scored') return `rated ${S} ${top.words()}`;
    if (top.frame === 'mixed') return `gave ${top.words()} for ${S}`;
    return `answered ${top.quoted} for ${S}`;
  }
  if (lang === 'fr') {
    if (rated) return `ont jugé ${S} ${top.words(subject.gender, subject.number)}`;
    if (top.frame === 'scored') return `ont noté ${S} ${top.words()}`;
    if (top.frame === 'mixed') return `ont donné ${top.words()} pour ${S}`;
    return `ont répondu ${top.quoted} pour ${S}`;
  }
  if (rated) return `calificaron ${S} como ${top.words(subject.gender, subject.number)}`;
  if (top.frame === 'scored') return `calificaron ${S} con ${top.words()}`;
  if (top.frame === 'mixed') return `dieron ${top.words()} para ${S}`;
  return `respondieron ${top.quoted} para ${S}`;
}

/** French and Spanish past participles: jugé, jugée, jugés, jugées. */
export function participle(stem: Record<'fr' | 'es', string[]>, lang: 'fr' | 'es', gender: Gender = 'm', number: Plural = 's'): string {
  return stem[lang][(number === 'p' ? 2 : 0) + (gender === 'f' ? 1 : 0)];
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Drops a leading "Plenary 7 –" so the item reads as a title. */
export function title(label: string): string {
  const rest = label.replace(/^(plenary|plénière|pleniere|plenaria|sesi[oó]n plenaria|side[- ]?event|événement parallèle|evento paralelo)\s*\d*\s*[-–—:.]?\s+/i, '').trim();
  // "Plenary 1" has no title after its number: keep the label whole rather than say "the plenary “1”".
  return rest === '' || /^\d+$/.test(rest) ? label : rest;
}

/** "good or excellent": the top-box levels, weakest first, in the sentence language. */
export function topBoxPhrase(levels: string[], positiveLevels: number, lang: Lang = 'en'): string {
  return topBox([{ id: '', label: '', group: '', levels, positiveLevels, valid: 0, positive: 0, positiveLow: 0, positiveHigh: 1 }], lang).quoted;
}

/** Who answered: "87% of respondents" / "87 % des répondants" / "el 87 % de los encuestados". */
export function share(x: number, lang: Lang): string {
  return { en: `${formatPercent(x, lang)} of respondents`, fr: `${formatPercent(x, lang)} des répondants`, es: `el ${formatPercent(x, lang)} de los encuestados` }[lang];
}

/** The subject of a single item: the group's (logistics, overall), else the item named by its noun. */
export function itemSubject(item: NarratedItem, lang: Lang): Subject {
  const own = SUBJECT[lang][item.group];
  if (own) return own;
  const noun = NOUNS[lang][item.group];
  if (noun && item.group !== 'other') return { text: `${noun.the} ${quote(title(item.label), lang)}`, gender: noun.gender, number: 's' };
  return { text: quote(item.label, lang), number: 's' };
}

export function groupSubject(group: string, lang: Lang): Subject {
  const noun = nounOf(group, lang);
  return SUBJECT[lang][group] ?? { text: noun.theMany, gender: noun.gender, number: 'p' };
}
