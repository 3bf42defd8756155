import type { GroupMetrics } from './metrics/index.js';

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
}

export interface Sentence {
  text: string;
  /** The group the sentence speaks of. */
  group: string;
  kind: 'share' | 'range' | 'average' | 'best' | 'tie';
  /** True for the sentences a chair's summary would quote. */
  headline: boolean;
}

/** Rounds a share to a whole percent, half up (0.815 → 82), immune to float noise. */
export function percent(share: number): number {
  return Math.floor(share * 100 + 0.5 + 1e-9);
}

/** "87%", "87 %" (fr, es: no-break space). */
export function formatPercent(share: number, lang: Lang = 'en'): string {
  return lang === 'en' ? `${percent(share)}%` : `${percent(share)}\u00a0%`;
}

/** A range wider than this (in shares) is summarised by its average, not by "x to y%". */
export const NARROW_RANGE = 0.15;

const SUBJECT: Record<Lang, Record<string, string>> = {
  en: { logistics: 'the logistical and organisational arrangements', plenary: 'the plenaries', 'side-event': 'the side-events', overall: 'the meeting overall' },
  fr: { logistics: "la logistique et l'organisation", plenary: 'les plénières', 'side-event': 'les événements parallèles', overall: "la réunion dans l'ensemble" },
  es: { logistics: 'la logística y la organización', plenary: 'las sesiones plenarias', 'side-event': 'los eventos paralelos', overall: 'la reunión en general' },
};

const NOUN: Record<Lang, Record<string, string>> = {
  en: { plenary: 'plenary', 'side-event': 'side-event' },
  fr: { plenary: 'plénière', 'side-event': 'événement parallèle' },
  es: { plenary: 'sesión plenaria', 'side-event': 'evento paralelo' },
};

const OR: Record<Lang, string> = { en: 'or', fr: 'ou', es: 'o' };

/** "good or excellent": the top-box levels, worst first, lower-cased. */
export function topBoxPhrase(levels: string[], positiveLevels: number, lang: Lang = 'en'): string {
  const top = levels.slice(0, positiveLevels).reverse().map((l) => (/^\d+$/.test(l) ? l : l.toLowerCase()));
  if (top.length <= 1) return top.join('');
  return `${top.slice(0, -1).join(', ')} ${OR[lang]} ${top[top.length - 1]}`;
}

/** Drops a leading "Plenary 7 –" so the item reads as a title. */
function title(label: string): string {
  return label.replace(/^(plenary|plénière|pleniere|plenaria|side[- ]?event|événement parallèle|evento paralelo)\s*\d*\s*[-–—:.]?\s+/i, '').trim() || label;
}

function ci(low: number, high: number, lang: Lang): string {
  const l = percent(low);
  const h = percent(high);
  return lang === 'en' ? `95% CI ${l}–${h}%` : lang === 'fr' ? `IC à 95 % ${l}–${h}\u00a0%` : `IC del 95 % ${l}–${h}\u00a0%`;
}

function subjectOf(group: string, items: NarratedItem[], lang: Lang): string {
  if (SUBJECT[lang][group]) return SUBJECT[lang][group];
  return items.length === 1 ? `“${items[0].label}”` : `“${group}”`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Sentences in the chair's-summary style, one family per group. A single
 * item gets its share with n and interval; a family of items gets a range
 * ("70 to 80%") when it is narrow, else its unweighted average with the
 * pooled share beside it; the best item is called "the most appreciated" only
 * when its interval clears every other item's, otherwise the leaders are tied.
 */
export function narrate(items: NarratedItem[], groups: GroupMetrics[], options: { lang?: Lang } = {}): Sentence[] {
  /** Language of the sentences; default `en`. */
  const lang = options.lang ?? 'en';
  const byId = new Map(items.map((i) => [i.id, i]));
  const out: Sentence[] = [];
  const P = (s: number) => formatPercent(s, lang);
  for (const g of groups) {
    const members = g.items.map((id) => byId.get(id)!);
    const first = members[0];
    const top = topBoxPhrase(first.levels, first.positiveLevels, lang);
    const subject = subjectOf(g.id, members, lang);
    if (members.length === 1) {
      const text = {
        en: `${P(first.positive)} of respondents rated ${subject} ${top} (n = ${first.valid}; ${ci(first.positiveLow, first.positiveHigh, lang)})`,
        fr: `${P(first.positive)} des répondants ont jugé ${subject} ${top} (n = ${first.valid}\u00a0; ${ci(first.positiveLow, first.positiveHigh, lang)})`,
        es: `El ${P(first.positive)} de los encuestados calificó ${subject} como ${top} (n = ${first.valid}; ${ci(first.positiveLow, first.positiveHigh, lang)})`,
      }[lang];
      out.push({ text, group: g.id, kind: 'share', headline: true });
      continue;
    }
    const narrow = g.maxPositive - g.minPositive <= NARROW_RANGE;
    const lo = percent(g.minPositive);
    const hi = percent(g.maxPositive);
    const range = {
      en: lo === hi ? `${P(g.minPositive)} of respondents rated each of ${subject} ${top}` : `${lo} to ${P(g.maxPositive)} of respondents rated ${subject} ${top}`,
      fr: lo === hi ? `${P(g.minPositive)} des répondants ont jugé chacune des ${subject} ${top}` : `De ${lo} à ${P(g.maxPositive)} des répondants ont jugé ${subject} ${top}`,
      es: lo === hi ? `El ${P(g.minPositive)} de los encuestados calificó ${subject} como ${top}` : `Entre el ${lo} y el ${P(g.maxPositive)} de los encuestados calificó ${subject} como ${top}`,
    }[lang];
    out.push({ text: range, group: g.id, kind: 'range', headline: narrow });
    const average = {
      en: `${capitalise(subject.replace(/^the /, ''))} were rated ${top} by ${P(g.meanPositive)} of respondents on average (unweighted mean of ${members.length} items; pooled: ${P(g.pooledPositive)})`,
      fr: `${capitalise(subject)} ont été jugé(e)s ${top} par ${P(g.meanPositive)} des répondants en moyenne (moyenne non pondérée de ${members.length} éléments\u00a0; ensemble des réponses\u00a0: ${P(g.pooledPositive)})`,
      es: `${capitalise(subject)} fueron calificados como ${top} por el ${P(g.meanPositive)} de los encuestados en promedio (media no ponderada de ${members.length} elementos; conjunto de respuestas: ${P(g.pooledPositive)})`,
    }[lang];
    out.push({ text: average, group: g.id, kind: 'average', headline: !narrow });
    const best = byId.get(g.best)!;
    const noun = NOUN[lang][g.id];
    const name = `“${title(best.label)}”`;
    if (g.bestIsClear) {
      const text = {
        en: `The ${noun ?? 'item'} ${name} was the most appreciated, with ${P(best.positive)} of respondents rating it ${top} (n = ${best.valid}; ${ci(best.positiveLow, best.positiveHigh, lang)})`,
        fr: `${noun ? `La ${noun}` : "L'élément"} ${name} a été la plus appréciée, avec ${P(best.positive)} des répondants la jugeant ${top} (n = ${best.valid}\u00a0; ${ci(best.positiveLow, best.positiveHigh, lang)})`,
        es: `${noun ? `La ${noun}` : 'El elemento'} ${name} fue la más apreciada, con el ${P(best.positive)} de los encuestados calificándola como ${top} (n = ${best.valid}; ${ci(best.positiveLow, best.positiveHigh, lang)})`,
      }[lang];
      out.push({ text, group: g.id, kind: 'best', headline: true });
    } else {
      const tied = [best, ...g.tiedWithBest.map((id) => byId.get(id)!).sort((a, b) => b.positive - a.positive)];
      const names = tied.slice(0, 4).map((i) => `“${title(i.label)}” (${P(i.positive)})`).join(', ') + (tied.length > 4 ? ` +${tied.length - 4}` : '');
      const text = {
        en: `No single ${noun ?? 'item'} stands out: the highest rated, ${names}, are within each other's margin of error`,
        fr: `Aucun élément ne se détache nettement\u00a0: les mieux notés, ${names}, sont dans la marge d'erreur les uns des autres`,
        es: `Ningún elemento destaca claramente: los mejor valorados, ${names}, están dentro del margen de error entre sí`,
      }[lang];
      out.push({ text, group: g.id, kind: 'tie', headline: false });
    }
  }
  return out;
}
