/** The sentences on each group of items: a single item's share; a family's range, average, and its best item or the tie at its top. */
import type { GroupMetrics } from '../metrics/index.js';
import { formatPercent, percent, type Lang, type NarratedItem, type Sentence } from './model.js';
import { ci, NBSP, nEquals, semi } from './numbers.js';
import { capitalise, groupSubject, itemSubject, nounOf, participle, predicate, quote, share, title, topBox, type TopBox } from './phrases.js';
import { APPRECIATED, RATED, type Noun, type Subject } from './words.js';

/** A range wider than this (in shares) is summarised by its average, not by "x to y%". */
export const NARROW_RANGE = 0.15;

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
