/**
 * SVG transform lists → one affine matrix [a b c d e f], mapping (x, y) to
 * (a·x + c·y + e, b·x + d·y + f): the form of PDF's `cm` operator.
 */

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `outer` after `inner`: the matrix applying `inner` first, as `outer cm` then `inner cm` in a content stream. */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

/** Maps a point by `m`. */
export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

const radians = (deg: number) => (deg * Math.PI) / 180;

/** One transform function; undefined when its name or arguments are not understood. */
function transformFunction(name: string, args: number[]): Matrix | undefined {
  const [p, q, r] = args;
  switch (`${name}/${args.length}`) {
    case 'translate/1':
      return [1, 0, 0, 1, p, 0];
    case 'translate/2':
      return [1, 0, 0, 1, p, q];
    case 'scale/1':
      return [p, 0, 0, p, 0, 0];
    case 'scale/2':
      return [p, 0, 0, q, 0, 0];
    case 'rotate/1':
      return [Math.cos(radians(p)), Math.sin(radians(p)), -Math.sin(radians(p)), Math.cos(radians(p)), 0, 0];
    case 'rotate/3':
      return multiply(multiply([1, 0, 0, 1, q, r], transformFunction('rotate', [p])!), [1, 0, 0, 1, -q, -r]);
    case 'skewX/1':
      return [1, 0, Math.tan(radians(p)), 1, 0, 0];
    case 'skewY/1':
      return [1, Math.tan(radians(p)), 0, 1, 0, 0];
    case 'matrix/6':
      return args as Matrix;
    default:
      return undefined;
  }
}

/**
 * The matrix of a transform list such as `translate(10,20) rotate(-90)`:
 * the functions compose left to right, the rightmost applied first. An
 * unknown function is left out, with a warning.
 */
export function parseTransform(value: string, onWarning?: (message: string) => void): Matrix {
  let m: Matrix = IDENTITY;
  const rest = value.replace(/([a-zA-Z]+)\s*\(([^)]*)\)/g, (whole, name: string, list: string) => {
    const args = list.split(/[\s,]+/).filter((s) => s !== '').map(Number);
    const f = args.every(Number.isFinite) ? transformFunction(name, args) : undefined;
    if (f === undefined) onWarning?.(`transform: ${whole} ignored`);
    else m = multiply(m, f);
    return '';
  });
  if (rest.replace(/[\s,]/g, '') !== '') onWarning?.(`transform: "${value}" not understood in part`);
  return m;
}
