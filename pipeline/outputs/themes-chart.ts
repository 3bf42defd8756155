/**
 * The comments' themes as charts: one per free-text question that has
 * themes, so that the chart files, charts.pdf and deck.pptx show what the
 * comments talk about as the report does. The report keeps its own HTML bar
 * list (report/themes.ts), whose bars are the buttons that filter the
 * comments; its sections pick their charts by kind or name and none picks
 * `themes`, so the same bars are not drawn twice on the page (the files are
 * still linked from its downloads).
 */
import { themesSpec, type ChartLook } from '../../charts/index.js';
import { wilson } from '../metrics/index.js';
import type { CommentSummary } from '../narrate/index.js';
import { uniqueIds } from '../util/slug.js';
import type { ChartPlan } from './chart-plan.js';
import { nativeThemes } from './native-charts.js';
import { formatCount, formatInterval, formatPercent, type Lang } from '../util/numbers.js';

/** Themes named in a chart's sentence; the rest are in its notes. */
const NAMED = 3;

interface ThemesChartText {
  /** Chart title: the question and its base. */
  title: (question: string, read: string) => string;
  subtitle: string;
  /** Title of the count axis. */
  countLabel: string;
  /** A term as the sentence and the notes quote it. */
  quote: (term: string) => string;
  /** The sentence: the title, then the themes named, each "“term” 14 (40%)". */
  sentence: (title: string, named: string[], more: boolean) => string;
  /** One speaker note: a theme's count of the respondents whose comments were read, its share and interval. */
  note: (term: string, count: string, read: string, share: string, ci: string) => string;
}

const TEXT: Record<Lang, ThemesChartText> = {
  en: {
    title: (q, n) => `${q} (n = ${n})`,
    subtitle: 'Words and two-word phrases of the comments: respondents who used each (a respondent counts once), and their share of the respondents whose comments are published',
    countLabel: 'respondents',
    quote: (t) => `“${t}”`,
    sentence: (title, named, more) => `${title}: ${named.join('; ')}${more ? '; …' : ''}`,
    note: (t, c, n, s, ci) => `${t}: ${c} of ${n} respondents (${s}; 95% CI ${ci})`,
  },
  fr: {
    title: (q, n) => `${q} (n = ${n})`,
    subtitle: 'Mots et expressions de deux mots des commentaires\u00a0: répondants qui ont employé chacun (un répondant compte une fois), et leur part des répondants dont les commentaires sont publiés',
    countLabel: 'répondants',
    quote: (t) => `«\u00a0${t}\u00a0»`,
    sentence: (title, named, more) => `${title}\u00a0: ${named.join('\u00a0; ')}${more ? '\u00a0; …' : ''}`,
    note: (t, c, n, s, ci) => `${t}\u00a0: ${c} répondants sur ${n} (${s}\u00a0; IC à 95\u00a0% ${ci})`,
  },
  es: {
    title: (q, n) => `${q} (n = ${n})`,
    subtitle: 'Palabras y expresiones de dos palabras de los comentarios: encuestados que usaron cada una (un encuestado cuenta una vez) y su porcentaje de los encuestados cuyos comentarios se publican',
    countLabel: 'encuestados',
    quote: (t) => `«${t}»`,
    sentence: (title, named, more) => `${title}: ${named.join('; ')}${more ? '; …' : ''}`,
    note: (t, c, n, s, ci) => `${t}: ${c} de ${n} encuestados (${s}; IC del 95 % ${ci})`,
  },
};

/**
 * One bar chart per free-text question with themes (name `themes-<question>`):
 * its sentence, title and text alternative name the question, its base (the
 * respondents whose comments were read) and its three most used themes with their
 * counts and shares; its notes give every theme's count of the base, share
 * and 95% Wilson interval. Questions without a theme get no chart.
 */
export function planThemesCharts(comments: readonly CommentSummary[], options: ChartLook & { lang?: Lang } = {}): ChartPlan[] {
  const { lang = 'en', ...look } = options;
  const t = TEXT[lang];
  const P = (share: number) => formatPercent(share, lang);
  const count = (n: number) => formatCount(n, lang);
  // Ids over every question, with or without themes: a chart keeps its name when another question gains themes.
  const ids = uniqueIds(comments.map((c) => c.question));
  return comments.flatMap((c, k) => {
    if (c.themes.length === 0 || c.read <= 0) return [];
    const title = t.title(c.question, count(c.read));
    const share = (n: number) => n / c.read;
    const named = c.themes.slice(0, NAMED).map((th) => `${t.quote(th.term)} ${count(th.count)} (${P(share(th.count))})`);
    const sentence = t.sentence(title, named, c.themes.length > NAMED);
    const notes = c.themes.map((th) => {
      const [low, high] = wilson(th.count, c.read);
      return t.note(t.quote(th.term), count(th.count), count(c.read), P(share(th.count)), formatInterval(low, high, lang));
    });
    return [{
      name: `themes-${ids[k]}`,
      kind: 'themes' as const,
      group: 'themes',
      sentence,
      notes: [title, ...notes],
      // The title is the sentence, as on every chart: the slide and the PDF page say what the figure shows.
      spec: themesSpec(c.themes, { title: sentence, subtitle: t.subtitle, base: c.read, countLabel: t.countLabel, lang, ...look }),
      native: nativeThemes(c.themes, { lang, countLabel: t.countLabel }),
    }];
  });
}
