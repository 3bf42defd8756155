/**
 * The fixed texts of the comments' themes in the report, in English, French
 * and Spanish (beside report-text.ts, which holds the rest of the page's).
 */
import type { Lang } from '../../narrate/index.js';

export interface ThemesText {
  /** Heading above a question's themes. */
  themes: string;
  /** What the bars count. */
  themesNote: (min: number) => string;
  /** Shown once the page's script makes the themes buttons. */
  themesHint: string;
  /** After a count, for screen readers: "5 respondents". */
  respondents: string;
  /** What "×5" after a comment means. */
  timesNote: string;
  /** Said by the status line when a theme filters the list; {n} and {term} are filled in by the script. */
  filtered: string;
  /** Said when the filter is lifted; {n} filled in by the script. */
  unfiltered: string;
  /** The accessible name of the "×5" mark: "written by 5 respondents". */
  times: (n: string) => string;
}

const EN: ThemesText = {
  themes: 'What the comments talk about',
  themesNote: (min) => `Words and two-word phrases used by at least ${min} respondents, with how many used each (a respondent counts once, in any spelling).`,
  themesHint: 'Select a word to show only the comments that use it; select it again to show all.',
  respondents: 'respondents',
  timesNote: '×5 after a comment: the same comment, written by 5 respondents.',
  filtered: '{n} comments use “{term}”.',
  unfiltered: 'All {n} comments shown.',
  times: (n) => `written by ${n} respondents`,
};

const FR: ThemesText = {
  themes: 'Ce dont parlent les commentaires',
  themesNote: (min) => `Mots et expressions de deux mots employés par au moins ${min} répondants, avec le nombre de répondants pour chacun (un répondant compte une fois, quelle que soit l’orthographe).`,
  themesHint: 'Choisissez un mot pour n’afficher que les commentaires qui l’emploient ; choisissez-le à nouveau pour tout afficher.',
  respondents: 'répondants',
  timesNote: '×5 après un commentaire : le même commentaire, écrit par 5 répondants.',
  filtered: '{n} commentaires emploient «\u00a0{term}\u00a0».',
  unfiltered: 'Les {n} commentaires sont affichés.',
  times: (n) => `écrit par ${n} répondants`,
};

const ES: ThemesText = {
  themes: 'De qué hablan los comentarios',
  themesNote: (min) => `Palabras y expresiones de dos palabras usadas por al menos ${min} encuestados, con cuántos usaron cada una (un encuestado cuenta una vez, con cualquier ortografía).`,
  themesHint: 'Elija una palabra para mostrar solo los comentarios que la usan; elíjala de nuevo para mostrarlos todos.',
  respondents: 'encuestados',
  timesNote: '×5 después de un comentario: el mismo comentario, escrito por 5 encuestados.',
  filtered: '{n} comentarios usan «{term}».',
  unfiltered: 'Se muestran los {n} comentarios.',
  times: (n) => `escrito por ${n} encuestados`,
};

export function themesText(lang: Lang): ThemesText {
  return lang === 'fr' ? FR : lang === 'es' ? ES : EN;
}
