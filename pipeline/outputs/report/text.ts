/**
 * The report's fixed texts in English, French and Spanish: headings, column
 * names, notes and the methodology. Texts from the export never come from
 * here; numbers arrive already formatted for the language.
 */
import { groupNames } from '../../ingest/index.js';
import { REDACTED, type Lang } from '../../narrate/index.js';

export interface ReportText {
  /** The title when the run gave none (the summary's default, "Survey results"). */
  title: string;
  skip: string;
  contents: string;
  /** "512 respondents". */
  respondents: (n: string) => string;
  baseNote: string;
  headlines: string;
  /** Group headings for the known group ids. */
  groups: Record<string, string>;
  chartData: string;
  /** The positive share with its top-box levels: "Good or excellent". */
  positive: string;
  interval: string;
  item: string;
  group: string;
  valid: string;
  notApplicable: string;
  blank: string;
  items: string;
  itemsCaption: string;
  sortHint: string;
  itemCount: string;
  mean: string;
  pooled: string;
  range: string;
  breakdowns: string;
  /** "By role". */
  breakdownHeading: (attribute: string) => string;
  breakdownsNote: (k: number) => string;
  /** Attribute names as they read after "by". */
  attributeNames: Record<string, string>;
  /** The column of respondents who left the attribute blank. */
  notStated: string;
  respondentsColumn: string;
  participants: string;
  comparison: string;
  comparisonNote: (baseline: string, alpha: string) => string;
  previous: string;
  current: string;
  change: string;
  /** Between the ends of an interval: "+2 pts to +9 pts". */
  to: string;
  significant: string;
  notCompared: (n: string) => string;
  reasons: Record<string, string>;
  responseRate: string;
  comments: string;
  commentsCount: (shown: string, answered: string) => string;
  commentsWithheld: (n: string, k: number) => string;
  commentsNone: string;
  email: string;
  phone: string;
  warnings: string;
  methodology: string;
  /** The whole methodology, for a summary that has none of its own. */
  methodologyText: (k: number) => string[];
  /** What the report adds to the summary's methodology: how comments are published. */
  commentsMethod: (k: number) => string;
  downloads: string;
  downloadNames: { summary: string; metrics: string; breakdowns: string; deck: string; pdf: string; chartsPdf: string; chart: string; spec: string; slide: string };
}

const EN: ReportText = {
  title: 'Survey results',
  skip: 'Skip to the figures',
  contents: 'Contents',
  respondents: (n) => `${n} respondents`,
  baseNote: 'Shares are of valid answers: “not applicable / did not attend” and blank answers are counted but kept out of the base.',
  headlines: 'Headline figures',
  groups: groupNames('en', { logistics: 'Logistics and organisation', plenary: 'Plenaries', 'side-event': 'Side-events', overall: 'Overall', other: 'Other questions' }),
  chartData: 'Data of this chart',
  positive: 'Positive',
  interval: '95% interval',
  item: 'Item',
  group: 'Group',
  valid: 'n (valid)',
  notApplicable: 'Not applicable',
  blank: 'Blank',
  items: 'All items',
  itemsCaption: 'Every rated item: valid answers, answers outside the base, positive share and its 95% Wilson interval.',
  sortHint: 'Sort by this column',
  itemCount: 'Items',
  mean: 'Unweighted mean',
  pooled: 'Pooled',
  range: 'Range',
  breakdowns: 'Breakdowns',
  attributeNames: { role: 'role', gender: 'gender', region: 'region', language: 'language' },
  breakdownHeading: (attribute) => `By ${attribute}`,
  breakdownsNote: (k) => `Positive share by group of respondents, with n. A dash marks a figure not shown: fewer than ${k} answers, or one that would let such a figure be worked out.`,
  notStated: '(not stated)',
  participants: 'Participants',
  respondentsColumn: 'Respondents',
  comparison: 'Comparison with the previous edition',
  comparisonNote: (baseline, alpha) => `Positive shares now and in the previous edition (${baseline}), for the items asked in both on the same scale; a change is marked significant when p < ${alpha} (two-proportion test), with its 95% Newcombe interval.`,
  previous: 'Previous edition',
  current: 'This edition',
  change: 'Change',
  to: 'to',
  significant: 'significant',
  notCompared: (n) => `Items not compared (${n})`,
  reasons: { 'no-match': 'asked in one edition only, or reworded', 'scale-changed': 'asked on another scale', ambiguous: 'the label repeats, so it cannot be matched', 'no-valid-answers': 'no valid answer in one edition' },
  responseRate: 'Response rate',
  comments: 'Comments',
  commentsCount: (shown, answered) => `${shown} of ${answered} comments shown.`,
  commentsWithheld: (n, k) => `${n} withheld: written by respondents in a group of fewer than ${k}, who could be recognised.`,
  commentsNone: 'No comments.',
  ...REDACTED.en,
  warnings: 'Warnings',
  methodology: 'Methodology',
  methodologyText: (k) => [
    'Positive share: answers in the top levels of the scale (for example “good or excellent”), divided by the valid answers, which are the answers on the scale. “Not applicable”, “did not attend” and blank answers are reported but never in the denominator.',
    'Intervals are 95% Wilson score intervals, which stay accurate for small numbers of answers.',
    '“On average” is the unweighted mean of the item shares, each item counting once; the pooled share (all positive answers divided by all valid answers) is given beside it.',
    'An item is called the most appreciated only when its interval does not overlap any other item’s; otherwise the leaders are reported as tied.',
    `Groups of fewer than ${k} respondents are not reported, and comments from their members are withheld. E-mail addresses and phone numbers in comments are removed.`,
  ],
  commentsMethod: (k) => `Comments are published as written, except that e-mail addresses and phone numbers are removed, and comments by respondents in a group of fewer than ${k} (by role, gender or another attribute) are withheld.`,
  downloads: 'Downloads',
  downloadNames: { summary: 'All figures (JSON)', metrics: 'Counts and shares per item and level (CSV)', breakdowns: 'Breakdowns by group of respondents (CSV)', deck: 'Slides (PowerPoint)', pdf: 'This report (PDF)', chartsPdf: 'All charts (PDF)', chart: 'Chart', spec: 'Vega-Lite spec', slide: 'slide (PNG)' },
};

const FR: ReportText = {
  title: 'Résultats de l’enquête',
  skip: 'Aller aux chiffres',
  contents: 'Sommaire',
  respondents: (n) => `${n} répondants`,
  baseNote: 'Les parts sont calculées sur les réponses valides : les réponses « sans objet / pas assisté » et les réponses vides sont comptées mais exclues de la base.',
  headlines: 'Chiffres clés',
  groups: groupNames('fr', { logistics: 'Logistique et organisation', plenary: 'Séances plénières', 'side-event': 'Événements parallèles', overall: 'Ensemble de la réunion', other: 'Autres questions' }),
  chartData: 'Données du graphique',
  positive: 'Part positive',
  interval: 'Intervalle à 95 %',
  item: 'Élément',
  group: 'Groupe',
  valid: 'n (valides)',
  notApplicable: 'Sans objet',
  blank: 'Sans réponse',
  items: 'Tous les éléments',
  itemsCaption: 'Chaque élément évalué : réponses valides, réponses hors base, part positive et son intervalle de Wilson à 95 %.',
  sortHint: 'Trier selon cette colonne',
  itemCount: 'Éléments',
  mean: 'Moyenne non pondérée',
  pooled: 'Ensemble des réponses',
  range: 'Étendue',
  breakdowns: 'Ventilations',
  attributeNames: { role: 'la fonction', gender: 'le genre', region: 'la région', language: 'la langue' },
  breakdownHeading: (attribute) => `Selon ${attribute}`,
  breakdownsNote: (k) => `Part positive par groupe de répondants, avec n. Un tiret signale un chiffre non présenté : moins de ${k} réponses, ou un chiffre qui permettrait de le retrouver.`,
  notStated: '(non renseigné)',
  participants: 'Participants',
  respondentsColumn: 'Répondants',
  comparison: 'Comparaison avec l’édition précédente',
  comparisonNote: (baseline, alpha) => `Parts positives actuelles et de l’édition précédente (${baseline}), pour les éléments posés dans les deux sur la même échelle ; une évolution est dite significative si p < ${alpha} (test de deux proportions), avec son intervalle de Newcombe à 95 %.`,
  previous: 'Édition précédente',
  current: 'Cette édition',
  change: 'Évolution',
  to: 'à',
  significant: 'significatif',
  notCompared: (n) => `Éléments non comparés (${n})`,
  reasons: { 'no-match': 'posé dans une seule édition, ou reformulé', 'scale-changed': 'posé sur une autre échelle', ambiguous: 'libellé répété, impossible à apparier', 'no-valid-answers': 'aucune réponse valide dans une édition' },
  responseRate: 'Taux de réponse',
  comments: 'Commentaires',
  commentsCount: (shown, answered) => `${shown} commentaires présentés sur ${answered}.`,
  commentsWithheld: (n, k) => `${n} non publiés : écrits par des répondants d’un groupe de moins de ${k}, qui pourraient être reconnus.`,
  commentsNone: 'Aucun commentaire.',
  ...REDACTED.fr,
  warnings: 'Avertissements',
  methodology: 'Méthodologie',
  methodologyText: (k) => [
    'Part positive : réponses dans les niveaux supérieurs de l’échelle (par exemple « bien ou très bien »), divisées par les réponses valides, c’est-à-dire les réponses sur l’échelle. Les réponses « sans objet », « pas assisté » et les réponses vides sont présentées mais n’entrent jamais dans le dénominateur.',
    'Les intervalles sont des intervalles de score de Wilson à 95 %, qui restent justes pour de petits nombres de réponses.',
    '« En moyenne » désigne la moyenne non pondérée des parts des éléments, chaque élément comptant une fois ; la part sur l’ensemble des réponses (toutes les réponses positives divisées par toutes les réponses valides) est donnée à côté.',
    'Un élément n’est dit le plus apprécié que si son intervalle ne chevauche celui d’aucun autre ; sinon, les premiers sont présentés à égalité.',
    `Les groupes de moins de ${k} répondants ne sont pas présentés et les commentaires de leurs membres ne sont pas publiés. Les adresses électroniques et numéros de téléphone sont retirés des commentaires.`,
  ],
  commentsMethod: (k) => `Les commentaires sont publiés tels qu’écrits, sauf les adresses électroniques et numéros de téléphone, retirés ; les commentaires des répondants d’un groupe de moins de ${k} (selon la fonction, le genre ou un autre critère) ne sont pas publiés.`,
  downloads: 'Téléchargements',
  downloadNames: { summary: 'Tous les chiffres (JSON)', metrics: 'Effectifs et parts par élément et niveau (CSV)', breakdowns: 'Ventilations par groupe de répondants (CSV)', deck: 'Diapositives (PowerPoint)', pdf: 'Ce rapport (PDF)', chartsPdf: 'Tous les graphiques (PDF)', chart: 'Graphique', spec: 'Spécification Vega-Lite', slide: 'diapositive (PNG)' },
};

const ES: ReportText = {
  title: 'Resultados de la encuesta',
  skip: 'Ir a las cifras',
  contents: 'Contenido',
  respondents: (n) => `${n} encuestados`,
  baseNote: 'Los porcentajes se calculan sobre las respuestas válidas: las respuestas «no aplica / no asistí» y las respuestas en blanco se cuentan pero quedan fuera de la base.',
  headlines: 'Cifras principales',
  groups: groupNames('es', { logistics: 'Logística y organización', plenary: 'Sesiones plenarias', 'side-event': 'Eventos paralelos', overall: 'Reunión en general', other: 'Otras preguntas' }),
  chartData: 'Datos del gráfico',
  positive: 'Positivo',
  interval: 'Intervalo del 95 %',
  item: 'Elemento',
  group: 'Grupo',
  valid: 'n (válidas)',
  notApplicable: 'No aplica',
  blank: 'En blanco',
  items: 'Todos los elementos',
  itemsCaption: 'Cada elemento evaluado: respuestas válidas, respuestas fuera de la base, porcentaje positivo y su intervalo de Wilson del 95 %.',
  sortHint: 'Ordenar por esta columna',
  itemCount: 'Elementos',
  mean: 'Media no ponderada',
  pooled: 'Conjunto de respuestas',
  range: 'Rango',
  breakdowns: 'Desgloses',
  attributeNames: { role: 'la función', gender: 'el género', region: 'la región', language: 'el idioma' },
  breakdownHeading: (attribute) => `Según ${attribute}`,
  breakdownsNote: (k) => `Porcentaje positivo por grupo de encuestados, con n. Un guion indica una cifra no mostrada: menos de ${k} respuestas, o una cifra que permitiría deducirla.`,
  notStated: '(sin respuesta)',
  participants: 'Participantes',
  respondentsColumn: 'Encuestados',
  comparison: 'Comparación con la edición anterior',
  comparisonNote: (baseline, alpha) => `Porcentajes positivos actuales y de la edición anterior (${baseline}), para los elementos preguntados en ambas con la misma escala; un cambio se marca como significativo si p < ${alpha} (prueba de dos proporciones), con su intervalo de Newcombe del 95 %.`,
  previous: 'Edición anterior',
  current: 'Esta edición',
  change: 'Cambio',
  to: 'a',
  significant: 'significativo',
  notCompared: (n) => `Elementos no comparados (${n})`,
  reasons: { 'no-match': 'preguntado en una sola edición, o reformulado', 'scale-changed': 'preguntado con otra escala', ambiguous: 'la etiqueta se repite y no se puede emparejar', 'no-valid-answers': 'sin respuestas válidas en una edición' },
  responseRate: 'Tasa de respuesta',
  comments: 'Comentarios',
  commentsCount: (shown, answered) => `Se muestran ${shown} de ${answered} comentarios.`,
  commentsWithheld: (n, k) => `${n} no publicados: escritos por encuestados de un grupo de menos de ${k}, que podrían ser reconocidos.`,
  commentsNone: 'Sin comentarios.',
  ...REDACTED.es,
  warnings: 'Advertencias',
  methodology: 'Metodología',
  methodologyText: (k) => [
    'Porcentaje positivo: respuestas en los niveles superiores de la escala (por ejemplo «bueno o excelente»), divididas por las respuestas válidas, es decir, las respuestas en la escala. Las respuestas «no aplica», «no asistí» y en blanco se informan pero nunca entran en el denominador.',
    'Los intervalos son intervalos de puntuación de Wilson del 95 %, que siguen siendo precisos con pocas respuestas.',
    '«En promedio» es la media no ponderada de los porcentajes de los elementos, en la que cada elemento cuenta una vez; al lado se da el porcentaje del conjunto de respuestas (todas las respuestas positivas divididas por todas las respuestas válidas).',
    'Un elemento se considera el más apreciado solo cuando su intervalo no se superpone con el de ningún otro; si no, los primeros se presentan empatados.',
    `Los grupos de menos de ${k} encuestados no se informan y los comentarios de sus miembros no se publican. Las direcciones de correo y los números de teléfono se eliminan de los comentarios.`,
  ],
  commentsMethod: (k) => `Los comentarios se publican tal como se escribieron, salvo las direcciones de correo y los números de teléfono, que se eliminan; no se publican los comentarios de encuestados de un grupo de menos de ${k} (por función, género u otro atributo).`,
  downloads: 'Descargas',
  downloadNames: { summary: 'Todas las cifras (JSON)', metrics: 'Recuentos y porcentajes por elemento y nivel (CSV)', breakdowns: 'Desgloses por grupo de encuestados (CSV)', deck: 'Diapositivas (PowerPoint)', pdf: 'Este informe (PDF)', chartsPdf: 'Todos los gráficos (PDF)', chart: 'Gráfico', spec: 'Especificación Vega-Lite', slide: 'diapositiva (PNG)' },
};

const TEXTS: Record<Lang, ReportText> = { en: EN, fr: FR, es: ES };

/** The fixed texts of the report in a language. */
export function reportText(lang: Lang): ReportText {
  return TEXTS[lang];
}
