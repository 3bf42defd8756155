import type { Lang } from '../../narrate/index.js';

/** The fixed texts of the choices in charts, the report, the deck and the downloads. */
export interface ChoiceText {
  /** The report section's heading and its navigation link. */
  heading: string;
  intro: string;
  option: string;
  count: string;
  share: string;
  interval: string;
  /** Chart title: the question and its base. */
  title: (question: string, answered: string) => string;
  subtitle: string;
  /** Added to the subtitle of a checkbox question. */
  several: string;
  ci: (range: string) => string;
  /** Column of the item table: respondents who said they attended the session. */
  attended: string;
  attendedCell: (count: string, share: string) => string;
  download: string;
}

export const CHOICE_TEXT: Record<Lang, ChoiceText> = {
  en: {
    heading: 'Choice questions',
    intro: 'Every closed question that is not a rating: the share of the respondents who answered it, with its 95% Wilson interval.',
    option: 'Answer',
    count: 'Respondents',
    share: 'Share',
    interval: '95% interval',
    title: (q, n) => `${q} (n = ${n})`,
    subtitle: 'Share of the respondents who answered the question; bars: 95% Wilson intervals',
    several: '; several answers possible, so the shares may add to more than 100%',
    ci: (r) => `95% CI ${r}`,
    attended: 'Attended',
    attendedCell: (n, s) => `${n} (${s})`,
    download: 'Counts and shares per closed question and answer (CSV)',
  },
  fr: {
    heading: 'Questions à choix',
    intro: 'Chaque question fermée qui n’est pas une évaluation\u00a0: la part des répondants qui y ont répondu, avec son intervalle de Wilson à 95\u00a0%.',
    option: 'Réponse',
    count: 'Répondants',
    share: 'Part',
    interval: 'Intervalle à 95\u00a0%',
    title: (q, n) => `${q} (n = ${n})`,
    subtitle: 'Part des répondants qui ont répondu à la question\u00a0; traits\u00a0: intervalles de Wilson à 95\u00a0%',
    several: '\u00a0; plusieurs réponses possibles, le total peut dépasser 100\u00a0%',
    ci: (r) => `IC à 95\u00a0% ${r}`,
    attended: 'Présents',
    attendedCell: (n, s) => `${n} (${s})`,
    download: 'Effectifs et parts par question fermée et réponse (CSV)',
  },
  es: {
    heading: 'Preguntas de opción',
    intro: 'Cada pregunta cerrada que no es una calificación: el porcentaje de los encuestados que la respondieron, con su intervalo de Wilson del 95 %.',
    option: 'Respuesta',
    count: 'Encuestados',
    share: 'Porcentaje',
    interval: 'Intervalo del 95 %',
    title: (q, n) => `${q} (n = ${n})`,
    subtitle: 'Porcentaje de los encuestados que respondieron la pregunta; líneas: intervalos de Wilson del 95 %',
    several: '; varias respuestas posibles, el total puede superar el 100 %',
    ci: (r) => `IC del 95 % ${r}`,
    attended: 'Asistieron',
    attendedCell: (n, s) => `${n} (${s})`,
    download: 'Recuentos y porcentajes por pregunta cerrada y respuesta (CSV)',
  },
};
