import { npsPlan } from './nps-chart.js';
import { reportText } from './report/text.js';
import { planChoiceCharts } from './choice-charts.js';
import { planThemesCharts } from './themes-chart.js';
import {
  breakdownSpec,
  comparisonSpec,
  divergingSpec,
  overviewSpec,
  rankingSpec,
  responseSpec,
  type BreakdownPanel,
  type ChartItem,
  type ChartLook,
  type TopLevelSpec,
} from '../../charts/index.js';
import { topBoxPhrase, type Lang, type Sentence } from '../narrate/index.js';
import { formatInterval, formatPercent, formatPointChange, nEquals, pEquals } from '../util/numbers.js';
import { slugify } from '../util/slug.js';
import { levelCounts, type Summary, type SummaryGroup, type SummaryItem } from '../narrate/index.js';

import type { ChartKind, ChartPlan } from './chart-plan.js';
import { nativeBreakdown, nativeComparison, nativeDiverging, nativeOverview, nativeRanking, nativeResponse } from './native-charts.js';
export type { ChartKind, ChartPlan };

export interface ChartPlanOptions extends ChartLook {
  /** Language of the charts' fixed texts; default `en`. */
  lang?: Lang;
}

/**
 * The charts of a run, in reading order: the overview of the groups (when
 * there are several), then per group a diverging bar chart and, when the
 * group has several items, a ranking; then the breakdowns by attribute, the
 * comparison with the previous edition and the response rate, each when
 * the summary has it.
 */
export function planCharts(given: Summary, sentences: Sentence[], options: ChartPlanOptions = {}): ChartPlan[] {
  const { lang = 'en', ...rest } = options;
  // Charts speak the report's language: group names, and numbers as util/numbers.ts writes them.
  const look = { lang, ...rest };
  const names = reportText(lang).groups;
  const summary: Summary = { ...given, groups: given.groups.map((g) => ({ ...g, label: names[g.id] ?? g.label })) };
  const t = TEXT[lang];
  const P = (share: number) => formatPercent(share, lang);
  const ci = (low: number, high: number) => t.ci(formatInterval(low, high, lang));
  const n = (count: number) => nEquals(count, lang);
  const itemsById = new Map(summary.items.map((i) => [i.id, i]));
  const plans: ChartPlan[] = [];
  const rated = summary.groups.filter((g) => g.items.length > 0);
  const top = (g: SummaryGroup) => {
    const first = itemsById.get(g.items[0])!;
    return topBoxPhrase(first.levels, first.positiveLevels, lang);
  };
  const itemNote = (i: SummaryItem) => `${i.label}: ${P(i.positive)} (${n(i.valid)}; ${ci(i.positiveLow, i.positiveHigh)}); ${t.notApplicable}: ${i.notApplicable}`;
  const groupNote = (g: SummaryGroup) =>
    g.items.length > 1
      ? `${g.label}: ${t.mean} ${P(g.meanPositive)}; ${t.pooled} ${P(g.pooledPositive)} (${n(g.valid)}; ${ci(g.pooledLow, g.pooledHigh)}); ${t.range} ${formatInterval(g.minPositive, g.maxPositive, lang)}`
      : `${g.label}: ${P(g.pooledPositive)} (${n(g.valid)}; ${ci(g.pooledLow, g.pooledHigh)})`;

  if (rated.length > 1) {
    const sentence = t.overviewTitle(top(rated[0]), rated.map((g) => (g.items.length > 1 ? t.overviewPart(g.label, P(g.meanPositive), formatInterval(g.minPositive, g.maxPositive, lang)) : `${g.label} ${P(g.meanPositive)}`)));
    plans.push({
      name: 'overview',
      kind: 'overview',
      group: 'overview',
      sentence,
      notes: rated.map(groupNote),
      spec: overviewSpec(rated, { title: sentence, subtitle: t.overviewSubtitle, meanLabel: t.mean, pooledLabel: t.pooled, rangeLabel: t.range, itemsWord: t.items, ...look }),
      native: nativeOverview(rated, { lang, meanLabel: t.mean, pooledLabel: t.pooled }),
    });
  }

  for (const group of rated) {
    const members = group.items.map((id) => itemsById.get(id)!);
    const items: ChartItem[] = members.map((s) => ({ ...s, counts: levelCounts(s) }));
    const own = sentences.filter((s) => s.group === group.id && GROUP_KINDS.includes(s.kind));
    const headline = own.find((s) => s.headline)?.text ?? own[0]?.text ?? groupNote(group);
    const slug = slugify(group.id);
    plans.push({
      name: `${slug}-likert`,
      kind: 'likert',
      group: group.id,
      sentence: headline,
      notes: members.map(itemNote),
      spec: divergingSpec(items, { title: headline, subtitle: t.likertSubtitle(group.label), notApplicableLabel: t.notApplicablePanel, ...look }),
      native: nativeDiverging(items, { lang }),
    });
    if (items.length > 1) {
      const best = own.find((s) => s.kind === 'best' || s.kind === 'tie')?.text ?? headline;
      plans.push({
        name: `${slug}-ranking`,
        kind: 'ranking',
        group: group.id,
        sentence: best,
        notes: [groupNote(group), ...[...members].sort((a, b) => b.positive - a.positive).map(itemNote)],
        spec: rankingSpec(items, { title: best, subtitle: t.rankingSubtitle(group.label), mean: group.meanPositive, best: group.bestIsClear ? group.best : undefined, meanLabel: t.mean, ...look }),
        native: nativeRanking(items, { lang, best: group.bestIsClear ? group.best : undefined }),
      });
    }
  }

  const nps = npsPlan(summary, sentences, lang, look);
  if (nps) plans.push(nps);

  const groupsById = new Map(rated.map((g) => [g.id, g]));
  for (const attribute of summary.breakdowns?.attributes ?? []) {
    const rows = summary.breakdowns!.rows.filter((r) => r.attribute === attribute && r.item === null && groupsById.has(r.group));
    if (rows.length === 0) continue;
    const panels: BreakdownPanel[] = rows.map((r) => ({ id: r.group, label: groupsById.get(r.group)!.label, cells: r.cells.map((c) => ({ ...c, value: c.value || t.blank })) }));
    const own = sentences.filter((s) => s.kind === 'breakdown' && s.attribute === attribute);
    const sentence = own.length === 1 ? own[0].text : t.breakdownTitle(top(groupsById.get(rows[0].group)!), attribute);
    const k = summary.breakdowns!.minCell;
    plans.push({
      name: `breakdown-${slugify(attribute)}`,
      kind: 'breakdown',
      group: 'breakdown',
      sentence,
      notes: [...own.map((s) => s.text), ...panels.flatMap((p) => p.cells.map((c) => `${p.label}, ${c.value}: ${c.suppressed || c.positive === null ? t.suppressed(k) : `${P(c.positive)} (${n(c.valid!)}; ${ci(c.positiveLow!, c.positiveHigh!)})`}`))],
      spec: breakdownSpec(panels, { title: sentence, subtitle: t.breakdownSubtitle(k), suppressedLabel: t.suppressed(k), values: blankLast(panels, t.blank), ...look }),
      native: nativeBreakdown(panels, { lang, values: blankLast(panels, t.blank) }),
    });
  }

  const compared = summary.comparison?.items ?? [];
  if (compared.length > 0) {
    const count = (f: (c: (typeof compared)[number]) => boolean) => compared.filter(f).length;
    const rose = count((c) => c.significant && c.change > 0);
    const fell = count((c) => c.significant && c.change < 0);
    const sentence = sentences.find((s) => s.kind === 'comparison')?.text ?? t.comparisonTitle(rose, fell, compared.length - rose - fell);
    plans.push({
      name: 'comparison',
      kind: 'comparison',
      group: 'comparison',
      sentence,
      notes: compared.map((c) => `${c.label}: ${P(c.previous)} (${n(c.previousValid)}) → ${P(c.current)} (${n(c.currentValid)}); ${t.change} ${formatPointChange(c.change, lang)} (${t.ci(`${formatPointChange(c.low, lang)} ${t.to} ${formatPointChange(c.high, lang)}`)}; ${pEquals(c.p, lang)})`),
      spec: comparisonSpec(
        compared.map((c) => ({ ...c, valid: c.currentValid })),
        { title: sentence, subtitle: t.comparisonSubtitle(summary.comparison!.baseline), outcomeLabels: t.outcomes, ...look },
      ),
      native: nativeComparison(compared.map((c) => ({ ...c, valid: c.currentValid })), { lang }),
    });
  }

  const response = summary.responseRate;
  if (response) {
    const sentence = sentences.find((s) => s.kind === 'response-rate')?.text ?? t.responseTitle(response.respondents, response.participants, P(response.rate), ci(response.low, response.high));
    const participation = rated.map((g) => {
      const members = g.items.map((id) => itemsById.get(id)!);
      const sum = (f: (i: SummaryItem) => number) => members.reduce((a, i) => a + f(i), 0);
      return { id: g.id, label: g.label, valid: sum((i) => i.valid), notApplicable: sum((i) => i.notApplicable), missing: sum((i) => i.missing) };
    });
    plans.push({
      name: 'response',
      kind: 'response',
      group: 'response',
      sentence,
      notes: [sentence, ...participation.map((p) => `${p.label}: ${t.answers(p.valid, p.notApplicable, p.missing)}`)],
      spec: responseSpec(response, participation, { title: sentence, subtitle: t.responseSubtitle, surveyLabel: t.responded, outcomeLabels: t.participation, ...look }),
      native: nativeResponse(response, participation, { lang, surveyLabel: t.responded, outcomeLabels: t.participation }),
    });
  }
  // Every closed question that is not a rating: a bar chart each (choice-charts.ts).
  plans.push(...planChoiceCharts(summary.choices ?? [], look));
  // What each free-text question's comments talk about: a bar chart each (themes-chart.ts).
  plans.push(...planThemesCharts(summary.comments ?? [], look));
  return plans;
}

/** The attribute's values in their order, the blank one ("no answer") last. */
function blankLast(panels: BreakdownPanel[], blank: string): string[] {
  const values = [...new Set(panels.flatMap((p) => p.cells.map((c) => c.value)))];
  return [...values.filter((v) => v !== blank), ...values.filter((v) => v === blank)];
}

/** Sentences about a group's figures as a whole: the titles of its own charts. */
const GROUP_KINDS: Sentence['kind'][] = ['share', 'range', 'average', 'best', 'tie'];

interface ChartText {
  likertSubtitle: (group: string) => string;
  rankingSubtitle: (group: string) => string;
  notApplicablePanel: string;
  notApplicable: string;
  overviewTitle: (top: string, parts: string[]) => string;
  overviewPart: (group: string, mean: string, range: string) => string;
  overviewSubtitle: string;
  mean: string;
  pooled: string;
  range: string;
  items: string;
  ci: (range: string) => string;
  blank: string;
  breakdownTitle: (top: string, attribute: string) => string;
  breakdownSubtitle: (k: number) => string;
  suppressed: (k: number) => string;
  comparisonTitle: (rose: number, fell: number, unchanged: number) => string;
  comparisonSubtitle: (baseline: string) => string;
  outcomes: { rose: string; fell: string; unchanged: string };
  change: string;
  to: string;
  responseTitle: (respondents: number, participants: number, rate: string, ci: string) => string;
  responseSubtitle: string;
  responded: string;
  participation: { answered: string; notApplicable: string; none: string };
  answers: (valid: number, notApplicable: number, missing: number) => string;
}

/** The charts' fixed texts; the sentences themselves come from narration. */
const TEXT: Record<Lang, ChartText> = {
  en: {
    likertSubtitle: (g) => `${g}: share of valid answers at each level; "not applicable" and blanks are outside the base`,
    rankingSubtitle: (g) => `${g}: positive share with its 95% Wilson interval; dashed line: unweighted mean`,
    notApplicablePanel: 'Did not attend / N/A',
    notApplicable: 'not applicable',
    overviewTitle: (top, parts) => `Rated ${top}: ${parts.join('; ')}`,
    overviewPart: (g, mean, range) => `${g} ${mean} on average (${range})`,
    overviewSubtitle: 'Band: range of the items\u2019 shares; circle: unweighted mean of the items; diamond: pooled share of all answers',
    mean: 'unweighted mean',
    pooled: 'pooled',
    range: 'range',
    items: 'items',
    ci: (r) => `95% CI ${r}`,
    blank: '(no answer)',
    breakdownTitle: (top, a) => `Share rating ${top}, by ${a}`,
    breakdownSubtitle: (k) => `All answers of each group pooled, with 95% intervals; values with fewer than ${k} answers are not shown`,
    suppressed: (k) => `not shown (fewer than ${k} answers)`,
    comparisonTitle: (r, f, u) => `Since the previous edition, ${r} ${r === 1 ? 'item' : 'items'} rose, ${f} fell and ${u} showed no clear change`,
    comparisonSubtitle: (b) => `Positive share, ring: previous edition (${b}), dot: this edition; change significant at the 5% level`,
    outcomes: { rose: 'rose', fell: 'fell', unchanged: 'no clear change' },
    change: 'change',
    to: 'to',
    responseTitle: (r, p, rate, ci) => `${r} of ${p} participants responded (${rate}; ${ci})`,
    responseSubtitle: 'First bar: participants; then each group\u2019s answers, summed over its items',
    responded: 'Participants who responded',
    participation: { answered: 'answered', notApplicable: 'not applicable / did not attend', none: 'no answer' },
    answers: (v, na, m) => `${v} answers on the scale, ${na} not applicable, ${m} blank`,
  },
  fr: {
    likertSubtitle: (g) => `${g}\u00a0: part des réponses valides à chaque niveau\u00a0; «\u00a0sans objet\u00a0» et réponses vides hors base`,
    rankingSubtitle: (g) => `${g}\u00a0: part positive et son intervalle de Wilson à 95\u00a0%\u00a0; tirets\u00a0: moyenne non pondérée`,
    notApplicablePanel: 'Absent / sans objet',
    notApplicable: 'sans objet',
    overviewTitle: (top, parts) => `Jugé ${top}\u00a0: ${parts.join('\u00a0; ')}`,
    overviewPart: (g, mean, range) => `${g} ${mean} en moyenne (${range})`,
    overviewSubtitle: 'Bande\u00a0: étendue des parts des éléments\u00a0; rond\u00a0: moyenne non pondérée des éléments\u00a0; losange\u00a0: part sur l\u2019ensemble des réponses',
    mean: 'moyenne non pondérée',
    pooled: 'ensemble des réponses',
    range: 'étendue',
    items: 'éléments',
    ci: (r) => `IC à 95\u00a0% ${r}`,
    blank: '(sans réponse)',
    breakdownTitle: (top, a) => `Part jugeant ${top}, selon ${a}`,
    breakdownSubtitle: (k) => `Toutes les réponses de chaque groupe, avec intervalles à 95\u00a0%\u00a0; les valeurs de moins de ${k} réponses ne sont pas présentées`,
    suppressed: (k) => `non présenté (moins de ${k} réponses)`,
    comparisonTitle: (r, f, u) => `Depuis l’édition précédente, ${r} élément(s) en hausse, ${f} en baisse et ${u} sans changement net`,
    comparisonSubtitle: (b) => `Part positive, anneau\u00a0: édition précédente (${b}), point\u00a0: cette édition\u00a0; changement significatif au seuil de 5\u00a0%`,
    outcomes: { rose: 'hausse', fell: 'baisse', unchanged: 'pas de changement net' },
    change: 'variation',
    to: 'à',
    responseTitle: (r, p, rate, ci) => `${r} participants sur ${p} ont répondu (${rate}\u00a0; ${ci})`,
    responseSubtitle: 'Première barre\u00a0: participants\u00a0; puis les réponses de chaque groupe, additionnées sur ses éléments',
    responded: 'Participants ayant répondu',
    participation: { answered: 'réponse', notApplicable: 'sans objet / absent', none: 'pas de réponse' },
    answers: (v, na, m) => `${v} réponses sur l’échelle, ${na} sans objet, ${m} vides`,
  },
  es: {
    likertSubtitle: (g) => `${g}: porcentaje de respuestas válidas en cada nivel; «no aplica» y respuestas vacías fuera de la base`,
    rankingSubtitle: (g) => `${g}: porcentaje positivo con su intervalo de Wilson del 95 %; línea discontinua: media no ponderada`,
    notApplicablePanel: 'No asistió / no aplica',
    notApplicable: 'no aplica',
    overviewTitle: (top, parts) => `Calificado como ${top}: ${parts.join('; ')}`,
    overviewPart: (g, mean, range) => `${g} ${mean} en promedio (${range})`,
    overviewSubtitle: 'Banda: rango de los porcentajes de los elementos; círculo: media no ponderada de los elementos; rombo: porcentaje sobre el conjunto de respuestas',
    mean: 'media no ponderada',
    pooled: 'conjunto de respuestas',
    range: 'rango',
    items: 'elementos',
    ci: (r) => `IC del 95 % ${r}`,
    blank: '(sin respuesta)',
    breakdownTitle: (top, a) => `Porcentaje que calificó como ${top}, según ${a}`,
    breakdownSubtitle: (k) => `Todas las respuestas de cada grupo, con intervalos del 95 %; no se muestran los valores con menos de ${k} respuestas`,
    suppressed: (k) => `no se muestra (menos de ${k} respuestas)`,
    comparisonTitle: (r, f, u) => `Desde la edición anterior, ${r} elemento(s) subieron, ${f} bajaron y ${u} sin cambio claro`,
    comparisonSubtitle: (b) => `Porcentaje positivo, anillo: edición anterior (${b}), punto: esta edición; cambio significativo al 5 %`,
    outcomes: { rose: 'subió', fell: 'bajó', unchanged: 'sin cambio claro' },
    change: 'cambio',
    to: 'a',
    responseTitle: (r, p, rate, ci) => `Respondieron ${r} de ${p} participantes (${rate}; ${ci})`,
    responseSubtitle: 'Primera barra: participantes; luego las respuestas de cada grupo, sumadas sobre sus elementos',
    responded: 'Participantes que respondieron',
    participation: { answered: 'respondió', notApplicable: 'no aplica / no asistió', none: 'sin respuesta' },
    answers: (v, na, m) => `${v} respuestas en la escala, ${na} no aplica, ${m} vacías`,
  },
};
