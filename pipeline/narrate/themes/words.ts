/**
 * The words of a comment as themes count them: tokenised and stemmed by
 * nlp.js in the comment's language (English, French or Spanish), stop words
 * out, and spelling variants folded to one key: case, accents, hyphens and
 * apostrophes inside a word ("Wi-Fi", "WiFi", "wifi"), and plurals (the stem).
 */
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en.js';
import TokenizerEn from '@nlpjs/lang-en-min/src/tokenizer-en.js';
import StemmerEs from '@nlpjs/lang-es/src/stemmer-es.js';
import TokenizerEs from '@nlpjs/lang-es/src/tokenizer-es.js';
import StemmerFr from '@nlpjs/lang-fr/src/stemmer-fr.js';
import TokenizerFr from '@nlpjs/lang-fr/src/tokenizer-fr.js';
import type { Lang } from '../model.js';
import { foldAccents, isOwnStopWord, isStopWord } from './stopwords.js';

export interface Word {
  /** The folded stem that variants of the word share: "wifi" for "Wi-Fi", "session" for "sessions". */
  key: string;
  /** The word as written, in lower case unless written with a capital inside it ("WiFi", "UN"). */
  surface: string;
  /** The spelling without case, accents, hyphens or apostrophes: "wifi" for "Wi-Fi" in any language, whose stems may differ. */
  spelling: string;
}

export interface WordOptions {
  /** Language of a comment whose own stop words do not tell which it is; default `en`. */
  lang?: Lang;
  /** Texts taken out before reading (the redaction placeholders, which are no respondent's words); default none. */
  ignore?: string[];
}

const LANGS: Lang[] = ['en', 'fr', 'es'];
const TOKENIZERS = { en: new TokenizerEn(), fr: new TokenizerFr(), es: new TokenizerEs() };
const STEMMERS = { en: new StemmerEn(), fr: new StemmerFr(), es: new StemmerEs() };

/** Punctuation that ends a phrase: two words either side of it are never one phrase. */
const PHRASE_BREAK = /[.,;:!?¡¿()[\]{}"“”«»„…–—|/\\\r\n\t]+/u;

/** Characters that are never part of a word. */
const SYMBOLS = /[<>=*+^~{}$%#@_•·]+/gu;

/**
 * A comment's words, in runs of words written next to each other (a stop
 * word or punctuation ends a run), so that two-word phrases are read within
 * a run only.
 */
export function commentWords(text: string, options: WordOptions = {}): Word[][] {
  let clean = text.normalize('NFC').replace(/[’‘ʼ`´]/g, "'");
  for (const placeholder of options.ignore ?? []) if (placeholder) clean = clean.split(placeholder).join(' . ');
  const lang = commentLanguage(clean, options.lang ?? 'en');
  const shouted = isShouted(clean);
  const runs: Word[][] = [];
  for (const clause of clean.split(PHRASE_BREAK)) {
    let run: Word[] = [];
    // Markup and symbols separate words: "<b>team</b>" is "b team b", whose "b" a stop list drops.
    for (const token of TOKENIZERS[lang].tokenize(clause.replace(SYMBOLS, ' '), false)) {
      const word = readWord(token, lang, shouted);
      if (word) {
        run.push(word);
      } else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
  }
  return runs;
}

/** Words already read, per language and shouting: comments repeat their words, and stemming is the cost. */
const READ = new Map<string, Word | null>();
/** Bound of READ: past it, it starts again (a run's vocabulary rarely comes near). */
const READ_LIMIT = 100_000;

/** One token as a word, or null for a stop word, a number or a stray character. */
function readWord(token: string, lang: Lang, shouted: boolean): Word | null {
  const cacheKey = `${lang}${shouted ? '!' : ' '}${token}`;
  const known = READ.get(cacheKey);
  if (known !== undefined) return known;
  if (READ.size >= READ_LIMIT) READ.clear();
  const word = readNewWord(token, lang, shouted);
  READ.set(cacheKey, word);
  return word;
}

function readNewWord(token: string, lang: Lang, shouted: boolean): Word | null {
  const written = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  // Markup, addresses and symbols ("href=", "x@y", "<b>") are not words; "R&D", "Wi-Fi" and "l'hôtel" are.
  if (/[^\p{L}\p{M}\p{N}'\-‐‑&]/u.test(written)) return null;
  const lower = written.toLowerCase();
  // An acronym in capitals ("UN", "IT") is no stop word, unless the whole comment is in capitals.
  const acronym = !shouted && /^\p{Lu}{2,}$/u.test(written);
  if (!/\p{L}/u.test(lower) || (!acronym && isStopWord(lower))) return null;
  const compact = lower.replace(/['\-‐‑]/g, '');
  if ([...compact].length < 2 || (!acronym && isStopWord(compact))) return null;
  const key = foldAccents(STEMMERS[lang].stemWord(compact));
  // Sentence case is not a spelling ("Coffee" is "coffee"); a capital inside a word is ("WiFi", "UN").
  const surface = /\p{Lu}/u.test(written.slice(1)) ? written : lower;
  return { key, surface, spelling: foldAccents(compact) };
}

/** True when most of a text's letters are capitals: "THE SHUTTLE WAS LATE". */
function isShouted(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch) upper++;
    else if (ch.toUpperCase() !== ch) lower++;
  }
  return upper > lower;
}

/**
 * The language of one comment: the one with most of its own stop words in
 * it ("the", "les", "los"); the fallback when none, or on a tie.
 */
export function commentLanguage(text: string, fallback: Lang): Lang {
  const hits: Record<Lang, number> = { en: 0, fr: 0, es: 0 };
  for (const raw of text.toLowerCase().split(/[^\p{L}']+/u)) {
    for (const token of raw.split("'")) for (const lang of LANGS) if (token && isOwnStopWord(token, lang)) hits[lang]++;
  }
  const best = Math.max(hits.en, hits.fr, hits.es);
  const leaders = LANGS.filter((l) => hits[l] === best);
  return best > 0 && leaders.length === 1 ? leaders[0] : fallback;
}
