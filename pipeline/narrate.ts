/**
 * Sentences in the chair's-summary style, in English, French and Spanish.
 * Shares are rounded half up to whole percents; n and intervals go beside
 * them. French and Spanish adjectives and participles agree with the noun
 * they describe ("les plénières ont été jugées bonnes ou excellentes"); where
 * the gender of a subject is unknown (an item's own label), the sentence
 * quotes the answers instead ("ont répondu « bon » ou « excellent » pour …").
 */
import type { Breakdowns } from './metrics/breakdown.js';
import type { Comparison } from './metrics/comparison.js';
import type { GroupMetrics } from './metrics/group.js';
import type { NetPromoterScore } from './metrics/nps.js';
import type { ResponseRate } from './metrics/response-rate.js';
import { kindNames } from './groups.js';
import { SCALES } from './scales.js';

export type Lang = 'en' | 'fr' | 'es';

/** What narration needs of an item. */
export interface NarratedItem {
  id: string;
  label: string;
  group: string;
  /** Level labels, best first. */
  levels: string[];
  positiveLevels: number;
  valid: number;
  positive: number;
  positiveLow: number;
  positiveHigh: number;
  /** Scale id; lets the top-box words be translated. Default: the level labels as exported. */
  scale?: string;
}

export interface Sentence {
  text: string;
  /** The group the sentence speaks of; `survey` for the whole survey. */
  group: string;
  kind: 'share' | 'range' | 'average' | 'best' | 'tie' | 'response-rate' | 'nps' | 'comparison' | 'change' | 'breakdown';
  /** True for the sentences a chair's summary would quote. */
  headline: boolean;
  /** For breakdown sentences: the attribute broken down by. */
  attribute?: string;
  /** For sentences about one item (nps, change): its id. */
  item?: string;
}

/** Rounds a share to a whole percent, half up (0.815 → 82, −0.315 → −31), immune to float noise. */
export function percent(share: number): number {
  return Math.floor(share * 100 + 0.5 + 1e-9);
}

/** "87%", "87 %" (fr, es: no-break space). */
export function formatPercent(share: number, lang: Lang = 'en'): string {
  return lang === 'en' ? `${percent(share)}%` : `${percent(share)}\u00a0%`;
}

/** A range wider than this (in shares) is summarised by its average, not by "x to y%". */
export const NARROW_RANGE = 0.15;

const NBSP = '\u00a0';

// ---------------------------------------------------------------- wording

type Gender = 'm' | 'f';
type Plural = 's' | 'p';

/** A noun phrase with what French and Spanish agreement needs; no gender when unknown. */
interface Subject {
  text: string;
  gender?: Gender;
  number: Plural;
}

/** The subject a group's figures speak of, when it is not simply its items' plural noun. */
const SUBJECT: Record<Lang, Record<string, Subject>> = {
  en: {
    logistics: { text: 'the logistical and organisational arrangements', number: 'p' },
    overall: { text: 'the meeting overall', number: 's' },
  },
  fr: {
    logistics: { text: "la logistique et l'organisation", gender: 'f', number: 'p' },
    overall: { text: 'la réunion dans son ensemble', gender: 'f', number: 's' },
  },
  es: {
    logistics: { text: 'la logística y la organización', gender: 'f', number: 'p' },
    overall: { text: 'la reunión en su conjunto', gender: 'f', number: 's' },
  },
};

/** The noun for one item of a group: singular, plural, each with its article. */
interface Noun {
  one: string;
  many: string;
  the: string;
  theMany: string;
  gender: Gender;
}

const NOUNS: Record<Lang, Record<string, Noun>> = {
  en: {
    plenary: { one: 'plenary', many: 'plenaries', the: 'the plenary', theMany: 'the plenaries', gender: 'f' },
    'side-event': { one: 'side-event', many: 'side-events', the: 'the side-event', theMany: 'the side-events', gender: 'm' },
    logistics: { one: 'arrangement', many: 'arrangements', the: 'the arrangement', theMany: 'the logistical and organisational arrangements', gender: 'm' },
    overall: { one: 'question', many: 'questions', the: 'the question', theMany: 'the overall questions', gender: 'f' },
    other: { one: 'question', many: 'questions', the: 'the question', theMany: 'the other questions', gender: 'f' },
  },
  fr: {
    plenary: { one: 'plénière', many: 'plénières', the: 'la plénière', theMany: 'les plénières', gender: 'f' },
    'side-event': { one: 'événement parallèle', many: 'événements parallèles', the: "l'événement parallèle", theMany: 'les événements parallèles', gender: 'm' },
    logistics: { one: 'aspect', many: 'aspects', the: "l'aspect", theMany: 'les aspects logistiques et organisationnels', gender: 'm' },
    overall: { one: 'question', many: 'questions', the: 'la question', theMany: "les questions d'ensemble", gender: 'f' },
    other: { one: 'question', many: 'questions', the: 'la question', theMany: 'les autres questions', gender: 'f' },
  },
  es: {
    plenary: { one: 'sesión plenaria', many: 'sesiones plenarias', the: 'la sesión plenaria', theMany: 'las sesiones plenarias', gender: 'f' },
    'side-event': { one: 'evento paralelo', many: 'eventos paralelos', the: 'el evento paralelo', theMany: 'los eventos paralelos', gender: 'm' },
    logistics: { one: 'aspecto', many: 'aspectos', the: 'el aspecto', theMany: 'los aspectos logísticos y organizativos', gender: 'm' },
    overall: { one: 'pregunta', many: 'preguntas', the: 'la pregunta', theMany: 'las preguntas generales', gender: 'f' },
    other: { one: 'pregunta', many: 'preguntas', the: 'la pregunta', theMany: 'las demás preguntas', gender: 'f' },
  },
};

/** The noun of a group id debrief does not know (a config's own group): "the items of “G”". */
function nounOf(group: string, lang: Lang): Noun {
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

/** Quality levels as adjectives: English, then French and Spanish as [m. sg., f. sg., m. pl., f. pl.]. */
const QUALITY: Record<string, { en: string; fr: string[]; es: string[] }> = {
  excellent: { en: 'excellent', fr: ['excellent', 'excellente', 'excellents', 'excellentes'], es: ['excelente', 'excelente', 'excelentes', 'excelentes'] },
  'very good': { en: 'very good', fr: ['très bon', 'très bonne', 'très bons', 'très bonnes'], es: ['muy bueno', 'muy buena', 'muy buenos', 'muy buenas'] },
  good: { en: 'good', fr: ['bon', 'bonne', 'bons', 'bonnes'], es: ['bueno', 'buena', 'buenos', 'buenas'] },
  fair: { en: 'fair', fr: ['moyen', 'moyenne', 'moyens', 'moyennes'], es: ['regular', 'regular', 'regulares', 'regulares'] },
  average: { en: 'average', fr: ['moyen', 'moyenne', 'moyens', 'moyennes'], es: ['regular', 'regular', 'regulares', 'regulares'] },
  poor: { en: 'poor', fr: ['médiocre', 'médiocre', 'médiocres', 'médiocres'], es: ['malo', 'mala', 'malos', 'malas'] },
  'very poor': { en: 'very poor', fr: ['très mauvais', 'très mauvaise', 'très mauvais', 'très mauvaises'], es: ['muy malo', 'muy mala', 'muy malos', 'muy malas'] },
};

/** Canonical labels of the quality scales, folded, to the QUALITY key. */
const QUALITY_KEY: Record<string, string> = {
  excellent: 'excellent', 'very good': 'very good', good: 'good', fair: 'fair', average: 'average', poor: 'poor',
  excelente: 'excellent', bueno: 'good', regular: 'fair', malo: 'poor', 'muy malo': 'very poor',
};

/** Answers quoted as said, per language (agreement and satisfaction scales). */
const ANSWERS: Record<string, Record<Lang, string>> = {
  'strongly agree': { en: 'strongly agree', fr: "tout à fait d'accord", es: 'totalmente de acuerdo' },
  agree: { en: 'agree', fr: "d'accord", es: 'de acuerdo' },
  'neither agree nor disagree': { en: 'neither agree nor disagree', fr: "ni d'accord ni pas d'accord", es: 'ni de acuerdo ni en desacuerdo' },
  disagree: { en: 'disagree', fr: "pas d'accord", es: 'en desacuerdo' },
  'very satisfied': { en: 'very satisfied', fr: 'très satisfait', es: 'muy satisfecho' },
  satisfied: { en: 'satisfied', fr: 'satisfait', es: 'satisfecho' },
  'neither satisfied nor dissatisfied': { en: 'neither satisfied nor dissatisfied', fr: 'ni satisfait ni insatisfait', es: 'ni satisfecho ni insatisfecho' },
  dissatisfied: { en: 'dissatisfied', fr: 'insatisfait', es: 'insatisfecho' },
};

/**
 * How the top box of a family of items is said. `rated`: quality adjectives
 * that agree with their noun; `scored`: numbers; `answered`: quoted answers;
 * `mixed`: items on different scales, said as "a positive answer".
 */
interface TopBox {
  frame: 'rated' | 'scored' | 'answered' | 'mixed';
  /** The top-box words agreeing with a subject (rated), or as they stand. */
  words: (gender?: Gender, number?: Plural) => string;
  /** The words quoted as answers, for sentences without a subject to agree with. */
  quoted: string;
}

const OR: Record<Lang, string> = { en: 'or', fr: 'ou', es: 'o' };

function join(words: string[], lang: Lang): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${OR[lang]} ${words[words.length - 1]}`;
}

function quote(text: string, lang: Lang): string {
  return lang === 'en' ? `“${text}”` : lang === 'fr' ? `«${NBSP}${text}${NBSP}»` : `«${text}»`;
}

function fold(label: string): string {
  return label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The top box of items sharing a scale, weakest level first ("good or excellent"). */
function topBox(items: NarratedItem[], lang: Lang): TopBox {
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
function predicate(subject: Subject, top: TopBox, lang: Lang): string {
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
function participle(stem: Record<'fr' | 'es', string[]>, lang: 'fr' | 'es', gender: Gender = 'm', number: Plural = 's'): string {
  return stem[lang][(number === 'p' ? 2 : 0) + (gender === 'f' ? 1 : 0)];
}
const RATED = { fr: ['jugé', 'jugée', 'jugés', 'jugées'], es: ['calificado', 'calificada', 'calificados', 'calificadas'] };
const APPRECIATED = { fr: ['le plus apprécié', 'la plus appréciée'], es: ['el más apreciado', 'la más apreciada'] };

function ci(low: number, high: number, lang: Lang): string {
  const l = percent(low);
  const h = percent(high);
  return lang === 'en' ? `95% CI ${l}–${h}%` : lang === 'fr' ? `IC à 95${NBSP}% : ${l}–${h}${NBSP}%` : `IC del 95${NBSP}%: ${l}–${h}${NBSP}%`;
}

/** "n = 480" with the language's thousands separator (es groups from five digits). */
function nEquals(n: number, lang: Lang): string {
  return `n = ${count(n, lang)}`;
}

function count(n: number, lang: Lang): string {
  const digits = String(Math.round(n));
  if (lang === 'es' && digits.length <= 4) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, { en: ',', fr: NBSP, es: '.' }[lang]);
}

/** ";" with the no-break space French puts before it. */
function semi(lang: Lang): string {
  return lang === 'fr' ? `${NBSP};` : ';';
}

function colon(lang: Lang): string {
  return lang === 'fr' ? `${NBSP}:` : ':';
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Drops a leading "Plenary 7 –" so the item reads as a title. */
function title(label: string): string {
  const rest = label.replace(/^(plenary|plénière|pleniere|plenaria|sesi[oó]n plenaria|side[- ]?event|événement parallèle|evento paralelo)\s*\d*\s*[-–—:.]?\s+/i, '').trim();
  // "Plenary 1" has no title after its number: keep the label whole rather than say "the plenary “1”".
  return rest === '' || /^\d+$/.test(rest) ? label : rest;
}

/** "good or excellent": the top-box levels, weakest first, in the sentence language. */
export function topBoxPhrase(levels: string[], positiveLevels: number, lang: Lang = 'en'): string {
  return topBox([{ id: '', label: '', group: '', levels, positiveLevels, valid: 0, positive: 0, positiveLow: 0, positiveHigh: 1 }], lang).quoted;
}

/** Who answered: "87% of respondents" / "87 % des répondants" / "el 87 % de los encuestados". */
function share(x: number, lang: Lang): string {
  return { en: `${formatPercent(x, lang)} of respondents`, fr: `${formatPercent(x, lang)} des répondants`, es: `el ${formatPercent(x, lang)} de los encuestados` }[lang];
}

/** The subject of a single item: the group's (logistics, overall), else the item named by its noun. */
function itemSubject(item: NarratedItem, lang: Lang): Subject {
  const own = SUBJECT[lang][item.group];
  if (own) return own;
  const noun = NOUNS[lang][item.group];
  if (noun && item.group !== 'other') return { text: `${noun.the} ${quote(title(item.label), lang)}`, gender: noun.gender, number: 's' };
  return { text: quote(item.label, lang), number: 's' };
}

function groupSubject(group: string, lang: Lang): Subject {
  const noun = nounOf(group, lang);
  return SUBJECT[lang][group] ?? { text: noun.theMany, gender: noun.gender, number: 'p' };
}

// ---------------------------------------------------------------- sentences

/**
 * Sentences in the chair's-summary style, one family per group. A single
 * item gets its share with n and interval; a family of items gets a range
 * ("70 to 80%") and its unweighted average with the pooled share beside it
 * (the range is the headline when narrow, else the average); the best item
 * is called "the most appreciated" only when its interval clears every other
 * item's, otherwise the leaders are reported as tied.
 */
export function narrate(items: NarratedItem[], groups: GroupMetrics[], options: { lang?: Lang } = {}): Sentence[] {
  /** Language of the sentences; default `en`. */
  const lang = options.lang ?? 'en';
  const byId = new Map(items.map((i) => [i.id, i]));
  const out: Sentence[] = [];
  for (const g of groups) {
    const members = g.items.map((id) => byId.get(id)!);
    const top = topBox(members, lang);
    if (members.length === 1) {
      const item = members[0];
      const lead = capitalise(share(item.positive, lang));
      const text = `${lead} ${predicate(itemSubject(item, lang), top, lang)} (${nEquals(item.valid, lang)}${semi(lang)} ${ci(item.positiveLow, item.positiveHigh, lang)})`;
      out.push({ text, group: g.id, kind: 'share', headline: true });
      continue;
    }
    const subject = groupSubject(g.id, lang);
    const noun = nounOf(g.id, lang);
    const narrow = g.maxPositive - g.minPositive <= NARROW_RANGE;
    out.push({ text: rangeSentence(g, subject, noun, top, lang), group: g.id, kind: 'range', headline: narrow });
    out.push({ text: averageSentence(g, subject, noun, top, lang), group: g.id, kind: 'average', headline: !narrow });
    const best = byId.get(g.best)!;
    if (g.bestIsClear) {
      out.push({ text: bestSentence(best, noun, top, lang), group: g.id, kind: 'best', headline: true });
    } else {
      const tied = [best, ...g.tiedWithBest.map((id) => byId.get(id)!).sort((a, b) => b.positive - a.positive)];
      out.push({ text: tieSentence(tied, noun, lang), group: g.id, kind: 'tie', headline: false });
    }
  }
  return out;
}

function rangeSentence(g: GroupMetrics, subject: Subject, noun: Noun, top: TopBox, lang: Lang): string {
  const lo = percent(g.minPositive);
  const hi = percent(g.maxPositive);
  const P = (s: number) => formatPercent(s, lang);
  if (lo !== hi) {
    const who = { en: `${lo} to ${P(g.maxPositive)} of respondents`, fr: `De ${lo} à ${P(g.maxPositive)} des répondants`, es: `Entre el ${lo} y el ${P(g.maxPositive)} de los encuestados` }[lang];
    return `${who} ${predicate(subject, top, lang)}`;
  }
  // Every item at the same whole percent: "Each of the plenaries was rated … by 80% of respondents".
  const by = share(g.minPositive, lang);
  if (top.frame === 'rated' || (top.frame === 'scored' && lang === 'en')) {
    if (lang === 'en') return `Each of ${noun.theMany} was rated ${top.words()} by ${by}`;
    if (lang === 'fr') return `${noun.gender === 'f' ? 'Chacune' : 'Chacun'} des ${noun.theMany.replace(/^les /, '')} a été ${participle(RATED, 'fr', noun.gender)} ${top.words(noun.gender, 's')} par ${by}`;
    return `${noun.gender === 'f' ? 'Cada una' : 'Cada uno'} de ${noun.theMany} fue ${participle(RATED, 'es', noun.gender)} como ${top.words(noun.gender, 's')} por ${by}`;
  }
  const each: Subject = {
    en: { text: `each of ${noun.theMany}`, number: 's' as const },
    fr: { text: `chacun${noun.gender === 'f' ? 'e' : ''} des ${noun.theMany.replace(/^les /, '')}`, number: 's' as const },
    es: { text: `cada ${noun.gender === 'f' ? 'una' : 'uno'} de ${noun.theMany}`, number: 's' as const },
  }[lang];
  return `${capitalise(by)} ${predicate(each, top, lang)}`;
}

function averageSentence(g: GroupMetrics, subject: Subject, noun: Noun, top: TopBox, lang: Lang): string {
  const P = (s: number) => formatPercent(s, lang);
  const by = share(g.meanPositive, lang);
  const n = g.items.length;
  const aside = {
    en: `(unweighted mean of ${n} ${noun.many}; pooled: ${P(g.pooledPositive)})`,
    fr: `(moyenne non pondérée de ${n} ${noun.many}${NBSP}; toutes réponses confondues${NBSP}: ${P(g.pooledPositive)})`,
    es: `(media no ponderada de ${n} ${noun.many}; con todas las respuestas agregadas: ${P(g.pooledPositive)})`,
  }[lang];
  if (lang === 'en' && (top.frame === 'rated' || top.frame === 'scored')) {
    const verb = subject.number === 'p' ? 'were' : 'was';
    return `${capitalise(subject.text.replace(/^the /, ''))} ${verb} rated ${top.words()} by ${by} on average ${aside}`;
  }
  if (lang === 'fr' && top.frame === 'rated' && subject.gender) {
    const verb = subject.number === 'p' ? 'ont été' : 'a été';
    return `${capitalise(subject.text)} ${verb} ${participle(RATED, 'fr', subject.gender, subject.number)} ${top.words(subject.gender, subject.number)} par ${by} en moyenne ${aside}`;
  }
  if (lang === 'es' && top.frame === 'rated' && subject.gender) {
    const verb = subject.number === 'p' ? 'fueron' : 'fue';
    return `${capitalise(subject.text)} ${verb} ${participle(RATED, 'es', subject.gender, subject.number)} como ${top.words(subject.gender, subject.number)} por ${by} en promedio ${aside}`;
  }
  const lead = { en: 'On average,', fr: 'En moyenne,', es: 'En promedio,' }[lang];
  return `${lead} ${by} ${predicate(subject, top, lang)} ${aside}`;
}

function bestSentence(best: NarratedItem, noun: Noun, top: TopBox, lang: Lang): string {
  const name = quote(title(best.label), lang);
  const P = formatPercent(best.positive, lang);
  const tail = `(${nEquals(best.valid, lang)}${semi(lang)} ${ci(best.positiveLow, best.positiveHigh, lang)})`;
  if (lang === 'en') {
    const rating = top.frame === 'rated' || top.frame === 'scored' ? `rating it ${top.words()}` : top.frame === 'mixed' ? `giving it ${top.words()}` : `answering ${top.quoted}`;
    return `${capitalise(noun.the)} ${name} was the most appreciated, with ${P} of respondents ${rating} ${tail}`;
  }
  const f = noun.gender === 'f';
  if (lang === 'fr') {
    const rating =
      top.frame === 'rated' ? `l'ont ${participle(RATED, 'fr', noun.gender)} ${top.words(noun.gender, 's')}`
      : top.frame === 'scored' ? `l'ont ${f ? 'notée' : 'noté'} ${top.words()}`
      : top.frame === 'mixed' ? `lui ont donné ${top.words()}`
      : `ont répondu ${top.quoted}`;
    return `${capitalise(noun.the)} ${name} a été ${APPRECIATED.fr[f ? 1 : 0]}${NBSP}: ${P} des répondants ${rating} ${tail}`;
  }
  const rating =
    top.frame === 'rated' ? `${f ? 'la' : 'lo'} calificaron como ${top.words(noun.gender, 's')}`
    : top.frame === 'scored' ? `${f ? 'la' : 'lo'} calificaron con ${top.words()}`
    : top.frame === 'mixed' ? `le dieron ${top.words()}`
    : `respondieron ${top.quoted}`;
  return `${capitalise(noun.the)} ${name} fue ${APPRECIATED.es[f ? 1 : 0]}: el ${P} de los encuestados ${rating} ${tail}`;
}

/**
 * "No single plenary stands out: “A” (80%), the highest rated, is within the
 * margin of error of “B” (79%) and “C” (78%)": each named item's interval
 * overlaps the leader's (not necessarily each other's).
 */
function tieSentence(tied: NarratedItem[], noun: Noun, lang: Lang): string {
  const [leader, ...others] = tied;
  const name = (i: NarratedItem) => `${quote(title(i.label), lang)} (${formatPercent(i.positive, lang)})`;
  const shown = others.slice(0, 3).map(name);
  const more = others.length - shown.length;
  const and = { en: 'and', fr: 'et', es: 'y' }[lang];
  const rest = more > 0
    ? `${shown.join(', ')} ${and} ${more} ${{ en: 'more', fr: more === 1 ? 'autre' : 'autres', es: 'más' }[lang]}`
    : shown.length > 1 ? `${shown.slice(0, -1).join(', ')} ${and} ${shown[shown.length - 1]}` : shown.join('');
  const f = noun.gender === 'f';
  return {
    en: `No single ${noun.one} stands out: ${name(leader)}, the highest rated, is within the margin of error of ${rest}`,
    fr: `${f ? 'Aucune' : 'Aucun'} ${noun.one} ne se détache nettement${NBSP}: ${name(leader)}, ${f ? 'la mieux notée' : 'le mieux noté'}, est dans la marge d'erreur de ${rest}`,
    es: `${f ? 'Ninguna' : 'Ningún'} ${noun.one} destaca claramente: ${name(leader)}, ${f ? 'la mejor valorada' : 'el mejor valorado'}, está dentro del margen de error de ${rest}`,
  }[lang];
}

/** "412 of 520 participants responded (79%)". */
export function narrateResponseRate(rate: ResponseRate, options: { lang?: Lang } = {}): Sentence {
  /** Language of the sentence; default `en`. */
  const lang = options.lang ?? 'en';
  const r = count(rate.respondents, lang);
  const n = count(rate.participants, lang);
  const P = formatPercent(rate.rate, lang);
  const text = {
    en: `${r} of ${n} participants responded (${P})`,
    fr: `${r} des ${n} participants ont répondu (${P})`,
    es: `Respondieron ${r} de los ${n} participantes (${P})`,
  }[lang];
  return { text, group: 'survey', kind: 'response-rate', headline: true };
}

/** A score in points, signed: "+32", "−5", "0". */
function points(x: number): string {
  const p = percent(x);
  return p > 0 ? `+${p}` : p < 0 ? `\u2212${-p}` : '0';
}

/** "Net Promoter Score: +32 (n = 250; 95% CI +22 to +41); 48% promoters (9–10), 16% detractors (0–6)". */
export function narrateNps(nps: NetPromoterScore, options: { lang?: Lang; group?: string } = {}): Sentence {
  /** Language of the sentence; default `en`. */
  const lang = options.lang ?? 'en';
  const P = (x: number) => formatPercent(x, lang);
  const n = nEquals(nps.valid, lang);
  const text = {
    en: `Net Promoter Score: ${points(nps.score)} (${n}; 95% CI ${points(nps.low)} to ${points(nps.high)}); ${P(nps.promoterShare)} promoters (9–10), ${P(nps.detractorShare)} detractors (0–6)`,
    fr: `Net Promoter Score${NBSP}: ${points(nps.score)} (${n}${NBSP}; IC à 95${NBSP}%${NBSP}: ${points(nps.low)} à ${points(nps.high)})${NBSP}; ${P(nps.promoterShare)} de promoteurs (9–10), ${P(nps.detractorShare)} de détracteurs (0–6)`,
    es: `Net Promoter Score: ${points(nps.score)} (${n}; IC del 95${NBSP}%: ${points(nps.low)} a ${points(nps.high)}); ${P(nps.promoterShare)} de promotores (9–10), ${P(nps.detractorShare)} de detractores (0–6)`,
  }[lang];
  return { text, group: options.group ?? 'survey', kind: 'nps', headline: true, item: nps.item };
}

/** "p < 0.001", "p = 0.012" (fr, es: decimal comma). */
function pValue(p: number, lang: Lang): string {
  const text = p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`;
  return `p ${lang === 'en' ? text : text.replace('.', ',')}`;
}

/**
 * A sentence on the comparison as a whole, then one per significant change:
 * "“X”: 85% of respondents rated it good or excellent, up from 72% in the
 * previous edition (+13 points; 95% CI +6 to +20 points; p < 0.001)".
 */
export function narrateComparison(comparison: Comparison, items: NarratedItem[], options: { lang?: Lang } = {}): Sentence[] {
  /** Language of the sentences; default `en`. */
  const lang = options.lang ?? 'en';
  const byId = new Map(items.map((i) => [i.id, i]));
  const significant = comparison.items.filter((i) => i.significant);
  const m = comparison.items.length;
  const s = significant.length;
  const u = comparison.unmatched.length;
  const alpha = lang === 'en' ? String(comparison.alpha) : String(comparison.alpha).replace('.', ',');
  const overall = {
    en: `Compared with the previous edition, ${s} of the ${m} item${m === 1 ? '' : 's'} asked in both changed significantly (p < ${alpha})${u ? `; ${u} item${u === 1 ? ' was' : 's were'} not compared (new, dropped, reworded or on another scale)` : ''}`,
    fr: `Par rapport à l'édition précédente, ${s} des ${m} élément${m === 1 ? '' : 's'} présent${m === 1 ? '' : 's'} dans les deux ${s > 1 ? 'ont' : 'a'} changé de façon significative (p < ${alpha})${u ? `${NBSP}; ${u} élément${u === 1 ? " n'a pas été comparé" : "s n'ont pas été comparés"} (nouveau${u === 1 ? '' : 'x'}, retiré${u === 1 ? '' : 's'}, reformulé${u === 1 ? '' : 's'} ou sur une autre échelle)` : ''}`,
    es: `En comparación con la edición anterior, ${s} de los ${m} elemento${m === 1 ? '' : 's'} presente${m === 1 ? '' : 's'} en ambas ${s === 1 ? 'cambió' : 'cambiaron'} de forma significativa (p < ${alpha})${u ? `; ${u} elemento${u === 1 ? ' no se comparó' : 's no se compararon'} (nuevo${u === 1 ? '' : 's'}, retirado${u === 1 ? '' : 's'}, reformulado${u === 1 ? '' : 's'} o con otra escala)` : ''}`,
  }[lang];
  const out: Sentence[] = [{ text: overall, group: 'survey', kind: 'comparison', headline: true }];
  for (const c of significant) {
    const item = byId.get(c.id);
    const top = topBox([item ?? { id: c.id, label: c.label, group: c.group, levels: [], positiveLevels: 0, valid: 0, positive: 0, positiveLow: 0, positiveHigh: 1 }], lang);
    const now = formatPercent(c.current, lang);
    const then = formatPercent(c.previous, lang);
    const name = quote(c.label, lang);
    const change = `${points(c.change)} ${lang === 'es' ? 'puntos' : 'points'}`;
    const interval = { en: `95% CI ${points(c.low)} to ${points(c.high)} points`, fr: `IC à 95${NBSP}%${NBSP}: ${points(c.low)} à ${points(c.high)} points`, es: `IC del 95${NBSP}%: ${points(c.low)} a ${points(c.high)} puntos` }[lang];
    const tail = `(${change}${semi(lang)} ${interval}${semi(lang)} ${pValue(c.p, lang)})`;
    const rating = top.frame === 'rated' || top.frame === 'scored' ? `rated it ${top.words()}` : `answered ${top.quoted}`;
    const text = {
      en: `${name}: ${now} of respondents ${rating}, ${c.change >= 0 ? 'up' : 'down'} from ${then} in the previous edition ${tail}`,
      fr: `${name}${NBSP}: ${now} de réponses ${top.quoted}, contre ${then} lors de l'édition précédente ${tail}`,
      es: `${name}: ${now} de respuestas ${top.quoted}, frente al ${then} en la edición anterior ${tail}`,
    }[lang];
    out.push({ text, group: c.group, kind: 'change', headline: false, item: c.id });
  }
  return out;
}

const ATTRIBUTE: Record<Lang, Record<string, string>> = {
  en: { role: 'role', gender: 'gender', region: 'region', language: 'language' },
  fr: { role: 'fonction', gender: 'genre', region: 'région', language: 'langue' },
  es: { role: 'función', gender: 'género', region: 'región', language: 'idioma' },
};

const NOT_STATED: Record<Lang, string> = { en: '(not stated)', fr: '(non renseigné)', es: '(sin respuesta)' };

/**
 * One sentence per group and attribute, from the group's pooled row:
 * "By gender, share of answers good or excellent for the plenaries: “Female”
 * 78% (n = 1,203), “Male” 73% (n = 1,180); 1 value not shown to protect small
 * groups". Suppressed cells are never named with a figure: only their number
 * is said. No sentence when every cell is suppressed.
 */
export function narrateBreakdowns(breakdowns: Breakdowns, items: NarratedItem[], groups: { id: string; items: string[] }[], options: { lang?: Lang } = {}): Sentence[] {
  /** Language of the sentences; default `en`. */
  const lang = options.lang ?? 'en';
  const byId = new Map(items.map((i) => [i.id, i]));
  const out: Sentence[] = [];
  for (const group of groups) {
    const members = group.items.map((id) => byId.get(id)!).filter(Boolean);
    if (members.length === 0) continue;
    const top = topBox(members, lang);
    const subject = members.length === 1 ? itemSubject(members[0], lang) : groupSubject(group.id, lang);
    for (const row of breakdowns.rows) {
      if (row.group !== group.id || row.item !== null) continue;
      const shown = row.cells.filter((c) => !c.suppressed);
      if (shown.length === 0) continue;
      const hidden = row.cells.length - shown.length;
      const attribute = ATTRIBUTE[lang][row.attribute] ?? row.attribute;
      const cells = shown.map((c) => `${c.value === '' ? NOT_STATED[lang] : quote(c.value, lang)} ${formatPercent(c.positive!, lang)} (${nEquals(c.valid!, lang)})`).join(', ');
      const withheld = hidden === 0 ? '' : {
        en: `; ${hidden} value${hidden === 1 ? '' : 's'} not shown to protect small groups`,
        fr: `${NBSP}; ${hidden} valeur${hidden === 1 ? ' masquée' : 's masquées'} pour protéger les petits effectifs`,
        es: `; ${hidden} valor${hidden === 1 ? ' oculto' : 'es ocultos'} para proteger los grupos pequeños`,
      }[lang];
      const text = {
        en: `By ${attribute}, share of answers ${top.quoted} for ${subject.text}: ${cells}${withheld}`,
        fr: `Par ${attribute}, part des réponses ${top.quoted} pour ${subject.text}${colon(lang)} ${cells}${withheld}`,
        es: `Por ${attribute}, proporción de respuestas ${top.quoted} para ${subject.text}: ${cells}${withheld}`,
      }[lang];
      out.push({ text, group: group.id, kind: 'breakdown', headline: false, attribute: row.attribute });
    }
  }
  return out;
}
