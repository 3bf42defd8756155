import type { Lang } from './model.js';
import type { MethodNote } from './methodology.js';

const NB = '\u00a0';

const TEXT: Record<Lang, { npsApart: string; tenPoint: string }> = {
  en: {
    npsApart: 'The 0–10 recommendation question is reported as a Net Promoter Score only: it belongs to no group, and no group’s mean, pooled share, range or best item includes it.',
    tenPoint: 'Questions on a 0–10 (or 1–10) scale other than the recommendation question are groups of their own, never pooled with 4- or 5-point items: their positive share is the top two boxes, 9 or 10, of valid answers.',
  },
  fr: {
    npsApart: `La question de recommandation notée de 0 à 10 n'est rapportée que sous forme de Net Promoter Score${NB}: elle n'appartient à aucun groupe, et aucune moyenne, part agrégée, fourchette ou meilleur élément d'un groupe ne l'inclut.`,
    tenPoint: `Les questions notées de 0 à 10 (ou de 1 à 10) autres que la question de recommandation forment des groupes à part, jamais agrégés avec des éléments à 4 ou 5 niveaux${NB}: leur part positive est celle des réponses 9 ou 10 parmi les réponses valides.`,
  },
  es: {
    npsApart: 'La pregunta de recomendación valorada de 0 a 10 se presenta solo como Net Promoter Score: no pertenece a ningún grupo, y ninguna media, proporción agregada, rango o mejor elemento de un grupo la incluye.',
    tenPoint: 'Las preguntas valoradas de 0 a 10 (o de 1 a 10) distintas de la pregunta de recomendación forman grupos propios, nunca agregados con elementos de 4 o 5 niveles: su proporción positiva es la de las respuestas 9 o 10 entre las respuestas válidas.',
  },
};

export interface ScaleNotesOptions {
  /** Language; default `en`. */
  lang?: Lang;
  /** Whether a Net Promoter Score is reported; default false. */
  nps?: boolean;
  /** Whether a group of 0–10 questions is reported; default false. */
  tenPoint?: boolean;
}

/** Methodology notes on the scales kept apart: the NPS item outside every group, and 0–10 questions as groups of their own. */
export function scaleNotes(options: ScaleNotesOptions = {}): MethodNote[] {
  const t = TEXT[options.lang ?? 'en'];
  return [...(options.nps ? [{ topic: 'nps' as const, text: t.npsApart }] : []), ...(options.tenPoint ? [{ topic: 'ten-point' as const, text: t.tenPoint }] : [])];
}
