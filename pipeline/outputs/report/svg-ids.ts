/**
 * Ids of an SVG made unique in a page that holds several: vega numbers its
 * clip paths and gradients from 1 in every chart (render.ts resets them), so
 * two charts, or the two layouts of one chart, would share `clip1`. Every id
 * and every reference to one (`url(#…)`, `href="#…"`) inside a tag gets the
 * prefix; text between tags (an export's labels) is left as it is.
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  return svg.replace(/<[^>]*>/g, (tag) =>
    tag
      .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${prefix}${id}"`)
      .replace(/url\(#([^)"']+)\)/g, (_, id: string) => `url(#${prefix}${id})`)
      .replace(/(\s(?:xlink:)?href)="#([^"]+)"/g, (_, attr: string, id: string) => `${attr}="#${prefix}${id}"`),
  );
}
