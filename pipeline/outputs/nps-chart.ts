import { npsSpec, type ChartLook } from '../../charts/index.js';
import type { Lang, Sentence } from '../narrate/index.js';
import { levelCounts, type Summary } from '../narrate/index.js';
import type { ChartPlan } from './chart-plan.js';
import { nativeNps } from './native-charts.js';

const TEXT: Record<Lang, { subtitle: string; answers: string; ranges: { detractors: string; passives: string; promoters: string }; note: (code: number, n: number) => string }> = {
  en: {
    subtitle: 'Answers to the recommendation question, 0 to 10',
    answers: 'answers',
    ranges: { detractors: 'detractors (0–6)', passives: 'passives (7–8)', promoters: 'promoters (9–10)' },
    note: (code, n) => `${code}: ${n} answers`,
  },
  fr: {
    subtitle: 'Réponses à la question de recommandation, de 0 à 10',
    answers: 'réponses',
    ranges: { detractors: 'détracteurs (0–6)', passives: 'passifs (7–8)', promoters: 'promoteurs (9–10)' },
    note: (code, n) => `${code}${'\u00a0'}: ${n} réponses`,
  },
  es: {
    subtitle: 'Respuestas a la pregunta de recomendación, de 0 a 10',
    answers: 'respuestas',
    ranges: { detractors: 'detractores (0–6)', passives: 'pasivos (7–8)', promoters: 'promotores (9–10)' },
    note: (code, n) => `${code}: ${n} respuestas`,
  },
};

/** Answers per code 0…10 of the NPS item (its levels run best first, 10 down to 0). */
export function npsCounts(summary: Summary): number[] | undefined {
  const item = summary.nps ? summary.items.find((i) => i.id === summary.nps!.item) : undefined;
  if (!item || item.levels.length !== 11) return undefined;
  return levelCounts(item).reverse();
}

/** The NPS chart of a run, when the summary has an NPS: titled by its sentence (n and score), its notes the count per answer. */
export function npsPlan(summary: Summary, sentences: Sentence[], lang: Lang, look: ChartLook): ChartPlan | undefined {
  const counts = npsCounts(summary);
  const sentence = sentences.find((s) => s.kind === 'nps')?.text;
  if (!counts || !sentence) return undefined;
  const t = TEXT[lang];
  return {
    name: 'nps',
    kind: 'nps',
    group: 'nps',
    sentence,
    notes: [sentence, ...counts.map((n, code) => t.note(code, n))],
    spec: npsSpec(counts, { title: sentence, subtitle: t.subtitle, rangeLabels: t.ranges, countLabel: t.answers, ...look }),
    native: nativeNps(counts, { lang, rangeLabels: t.ranges }),
  };
}
