/**
 * What the comments on one question talk about: the words and two-word
 * phrases used by most respondents. A respondent counts once per theme,
 * however often they repeat it; identical comments from several respondents
 * count once each.
 */
import type { Lang } from '../model.js';
import { commentKey } from './dedupe.js';
import { commentWords } from './words.js';

export interface Theme {
  /** The word or phrase as most respondents wrote it. */
  term: string;
  /** Respondents whose comment uses it (in any of its spellings). */
  count: number;
  /** Up to three of those comments, different from each other, in export order. */
  examples: string[];
}

export interface Themes {
  /** By count, most used first, then by term. */
  themes: Theme[];
  /** Per comment given, the positions in `themes` of the themes it uses, ascending. */
  matches: number[][];
}

export interface ThemeOptions {
  /** Language of a comment whose own words do not tell; default `en`. */
  lang?: Lang;
  /** Fewest respondents a theme rests on; default 2 (one respondent's word is not a theme). */
  minCount?: number;
  /** Most themes kept; default 10. */
  limit?: number;
  /** Most example comments per theme; default 3. */
  examples?: number;
  /** Texts that are not respondents' words (redaction placeholders), taken out before reading; default none. */
  ignore?: string[];
}

interface Tally {
  key: string;
  /** Comments using it, ascending. */
  comments: number[];
  /** Surface form → occurrences; for a phrase, its first word's surface → second's → occurrences (no string built per occurrence). */
  surfaces: Map<string, number>;
  pairs?: Map<string, Map<string, number>>;
  /** Word keys of a phrase; one for a word. */
  parts: string[];
}

/** The themes of a question's comments (already redacted and filtered). */
export function commentThemes(comments: string[], options: ThemeOptions = {}): Themes {
  const minCount = options.minCount ?? 2;
  const limit = options.limit ?? 10;
  const perTheme = options.examples ?? 3;
  const tallies = new Map<string, Tally>();
  // Phrases by first word, then second: no key string is built for a phrase already seen.
  const phrases = new Map<string, Map<string, Tally>>();
  const count = (t: Tally, surface: string, comment: number) => {
    if (t.comments[t.comments.length - 1] !== comment) t.comments.push(comment);
    t.surfaces.set(surface, (t.surfaces.get(surface) ?? 0) + 1);
  };
  const read = comments.map((text) => commentWords(text, { lang: options.lang, ignore: options.ignore }));
  const root = sameWords(read);
  read.forEach((runs, c) => {
    for (const run of runs) {
      for (let i = 0; i < run.length; i++) {
        const w = run[i];
        const key = root.get(w.key)!;
        let word = tallies.get(key);
        if (!word) tallies.set(key, (word = { key, comments: [], surfaces: new Map(), parts: [key] }));
        count(word, w.surface, c);
        const next = run[i + 1];
        if (!next) continue;
        const nextKey = root.get(next.key)!;
        // A phrase is two different words: "very very" or "wifi, wifi" say no more than the word.
        if (nextKey === key) continue;
        let after = phrases.get(key);
        if (!after) phrases.set(key, (after = new Map()));
        let phrase = after.get(nextKey);
        if (!phrase) after.set(nextKey, (phrase = { key: `${key} ${nextKey}`, comments: [], surfaces: new Map(), pairs: new Map(), parts: [key, nextKey] }));
        if (phrase.comments[phrase.comments.length - 1] !== c) phrase.comments.push(c);
        let seconds = phrase.pairs!.get(w.surface);
        if (!seconds) phrase.pairs!.set(w.surface, (seconds = new Map()));
        seconds.set(next.surface, (seconds.get(next.surface) ?? 0) + 1);
      }
    }
  });
  for (const after of phrases.values()) for (const phrase of after.values()) tallies.set(phrase.key, phrase);
  const frequentPhrase = (t: Tally) => t.pairs && t.comments.length >= minCount;
  // Only the phrases that may be shown get their surfaces as strings.
  for (const t of tallies.values()) if (frequentPhrase(t)) for (const [a, seconds] of t.pairs!) for (const [b, n] of seconds) t.surfaces.set(`${a} ${b}`, n);
  const frequent = [...tallies.values()].filter((t) => t.comments.length >= minCount);
  // A word whose every user wrote it inside one phrase ("coffee" of "coffee break") adds nothing to the phrase.
  const inPhrase = new Set<string>();
  for (const t of frequent) {
    if (t.parts.length < 2) continue;
    for (const part of t.parts) if (tallies.get(part)!.comments.length === t.comments.length) inPhrase.add(part);
  }
  const chosen = frequent
    .filter((t) => !inPhrase.has(t.key))
    .map((t) => ({ t, term: commonest(t.surfaces) }))
    .sort((a, b) => b.t.comments.length - a.t.comments.length || compare(a.term, b.term) || compare(a.t.key, b.t.key))
    .slice(0, limit);
  const themes = chosen.map(({ t, term }) => ({ term, count: t.comments.length, examples: examples(comments, t.comments, perTheme) }));
  const matches: number[][] = comments.map(() => []);
  chosen.forEach(({ t }, k) => {
    for (const c of t.comments) matches[c].push(k);
  });
  return { themes, matches };
}

/**
 * Stems that are one word: each language's stemmer cuts differently (French
 * "wifi" → "wif", Spanish "café" → "cafe", French "café" → "caf"), so stems
 * written the same way in some comment (without case, accents or hyphens)
 * are joined. Returns each stem's representative: the smallest of its set,
 * whatever the comments' order.
 */
function sameWords(read: { key: string; spelling: string }[][][]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    // Path compression: every node on the way points at the root.
    for (let y = x; y !== r; ) {
      const up = parent.get(y)!;
      parent.set(y, r);
      y = up;
    }
    return r;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) ra < rb ? parent.set(rb, ra) : parent.set(ra, rb);
  };
  const linked = new Set<string>();
  for (const runs of read) {
    for (const run of runs) {
      for (const w of run) {
        const pair = `${w.key}\u0000${w.spelling}`;
        if (linked.has(pair)) continue;
        linked.add(pair);
        parent.has(`k${w.key}`) || parent.set(`k${w.key}`, `k${w.key}`);
        parent.has(`s${w.spelling}`) || parent.set(`s${w.spelling}`, `s${w.spelling}`);
        union(`k${w.key}`, `s${w.spelling}`);
      }
    }
  }
  // A plural and its singular both written are one word, even where the stemmer cuts them apart
  // (French nouns in -er read as verbs: "poster" → "post" but "posters" → "poster"; "dîner", "dîners").
  // Singulars of four letters or more only: "new" and "news" stay two words.
  for (const node of [...parent.keys()]) {
    if (node[0] !== 's' || node.length < 6 || !/[sx]$/.test(node)) continue;
    if (parent.has(node.slice(0, -1))) union(node, node.slice(0, -1));
  }
  // Each set's representative is the smallest stem in it (stems and spellings are prefixed apart).
  const smallest = new Map<string, string>();
  for (const node of parent.keys()) {
    if (node[0] !== 'k') continue;
    const r = find(node);
    const best = smallest.get(r);
    if (best === undefined || node < best) smallest.set(r, node);
  }
  const out = new Map<string, string>();
  for (const node of parent.keys()) if (node[0] === 'k') out.set(node.slice(1), smallest.get(find(node))!.slice(1));
  return out;
}

/** The surface form written most often; the first in code-point order on a tie. */
function commonest(surfaces: Map<string, number>): string {
  let best = '';
  let most = -1;
  for (const [s, n] of surfaces) if (n > most || (n === most && compare(s, best) < 0)) [best, most] = [s, n];
  return best;
}

/** The first `n` different comments among those given. */
function examples(comments: string[], positions: number[], n: number): string[] {
  const out: string[] = [];
  const keys = new Set<string>();
  for (const c of positions) {
    if (out.length >= n) break;
    const key = commentKey(comments[c]);
    if (keys.has(key)) continue;
    keys.add(key);
    out.push(comments[c]);
  }
  return out;
}

/** Code-point order: the same on every machine, unlike a locale's. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
