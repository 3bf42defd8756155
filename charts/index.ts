export { divergingSpec, type DivergingOptions } from './diverging.js';
export { rankingSpec, type RankingOptions } from './ranking.js';
export { renderSvg, svgToPng, type RenderOptions } from './render.js';
export { FONT_FAMILY, FONT_FILES, measureText, fontBase64, loadFonts } from './font.js';
export { chartConfig } from './config.js';
export { levelColours } from './palette.js';
export { wrapLines, itemAxisLabel, type ChartItem, type ChartLook } from './model.js';
