/**
 * SVG path data → PDF path construction operators (m, l, c, h). PDF has
 * lines and cubic Béziers only, so quadratic curves are raised to cubics and
 * elliptical arcs are split into cubic segments of at most 90°.
 */
import { pdfNumber } from './syntax.js';

/** Numbers each command takes; `A`'s flags are numbers too, but may be written without separators. */
const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

const TOKEN = /[MLHVCSQTAZ]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[\s,]+|./gi;

/** The path's commands with their numbers, e.g. `[['M', [0, 0]], ['h', [5]]]`; implicit repeats made explicit. */
export function parsePathData(d: string, onWarning?: (message: string) => void): [string, number[]][] {
  const commands: [string, number[]][] = [];
  const tokens = [...d.matchAll(TOKEN)].map((m) => m[0]).filter((t) => !/^[\s,]+$/.test(t));
  let command = '';
  let args: number[] = [];
  const flush = () => {
    const arity = ARITY[command.toUpperCase()];
    if (command !== '' && args.length === 0 && arity === 0) commands.push([command, []]);
    for (let i = 0; arity > 0 && i + arity <= args.length; i += arity) {
      // After M, further pairs are implicit L (lineto of the same case).
      const name = i > 0 && command.toUpperCase() === 'M' ? (command === 'M' ? 'L' : 'l') : command;
      commands.push([name, args.slice(i, i + arity)]);
    }
    if (arity > 0 && args.length % arity !== 0) onWarning?.(`path: ${command} with ${args.length} numbers ignored in part`);
  };
  for (const token of tokens) {
    if (/^[a-z]$/i.test(token)) {
      if (ARITY[token.toUpperCase()] === undefined) {
        onWarning?.(`path: unknown command ${token}, rest of the path ignored`);
        break;
      }
      flush();
      command = token;
      args = [];
    } else if (command !== '' && /^[-+.\d]/.test(token)) {
      // Arc flags are one digit each and may run into what follows: "a5,5,0,1110,0" is 1, 1, 10, 0.
      let rest = token;
      while (command.toUpperCase() === 'A' && [3, 4].includes(args.length % 7) && /^[01]./.test(rest)) {
        args.push(Number(rest[0]));
        rest = rest.slice(1);
      }
      args.push(Number(rest));
    } else {
      onWarning?.(`path: unexpected "${token}", rest of the path ignored`);
      break;
    }
  }
  flush();
  return commands;
}

/** A cubic Bézier from the current point: two control points and the end point. */
export type Cubic = [number, number, number, number, number, number];

/**
 * Path data → PDF operators, one per line, in the SVG's own coordinates.
 * Every command of SVG 1.1 is supported, absolute and relative.
 */
export function pathOperators(d: string, onWarning?: (message: string) => void): string {
  const ops: string[] = [];
  const n = pdfNumber;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  /** Second control point of the last C/S and control point of the last Q/T, for the reflections of S and T. */
  let cubicControl: [number, number] | undefined;
  let quadControl: [number, number] | undefined;
  const curve = (c: Cubic) => {
    ops.push(`${n(c[0])} ${n(c[1])} ${n(c[2])} ${n(c[3])} ${n(c[4])} ${n(c[5])} c`);
    [x, y] = [c[4], c[5]];
  };
  const quad = (qx: number, qy: number, ex: number, ey: number) => {
    curve([x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y), ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey), ex, ey]);
    quadControl = [qx, qy];
  };
  for (const [command, a] of parsePathData(d, onWarning)) {
    const upper = command.toUpperCase();
    const relative = command !== upper;
    const dx = relative ? x : 0;
    const dy = relative ? y : 0;
    const lastCubic = cubicControl;
    const lastQuad = quadControl;
    cubicControl = undefined;
    quadControl = undefined;
    switch (upper) {
      case 'M':
        [x, y] = [a[0] + dx, a[1] + dy];
        [startX, startY] = [x, y];
        ops.push(`${n(x)} ${n(y)} m`);
        break;
      case 'L':
        [x, y] = [a[0] + dx, a[1] + dy];
        ops.push(`${n(x)} ${n(y)} l`);
        break;
      case 'H':
        x = a[0] + dx;
        ops.push(`${n(x)} ${n(y)} l`);
        break;
      case 'V':
        y = a[0] + dy;
        ops.push(`${n(x)} ${n(y)} l`);
        break;
      case 'C':
        curve([a[0] + dx, a[1] + dy, a[2] + dx, a[3] + dy, a[4] + dx, a[5] + dy]);
        cubicControl = [a[2] + dx, a[3] + dy];
        break;
      case 'S': {
        const [rx, ry] = lastCubic ? [2 * x - lastCubic[0], 2 * y - lastCubic[1]] : [x, y];
        curve([rx, ry, a[0] + dx, a[1] + dy, a[2] + dx, a[3] + dy]);
        cubicControl = [a[0] + dx, a[1] + dy];
        break;
      }
      case 'Q':
        quad(a[0] + dx, a[1] + dy, a[2] + dx, a[3] + dy);
        break;
      case 'T': {
        const [qx, qy] = lastQuad ? [2 * x - lastQuad[0], 2 * y - lastQuad[1]] : [x, y];
        quad(qx, qy, a[0] + dx, a[1] + dy);
        break;
      }
      case 'A': {
        const [ex, ey] = [a[5] + dx, a[6] + dy];
        const cubics = arcToCubics(x, y, a[0], a[1], a[2], a[3] !== 0, a[4] !== 0, ex, ey);
        if (cubics.length === 0) ops.push(`${n(ex)} ${n(ey)} l`);
        for (const c of cubics) curve(c);
        [x, y] = [ex, ey];
        break;
      }
      case 'Z':
        ops.push('h');
        [x, y] = [startX, startY];
        break;
    }
  }
  return ops.join('\n');
}

/**
 * An elliptical arc as cubic Béziers, by the endpoint-to-centre conversion
 * of SVG 1.1 (appendix F.6.5), in segments of at most 90° so that the
 * cubic stays within a fraction of a pixel of the ellipse. A zero radius
 * makes a straight line (no cubics); coinciding endpoints draw nothing.
 */
export function arcToCubics(
  x1: number,
  y1: number,
  rxIn: number,
  ryIn: number,
  rotationDeg: number,
  largeArc: boolean,
  sweep: boolean,
  x2: number,
  y2: number,
): Cubic[] {
  if (x1 === x2 && y1 === y2) return [];
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0) return [];
  const phi = (rotationDeg * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  // F.6.5.1: the midpoint in the ellipse's frame.
  const mx = (x1 - x2) / 2;
  const my = (y1 - y2) / 2;
  const x1p = cos * mx + sin * my;
  const y1p = -sin * mx + cos * my;
  // F.6.6: radii too small to reach are scaled up.
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  // F.6.5.2: the centre in the ellipse's frame.
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  const root = Math.sqrt(Math.max(0, num / den)) * (largeArc === sweep ? -1 : 1);
  const cxp = (root * rx * y1p) / ry;
  const cyp = (-root * ry * x1p) / rx;
  // F.6.5.3: the centre; F.6.5.5–6: start angle and sweep.
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const segments = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / segments;
  // Control arm of a unit-circle cubic spanning `step`.
  const k = (4 / 3) * Math.tan(step / 4);
  /** A point of the ellipse at unit-circle coordinates (u, v), in user space. */
  const point = (u: number, v: number): [number, number] => [cx + cos * rx * u - sin * ry * v, cy + sin * rx * u + cos * ry * v];
  const cubics: Cubic[] = [];
  for (let s = 0; s < segments; s++) {
    const a = theta1 + s * step;
    const b = a + step;
    const [c1x, c1y] = point(Math.cos(a) - k * Math.sin(a), Math.sin(a) + k * Math.cos(a));
    const [c2x, c2y] = point(Math.cos(b) + k * Math.sin(b), Math.sin(b) - k * Math.cos(b));
    // The last end point is the arc's own, exactly, so that a following Z or segment joins without a gap.
    const [ex, ey] = s === segments - 1 ? [x2, y2] : point(Math.cos(b), Math.sin(b));
    cubics.push([c1x, c1y, c2x, c2y, ex, ey]);
  }
  return cubics;
}
