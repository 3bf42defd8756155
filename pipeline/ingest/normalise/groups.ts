import { PROGRAMME, type Family, type KindNames, type ProgrammeKind } from './programme.js';
import { labelKey } from './scales.js';

/** Group ids debrief knows; any other string may come from a config, or be a question's own text. */
export const GROUPS = ['logistics', 'plenary', 'side-event', 'overall', 'other', 'nps', ...PROGRAMME.map((k) => k.id).filter((id) => !['logistics', 'plenary', 'side-event', 'overall'].includes(id))];

/** Suffix of a group holding the 0–10 items of a kind whose other items are on a shorter scale. */
export const TEN_POINT = '-0-10';

/** A cue found in a text: the kind it names, the catalogue's cue, and the words as found. */
export interface Cue {
  kind: string;
  family: Family;
  generic: boolean;
  /** The catalogue's cue, folded ("field visit"). */
  cue: string;
  /** Where it starts in the folded text. */
  at: number;
  /** The folded words that matched ("field visits"). */
  found: string;
}

/** Case, accents, punctuation and hyphens ignored: "Side-Events:" → "side events". */
export function foldCueText(text: string): string {
  return labelKey(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** One word of a cue with its plural and feminine forms (EN, FR, ES), as a regular expression's source. */
export function wordPattern(word: string): string {
  if (/^[0-9]/.test(word) || word.length <= 2) return word;
  if (word.endsWith('y')) return `${word.slice(0, -1)}(?:y|ies)`;
  // general: generals, generales, générale(s), généraux (the French plural replaces -al).
  if (word.endsWith('al')) return `${word.slice(0, -2)}(?:al|als|ales|ale|aux)`;
  if (word.endsWith('o')) return `${word.slice(0, -1)}(?:o|a|os|as)`;
  return `${word}(?:s|es|x|e|le|les)?`;
}

interface Compiled {
  kind: ProgrammeKind;
  cue: string;
  /** Letters every match contains (the first word less its last letter, which a plural may change): a cheap test before the pattern. */
  needle: string;
  pattern: RegExp;
}

/** Every cue of the catalogue, compiled once. */
const COMPILED: Compiled[] = PROGRAMME.flatMap((kind) =>
  [...new Set(Object.values(kind.cues).flat().map(foldCueText))].map((cue) => ({
    kind,
    cue,
    needle: needleOf(cue.split(' ')[0]),
    pattern: new RegExp(`(?<![a-z0-9])${cue.split(' ').map(wordPattern).join(' ')}(?![a-z0-9])`, 'g'),
  })),
);

function needleOf(word: string): string {
  return /^[0-9]/.test(word) || word.length <= 2 ? word : word.slice(0, -1);
}

const TIER: Record<Family, number> = { programme: 0, logistics: 0, overall: 2 };

/**
 * The cue a text carries, if any. Specific programme and logistics words
 * come first, then generic ones ("session", "talk"), then "overall"; among
 * equals, the one that starts first (a title starts with what it is:
 * "Workshop: …"), then the longest ("parallel session" over "session").
 */
export function findCue(text: string): Cue | undefined {
  // A matrix question's text is looked up once per row: remember the answer (bounded, texts come from the export).
  if (FOUND.has(text)) return FOUND.get(text);
  if (FOUND.size >= 2_000) FOUND.clear();
  const cue = searchCue(text);
  FOUND.set(text, cue);
  return cue;
}

const FOUND = new Map<string, Cue | undefined>();

function searchCue(text: string, family?: Family): Cue | undefined {
  const folded = foldCueText(text);
  if (!folded) return undefined;
  let best: Cue | undefined;
  let bestTier = Infinity;
  for (const c of COMPILED) {
    if (family && c.kind.family !== family) continue;
    if (!folded.includes(c.needle)) continue;
    c.pattern.lastIndex = 0;
    const m = c.pattern.exec(folded);
    if (!m) continue;
    const tier = TIER[c.kind.family] + (c.kind.generic ? 1 : 0);
    const better = !best || tier < bestTier || (tier === bestTier && (m.index < best.at || (m.index === best.at && m[0].length > best.found.length)));
    if (better) {
      best = { kind: c.kind.id, family: c.kind.family, generic: c.kind.generic ?? false, cue: c.cue, at: m.index, found: m[0] };
      bestTier = tier;
    }
  }
  return best;
}

/** Why an item is in its group. */
export interface GroupReason {
  /**
   * `label`: a cue in the item's own label; `question`: a cue in its question;
   * `question-itself`: the items of its matrix question are of different kinds, so the question is the group;
   * `recommend`: a 0–10 recommendation question, reported as NPS apart;
   * `scale`: moved apart from its kind's shorter-scale items (0–10);
   * `config`: set by the config; `none`: no cue anywhere.
   */
  by: 'label' | 'question' | 'question-itself' | 'recommend' | 'scale' | 'config' | 'none';
  /** The words that matched, as folded ("field visits"), for `label`, `question` and `recommend`. */
  cue?: string;
}

/**
 * The group of an item on its own, with the reason. A question that names a
 * specific programme part ("Rate the side-events you attended") says what
 * its rows are, whatever words their titles contain; otherwise the item's
 * own label decides, then the question's words.
 */
export function classifyWithReason(label: string, question: string): { group: string; reason: GroupReason } {
  const asked = question && question !== label ? findCue(question) : undefined;
  if (asked && asked.family === 'programme' && !asked.generic) return { group: asked.kind, reason: { by: 'question', cue: asked.found } };
  // A label with words of both families ("Exhibitor registration" under "the organisation of the fair")
  // takes the one its question is about: the question says what its rows rate.
  const own = (asked && searchCue(label, asked.family)) || findCue(label);
  if (own) return { group: own.kind, reason: { by: 'label', cue: own.found } };
  if (asked) return { group: asked.kind, reason: { by: 'question', cue: asked.found } };
  return { group: 'other', reason: { by: 'none' } };
}

/** The group id of an item from its label and its question (see classifyWithReason). */
export function classifyItem(label: string, question: string): string {
  return classifyWithReason(label, question).group;
}

const ENGLISH: Record<string, string> = {
  logistics: 'Logistics and organisation',
  plenary: 'Plenaries',
  'side-event': 'Side-events',
  overall: 'Overall',
  other: 'Other questions',
  nps: 'Net Promoter Score',
};

/** Human label of a group, in English; the report translates known ids. A question's own group is named by its text. */
export function groupLabel(group: string): string {
  if (group.endsWith(TEN_POINT) && group.length > TEN_POINT.length) {
    const base = group.slice(0, -TEN_POINT.length);
    if (base in ENGLISH || PROGRAMME.some((k) => k.id === base)) return `${groupLabel(base)} (0–10)`;
  }
  return ENGLISH[group] ?? PROGRAMME.find((k) => k.id === group)?.names?.en.label ?? group;
}

/** Names of the catalogue's kinds in a language, with their 0–10 variants: `id → heading`. `known` (the report's own names) wins. */
export function groupNames(lang: 'en' | 'fr' | 'es', known: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of PROGRAMME) if (k.names) out[k.id] = k.names[lang].label;
  Object.assign(out, known);
  for (const [id, label] of Object.entries(out)) out[`${id}${TEN_POINT}`] = `${label} (0–10)`;
  // The recommendation item's "group" (it is in none; the items table names it so).
  out.nps = ENGLISH.nps;
  return out;
}

/** The nouns of a catalogue kind (or of its 0–10 variant) in a language, if it has names. */
export function kindNames(group: string, lang: 'en' | 'fr' | 'es'): KindNames | undefined {
  const id = group.endsWith(TEN_POINT) ? group.slice(0, -TEN_POINT.length) : group;
  return PROGRAMME.find((k) => k.id === id)?.names?.[lang];
}
