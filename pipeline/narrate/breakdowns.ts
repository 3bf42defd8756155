/** The sentences on each group's figures broken down by a respondent attribute. */
import type { Breakdowns } from '../metrics/index.js';
import { formatPercent, type Lang, type NarratedItem, type Sentence } from './model.js';
import { colon, NBSP, nEquals } from './numbers.js';
import { groupSubject, itemSubject, quote, topBox } from './phrases.js';
import { ATTRIBUTE, NOT_STATED } from './words.js';

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
