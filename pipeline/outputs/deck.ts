/**
 * deck.pptx: the closing slides. A title slide with the survey's name and
 * response numbers, a slide with the headline sentences, then one slide per
 * chart: the chart as PNG (GUIDE §3: pptxgenjs's SVG path writes a broken
 * fallback image in Node), its sentence as the image's alt text, and the
 * figures behind it (n, 95% intervals) as speaker notes.
 */
import pptxgenjs from 'pptxgenjs';
// The font module alone: the outputs worker builds the deck and must not load vega.
import { FONT_FAMILY } from '../../charts/font.js';
import { formatPercent, type Lang } from '../narrate.js';
import { readStoredZip, writeZip } from './zip.js';

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

// pptxgenjs's types describe a CommonJS module while Node loads its ES build,
// whose default export is the class itself.
const PptxGenJS = pptxgenjs as unknown as typeof pptxgenjs.default;

/** Default date of every generated file: fixed, so that reruns are byte-identical. */
export const DECK_DATE = new Date('2000-01-01T00:00:00Z');

const SLIDE_W = 10;
const SLIDE_H = 5.625;
const INK = '1F2937';
const MUTED = '4B5563';

/** Builds the deck; resolves to the .pptx bytes, identical for identical input. */
export async function deckPptx(survey: DeckSurvey, charts: DeckChart[], options: DeckOptions = {}): Promise<Uint8Array> {
  const { lang = 'en', date = DECK_DATE } = options;
  const t = TEXT[lang];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = survey.title;
  pptx.author = 'debrief';
  pptx.company = '';
  pptx.theme = { headFontFace: FONT_FAMILY, bodyFontFace: FONT_FAMILY };

  const cover = pptx.addSlide();
  cover.addText(survey.title, { x: 0.6, y: 1.6, w: SLIDE_W - 1.2, h: 1.2, fontFace: FONT_FAMILY, fontSize: 36, bold: true, color: INK, valign: 'bottom' });
  const numbers = [t.respondents(survey.respondents, survey.items)];
  if (survey.responseRate) numbers.push(t.responseRate(survey.respondents, survey.responseRate.participants, formatPercent(survey.responseRate.rate, lang)));
  cover.addText(numbers.join('\n'), { x: 0.6, y: 3.0, w: SLIDE_W - 1.2, h: 1.0, fontFace: FONT_FAMILY, fontSize: 18, color: MUTED, valign: 'top' });
  cover.addNotes(numbers.join('\n'));

  const headlines = pptx.addSlide();
  headlines.addText(t.headlines, { x: 0.6, y: 0.4, w: SLIDE_W - 1.2, h: 0.7, fontFace: FONT_FAMILY, fontSize: 28, bold: true, color: INK });
  headlines.addText(
    survey.headlines.map((h) => ({ text: `${h}.`, options: { bullet: true, breakLine: true } })),
    { x: 0.6, y: 1.2, w: SLIDE_W - 1.2, h: SLIDE_H - 1.6, fontFace: FONT_FAMILY, fontSize: 18, color: INK, valign: 'top', paraSpaceAfter: 10, fit: 'shrink' },
  );
  headlines.addNotes(survey.headlines.join('\n'));

  for (const chart of charts) {
    const slide = pptx.addSlide();
    const margin = 0.2;
    const scale = Math.min((SLIDE_W - 2 * margin) / chart.width, (SLIDE_H - 2 * margin) / chart.height);
    const w = chart.width * scale;
    const h = chart.height * scale;
    slide.addImage({ data: `image/png;base64,${Buffer.from(chart.png).toString('base64')}`, x: (SLIDE_W - w) / 2, y: (SLIDE_H - h) / 2, w, h, altText: `${chart.sentence}.` });
    slide.addNotes(chart.notes.join('\n'));
  }
  // Stored, not compressed: the entries are compressed once, below.
  const raw = (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Uint8Array;
  return reproducible(raw, date);
}

/**
 * pptxgenjs stamps docProps/core.xml and every zip entry with the current
 * time; rewrite both with `date` and zip again (same entry order): XML
 * deflated, the PNGs stored as they are (deflating them again gains nothing).
 */
function reproducible(pptx: Uint8Array, date: Date): Uint8Array {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  // Folder entries are left out: an Open XML package names parts only.
  const entries = readStoredZip(pptx).filter((entry) => !entry.name.endsWith('/')).map((entry) => {
    if (entry.name !== 'docProps/core.xml') return entry;
    const xml = new TextDecoder().decode(entry.data).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
    return { name: entry.name, data: new TextEncoder().encode(xml) };
  });
  return writeZip(entries, { date, store: (name) => name.endsWith('.png') });
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
