/**
 * Splitting a checkbox cell into the options ticked. Tools join the picks
 * with a separator (Google Forms `, `, Microsoft Forms `;` plus a trailing
 * one, Qualtrics `,`, Kobo a space), and an option's own text may hold the
 * separator ("Civil society, NGO"). Options are found from all the answers of
 * the column at once: a separator inside an option always sits between the
 * same two pieces, in every answer, while two options picked together also
 * come apart in other answers (one alone, or with another). Pieces that
 * always come together in the same order are glued back into one option; two
 * real options that everyone picked together are then one, which changes no
 * count.
 */

/** The pieces of a cell between separators, trimmed, with empty ones (a trailing `;`) dropped. */
export function pieces(value: string, separator: string): string[] {
  return value.split(separator).map((p) => p.trim()).filter((p) => p !== '');
}

const END = '\u0000end';
const START = '\u0000start';

/**
 * The options of a column of joined answers: pieces glued where they always
 * follow each other. `known` options (from the export's option columns,
 * Kobo's `Question/option` headers) are taken as they are, and only pieces
 * outside them are glued.
 */
export function optionsOf(values: Iterable<string>, separator: string, known: readonly string[] = []): string[] {
  const next = new Map<string, Set<string>>();
  const previous = new Map<string, Set<string>>();
  const joiner = separator.trim() === '' ? ' ' : `${separator.trim()} `;
  const lists: string[][] = [];
  for (const value of new Set(values)) {
    const list = splitKnown(value, separator, known);
    lists.push(list);
    list.forEach((p, k) => {
      add(next, p, list[k + 1] ?? END);
      add(previous, p, k > 0 ? list[k - 1] : START);
    });
  }
  const isKnown = new Set(known);
  const glued = (a: string, b: string) => !isKnown.has(a) && !isKnown.has(b) && next.get(a)!.size === 1 && next.get(a)!.has(b) && previous.get(b)!.size === 1;
  const options = new Set<string>();
  for (const list of lists) {
    let run = list[0];
    for (let k = 1; k <= list.length; k++) {
      if (k < list.length && glued(list[k - 1], list[k])) run += joiner + list[k];
      else {
        options.add(run);
        run = list[k];
      }
    }
  }
  return [...options];
}

/** A cell's options: the longest option that starts at each point wins; a piece no option covers stands alone. */
export function splitAnswer(value: string, separator: string, options: readonly string[]): string[] {
  const list = splitKnown(value, separator, options);
  // Pieces glued by optionsOf come back as one option when their joined text is one.
  const joiner = separator.trim() === '' ? ' ' : `${separator.trim()} `;
  const wanted = new Set(options);
  const out: string[] = [];
  for (let k = 0; k < list.length; ) {
    let taken = 1;
    for (let end = list.length; end > k + 1; end--) {
      if (wanted.has(list.slice(k, end).join(joiner))) {
        taken = end - k;
        break;
      }
    }
    out.push(list.slice(k, k + taken).join(joiner));
    k += taken;
  }
  return [...new Set(out)];
}

/** Pieces of a cell, where a known option that holds the separator stays whole. */
function splitKnown(value: string, separator: string, known: readonly string[]): string[] {
  const text = value.trim();
  const holding = known.filter((o) => o.includes(separator.trim() || ' ')).sort((a, b) => b.length - a.length);
  if (holding.length === 0) return pieces(text, separator);
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    const option = holding.find((o) => text.startsWith(o, at) && (at + o.length === text.length || text.startsWith(separator, at + o.length) || text.startsWith(separator.trim(), at + o.length)));
    let end: number;
    if (option) end = at + option.length;
    else {
      const cut = text.indexOf(separator, at);
      end = cut < 0 ? text.length : cut;
    }
    const piece = text.slice(at, end).trim();
    if (piece) out.push(piece);
    at = end;
    // Skip the separator (and the space after a trimmed one).
    if (text.startsWith(separator, at)) at += separator.length;
    else if (separator.trim() && text.startsWith(separator.trim(), at)) at += separator.trim().length;
    while (text[at] === ' ' && separator.trim() !== '') at++;
  }
  return out;
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** Separators tried, in order, on a column the layout did not mark: `;` (Google Forms as some sheets show it, Microsoft Forms), `, ` (Google Forms), `,` (Qualtrics). */
export const SEPARATORS = [';', ', ', ','];

/**
 * The separator of a column of joined choices, or undefined when its answers
 * are not joined choices. Joined choices: at least one answer holds two
 * options or more; every option is short (at most 80 characters) and there
 * are at most MAX_OPTIONS; at least 80% of the joined answers are made of
 * options each seen in two answers or more; and at least one option is seen
 * alone, as a whole answer. Free text with commas fails: its pieces do not
 * come back in other answers. When several separators fit, the one that
 * reads the fewest options wins.
 */
export function joinedSeparator(answers: Map<string, number>): string | undefined {
  const values = [...answers.keys()].map((v) => v.trim()).filter((v) => v !== '');
  // Of the separators that fit, the one that reads the fewest options: an option holding `, ` also splits at `,`.
  let best: { separator: string; options: number } | undefined;
  for (const separator of SEPARATORS) {
    if (!values.some((v) => v.includes(separator))) continue;
    const options = optionsOf(values, separator);
    if (options.length < 2 || options.length > MAX_OPTIONS || options.some((o) => o.length > 80)) continue;
    const splits = values.map((v) => splitAnswer(v, separator, options));
    const seen = new Map<string, number>();
    for (const list of splits) for (const o of list) seen.set(o, (seen.get(o) ?? 0) + 1);
    const joined = splits.filter((list) => list.length > 1);
    if (joined.length === 0) continue;
    const explained = joined.filter((list) => list.every((o) => (seen.get(o) ?? 0) >= 2)).length;
    const alone = splits.some((list) => list.length === 1 && options.includes(list[0]));
    if (explained >= 0.8 * joined.length && alone && (!best || options.length < best.options)) best = { separator, options: options.length };
  }
  return best?.separator;
}

/** Most options a closed question may have; past it, the answers are read as free text or codes. */
export const MAX_OPTIONS = 40;
