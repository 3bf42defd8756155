import { choiceSpec, type ChartLook } from '../../charts/index.js';
import type { SummaryChoice } from '../metrics/index.js';

import type { ChartPlan } from './chart-plan.js';
import { nativeChoice } from './native-charts.js';
import { CHOICE_TEXT } from './report/choice-text.js';
import { formatCount, formatInterval, formatPercent, type Lang } from '../util/numbers.js';

/** Options named in a choice chart's sentence; the rest are in its notes. */
const NAMED = 3;

/**
 * One bar chart per closed question (name `choice-<id>`): its sentence names
 * the question, its base and its three first options with their shares; its
 * notes give every option's count, share and interval. Options come in
 * summary.json's order: the survey's own where the export shows it (one
 * column per option), else largest first.
 */
export function planChoiceCharts(choices: readonly SummaryChoice[], options: ChartLook & { lang?: Lang } = {}): ChartPlan[] {
  const { lang = 'en', ...look } = options;
  const t = CHOICE_TEXT[lang];
  const P = (share: number) => formatPercent(share, lang);
  const count = (n: number) => formatCount(n, lang);
  return choices
    .filter((c) => c.answered > 0 && c.options.length > 0)
    .map((c) => {
      // summary.json's order already is the survey's own or largest first.
      const shown = c.options;
      const title = t.title(c.question, count(c.answered));
      const named = shown.slice(0, NAMED).map((o) => `${o.label} ${P(o.share)}`).join('; ');
      const sentence = `${title}: ${named}${shown.length > NAMED ? '; …' : ''}`;
      return {
        name: `choice-${c.id}`,
        kind: 'choice' as const,
        group: 'choices',
        sentence,
        notes: [title, ...c.options.map((o) => `${o.label}: ${count(o.count)} (${P(o.share)}; ${t.ci(formatInterval(o.low, o.high, lang))})`)],
        // The title is the sentence, as on every chart: the slide and the PDF page say what the figure shows.
        spec: choiceSpec(shown, { title: sentence, subtitle: t.subtitle + (c.kind === 'multiple' ? t.several : ''), keepOrder: true, lang, ...look }),
        native: nativeChoice(shown, { lang }),
      };
    });
}
