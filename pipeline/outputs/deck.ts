/**
 * deck.pptx: the closing slides. A title slide with the survey's name and
 * response numbers, a slide with the headline sentences, then per chart a
 * slide with the chart as a native, editable chart (its sentence as the
 * slide's title and the chart's alt text, the figures behind it as speaker
 * notes), followed by a hidden slide with the same chart as PNG (PowerPoint
 * shows an SVG only beside a PNG fallback, and the PNGs are drawn anyway):
 * the picture stays at hand for whoever prefers it. A chart without native
 * data gets the picture slide alone, shown.
 * This module decides what the slides say and where things go; the OOXML is
 * written by our own small writer (formats/pptx/), zipped once by formats/zip.ts: for 8
 * charts, 25 ms and under 2 MB against 0.2 s and 10 MB with pptxgenjs,
 * which wrote it before (the run waits for the deck at its very end).
 */
// The font module alone: the outputs worker builds the deck and must not load vega.
import { FONT_FAMILY } from '../../charts/font.js';
import { formatPercent, type Lang } from '../util/numbers.js';
import { deckEntries, SLIDE_CX, SLIDE_CY, type ChartData, type DeckSlide, type Frame, type TextStyle } from './formats/pptx/index.js';
import { writeZip } from './formats/zip.js';

/** A chart ready for a slide. */
export interface DeckChart {
  /** The sentence the chart supports: the image's alt text. */
  sentence: string;
  /** Speaker notes, one line each. */
  notes: string[];
  /** PNG bytes and their size in pixels (the aspect ratio is kept). */
  png: Uint8Array;
  width: number;
  height: number;
  /** The chart's figures as a native chart (native-charts.ts); default none (the picture slide alone). */
  native?: ChartData;
}

/** What the title and headline slides say. */
export interface DeckSurvey {
  title: string;
  respondents: number;
  /** Items on a rating scale. */
  items: number;
  headlines: string[];
  /** Known only when the organisers gave the number of participants. */
  responseRate?: { participants: number; rate: number };
}

export interface DeckOptions {
  /** Language of the fixed texts; default `en`. */
  lang?: Lang;
  /** Creation and modification date written into the file and on every zip entry; default 2000-01-01T00:00:00Z, so that the same input gives the same bytes. */
  date?: Date;
}

/** Default date of every generated file: fixed, so that reruns are byte-identical. */
export const DECK_DATE = new Date('2000-01-01T00:00:00Z');

/** Slide size in inches (16:9). */
const SLIDE_W = 10;
const SLIDE_H = 5.625;
const INK = '1F2937';
const MUTED = '4B5563';
/** Space kept free around a chart, in inches. */
const CHART_MARGIN = 0.2;

/** Language tag of the slides' text, for PowerPoint's spell checker. */
const LANG_TAG: Record<Lang, string> = { en: 'en-US', fr: 'fr-FR', es: 'es-ES' };

/** Inches to EMU (914400 a inch), rounded as PowerPoint stores them. */
const emu = (inches: number) => Math.round(inches * 914400);

/** A frame given in inches. */
const inches = (x: number, y: number, w: number, h: number): Frame => ({ x: emu(x), y: emu(y), cx: emu(w), cy: emu(h) });

/** Builds the deck; resolves to the .pptx bytes, identical for identical input. */
export async function deckPptx(survey: DeckSurvey, charts: DeckChart[], options: DeckOptions = {}): Promise<Uint8Array> {
  const { lang = 'en', date = DECK_DATE } = options;
  const style = (size: number, color: string, bold = false): TextStyle => ({ size, bold, color, font: FONT_FAMILY, lang: LANG_TAG[lang] });
  const slides = [titleSlide(survey, lang, style), headlineSlide(survey, lang, style), ...charts.flatMap((c) => (c.native ? [nativeSlide(c, c.native, style), { ...chartSlide(c), hidden: true }] : [chartSlide(c)]))];
  const entries = deckEntries(slides, { title: survey.title, author: 'debrief', company: '', date, lang: LANG_TAG[lang], font: FONT_FAMILY });
  // XML deflated, the PNGs and workbooks stored as they are (deflating them again gains nothing).
  return writeZip(entries, { date, store: (name) => name.endsWith('.png') || name.endsWith('.xlsx') });
}

type Style = (size: number, color: string, bold?: boolean) => TextStyle;

/** The survey's name (36 pt bold, bottom of its box) over its response numbers (18 pt, muted), which are also the notes. */
function titleSlide(survey: DeckSurvey, lang: Lang, style: Style): DeckSlide {
  const t = TEXT[lang];
  const numbers = [t.respondents(survey.respondents, survey.items)];
  if (survey.responseRate) numbers.push(t.responseRate(survey.respondents, survey.responseRate.participants, formatPercent(survey.responseRate.rate, lang)));
  return {
    shapes: [
      { kind: 'text', name: 'Title', frame: inches(0.6, 1.6, SLIDE_W - 1.2, 1.2), paragraphs: [survey.title], style: style(36, INK, true), anchor: 'b' },
      { kind: 'text', name: 'Response', frame: inches(0.6, 3.0, SLIDE_W - 1.2, 1.0), paragraphs: numbers, style: style(18, MUTED), anchor: 't' },
    ],
    notes: numbers,
  };
}

/** "Headline figures" (28 pt bold) over the headline sentences as bullets, shrunk by PowerPoint when they overflow. */
function headlineSlide(survey: DeckSurvey, lang: Lang, style: Style): DeckSlide {
  return {
    shapes: [
      { kind: 'text', name: 'Heading', frame: inches(0.6, 0.4, SLIDE_W - 1.2, 0.7), paragraphs: [TEXT[lang].headlines], style: style(28, INK, true), anchor: 'ctr' },
      {
        kind: 'text', name: 'Headlines', frame: inches(0.6, 1.2, SLIDE_W - 1.2, SLIDE_H - 1.6), paragraphs: survey.headlines.map((h) => `${h}.`),
        style: style(18, INK), anchor: 't', bullets: { spaceAfter: 10 }, shrink: true,
      },
    ],
    notes: survey.headlines,
  };
}

/** The chart's PNG as large as fits within the margin, its aspect ratio kept, centred; its sentence as alt text, its notes. */
function chartSlide(chart: DeckChart): DeckSlide {
  const scale = Math.min((SLIDE_W - 2 * CHART_MARGIN) / chart.width, (SLIDE_H - 2 * CHART_MARGIN) / chart.height);
  const cx = emu(chart.width * scale);
  const cy = emu(chart.height * scale);
  const frame = { x: Math.round((SLIDE_CX - cx) / 2), y: Math.round((SLIDE_CY - cy) / 2), cx, cy };
  return { shapes: [{ kind: 'picture', name: 'Chart', frame, descr: `${chart.sentence}.` }], notes: chart.notes, png: chart.png };
}

/** Height of the title box above a native chart, in inches. */
const NATIVE_TITLE_H = 0.9;

/** Title size in points by the sentence's length: three lines of the box at most (LibreOffice does not always shrink text on overflow). */
function titleSize(sentence: string): number {
  return sentence.length <= 130 ? 16 : sentence.length <= 200 ? 13 : 11;
}

/** The chart's sentence as the slide's title (bold, smaller when long), the native chart below it with the sentence as alt text, its notes. */
function nativeSlide(chart: DeckChart, native: ChartData, style: Style): DeckSlide {
  const top = CHART_MARGIN + NATIVE_TITLE_H;
  return {
    shapes: [
      { kind: 'text', name: 'Title', frame: inches(0.4, CHART_MARGIN, SLIDE_W - 0.8, NATIVE_TITLE_H), paragraphs: [`${chart.sentence}.`], style: style(titleSize(chart.sentence), INK, true), anchor: 'ctr', shrink: true },
      { kind: 'chart', name: 'Chart', frame: inches(0.4, top, SLIDE_W - 0.8, SLIDE_H - top - CHART_MARGIN), descr: `${chart.sentence}.` },
    ],
    notes: chart.notes,
    chart: native,
  };
}

interface DeckText {
  headlines: string;
  respondents: (respondents: number, items: number) => string;
  responseRate: (respondents: number, participants: number, rate: string) => string;
}

const TEXT: Record<Lang, DeckText> = {
  en: {
    headlines: 'Headline figures',
    respondents: (r, i) => `${r} respondents, ${i} rated items`,
    responseRate: (r, p, rate) => `${r} of ${p} participants responded (${rate})`,
  },
  fr: {
    headlines: 'Chiffres clés',
    respondents: (r, i) => `${r} répondants, ${i} éléments notés`,
    responseRate: (r, p, rate) => `${r} participants sur ${p} ont répondu (${rate})`,
  },
  es: {
    headlines: 'Cifras principales',
    respondents: (r, i) => `${r} encuestados, ${i} elementos calificados`,
    responseRate: (r, p, rate) => `Respondieron ${r} de ${p} participantes (${rate})`,
  },
};
