/** SVG paint values → RGB in 0…1 with an alpha, the form PDF's rg/RG and ExtGState take. */

export interface Rgb {
  r: number;
  g: number;
  b: number;
  /** Alpha of the colour itself (rgba, transparent); 1 for opaque colours. */
  a: number;
}

/** CSS's basic colour keywords: enough for hand-written specs; vega itself writes hex. */
const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  maroon: '#800000',
  purple: '#800080',
  fuchsia: '#ff00ff',
  lime: '#00ff00',
  olive: '#808000',
  navy: '#000080',
  teal: '#008080',
  aqua: '#00ffff',
  orange: '#ffa500',
};

/**
 * A paint: `null` for no paint (`none`, `transparent`), `undefined` when
 * the value is not understood (the caller warns). Accepts #rgb, #rrggbb,
 * rgb(…)/rgba(…) with numbers or percentages, and the keywords above.
 */
export function parsePaint(value: string): Rgb | null | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === 'transparent') return null;
  const hex = NAMED[v] ?? v;
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(hex);
  if (m) return { r: parseInt(m[1] + m[1], 16) / 255, g: parseInt(m[2] + m[2], 16) / 255, b: parseInt(m[3] + m[3], 16) / 255, a: 1 };
  m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(hex);
  if (m) return { r: parseInt(m[1], 16) / 255, g: parseInt(m[2], 16) / 255, b: parseInt(m[3], 16) / 255, a: 1 };
  m = /^rgba?\(([^)]*)\)$/.exec(v);
  if (m) {
    const parts = m[1].split(/[\s,/]+/).filter((p) => p !== '');
    if (parts.length !== 3 && parts.length !== 4) return undefined;
    const channel = (p: string) => (p.endsWith('%') ? Number(p.slice(0, -1)) / 100 : Number(p) / 255);
    const alpha = parts.length === 4 ? (parts[3].endsWith('%') ? Number(parts[3].slice(0, -1)) / 100 : Number(parts[3])) : 1;
    const rgb = { r: channel(parts[0]), g: channel(parts[1]), b: channel(parts[2]), a: alpha };
    if (Object.values(rgb).some((n) => !Number.isFinite(n))) return undefined;
    const clamp = (n: number) => Math.min(1, Math.max(0, n));
    return { r: clamp(rgb.r), g: clamp(rgb.g), b: clamp(rgb.b), a: clamp(rgb.a) };
  }
  return undefined;
}
