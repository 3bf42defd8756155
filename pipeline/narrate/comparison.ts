/** The sentences on the change since the previous edition. */
import type { Comparison } from '../metrics/index.js';
import { formatPercent, type Lang, type NarratedItem, type Sentence } from './model.js';
import { NBSP, points, semi } from './numbers.js';
import { pEquals as pValue } from '../util/numbers.js';
import { quote, topBox } from './phrases.js';

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
