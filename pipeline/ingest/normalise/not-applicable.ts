/**
 * "Not applicable / did not attend" recognised by meaning, not by exact label.
 * Organisers combine and reword the pieces ("N/A - did not attend", "Sans
 * objet / je n'ai pas assisté", "No aplica (no asistí)"), so a label is read
 * as words (case, accents, apostrophes and punctuation dropped) and is not
 * applicable when its words are entirely made of known phrases in English,
 * French or Spanish, joined by separators or "or". A phrase is matched whole:
 * "not", "pas" or "no" alone is nothing, so scale levels such as "Not
 * satisfied", "Pas du tout satisfait" or "Nada satisfecho" never match.
 */

export interface NotApplicableOptions {
  /** Further labels meaning "not applicable" in this survey (the config's `notApplicable` key), compared folded; default none. */
  extra?: readonly string[];
}

/**
 * True when the answer means "not applicable / did not attend": a label built
 * from the known phrases, a label the options add, or a negative numeric
 * recode (Qualtrics writes -1, -99 for "no basis / N/A").
 */
export function isNotApplicable(answer: string, options: NotApplicableOptions = {}): boolean {
  if (/^\s*-\d+(\.0+)?\s*$/.test(answer)) return true;
  let known = KNOWN.get(answer);
  if (known === undefined) {
    // Bounded: free-text answers pass through here too.
    if (KNOWN.size >= 10_000) KNOWN.clear();
    const words = labelWords(answer);
    KNOWN.set(answer, (known = readsNotApplicable(words)));
  }
  if (known) return true;
  return options.extra?.length ? extraWords(options.extra).has(labelWords(answer)) : false;
}

/**
 * The common whole spellings are looked up; the expression (about 15 ms of CPU to compile, once) only reads labels
 * that start with a word a phrase can start with, so an export of plain "N/A" and scale levels never compiles it.
 */
function readsNotApplicable(words: string): boolean {
  if (words === '' || words.length > MAX_LENGTH) return false;
  if (COMMON.has(words)) return true;
  const [first, second] = words.split(' ', 2);
  if (!FIRST_WORDS.has(/^\d{1,2}$/.test(first) ? second : first)) return false;
  return NOT_APPLICABLE.test(words) || NOT_APPLICABLE.test(joinInitials(words));
}

/** Whole labels met in most exports, as labelWords reads them. */
const COMMON = new Set([
  'n a', 'na', 'not applicable', 'did not attend', 'didn t attend', 'not attended', 'i did not attend', 'no opinion', 'don t know',
  'sans objet', 'non applicable', 'je n ai pas assiste', 'pas assiste', 'ne sais pas', 'nsp', 'sans avis',
  'no aplica', 'no asisti', 'no se', 'ns nc', 'sin opinion', 'no basis for evaluation',
]);

/**
 * Every word a phrase below can start with (after "6." numbering). A phrase added below whose first word is not
 * here is never read: the test table of spellings (test/pipeline/not-applicable.test.ts) catches that.
 */
const FIRST_WORDS = new Set([
  'i', 'did', 'didn', 'didnt', 'could', 'couldn', 'couldnt', 'have', 'haven', 'havent', 'was', 'wasn', 'wasnt', 'were', 'weren',
  'unable', 'not', 'never', 'missed', 'no', 'non', 'absent', 'absente', 'n', 'na', 'inapplicable', 'does', 'doesn', 'doesnt',
  'do', 'don', 'dont', 'unknown', 'can', 'cannot', 'cant', 'am',
  'j', 'je', 'ne', 'pas', 'sans', 'aucun', 'nsp', 'nspp',
  'yo', 'ausente', 'ns', 'nsnc', 'sin',
]);

/**
 * An answer label as lower-case words without accents, separated by single
 * spaces: every run of characters that is not a letter or a digit (slashes,
 * dashes, brackets, dots, apostrophes, underscores) is one space, so "N/A",
 * "n.a." and "n_a" all read "n a", and "Didn’t" reads "didn t".
 */
export function labelWords(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Runs of single letters joined, so an abbreviation written with dots reads as one word ("N.S.P." → "nsp"). */
function joinInitials(words: string): string {
  return words.replace(/\b\p{L}(?: \p{L}\b)+/gu, (run) => run.replace(/ /g, ''));
}

/** Longer answers are comments, not choice labels; they are not read against the phrases. */
const MAX_LENGTH = 160;

/** Answers already read (by their raw text): the same few labels come back for every column. */
const KNOWN = new Map<string, boolean>();

const EXTRA = new WeakMap<readonly string[], Set<string>>();

function extraWords(extra: readonly string[]): Set<string> {
  let set = EXTRA.get(extra);
  if (!set) EXTRA.set(extra, (set = new Set(extra.map(labelWords))));
  return set;
}

/** A word: labelWords leaves words separated by single spaces (a plain class compiles far faster than \\p{L}). */
const W = '[^ ]+';

/**
 * What may follow "did not attend" and its kin: a determiner or preposition
 * and a few words naming what was missed ("this session", "à cette séance",
 * "a esta mesa redonda"). Matched atomically (a lookahead captures the
 * longest such run, a backreference consumes it): were the engine free to end
 * the object after any of its words, a long comment would be tried in
 * exponentially many ways.
 */
let objects = 0;
function object(): string {
  const name = `o${objects++}`;
  return `(?=(?<${name}>(?: (?:this|the|that|these|those|any|a|an|my|it|to|at|in|on|au|aux|a|la|le|les|l|cette|ce|cet|ces|en|de|du|des|el|los|las|al|del|esta|este|estos|estas|esa|ese|dicha|dicho)(?= |$)(?: ${W}){0,4})?))\\k<${name}>`;
}

/** Negated "attend" in the three languages, first person or not. */
const ATTEND = [
  // EN: "did not attend", "I didn't attend", "didnt attend", "have not attended", "did not participate", "did not go",
  // "unable to attend", "I missed this session"
  `(?:i )?(?:did not|didn t|didnt|could not|couldn t|couldnt|have not|haven t|havent|was not able to|wasn t able to|was unable to|unable to|not able to) (?:attend|attended|participate|participated|go|take part|be there)`,
  `(?:i )?(?:was not|wasn t|wasnt|were not|weren t) (?:present|there|in attendance)`,
  `(?:not|never) (?:attended|present|participated)`,
  `(?:i )?missed`,
  `(?:no|non) attendance`,
  `absente?(?: e)?`,
  // FR: "je n'ai pas assisté", "je n'y suis pas allé(e)", "je n'ai pas pu y assister", "pas assisté(e)", "non suivi",
  // "je n'étais pas présent(e)", "absente"; participles may be feminine or plural ("assistée", "(e)s" reads " e s")
  `(?:(?:je |j )?(?:ne|n) (?:y |l |la |les )?(?:ai|avais|suis|etais|etait|a) pas|pas|non)(?: pu| ete)?(?: y| l)? (?:assistee?s?|assister|participee?s?|participer|suivie?s?|suivre|presente?s?|venue?s?|venir|allee?s?|aller|la)(?: e)?(?: s)?`,
  `(?:je |j )?(?:ne|n) y (?:etais|etait|suis|ai|avais) pas`,
  // ES: "no asistí", "no participé", "no fui", "no estuve (presente)", "no pude asistir", "no la seguí", "ausente"
  `(?:yo )?no (?:la |lo |me )?(?:asisti|asistio|participe|participo|fui|estuve|estuvo|segui|pude asistir|pude ir|pude participar|pude estar|he asistido|he participado|asistire)(?: presente)?`,
  `no (?:asistente|presente)`,
  `ausente`,
];

/** "Not applicable", "don't know", "no opinion" and kin. */
const OTHER = [
  // EN
  'n a', 'na', 'not applicable(?: to me)?', 'non applicable', 'inapplicable',
  '(?:does not|doesn t|doesnt|do not|don t) apply(?: to me)?',
  '(?:i )?(?:do not|don t|dont) know', 'unknown to me',
  '(?:i )?(?:can not|cannot|can t|cant|could not|couldn t|am unable to|unable to|not able to) (?:say|tell|judge|rate|evaluate|assess|comment|answer)',
  'no (?:opinion|view|comment)', 'not sure(?: what to say)?',
  `no (?:basis|grounds|way) (?:to|for) (?:judge|judging|judgement|judgment|evaluate|evaluation|evaluating|rate|rating|assess|assessment|assessing|comment|answer)(?: it| this)?`,
  'no basis', 'no experience', 'not used', 'did not use', 'didn t use', 'not experienced',
  // FR
  'sans objet', 'non applicable', 'pas applicable', 'ne s applique pas', 'inapplicable',
  'non concerne(?: e)?(?: s)?', 'pas concerne(?: e)?(?: s)?', 'non pertinent', 'sans avis', 'pas d avis', 'aucun avis', 'sans opinion', 'pas d opinion',
  '(?:je )?ne (?:sais|sait) pas', 'nsp', 'nspp', 'nsp npr', 'ne se prononce pas', 'ne peut pas se prononcer',
  '(?:je )?ne (?:peux|peut) pas (?:dire|juger|repondre|evaluer|me prononcer|se prononcer)', 'pas d elements? pour (?:juger|evaluer|repondre)',
  // ES
  'no aplica', 'no se aplica', 'no aplicable', 'no corresponde', 'no procede', 'no pertinente',
  '(?:yo )?no (?:lo )?(?:se|sabe|sabia)', 'no (?:contesta|responde)', 'no sabe no (?:contesta|responde)', 'ns nc', 'ns nr', 'nsnc',
  'sin opinion', 'no tengo opinion', 'sin criterio', 'no opina',
  'no (?:puedo|puede) (?:opinar|juzgar|decir|evaluar|responder)', 'sin (?:base|elementos) para (?:juzgar|evaluar|opinar)',
];

/** Words that join two phrases once separators are gone ("N/A or did not attend", "sans objet ou absent"). */
const JOIN = '(?:(?:or|ou|o|and|et|y) )?';

// Negated "attend" may name what was missed; one object group for all of them keeps the expression small.
const PHRASE = `(?:(?:${ATTEND.join('|')})${object()}|${OTHER.join('|')})`;

/**
 * The whole label: an optional numbering ("6. N/A"), then one to four phrases, each followed by the end or by a
 * space and maybe a joining word. Four is more than any real label holds, and the bound keeps a long comment
 * from being tried in many ways. (PHRASE appears once: its named groups may not repeat.)
 */
const NOT_APPLICABLE = new RegExp(`^(?:\\d{1,2} )?(?:${PHRASE}(?:$| ${JOIN})){1,4}$`);
