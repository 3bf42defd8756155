import type { Lang } from './model.js';

/** One paragraph of the methodology, with the topic it covers. */
export interface MethodNote {
  topic: 'denominator' | 'top-box' | 'interval' | 'averaging' | 'superlative' | 'rounding' | 'suppression' | 'response-rate' | 'nps' | 'ten-point' | 'comparison';
  text: string;
}

export interface MethodologyOptions {
  /** Language; default `en`. */
  lang?: Lang;
  /** The small-cell threshold k; default 5. */
  minCell?: number;
  /** The top-box override, when one was given; default: the scales' own (top two levels). */
  positiveLevels?: number;
  /** Whether a response rate is reported; default false. */
  responseRate?: boolean;
  /** Whether a Net Promoter Score is reported; default false. */
  nps?: boolean;
  /** Whether a comparison with a previous edition is reported; default false. */
  comparison?: boolean;
  /** Significance level of the comparison; default 0.05. */
  alpha?: number;
}

const NUMBER: Record<Lang, string[]> = {
  en: ['', 'top level', 'top two levels', 'top three levels', 'top four levels'],
  fr: ['', 'niveau le plus élevé', 'deux niveaux les plus élevés', 'trois niveaux les plus élevés', 'quatre niveaux les plus élevés'],
  es: ['', 'nivel más alto', 'dos niveles más altos', 'tres niveles más altos', 'cuatro niveles más altos'],
};

/**
 * How the figures are made, paragraph by paragraph: the denominator, the
 * top box, the interval, the averaging, the superlative rule, rounding and
 * the suppression rule with its k; then the response rate, the Net Promoter
 * Score and the comparison when the run reports them.
 */
export function methodology(options: MethodologyOptions = {}): MethodNote[] {
  const lang = options.lang ?? 'en';
  const k = options.minCell ?? 5;
  const levels = options.positiveLevels;
  const alpha = options.alpha ?? 0.05;
  const a = lang === 'en' ? String(alpha) : String(alpha).replace('.', ',');
  const top = levels === undefined ? NUMBER[lang][2] : NUMBER[lang][levels] ?? `${levels}`;
  const t = TEXT[lang];
  const notes: MethodNote[] = [
    { topic: 'denominator', text: t.denominator },
    { topic: 'top-box', text: t.topBox(top, levels === undefined) },
    { topic: 'interval', text: t.interval },
    { topic: 'averaging', text: t.averaging },
    { topic: 'superlative', text: t.superlative },
    { topic: 'rounding', text: t.rounding },
    { topic: 'suppression', text: t.suppression(k) },
  ];
  if (options.responseRate) notes.push({ topic: 'response-rate', text: t.responseRate });
  if (options.nps) notes.push({ topic: 'nps', text: t.nps });
  if (options.comparison) notes.push({ topic: 'comparison', text: t.comparison(a) });
  // French and Spanish keep a number and its % sign together.
  return lang === 'en' ? notes : notes.map((n) => ({ ...n, text: n.text.replace(/(\d) %/g, `$1${NB}%`) }));
}

interface Texts {
  denominator: string;
  topBox: (top: string, scaleDefault: boolean) => string;
  interval: string;
  averaging: string;
  superlative: string;
  rounding: string;
  suppression: (k: number) => string;
  responseRate: string;
  nps: string;
  comparison: (alpha: string) => string;
}

const NB = '\u00a0';

const TEXT: Record<Lang, Texts> = {
  en: {
    denominator: 'Denominator: every share is of valid answers, that is answers on the rating scale. “Not applicable”, “did not attend” and blank answers are counted and shown, but never in the denominator.',
    topBox: (top, d) => `Positive share (“top box”): answers in the ${top} of the scale${d ? ' (“good” or “excellent” on a 4-point scale, “very good” or “excellent” on a 5-point scale, 9 or 10 on a 0–10 scale)' : ''}, divided by valid answers. The negative share is the bottom half of the scale; on a scale with a middle level, that level is neutral.`,
    interval: 'Intervals: 95% Wilson score intervals (Wilson 1927; Newcombe 1998). Unlike the usual normal-approximation (Wald) interval, they stay within 0–100% and keep their coverage when an item has few answers.',
    averaging: '“On average” over a family of items (plenaries, side-events) is the unweighted mean of the item shares: each item counts once, whatever its number of answers. The pooled share, all positive answers divided by all valid answers of the family, is given beside it with its Wilson interval; it gives more weight to items with more answers.',
    superlative: 'An item is called “the most appreciated” only when its 95% interval does not overlap the interval of any other item of its family; otherwise the leading items are reported as tied.',
    rounding: 'Percentages in sentences are rounded half up to whole percents; summary.json keeps the exact values.',
    suppression: (k) => `Small groups: in breakdowns by respondent attribute (role, gender, region, language), a figure resting on fewer than ${k} valid answers is not published. When a row or column would then hide a single figure that could be worked out by subtraction from a published total, the next smallest figure is hidden too. Breakdowns of a family pool the answers of all its items.`,
    responseRate: 'Response rate: respondents divided by the number of participants given by the organisers, with a 95% Wilson interval.',
    nps: 'Net Promoter Score: the percentage of answers 9 or 10 (promoters) minus the percentage of answers 0 to 6 (detractors) to the 0–10 “would you recommend” question, from −100 to +100. Its 95% interval is the adjusted Wald interval of Rocks (The American Statistician, 2016): ¾ is added to promoters and to detractors and 3 to n, and the variance is that of the difference of two shares of one sample. Rocks found it to have the best coverage of the simple methods.',
    comparison: (a) => `Comparison with the previous edition: items are matched by their label, ignoring case, spacing, accents and quote styles; items whose wording or scale changed are not compared, and are listed. The change in positive share is tested with a two-proportion z test (pooled standard error, two-sided) and called significant when p < ${a}; its 95% interval is Newcombe's hybrid score interval (method 10 of Newcombe 1998). No correction is made for multiple comparisons: among many unchanged items, about one in twenty would be flagged by chance.`,
  },
  fr: {
    denominator: `Dénominateur${NB}: chaque part porte sur les réponses valides, c'est-à-dire les réponses situées sur l'échelle de notation. Les réponses «${NB}sans objet${NB}», «${NB}n'a pas assisté${NB}» et les réponses vides sont comptées et indiquées, mais jamais incluses dans le dénominateur.`,
    topBox: (top, d) => `Part positive («${NB}top box${NB}»)${NB}: réponses situées dans les ${top} de l'échelle${d ? ` («${NB}bon${NB}» ou «${NB}excellent${NB}» sur une échelle à 4 niveaux, «${NB}très bon${NB}» ou «${NB}excellent${NB}» sur une échelle à 5 niveaux, 9 ou 10 sur une échelle de 0 à 10)` : ''}, divisées par les réponses valides. La part négative correspond à la moitié inférieure de l'échelle${NB}; sur une échelle comportant un niveau médian, ce niveau est neutre.`,
    interval: `Intervalles${NB}: intervalles de score de Wilson à 95${NB}% (Wilson 1927${NB}; Newcombe 1998). Contrairement à l'intervalle usuel fondé sur l'approximation normale (Wald), ils restent compris entre 0 et 100${NB}% et conservent leur taux de couverture lorsqu'un élément a peu de réponses.`,
    averaging: `«${NB}En moyenne${NB}», pour une famille d'éléments (plénières, événements parallèles), désigne la moyenne non pondérée des parts de chaque élément${NB}: chaque élément compte une fois, quel que soit son nombre de réponses. La part calculée sur l'ensemble des réponses (toutes les réponses positives divisées par toutes les réponses valides de la famille) est donnée à côté, avec son intervalle de Wilson${NB}; elle donne plus de poids aux éléments qui ont plus de réponses.`,
    superlative: `Un élément n'est qualifié de «${NB}plus apprécié${NB}» que si son intervalle à 95${NB}% ne chevauche celui d'aucun autre élément de sa famille${NB}; sinon, les éléments en tête sont présentés comme ex æquo.`,
    rounding: `Les pourcentages des phrases sont arrondis à l'unité, les demis vers le haut${NB}; summary.json conserve les valeurs exactes.`,
    suppression: (k) => `Petits effectifs${NB}: dans les ventilations par caractéristique des répondants (fonction, genre, région, langue), un chiffre reposant sur moins de ${k} réponses valides n'est pas publié. Lorsqu'une ligne ou une colonne ne masquerait alors qu'un seul chiffre, que l'on pourrait retrouver par soustraction à partir d'un total publié, le plus petit chiffre suivant est également masqué. Les ventilations d'une famille regroupent les réponses de tous ses éléments.`,
    responseRate: `Taux de réponse${NB}: nombre de répondants divisé par le nombre de participants indiqué par les organisateurs, avec un intervalle de Wilson à 95${NB}%.`,
    nps: `Net Promoter Score${NB}: pourcentage de réponses 9 ou 10 (promoteurs) moins pourcentage de réponses 0 à 6 (détracteurs) à la question «${NB}recommanderiez-vous${NB}» notée de 0 à 10${NB}; il va de −100 à +100. Son intervalle à 95${NB}% est l'intervalle de Wald ajusté de Rocks (The American Statistician, 2016)${NB}: on ajoute ¾ aux promoteurs et aux détracteurs et 3 à n, et la variance est celle de la différence de deux parts d'un même échantillon. Rocks a montré qu'il offre la meilleure couverture parmi les méthodes simples.`,
    comparison: (a) => `Comparaison avec l'édition précédente${NB}: les éléments sont appariés par leur libellé, sans tenir compte de la casse, des espaces, des accents ni du style des guillemets${NB}; les éléments dont le libellé ou l'échelle a changé ne sont pas comparés et sont listés. L'évolution de la part positive est testée par un test z de comparaison de deux proportions (erreur type commune, bilatéral) et jugée significative lorsque p < ${a}${NB}; son intervalle à 95${NB}% est l'intervalle hybride de score de Newcombe (méthode 10 de Newcombe 1998). Aucune correction pour comparaisons multiples n'est appliquée${NB}: parmi de nombreux éléments inchangés, environ un sur vingt serait signalé par hasard.`,
  },
  es: {
    denominator: 'Denominador: cada proporción se calcula sobre las respuestas válidas, es decir, las respuestas situadas en la escala de valoración. Las respuestas «no aplica», «no asistí» y las respuestas en blanco se cuentan y se muestran, pero nunca forman parte del denominador.',
    topBox: (top, d) => `Proporción positiva («top box»): respuestas en los ${top} de la escala${d ? ' («bueno» o «excelente» en una escala de 4 niveles, «muy bueno» o «excelente» en una de 5 niveles, 9 o 10 en una escala de 0 a 10)' : ''}, divididas por las respuestas válidas. La proporción negativa corresponde a la mitad inferior de la escala; en una escala con un nivel central, ese nivel es neutro.`,
    interval: 'Intervalos: intervalos de puntuación de Wilson al 95 % (Wilson 1927; Newcombe 1998). A diferencia del intervalo habitual basado en la aproximación normal (Wald), se mantienen entre el 0 y el 100 % y conservan su cobertura cuando un elemento tiene pocas respuestas.',
    averaging: '«En promedio», para una familia de elementos (sesiones plenarias, eventos paralelos), es la media no ponderada de las proporciones de cada elemento: cada elemento cuenta una vez, sea cual sea su número de respuestas. Al lado se da la proporción calculada con todas las respuestas agregadas (todas las respuestas positivas divididas por todas las respuestas válidas de la familia), con su intervalo de Wilson; esta da más peso a los elementos con más respuestas.',
    superlative: 'Un elemento solo se califica como «el más apreciado» cuando su intervalo del 95 % no se solapa con el de ningún otro elemento de su familia; de lo contrario, los elementos en cabeza se presentan como empatados.',
    rounding: 'Los porcentajes de las frases se redondean a la unidad, con los medios hacia arriba; summary.json conserva los valores exactos.',
    suppression: (k) => `Grupos pequeños: en los desgloses por característica de los encuestados (función, género, región, idioma), no se publica ninguna cifra basada en menos de ${k} respuestas válidas. Cuando una fila o columna ocultaría entonces una sola cifra que podría deducirse por resta a partir de un total publicado, también se oculta la siguiente cifra más pequeña. Los desgloses de una familia agregan las respuestas de todos sus elementos.`,
    responseRate: 'Tasa de respuesta: número de encuestados dividido por el número de participantes indicado por los organizadores, con un intervalo de Wilson al 95 %.',
    nps: 'Net Promoter Score: porcentaje de respuestas 9 o 10 (promotores) menos porcentaje de respuestas de 0 a 6 (detractores) a la pregunta «¿lo recomendaría?» valorada de 0 a 10; va de −100 a +100. Su intervalo del 95 % es el intervalo de Wald ajustado de Rocks (The American Statistician, 2016): se suma ¾ a los promotores y a los detractores y 3 a n, y la varianza es la de la diferencia de dos proporciones de una misma muestra. Rocks mostró que ofrece la mejor cobertura entre los métodos sencillos.',
    comparison: (a) => `Comparación con la edición anterior: los elementos se emparejan por su etiqueta, sin tener en cuenta mayúsculas, espacios, acentos ni el tipo de comillas; los elementos cuya redacción o escala cambió no se comparan y se enumeran. El cambio en la proporción positiva se contrasta con una prueba z de dos proporciones (error estándar combinado, bilateral) y se considera significativo cuando p < ${a}; su intervalo del 95 % es el intervalo híbrido de puntuación de Newcombe (método 10 de Newcombe 1998). No se aplica ninguna corrección por comparaciones múltiples: entre muchos elementos sin cambios, aproximadamente uno de cada veinte se señalaría por azar.`,
  },
};
