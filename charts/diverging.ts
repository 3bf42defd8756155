import { levelSides } from '../pipeline/metrics/index.js';
import { formatPercent } from '../pipeline/util/numbers.js';
import { chartConfig } from './config.js';
import { measureText } from './font.js';
import { itemAxis } from './item-axis.js';
import { plotHeight, type ChartItem, type ChartLook } from './model.js';
import { INK, inkOn, levelColours, NOT_APPLICABLE } from './palette.js';
import { SCHEMA, type Layer, type Panel, type TopLevelSpec } from './spec.js';
import { chartTitle } from './title.js';
import { largestFirst } from './order.js';
import { itemLabel, legendColumns, NARROW_FONT_SIZE, NARROW_WIDTH, narrowLabels, narrowRows, narrowTitle, placeValues, valuePlace, wrapNarrow } from './narrow.js';

export interface DivergingOptions extends ChartLook {
  /** Title: the sentence the chart supports. */
  title: string;
  /** Subtitle; default none. */
  subtitle?: string;
  /** `split`: the middle level straddles zero; `aside`: it is drawn in its own panel. Default `split`. */
  neutral?: 'split' | 'aside';
  /** `positive`: items sorted by positive share, highest first (ties in survey order); `survey`: export order. Default `positive`. */
  order?: 'positive' | 'survey';
  /** Segments narrower than this share get no label (nor do those too narrow for their label's measured width); default 0.06. */
  minLabel?: number;
  /** Header of the not-applicable panel; default "Did not attend / N/A". */
  notApplicableLabel?: string;
  /** Room for the item labels in px; default 0.55 × width. */
  labelWidth?: number;
}

/** One bar segment: a level of an item, placed on the −1…1 axis. */
interface Segment {
  key: string;
  item: string;
  level: string;
  count: number;
  share: number;
  x: number;
  x2: number;
  mid: number;
  text: string;
  /** Colour of the segment's label, readable on its fill. */
  ink: string;
  labelled: boolean;
}

/** A bar of a side panel (not applicable, or the middle level set aside), on a 0…1 axis. */
interface SideBar {
  key: string;
  item: string;
  count: number;
  share: number;
  text: string;
}

/**
 * Diverging stacked bars after Heiberger & Robbins (2014): negative levels
 * left of zero, positive right, the middle level of an odd scale split
 * across zero or set aside; the axis fixed at −100%…100% so that charts can
 * be compared; not-applicable answers in a side panel, outside the base.
 * Every declared level is in the legend, even at zero. Offsets are computed
 * here rather than with a stack transform so that the segment order is
 * explicit (Vega-Lite's own example leaves it to row order).
 */
export function divergingSpec(items: ChartItem[], options: DivergingOptions): TopLevelSpec {
  if (options.layout === 'narrow') return divergingNarrow(items, options);
  const { title, subtitle, neutral = 'split', order = 'positive', minLabel = 0.06, fontSize = 12, width = 560, lang = 'en' } = options;
  const labelWidth = options.labelWidth ?? Math.round(width * 0.55);
  const naLabel = options.notApplicableLabel ?? 'Did not attend / N/A';
  const { levels, sides, colours, rows, aside } = divergingLevels(items, { neutral, order });
  const pct = (share: number) => formatPercent(share, lang);
  const segmentFont = fontSize - 1;

  const { segments, middle, na } = divergingBars(rows, { levels, sides, colours, aside, width, minLabel, segmentFont, pct });

  const height = plotHeight(rows.length, options);
  const axisRows = rows.map((i) => ({ key: i.id, label: i.label, valid: i.valid }));
  const y = itemAxis(axisRows, { labelWidth, fontSize, lang });
  const yBare = itemAxis(axisRows, { labelWidth, fontSize, lang, axis: false });
  const bandHeight = { band: 0.75 };
  // Legend left to right as the bars read: strongest negative … strongest positive.
  const legendOrder = levels.map((_, i) => i).reverse();
  const main: Panel = {
    width,
    height,
    data: { values: segments },
    layer: [
      {
        mark: { type: 'bar', height: bandHeight },
        encoding: {
          y,
          x: { field: 'x', type: 'quantitative', scale: { domain: [-1, 1], nice: false }, axis: { values: [-1, -0.5, 0, 0.5, 1], labelExpr: "format(abs(datum.value), '.0%')", title: null } },
          x2: { field: 'x2' },
          color: {
            field: 'level',
            type: 'nominal',
            scale: { domain: legendOrder.map((i) => levels[i]), range: legendOrder.map((i) => colours[i]) },
            legend: { orient: 'top', direction: 'horizontal', title: null },
          },
          tooltip: [{ field: 'item', title: 'item' }, { field: 'level' }, { field: 'count' }, { field: 'share', format: '.1%' }],
        },
      },
      {
        transform: [{ filter: 'datum.labelled' }],
        mark: { type: 'text', fontSize: segmentFont },
        encoding: { y, x: { field: 'mid', type: 'quantitative' }, text: { field: 'text' }, color: { field: 'ink', type: 'nominal', scale: null } },
      },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: INK }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
    ],
  };
  const panelWidth = Math.round(width * 0.2);
  const panel = (values: SideBar[], header: string, colour: string): Panel => {
    const layers: Layer[] = [
      {
        mark: { type: 'bar', color: colour, height: bandHeight },
        encoding: {
          y: yBare,
          x: { field: 'share', type: 'quantitative', scale: { domain: [0, 1], nice: false }, axis: { format: '.0%', values: [0, 0.5, 1], title: null } },
          tooltip: [{ field: 'item', title: 'item' }, { field: 'count' }, { field: 'share', format: '.1%' }],
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 3, fontSize: segmentFont, color: INK },
        encoding: { y: yBare, x: { field: 'share', type: 'quantitative' }, text: { field: 'text' } },
      },
    ];
    return { width: panelWidth, height, data: { values }, title: { text: header, fontSize, fontWeight: 'normal', anchor: 'middle' }, layer: layers };
  };
  const panels: Panel[] = [main];
  if (aside) panels.push(panel(middle, levels[sides.neutral!], colours[sides.neutral!]));
  panels.push(panel(na, naLabel, NOT_APPLICABLE));
  const totalWidth = labelWidth + width + (panels.length - 1) * (panelWidth + 16);
  return {
    $schema: SCHEMA,
    title: chartTitle(title, subtitle, totalWidth, fontSize),
    config: chartConfig({ fontSize, lang }),
    hconcat: panels,
    resolve: { scale: { y: 'shared' } },
    spacing: 16,
  };
}

/**
 * The narrow layout (narrow.ts): the same segments, colours, order and side
 * panels, each item's label and n on its own lines above its bar, across
 * the whole figure; the side panels narrow, their headers wrapped. Panels
 * are laid out by their own sizes (`bounds: flush`), so that the labels
 * running over them do not push them apart.
 */
function divergingNarrow(items: ChartItem[], options: DivergingOptions): TopLevelSpec {
  const { title, subtitle, neutral = 'split', order = 'positive', minLabel = 0.06, fontSize = NARROW_FONT_SIZE, lang = 'en' } = options;
  const total = options.width ?? NARROW_WIDTH;
  const naLabel = options.notApplicableLabel ?? 'Did not attend / N/A';
  const { levels, sides, colours, rows, aside } = divergingLevels(items, { neutral, order });
  const pct = (share: number) => formatPercent(share, lang);
  const segmentFont = fontSize - 1;
  const spacing = 12;
  const panelWidth = Math.round(fontSize * 4.5);
  const sidePanels = aside ? 2 : 1;
  const width = total - sidePanels * (panelWidth + spacing);
  const placed = narrowRows(rows.map((i) => itemLabel(i.id, i, lang)), { width: total, fontSize });
  // Ticks every 50% while "100%" (flush with the edge) and half of "50%" fit between two of them with room to spare.
  const crowded = measureText(formatPercent(1, lang), fontSize) + measureText(formatPercent(0.5, lang), fontSize) / 2 + 8 > width / 4;

  const { segments, middle, na } = divergingBars(rows, { levels, sides, colours, aside, width, minLabel, segmentFont, pct });
  // Segment positions: vega's `mid` is the bar's middle row, so the segment's own middle on the axis is `at`.
  const bars = placeValues(segments.map(({ mid, ...s }) => ({ ...s, at: mid })), placed.rows);
  const yBar = { field: 'y', type: 'quantitative' as const, scale: null, axis: null };
  const yMid = { field: 'mid', type: 'quantitative' as const, scale: null, axis: null };
  const legendOrder = levels.map((_, i) => i).reverse();
  const main: Panel = {
    width,
    height: placed.height,
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar' },
        encoding: {
          y: yBar,
          y2: { field: 'y2' },
          x: { field: 'x', type: 'quantitative', scale: { domain: [-1, 1], nice: false }, axis: { values: crowded ? [-1, 0, 1] : [-1, -0.5, 0, 0.5, 1], labelExpr: "format(abs(datum.value), '.0%')", title: null, labelFlush: true } },
          x2: { field: 'x2' },
          color: {
            field: 'level',
            type: 'nominal',
            scale: { domain: legendOrder.map((i) => levels[i]), range: legendOrder.map((i) => colours[i]) },
            legend: { orient: 'top', direction: 'horizontal', title: null, columns: legendColumns(levels, total, fontSize) },
          },
          tooltip: [{ field: 'item', title: 'item' }, { field: 'level' }, { field: 'count' }, { field: 'share', format: '.1%' }],
        },
      },
      {
        data: { values: bars },
        transform: [{ filter: 'datum.labelled' }],
        mark: { type: 'text', fontSize: segmentFont },
        encoding: { y: yMid, x: { field: 'at', type: 'quantitative' }, text: { field: 'text' }, color: { field: 'ink', type: 'nominal', scale: null } },
      },
      // Zero through each bar, not through the labels.
      { data: { values: placed.rows.map((r) => ({ zero: 0, top: r.y - 2, bottom: r.y2 + 2 })) }, mark: { type: 'rule', color: INK }, encoding: { x: { field: 'zero', type: 'quantitative' }, y: { field: 'top', type: 'quantitative', scale: null, axis: null }, y2: { field: 'bottom' } } },
      narrowLabels(placed.rows, fontSize, placed.lineHeight),
    ],
  };
  const panel = (values: SideBar[], header: string, colour: string): Panel => {
    // No axis: the panel is too narrow for its labels, and each bar has its share written beside or in it.
    // The share after its bar when it fits in the panel, else inside the bar from its start.
    const data = placeValues(values.map((v) => ({ ...v, place: valuePlace(v.text, segmentFont, 0, v.share * panelWidth, panelWidth, 3) })), placed.rows);
    const layers: Layer[] = [
      {
        mark: { type: 'bar', color: colour },
        encoding: {
          y: yBar,
          y2: { field: 'y2' },
          x: { field: 'share', type: 'quantitative', scale: { domain: [0, 1], nice: false }, axis: null },
          x2: { datum: 0 },
          tooltip: [{ field: 'item', title: 'item' }, { field: 'count' }, { field: 'share', format: '.1%' }],
        },
      },
      {
        transform: [{ filter: "datum.place === 'after'" }],
        mark: { type: 'text', align: 'left', dx: 3, fontSize: segmentFont, color: INK },
        encoding: { y: yMid, x: { field: 'share', type: 'quantitative' }, text: { field: 'text' } },
      },
      {
        transform: [{ filter: "datum.place !== 'after'" }],
        mark: { type: 'text', align: 'left', x: 3, fontSize: segmentFont, color: inkOn(colour) },
        encoding: { y: yMid, text: { field: 'text' } },
      },
    ];
    const text = wrapNarrow(header, panelWidth, { fontSize: segmentFont });
    return { width: panelWidth, height: placed.height, data: { values: data }, title: { text, fontSize: segmentFont, fontWeight: 'normal', anchor: 'start' }, layer: layers };
  };
  const panels: Panel[] = [main];
  if (aside) panels.push(panel(middle, levels[sides.neutral!], colours[sides.neutral!]));
  panels.push(panel(na, naLabel, NOT_APPLICABLE));
  return {
    $schema: SCHEMA,
    title: narrowTitle(title, subtitle, total, fontSize),
    config: chartConfig({ fontSize, lang }),
    hconcat: panels,
    spacing,
    bounds: 'flush',
  };
}

/** The scale's levels, which side each is on and its colour, the rows in their order, and whether the middle level stands aside. */
function divergingLevels(items: ChartItem[], o: Required<Pick<DivergingOptions, 'neutral' | 'order'>>) {
  const levels = items[0]?.levels ?? [];
  const positiveLevels = items[0]?.positiveLevels ?? 2;
  const sides = levelSides(levels.length, positiveLevels);
  const colours = levelColours(levels.length, positiveLevels, sides.neutral);
  const rows = o.order === 'positive' ? largestFirst(items, (i) => i.positive) : items;
  const aside = sides.neutral !== null && o.neutral === 'aside';
  return { levels, sides, colours, rows, aside };
}

/**
 * Each item's bars: its levels as segments left and right of zero (the
 * middle level split across it, or aside), labelled where the label fits in
 * its segment (`width` px span the axis's −1…1); the middle level's bar when
 * it is aside; the not-applicable share of all who answered.
 */
function divergingBars(
  rows: ChartItem[],
  o: { levels: string[]; sides: ReturnType<typeof levelSides>; colours: string[]; aside: boolean; width: number; minLabel: number; segmentFont: number; pct: (share: number) => string },
): { segments: Segment[]; middle: SideBar[]; na: SideBar[] } {
  const { levels, sides, colours, aside, width, minLabel, segmentFont, pct } = o;
  const segments: Segment[] = [];
  const middle: SideBar[] = [];
  for (const item of rows) {
    const share = (i: number) => (item.valid ? item.counts[i] / item.valid : 0);
    const half = sides.neutral !== null && !aside ? share(sides.neutral) / 2 : 0;
    const push = (i: number, x: number, x2: number) => {
      const text = pct(share(i));
      // The axis spans 2 (−1…1) over `width` px.
      const room = (Math.abs(x2 - x) * width) / 2;
      const labelled = share(i) >= minLabel && measureText(text, segmentFont) + 4 <= room;
      segments.push({ key: item.id, item: item.label, level: levels[i], count: item.counts[i], share: share(i), x, x2, mid: (x + x2) / 2, text, ink: inkOn(colours[i]), labelled });
    };
    // Positive levels from the weakest (next to zero) outwards, then negative ones likewise.
    let right = half;
    for (const i of [...sides.positive].reverse()) push(i, right, (right += share(i)));
    let left = -half;
    for (const i of sides.negative) push(i, left, (left -= share(i)));
    if (sides.neutral !== null) {
      if (aside) middle.push({ key: item.id, item: item.label, count: item.counts[sides.neutral], share: share(sides.neutral), text: pct(share(sides.neutral)) });
      else push(sides.neutral, -half, half);
    }
  }
  const na: SideBar[] = rows.map((item) => {
    const base = item.valid + item.notApplicable;
    const share = base ? item.notApplicable / base : 0;
    return { key: item.id, item: item.label, count: item.notApplicable, share, text: pct(share) };
  });
  return { segments, middle, na };
}
