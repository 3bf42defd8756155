/**
 * The XML of one slide and of its notes page: text boxes, a picture or a
 * chart's frame, speaker notes. Each builder is pure and takes geometry in EMU, so the same input
 * gives the same bytes. All text is escaped here (xml.ts), whoever wrote it.
 */
import { GROUP_ROOT, NS_PML } from './parts.js';
import { escapeAttribute, escapeXml, rels } from './xml.js';

/** A rectangle on the slide, in EMU (914400 a inch). */
export interface Frame {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

/** How a text box's runs look. */
export interface TextStyle {
  /** Size in points. */
  size: number;
  /** Bold; default false. */
  bold?: boolean;
  /** Colour as six hex digits, no '#'. */
  color: string;
  /** Typeface (also for East Asian and complex scripts, so that one font is asked for). */
  font: string;
  /** BCP 47 tag PowerPoint spell-checks the text with, e.g. en-US. */
  lang: string;
}

/** A text box: its paragraphs in one style. */
export interface TextBox {
  kind: 'text';
  /** Shape name shown in PowerPoint's selection pane. */
  name: string;
  frame: Frame;
  /** One paragraph each; a line break inside one becomes a:br. */
  paragraphs: string[];
  style: TextStyle;
  /** Vertical anchor of the text: top, centre or bottom; default 't'. */
  anchor?: 't' | 'ctr' | 'b';
  /** Bulleted paragraphs (•, 0.375 in hanging indent) with `spaceAfter` points after each; default: no bullets. */
  bullets?: { spaceAfter: number };
  /** Shrink the text when it overflows the box (PowerPoint's "shrink text on overflow", a:normAutofit); default false. */
  shrink?: boolean;
}

/** A picture: the slide's image (relationship IMAGE_RID) stretched over `frame`. */
export interface Picture {
  kind: 'picture';
  name: string;
  frame: Frame;
  /** Alt text, read out by screen readers: p:cNvPr descr. */
  descr: string;
}

/** A native chart: the slide's chart part (relationship CHART_RID) in a graphic frame over `frame`. */
export interface ChartFrame {
  kind: 'chart';
  name: string;
  frame: Frame;
  /** Alt text, read out by screen readers: p:cNvPr descr. */
  descr: string;
}

export type Shape = TextBox | Picture | ChartFrame;

/** The relationship id of a slide's image in slideRels. */
export const IMAGE_RID = 'rId3';
/** The relationship id of a slide's chart in slideRels (a slide has an image or a chart, not both). */
export const CHART_RID = 'rId3';

const xfrm = ({ x, y, cx, cy }: Frame) => `<a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>`;

/** Run properties: size in hundredths of a point, colour, the one typeface for every script. */
function runProperties(style: TextStyle): string {
  const font = escapeAttribute(style.font);
  const bold = style.bold ? ' b="1"' : '';
  return `<a:rPr lang="${escapeAttribute(style.lang)}" sz="${Math.round(style.size * 100)}"${bold} dirty="0"><a:solidFill><a:srgbClr val="${style.color}"/></a:solidFill><a:latin typeface="${font}"/><a:ea typeface="${font}"/><a:cs typeface="${font}"/></a:rPr>`;
}

/** The runs of one paragraph's text: a run per line, a:br between lines (a raw newline in a:t shows as a space). */
export function runs(text: string, rPr: string): string {
  return text.split(/\r\n|\r|\n/).map((line) => `<a:r>${rPr}<a:t>${escapeXml(line)}</a:t></a:r>`).join(`<a:br>${rPr}</a:br>`);
}

/** Paragraph properties: a bullet with hanging indent and space after, or explicitly none (the master's body style has bullets). */
function paragraphProperties(bullets: TextBox['bullets']): string {
  if (!bullets) return '<a:pPr marL="0" indent="0"><a:buNone/></a:pPr>';
  return `<a:pPr marL="342900" indent="-342900"><a:spcAft><a:spcPts val="${Math.round(bullets.spaceAfter * 100)}"/></a:spcAft><a:buSzPct val="100000"/><a:buChar char="•"/></a:pPr>`;
}

/** p:sp for a text box with shape id `id` (unique on its slide, 2 and up). */
export function textBoxXml(id: number, box: TextBox): string {
  const rPr = runProperties(box.style);
  const end = `<a:endParaRPr lang="${escapeAttribute(box.style.lang)}" sz="${Math.round(box.style.size * 100)}" dirty="0"/>`;
  const pPr = paragraphProperties(box.bullets);
  // A text body needs at least one paragraph, even with nothing to say.
  const paragraphs = box.paragraphs.length === 0 ? `<a:p>${end}</a:p>` : box.paragraphs.map((p) => `<a:p>${pPr}${runs(p, rPr)}${end}</a:p>`).join('');
  const body = `<a:bodyPr wrap="square" rtlCol="0" anchor="${box.anchor ?? 't'}">${box.shrink ? '<a:normAutofit/>' : ''}</a:bodyPr>`;
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${escapeAttribute(box.name)}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>${xfrm(box.frame)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody>${body}<a:lstStyle/>${paragraphs}</p:txBody></p:sp>`;
}

/** p:pic for the slide's image, its aspect ratio locked and its alt text on p:cNvPr descr. */
export function pictureXml(id: number, picture: Picture): string {
  return `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="${escapeAttribute(picture.name)}" descr="${escapeAttribute(picture.descr)}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="${IMAGE_RID}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>${xfrm(picture.frame)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
}

/** p:graphicFrame holding the slide's chart, its alt text on p:cNvPr descr. */
export function chartFrameXml(id: number, chart: ChartFrame): string {
  const { x, y, cx, cy } = chart.frame;
  return `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="${escapeAttribute(chart.name)}" descr="${escapeAttribute(chart.descr)}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${CHART_RID}"/></a:graphicData></a:graphic></p:graphicFrame>`;
}

const shapeXml = (s: Shape, id: number) => (s.kind === 'text' ? textBoxXml(id, s) : s.kind === 'picture' ? pictureXml(id, s) : chartFrameXml(id, s));

/** ppt/slides/slideN.xml: its shapes in order (ids 2, 3, …; 1 is the shape tree); a hidden slide is skipped by the slide show. */
export function slideXml(number: number, shapes: Shape[], hidden = false): string {
  const tree = shapes.map((s, k) => shapeXml(s, k + 2)).join('');
  return `<p:sld ${NS_PML}${hidden ? ' show="0"' : ''}><p:cSld name="Slide ${number}"><p:spTree>${GROUP_ROOT}${tree}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`;
}

/** A slide's relationships: layout (rId1), notes (rId2) and, when it has one, its image at ppt/media/`image` or its chart at ppt/charts/`chart` (rId3). */
export function slideRels(number: number, image?: string, chart?: string): string {
  return rels([
    ['slideLayout', '../slideLayouts/slideLayout1.xml'],
    ['notesSlide', `../notesSlides/notesSlide${number}.xml`],
    ...(image === undefined ? [] : [['image', `../media/${image}`] as ['image', string]]),
    ...(chart === undefined ? [] : [['chart', `../charts/${chart}`] as ['chart', string]]),
  ]);
}

/**
 * ppt/notesSlides/notesSlideN.xml: the slide's image, its speaker notes (a
 * paragraph per line, in `lang`) and its number, on the notes master's placeholders.
 */
export function notesSlideXml(number: number, lines: string[], lang: string): string {
  const rPr = `<a:rPr lang="${escapeAttribute(lang)}" dirty="0"/>`;
  const end = `<a:endParaRPr lang="${escapeAttribute(lang)}" dirty="0"/>`;
  const notes = lines.length === 0 ? `<a:p>${end}</a:p>` : lines.map((line) => `<a:p>${runs(line, rPr)}${end}</a:p>`).join('');
  const image = '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>';
  const body = `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>${notes}</p:txBody></p:sp>`;
  const slideNumber = `<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Number Placeholder 3"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="10"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{F7021451-1387-4CA6-816F-3879F97B5CBC}" type="slidenum"><a:rPr lang="${escapeAttribute(lang)}"/><a:t>${number}</a:t></a:fld><a:endParaRPr lang="${escapeAttribute(lang)}"/></a:p></p:txBody></p:sp>`;
  return `<p:notes ${NS_PML}><p:cSld><p:spTree>${GROUP_ROOT}${image}${body}${slideNumber}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>`;
}

/** A notes page's relationships: the notes master (rId1) and its slide (rId2). */
export function notesSlideRels(number: number): string {
  return rels([['notesMaster', '../notesMasters/notesMaster1.xml'], ['slide', `../slides/slide${number}.xml`]]);
}
