export interface FrameOptions {
  /** Blank margin around the chart, as a share of the frame's smaller side; default 0.03. */
  margin?: number;
}

/**
 * Places a rendered chart in a frame of exactly `width` × `height` (a
 * 1920×1080 slide), scaled to fit and centred, by rewriting the root
 * element's size and viewBox. The marks are untouched, so text stays text.
 */
export function frameSvg(svg: string, width: number, height: number, options: FrameOptions = {}): string {
  const { margin = 0.03 } = options;
  const root = /^<svg\b[^>]*>/.exec(svg);
  if (!root) throw new Error('frameSvg: not an SVG document');
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root[0])?.[1]);
  const w = attr('width');
  const h = attr('height');
  if (!(w > 0 && h > 0)) throw new Error('frameSvg: the SVG has no width and height');
  const pad = margin * Math.min(width, height);
  const scale = Math.min((width - 2 * pad) / w, (height - 2 * pad) / h);
  const vw = width / scale;
  const vh = height / scale;
  const n = (x: number) => String(Math.round(x * 1000) / 1000);
  const head = root[0]
    .replace(/\swidth="[^"]*"/, ` width="${width}"`)
    .replace(/\sheight="[^"]*"/, ` height="${height}"`)
    .replace(/\sviewBox="[^"]*"/, ` viewBox="${n(-(vw - w) / 2)} ${n(-(vh - h) / 2)} ${n(vw)} ${n(vh)}"`);
  return head + svg.slice(root[0].length);
}
