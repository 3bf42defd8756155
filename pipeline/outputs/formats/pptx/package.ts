/**
 * The package around the slides: content types, relationships, document
 * properties and presentation.xml, and the list of ZIP entries in a fixed
 * order ([Content_Types].xml first, the images and embedded workbooks last). Content types and
 * relationships are derived from the same list of parts, so every part has
 * a type and every relationship a target.
 */
import type { ZipEntry } from '../zip.js';
import {
  DEFAULT_TEXT_STYLE, NOTES_MASTER, NOTES_MASTER_RELS, PRES_PROPS, SLIDE_CX, SLIDE_CY, SLIDE_LAYOUT, SLIDE_LAYOUT_RELS,
  SLIDE_MASTER, SLIDE_MASTER_RELS, TABLE_STYLES, THEME, VIEW_PROPS, NS_PML,
} from './parts.js';
import { writeXlsx } from '../xlsx/index.js';
import { chartRels, chartXml } from './chart.js';
import { chartSheet, type ChartData } from './chart-data.js';
import { notesSlideRels, notesSlideXml, slideRels, slideXml, type Shape } from './slides.js';
import { escapeXml, rels, XML_DECLARATION } from './xml.js';

/** One slide of the deck. */
export interface DeckSlide {
  shapes: Shape[];
  /** Speaker notes, a paragraph each. */
  notes: string[];
  /** PNG bytes of the slide's picture; default none (then the slide holds no Picture shape). */
  png?: Uint8Array;
  /** The data of the slide's native chart (shown by a ChartFrame shape); default none. */
  chart?: ChartData;
  /** Left out of the slide show (still in the deck, to edit or unhide); default false. */
  hidden?: boolean;
}

/** What docProps says about the file. */
export interface DeckInfo {
  title: string;
  /** dc:creator and cp:lastModifiedBy. */
  author: string;
  /** Company in docProps/app.xml; may be empty. */
  company: string;
  /** dcterms:created and dcterms:modified (to the second, UTC). */
  date: Date;
  /** BCP 47 tag of the notes' language, e.g. en-US. */
  lang: string;
  /** The typeface the slides use, listed under "Fonts Used". */
  font: string;
}

/** A part: its name in the package, its content (XML text or bytes) and, unless its extension's Default covers it, its content type. */
interface Part {
  name: string;
  data: string | Uint8Array;
  type?: string;
}

const PML = 'application/vnd.openxmlformats-officedocument.presentationml';

/** Content types by extension; every other part has an Override. */
const DEFAULTS: [string, string][] = [
  ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
  ['xml', 'application/xml'],
  ['png', 'image/png'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
];

/** [Content_Types].xml: the Defaults, and an Override for every part that has its own type. */
export function contentTypesXml(parts: { name: string; type?: string }[]): string {
  const defaults = DEFAULTS.map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('');
  const overrides = parts.filter((p) => p.type).map((p) => `<Override PartName="/${p.name}" ContentType="${p.type}"/>`).join('');
  return `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults}${overrides}</Types>`;
}

/** The dcterms timestamp of `date`: ISO 8601 to the second, UTC. */
export function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** docProps/core.xml: title, author, created and modified. */
export function coreXml(info: DeckInfo): string {
  const stamp = w3cdtf(info.date);
  const author = escapeXml(info.author);
  return `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(info.title)}</dc:title><dc:creator>${author}</dc:creator><cp:lastModifiedBy>${author}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
}

/** docProps/app.xml: slide and notes counts, the font, theme and slide names PowerPoint lists, the company. */
export function appXml(info: DeckInfo, slides: number, hidden = 0): string {
  const names = Array.from({ length: slides }, (_, k) => `<vt:lpstr>Slide ${k + 1}</vt:lpstr>`).join('');
  const pairs = [['Fonts Used', 1], ['Theme', 1], ['Slide Titles', slides]].map(([name, n]) => `<vt:variant><vt:lpstr>${name}</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`).join('');
  return `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><TotalTime>0</TotalTime><Words>0</Words><Application>debrief</Application><PresentationFormat>On-screen Show (16:9)</PresentationFormat><Paragraphs>0</Paragraphs><Slides>${slides}</Slides><Notes>${slides}</Notes><HiddenSlides>${hidden}</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="6" baseType="variant">${pairs}</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${slides + 2}" baseType="lpstr"><vt:lpstr>${escapeXml(info.font)}</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr>${names}</vt:vector></TitlesOfParts><Company>${escapeXml(info.company)}</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>`;
}

/** Relationship id, in presentation.xml.rels, of the first slide; the fixed parts come before. */
const FIRST_SLIDE_RID = 7;

/** ppt/_rels/presentation.xml.rels: master, notes master, properties, theme and table styles (rId1–6), then the slides. */
export function presentationRels(slides: number): string {
  return rels([
    ['slideMaster', 'slideMasters/slideMaster1.xml'],
    ['notesMaster', 'notesMasters/notesMaster1.xml'],
    ['presProps', 'presProps.xml'],
    ['viewProps', 'viewProps.xml'],
    ['theme', 'theme/theme1.xml'],
    ['tableStyles', 'tableStyles.xml'],
    ...Array.from({ length: slides }, (_, k) => ['slide', `slides/slide${k + 1}.xml`] as ['slide', string]),
  ]);
}

/** ppt/presentation.xml: the masters, the slides in order, a 16:9 slide and a 7.5 × 10 in notes page. */
export function presentationXml(slides: number): string {
  const ids = Array.from({ length: slides }, (_, k) => `<p:sldId id="${256 + k}" r:id="rId${FIRST_SLIDE_RID + k}"/>`).join('');
  return `<p:presentation ${NS_PML} saveSubsetFonts="1" autoCompressPictures="0"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst><p:sldIdLst>${ids}</p:sldIdLst><p:sldSz cx="${SLIDE_CX}" cy="${SLIDE_CY}"/><p:notesSz cx="6858000" cy="9144000"/>${DEFAULT_TEXT_STYLE}</p:presentation>`;
}

/** The root relationships: the presentation, then core and app properties. */
const ROOT_RELS = rels([
  ['officeDocument', 'ppt/presentation.xml'],
  ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
  ['extended-properties', 'docProps/app.xml'],
]);

/** The file name of the `k`th chart's workbook, as PowerPoint names embedded workbooks. */
const workbookName = (k: number) => `Microsoft_Excel_Worksheet${k}.xlsx`;

/**
 * The parts of one slide: slide, notes page, their relationships, its image
 * as ppt/media/image`image`.png and its chart as ppt/charts/chart`chart`.xml
 * (numbers counting the slides that have one).
 */
function slideParts(slide: DeckSlide, number: number, image: number, chart: number, lang: string): Part[] {
  const media = slide.png ? `image${image}.png` : undefined;
  const chartName = slide.chart ? `chart${chart}.xml` : undefined;
  return [
    { name: `ppt/slides/slide${number}.xml`, data: slideXml(number, slide.shapes, slide.hidden), type: `${PML}.slide+xml` },
    { name: `ppt/slides/_rels/slide${number}.xml.rels`, data: slideRels(number, media, chartName) },
    { name: `ppt/notesSlides/notesSlide${number}.xml`, data: notesSlideXml(number, slide.notes, lang), type: `${PML}.notesSlide+xml` },
    { name: `ppt/notesSlides/_rels/notesSlide${number}.xml.rels`, data: notesSlideRels(number) },
    ...(slide.chart
      ? [
          { name: `ppt/charts/${chartName}`, data: chartXml(slide.chart, lang), type: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml' },
          { name: `ppt/charts/_rels/${chartName}.rels`, data: chartRels(workbookName(chart)) },
        ]
      : []),
  ];
}

/** Every part of the deck, in package order (without [Content_Types].xml): the images and workbooks last. */
export function deckParts(slides: DeckSlide[], info: DeckInfo): Part[] {
  let images = 0;
  let charts = 0;
  const perSlide = slides.flatMap((slide, k) => slideParts(slide, k + 1, slide.png ? ++images : 0, slide.chart ? ++charts : 0, info.lang));
  let media = 0;
  const pngs = slides.filter((s) => s.png).map((s) => ({ name: `ppt/media/image${++media}.png`, data: s.png! }));
  let embedded = 0;
  const workbooks = slides.filter((s) => s.chart).map((s) => ({ name: `ppt/embeddings/${workbookName(++embedded)}`, data: writeXlsx(chartSheet(s.chart!).columns, { date: info.date }) }));
  return [
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'docProps/core.xml', data: coreXml(info), type: 'application/vnd.openxmlformats-package.core-properties+xml' },
    { name: 'docProps/app.xml', data: appXml(info, slides.length, slides.filter((s) => s.hidden).length), type: 'application/vnd.openxmlformats-officedocument.extended-properties+xml' },
    { name: 'ppt/presentation.xml', data: presentationXml(slides.length), type: `${PML}.presentation.main+xml` },
    { name: 'ppt/_rels/presentation.xml.rels', data: presentationRels(slides.length) },
    { name: 'ppt/presProps.xml', data: PRES_PROPS, type: `${PML}.presProps+xml` },
    { name: 'ppt/viewProps.xml', data: VIEW_PROPS, type: `${PML}.viewProps+xml` },
    { name: 'ppt/tableStyles.xml', data: TABLE_STYLES, type: `${PML}.tableStyles+xml` },
    { name: 'ppt/theme/theme1.xml', data: THEME, type: 'application/vnd.openxmlformats-officedocument.theme+xml' },
    { name: 'ppt/slideMasters/slideMaster1.xml', data: SLIDE_MASTER, type: `${PML}.slideMaster+xml` },
    { name: 'ppt/slideMasters/_rels/slideMaster1.xml.rels', data: SLIDE_MASTER_RELS },
    { name: 'ppt/slideLayouts/slideLayout1.xml', data: SLIDE_LAYOUT, type: `${PML}.slideLayout+xml` },
    { name: 'ppt/slideLayouts/_rels/slideLayout1.xml.rels', data: SLIDE_LAYOUT_RELS },
    { name: 'ppt/notesMasters/notesMaster1.xml', data: NOTES_MASTER, type: `${PML}.notesMaster+xml` },
    { name: 'ppt/notesMasters/_rels/notesMaster1.xml.rels', data: NOTES_MASTER_RELS },
    ...perSlide,
    ...pngs,
    ...workbooks,
  ];
}

/** The ZIP entries of the deck: [Content_Types].xml first, then deckParts; XML parts as UTF-8 with the XML declaration. */
export function deckEntries(slides: DeckSlide[], info: DeckInfo): ZipEntry[] {
  const parts = deckParts(slides, info);
  const utf8 = new TextEncoder();
  const xml = (text: string) => utf8.encode(XML_DECLARATION + text);
  return [
    { name: '[Content_Types].xml', data: xml(contentTypesXml(parts)) },
    ...parts.map((p) => ({ name: p.name, data: typeof p.data === 'string' ? xml(p.data) : p.data })),
  ];
}
