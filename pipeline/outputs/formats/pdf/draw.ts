/**
 * Draws a parsed SVG as a PDF content stream, in the SVG's own pixel
 * coordinates (y down: the page places it with one `cm`). Styles inherit as
 * in SVG; each shape is drawn inside its own q…Q with its colours spelled
 * out, so that no state leaks between shapes. Text is set glyph by glyph at
 * the fonts' plain advances, exactly as charts/font.ts measured it, and the
 * glyphs used are recorded per font for embedding.
 */
import type { Advances } from '../../../../charts/advances.js';
import { parsePaint, type Rgb } from './paint.js';
import { pathOperators } from './path.js';
import type { SvgElement, SvgNode } from './svg.js';
import { hex4, pdfNumber as n } from './syntax.js';
import { IDENTITY, multiply, parseTransform, type Matrix } from './transform.js';

/** A font text can be set in: its resource name on the page, its metrics, and the glyphs used so far. */
export interface DrawFont {
  /** Resource name, e.g. `F1`. */
  resource: string;
  metrics: Advances;
  /** Glyph id → the text it stands for; draw adds to it. */
  glyphs: Map<number, string>;
}

export interface DrawContext {
  fonts: { regular: DrawFont; bold: DrawFont };
  /** Resource name of the graphics state with these fill and stroke alphas (the caller collects them). */
  alphaState(fill: number, stroke: number): string;
  /** Called once per thing drawn differently from the SVG (unknown elements, attributes, values). */
  warn(message: string): void;
}

/** The inherited part of SVG styling. */
interface Style {
  fill: Rgb | null;
  stroke: Rgb | null;
  fillOpacity: number;
  strokeOpacity: number;
  /** Product of the ancestors' `opacity` (approximates group opacity: exact when shapes do not overlap). */
  groupOpacity: number;
  strokeWidth: number;
  lineCap: number;
  lineJoin: number;
  miterLimit: number;
  dashArray: number[];
  dashOffset: number;
  fontSize: number;
  bold: boolean;
  anchor: 'start' | 'middle' | 'end';
}

/** SVG's initial values: black fill, no stroke, 1px butt-capped mitred strokes, 16px text. */
const INITIAL: Style = {
  fill: { r: 0, g: 0, b: 0, a: 1 },
  stroke: null,
  fillOpacity: 1,
  strokeOpacity: 1,
  groupOpacity: 1,
  strokeWidth: 1,
  lineCap: 0,
  lineJoin: 0,
  miterLimit: 4,
  dashArray: [],
  dashOffset: 0,
  fontSize: 16,
  bold: false,
  anchor: 'start',
};

/** Attributes that change nothing drawn: identification, accessibility, interactivity, namespaces. */
const IGNORED = /^(class|id|role|aria-.*|pointer-events|xmlns(:.*)?|version|xml:space|focusable|tabindex|cursor|shape-rendering|text-rendering)$/;

/** Geometry attributes per element (presentation attributes are common to all). */
const GEOMETRY: Record<string, string[]> = {
  svg: ['width', 'height', 'viewBox', 'x', 'y', 'preserveAspectRatio'],
  g: [],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
  path: ['d'],
  line: ['x1', 'y1', 'x2', 'y2'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  polyline: ['points'],
  polygon: ['points'],
  text: ['x', 'y', 'dx', 'dy'],
  tspan: ['x', 'y', 'dx', 'dy'],
};

const PRESENTATION = new Set([
  'fill', 'stroke', 'fill-opacity', 'stroke-opacity', 'opacity', 'stroke-width', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'font-family', 'font-size', 'font-weight', 'font-style',
  'text-anchor', 'transform', 'display', 'visibility', 'fill-rule', 'style',
]);

/** Elements with nothing to draw. */
const SILENT = new Set(['title', 'desc', 'metadata']);

/** A length in px: a plain number or with `px`; undefined for other units or garbage. */
function length(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)(px)?\s*$/i.exec(value);
  return m ? Number(m[1]) : undefined;
}

/** The page content of an SVG and the size of its viewport in px. */
export interface DrawnSvg {
  width: number;
  height: number;
  /** Content stream operators, in the SVG's coordinates (y down). */
  content: string;
}

/** Draws `svg` (the root element); see the module comment. */
export function drawSvg(svg: SvgElement, context: DrawContext): DrawnSvg {
  if (svg.name !== 'svg') context.warn(`svg: root element is <${svg.name}>, not <svg>`);
  const box = (svg.attributes.viewBox ?? '').split(/[\s,]+/).filter((s) => s !== '').map(Number);
  const viewBox = box.length === 4 && box.every(Number.isFinite) && box[2] > 0 && box[3] > 0 ? box : undefined;
  // Browsers' default viewport is 300 × 150.
  const width = length(svg.attributes.width) ?? viewBox?.[2] ?? 300;
  const height = length(svg.attributes.height) ?? viewBox?.[3] ?? 150;
  const out: string[] = [];
  const drawer = createDrawer(context, out);
  let root = IDENTITY;
  if (viewBox) {
    // preserveAspectRatio's default, xMidYMid meet.
    const s = Math.min(width / viewBox[2], height / viewBox[3]);
    root = [s, 0, 0, s, (width - s * viewBox[2]) / 2 - s * viewBox[0], (height - s * viewBox[3]) / 2 - s * viewBox[1]];
  }
  const style = drawer.style(svg, INITIAL);
  if (style !== undefined) {
    drawer.withMatrix(root, () => {
      for (const child of svg.children) drawer.node(child, style);
    });
  }
  return { width, height, content: out.join('\n') };
}

function createDrawer(context: DrawContext, out: string[]) {
  const warn = context.warn;

  /** Presentation attributes merged with a `style` attribute's declarations (which win, as in CSS). */
  function attributesOf(element: SvgElement): Record<string, string> {
    const style = element.attributes.style;
    if (style === undefined) return element.attributes;
    const merged = { ...element.attributes };
    for (const declaration of style.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon > 0) merged[declaration.slice(0, colon).trim()] = declaration.slice(colon + 1).trim();
    }
    return merged;
  }

  /** The element's style, or undefined when it is not displayed. */
  function style(element: SvgElement, parent: Style): Style | undefined {
    const a = attributesOf(element);
    const geometry = GEOMETRY[element.name] ?? [];
    for (const name of Object.keys(a)) {
      if (!PRESENTATION.has(name) && !geometry.includes(name) && !IGNORED.test(name)) warn(`svg: <${element.name}> attribute ${name} ignored`);
    }
    if (a.display === 'none' || a.visibility === 'hidden') return undefined;
    const s: Style = { ...parent };
    const number = (name: string, value: string) => {
      const v = Number(value);
      if (!Number.isFinite(v)) warn(`svg: ${name}="${value}" ignored`);
      return Number.isFinite(v) ? v : undefined;
    };
    const paint = (name: string, value: string, inherited: Rgb | null) => {
      const p = parsePaint(value);
      if (p === undefined) warn(`svg: ${name}="${value}" ignored`);
      return p === undefined ? inherited : p;
    };
    if (a.fill !== undefined) s.fill = paint('fill', a.fill, s.fill);
    if (a.stroke !== undefined) s.stroke = paint('stroke', a.stroke, s.stroke);
    if (a['fill-opacity'] !== undefined) s.fillOpacity = number('fill-opacity', a['fill-opacity']) ?? s.fillOpacity;
    if (a['stroke-opacity'] !== undefined) s.strokeOpacity = number('stroke-opacity', a['stroke-opacity']) ?? s.strokeOpacity;
    if (a.opacity !== undefined) s.groupOpacity *= number('opacity', a.opacity) ?? 1;
    if (a['stroke-width'] !== undefined) s.strokeWidth = length(a['stroke-width']) ?? (warn(`svg: stroke-width="${a['stroke-width']}" ignored`), s.strokeWidth);
    if (a['stroke-miterlimit'] !== undefined) s.miterLimit = number('stroke-miterlimit', a['stroke-miterlimit']) ?? s.miterLimit;
    if (a['stroke-dashoffset'] !== undefined) s.dashOffset = length(a['stroke-dashoffset']) ?? s.dashOffset;
    if (a['stroke-linecap'] !== undefined) s.lineCap = keyword('stroke-linecap', a['stroke-linecap'], ['butt', 'round', 'square'], s.lineCap);
    if (a['stroke-linejoin'] !== undefined) s.lineJoin = keyword('stroke-linejoin', a['stroke-linejoin'], ['miter', 'round', 'bevel'], s.lineJoin);
    if (a['stroke-dasharray'] !== undefined) {
      const dashes = a['stroke-dasharray'].trim() === 'none' ? [] : a['stroke-dasharray'].split(/[\s,]+/).filter((d) => d !== '').map((d) => length(d) ?? NaN);
      if (dashes.some((d) => !Number.isFinite(d) || d < 0)) warn(`svg: stroke-dasharray="${a['stroke-dasharray']}" ignored`);
      // An odd list repeats to an even one; all zeros is a solid line.
      else s.dashArray = dashes.every((d) => d === 0) ? [] : dashes.length % 2 === 1 ? [...dashes, ...dashes] : dashes;
    }
    if (a['font-size'] !== undefined) s.fontSize = length(a['font-size']) ?? (warn(`svg: font-size="${a['font-size']}" ignored`), s.fontSize);
    if (a['font-weight'] !== undefined) s.bold = fontWeightBold(a['font-weight']) ?? (warn(`svg: font-weight="${a['font-weight']}" ignored`), s.bold);
    if (a['text-anchor'] !== undefined) {
      const anchor = a['text-anchor'];
      if (anchor === 'start' || anchor === 'middle' || anchor === 'end') s.anchor = anchor;
      else warn(`svg: text-anchor="${anchor}" ignored`);
    }
    if (a['font-family'] !== undefined && !/\binter\b/i.test(a['font-family'])) warn(`svg: font-family="${a['font-family']}" drawn in Inter`);
    if (a['font-style'] !== undefined && a['font-style'] !== 'normal') warn(`svg: font-style="${a['font-style']}" drawn upright`);
    if (a['fill-rule'] !== undefined && a['fill-rule'] !== 'nonzero') warn(`svg: fill-rule="${a['fill-rule']}" drawn nonzero`);
    return s;
  }

  function keyword(name: string, value: string, values: string[], inherited: number): number {
    const i = values.indexOf(value.trim());
    if (i === -1) warn(`svg: ${name}="${value}" ignored`);
    return i === -1 ? inherited : i;
  }

  /** Runs `draw` with `m` concatenated to the CTM, inside q…Q (no wrapper for the identity). */
  function withMatrix(m: Matrix, draw: () => void): void {
    const identity = m.every((v, i) => v === IDENTITY[i]);
    if (!identity) out.push('q', `${m.map(n).join(' ')} cm`);
    draw();
    if (!identity) out.push('Q');
  }

  function transformOf(element: SvgElement): Matrix {
    const t = attributesOf(element).transform;
    return t === undefined ? IDENTITY : parseTransform(t, warn);
  }

  /** The graphics state of a shape: alphas, colours and stroke parameters; which paints to apply. */
  function paintState(s: Style): { fill: boolean; stroke: boolean; ops: string[] } {
    const fillAlpha = s.fill ? s.fill.a * s.fillOpacity * s.groupOpacity : 0;
    const strokeAlpha = s.stroke ? s.stroke.a * s.strokeOpacity * s.groupOpacity : 0;
    const fill = s.fill !== null && fillAlpha > 0;
    const stroke = s.stroke !== null && strokeAlpha > 0 && s.strokeWidth > 0;
    const ops: string[] = [];
    if ((fill && fillAlpha < 1) || (stroke && strokeAlpha < 1)) ops.push(`/${context.alphaState(fill ? fillAlpha : 1, stroke ? strokeAlpha : 1)} gs`);
    if (fill) ops.push(`${n(s.fill!.r)} ${n(s.fill!.g)} ${n(s.fill!.b)} rg`);
    if (stroke) {
      ops.push(`${n(s.stroke!.r)} ${n(s.stroke!.g)} ${n(s.stroke!.b)} RG`, `${n(s.strokeWidth)} w`);
      if (s.lineCap !== 0) ops.push(`${s.lineCap} J`);
      if (s.lineJoin !== 0) ops.push(`${s.lineJoin} j`);
      if (s.miterLimit !== 10) ops.push(`${n(s.miterLimit)} M`);
      if (s.dashArray.length > 0) ops.push(`[${s.dashArray.map(n).join(' ')}] ${n(s.dashOffset)} d`);
    }
    return { fill, stroke, ops };
  }

  /** A shape: its path construction operators painted with the element's style. */
  function shape(element: SvgElement, s: Style, path: string, canFill = true): void {
    if (path === '') return;
    const paint = paintState(canFill ? s : { ...s, fill: null });
    if (!paint.fill && !paint.stroke) return;
    const painter = paint.fill && paint.stroke ? 'B' : paint.fill ? 'f' : 'S';
    out.push('q');
    withMatrix(transformOf(element), () => out.push(...paint.ops, path, painter));
    out.push('Q');
  }

  /** A number attribute with its default. */
  function attr(element: SvgElement, name: string, fallback = 0): number {
    const v = element.attributes[name];
    if (v === undefined) return fallback;
    const parsed = length(v);
    if (parsed === undefined) warn(`svg: <${element.name}> ${name}="${v}" ignored`);
    return parsed ?? fallback;
  }

  function node(child: SvgNode, parent: Style): void {
    if (typeof child === 'string') {
      if (child.trim() !== '') warn('svg: text outside <text> ignored');
      return;
    }
    if (SILENT.has(child.name)) return;
    if (GEOMETRY[child.name] === undefined || child.name === 'svg' || child.name === 'tspan') {
      warn(`svg: <${child.name}> ignored`);
      return;
    }
    const s = style(child, parent);
    if (s === undefined) return;
    const e = child;
    switch (e.name) {
      case 'g':
        withMatrix(transformOf(e), () => {
          for (const c of e.children) node(c, s);
        });
        return;
      case 'path':
        shape(e, s, pathOperators(e.attributes.d ?? '', warn));
        return;
      case 'rect': {
        const [w, h] = [attr(e, 'width'), attr(e, 'height')];
        if (attr(e, 'rx') !== 0 || attr(e, 'ry') !== 0) warn('svg: <rect> rx/ry drawn square');
        if (w > 0 && h > 0) shape(e, s, `${n(attr(e, 'x'))} ${n(attr(e, 'y'))} ${n(w)} ${n(h)} re`);
        return;
      }
      case 'line':
        shape(e, s, `${n(attr(e, 'x1'))} ${n(attr(e, 'y1'))} m\n${n(attr(e, 'x2'))} ${n(attr(e, 'y2'))} l`, false);
        return;
      case 'circle':
      case 'ellipse': {
        const [cx, cy] = [attr(e, 'cx'), attr(e, 'cy')];
        const [rx, ry] = e.name === 'circle' ? [attr(e, 'r'), attr(e, 'r')] : [attr(e, 'rx'), attr(e, 'ry')];
        if (rx > 0 && ry > 0) shape(e, s, pathOperators(`M${cx - rx},${cy}A${rx},${ry},0,1,1,${cx + rx},${cy}A${rx},${ry},0,1,1,${cx - rx},${cy}Z`));
        return;
      }
      case 'polyline':
      case 'polygon': {
        const points = e.attributes.points ?? '';
        shape(e, s, pathOperators(`M${points}${e.name === 'polygon' ? 'Z' : ''}`, warn));
        return;
      }
      case 'text':
        text(e, s);
        return;
    }
  }

  /** The runs of a <text>: its character data and its tspans', each with its position attributes. */
  function textRuns(element: SvgElement, s: Style): { text: string; attributes: Record<string, string>; style: Style }[] {
    const runs: { text: string; attributes: Record<string, string>; style: Style }[] = [];
    for (const c of element.children) {
      if (typeof c === 'string') runs.push({ text: c, attributes: {}, style: s });
      else if (c.name === 'tspan') {
        const ts = style(c, s);
        if (ts === undefined) continue;
        const inner = c.children.filter((x): x is string => typeof x === 'string').join('');
        if (c.children.some((x) => typeof x !== 'string')) warn('svg: elements inside <tspan> ignored');
        runs.push({ text: inner, attributes: c.attributes, style: ts });
      } else if (!SILENT.has(c.name)) warn(`svg: <${c.name}> inside <text> ignored`);
    }
    // SVG's default white-space handling: newlines dropped, tabs as spaces, spaces collapsed, ends trimmed.
    for (const run of runs) run.text = run.text.replace(/[\r\n]/g, '').replace(/[\t ]+/g, ' ');
    if (runs.length > 0) {
      runs[0].text = runs[0].text.replace(/^ /, '');
      runs[runs.length - 1].text = runs[runs.length - 1].text.replace(/ $/, '');
    }
    return runs;
  }

  /**
   * A <text>: each run set at the pen, shifted left by its width (end) or
   * half of it (middle); tspans' x/y place the pen, dx/dy move it.
   */
  function text(element: SvgElement, s: Style): void {
    const runs = textRuns(element, s);
    let x = attr(element, 'x') + attr(element, 'dx');
    let y = attr(element, 'y') + attr(element, 'dy');
    const ops: string[] = [];
    for (const run of runs) {
      const a = run.attributes;
      if (a.x !== undefined) x = length(a.x) ?? x;
      if (a.y !== undefined) y = length(a.y) ?? y;
      x += length(a.dx) ?? 0;
      y += length(a.dy) ?? 0;
      if (run.text === '') continue;
      const font = run.style.bold ? context.fonts.bold : context.fonts.regular;
      let codes = '';
      let units = 0;
      for (const ch of run.text) {
        const cp = ch.codePointAt(0)!;
        const glyph = font.metrics.glyph(cp);
        if (glyph === 0) warn(`text: Inter has no glyph for U+${hex4(cp)}`);
        if (!font.glyphs.has(glyph)) font.glyphs.set(glyph, ch);
        codes += hex4(glyph);
        units += font.metrics.glyphAdvance(glyph);
      }
      const width = (units * run.style.fontSize) / font.metrics.unitsPerEm;
      const shift = run.style.anchor === 'end' ? width : run.style.anchor === 'middle' ? width / 2 : 0;
      const paint = paintState({ ...run.style, stroke: null });
      if (paint.fill) {
        // The CTM has y down; the text matrix flips it back so that glyphs stand upright.
        ops.push('q', ...paint.ops, 'BT', `/${font.resource} ${n(run.style.fontSize)} Tf`, `1 0 0 -1 ${n(x - shift)} ${n(y)} Tm`, `<${codes}> Tj`, 'ET', 'Q');
      }
      x += width;
    }
    if (s.stroke !== null) warn('svg: stroked text drawn filled only');
    if (ops.length === 0) return;
    withMatrix(transformOf(element), () => out.push(...ops));
  }

  return { style, withMatrix, node };
}

/** `bold`, `bolder` and weights of 600 and up are bold; `normal`, `lighter` and lower weights regular. */
function fontWeightBold(value: string): boolean | undefined {
  const v = value.trim();
  if (v === 'bold' || v === 'bolder') return true;
  if (v === 'normal' || v === 'lighter') return false;
  const w = Number(v);
  return Number.isFinite(w) ? w >= 600 : undefined;
}
