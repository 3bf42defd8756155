/**
 * Stop words of English, French and Spanish: the lists nlp.js ships with its
 * language packages (the Snowball project's lists), and a short supplement of
 * function words they lack (copulas and auxiliaries, negations, intensifiers;
 * the Spanish list has only 68 words and no form of "ser", "estar" or
 * "haber"). Evaluative words ("good", "bien", "bueno") are not stop words:
 * that many respondents say "good" is worth showing.
 */
import StopwordsEn from '@nlpjs/lang-en-min/src/stopwords-en.js';
import StopwordsEs from '@nlpjs/lang-es/src/stopwords-es.js';
import StopwordsFr from '@nlpjs/lang-fr/src/stopwords-fr.js';
import type { Lang } from '../model.js';

/** Function words missing from the libraries' lists, per language. */
const SUPPLEMENT: Record<Lang, string[]> = {
  en: [
    'not', 'no', 'yes', 'just', 'really', 'quite', 'rather', 'so', 'will', 'shall', 'may', 'us', 'etc', 'its', 'it', 'i',
    'please', 'less', 'fewer', 'lot', 'lots', 'bit', 'thing', 'things', 'something', 'anything', 'everything', 'nothing', 'even', 'though', 'although', 'however', 'there',
  ],
  fr: [
    'très', 'trop', 'plus', 'moins', 'tout', 'tous', 'toute', 'toutes', 'peu', 'aussi', 'ça', 'non', 'oui', 'si', 'comme', 'alors', 'donc',
    'plaît', 'car', 'encore', 'déjà', 'vraiment', 'assez', 'chose', 'choses', 'lors', 'cela', 'ceci', 'celui', 'celle', 'ceux', 'dont', 'être', 'avoir', 'fait', 'faire', 'ils', 'elles',
  ],
  es: [
    'es', 'son', 'fue', 'fueron', 'era', 'eran', 'ser', 'sea', 'sido', 'está', 'están', 'estaba', 'estaban', 'estar', 'estuvo', 'esta', 'este', 'estos',
    'estas', 'esto', 'hay', 'había', 'ha', 'han', 'he', 'hemos', 'haber', 'tiene', 'tienen', 'tener', 'todo', 'todos', 'toda', 'todas', 'tan', 'demasiado',
    'menos', 'unos', 'unas', 'algo', 'algunos', 'algunas', 'así', 'les', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'si', 'mucho', 'mucha', 'muchos',
    'muchas', 'cosa', 'cosas', 'favor', 'aunque', 'sino', 'pues', 'entre',
  ],
};

/** Removes accents: "été" → "ete". */
export function foldAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

function list(lang: Lang): string[] {
  const library = lang === 'en' ? new StopwordsEn() : lang === 'fr' ? new StopwordsFr() : new StopwordsEs();
  return [...Object.keys(library.dictionary), ...SUPPLEMENT[lang]].map((w) => w.toLowerCase());
}

const LISTS: Record<Lang, string[]> = { en: list('en'), fr: list('fr'), es: list('es') };

/** Every stop word of the three languages, also without its accents: comments mix languages and drop accents. */
const ALL = new Set(Object.values(LISTS).flatMap((words) => words.flatMap((w) => [w, foldAccents(w)])));

/** Per language, its stop words that the other two do not have: what tells a comment's language. */
const OWN: Record<Lang, Set<string>> = {
  en: new Set(LISTS.en.filter((w) => !LISTS.fr.includes(w) && !LISTS.es.includes(w))),
  fr: new Set(LISTS.fr.filter((w) => !LISTS.en.includes(w) && !LISTS.es.includes(w))),
  es: new Set(LISTS.es.filter((w) => !LISTS.en.includes(w) && !LISTS.fr.includes(w))),
};

/** True when a lower-case word is a stop word in English, French or Spanish. */
export function isStopWord(word: string): boolean {
  return ALL.has(word) || ALL.has(foldAccents(word));
}

/** True when a lower-case word is a stop word of this language only. */
export function isOwnStopWord(word: string, lang: Lang): boolean {
  return OWN[lang].has(word);
}
