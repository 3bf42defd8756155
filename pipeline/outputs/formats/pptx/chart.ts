/**
 * A native chart of the deck: ppt/charts/chartN.xml (DrawingML's
 * c:chartSpace with one c:barChart), its relationship to the embedded
 * workbook, and the slide's p:graphicFrame that shows it. Every series
 * carries its data cache (categories as c:strCache, values as c:numCache)
 * and the formulas into the workbook (chart-data.ts), so PowerPoint and
 * LibreOffice draw it without opening the workbook and "Edit data" opens it.
 * Text takes the theme's fonts (+mn-lt), so a template's fonts apply.
 */
import { chartSheet, type ChartData, type ChartSeries } from './chart-data.js';
import { escapeAttribute, escapeXml, rels } from './xml.js';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const INK = '1F2937';
const GRID = 'D1D5DB';
/** Axis ids: any pair of unsigned integers, fixed so the same chart gives the same bytes. */
const CAT_AX = 1001;
const VAL_AX = 1002;

/** The relationship id, in a chart part's .rels, of its workbook. */
const WORKBOOK_RID = 'rId1';

const fill = (colour: string) => `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;

/** Text properties: size in points, colour, the theme's body font for every script. */
function textProperties(size: number, colour: string, lang: string, bold = false): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}"${bold ? ' b="1"' : ''}>${fill(colour)}<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:pPr><a:endParaRPr lang="${escapeAttribute(lang)}"/></a:p></c:txPr>`;
}

const showOnly = (value: boolean) => `<c:showLegendKey val="0"/><c:showVal val="${value ? 1 : 0}"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>`;

/** A cached string range: the formula and each text. */
function strRef(formula: string, texts: string[]): string {
  const points = texts.map((t, k) => `<c:pt idx="${k}"><c:v>${escapeXml(t)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache></c:strRef>`;
}

/** A cached number range: blanks (null) have no c:pt, as Excel writes them. */
function numRef(formula: string, values: (number | null)[], formatCode: string): string {
  const points = values.map((v, k) => (v === null ? '' : `<c:pt idx="${k}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numRef><c:f>${escapeXml(formula)}</c:f><c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`;
}

/** A series' labels: its value in the chart's format, each bar's own text or none where it says so. */
function labelsXml(series: ChartSeries, chart: ChartData, lang: string): string {
  const position = chart.labelPosition ?? 'ctr';
  const colour = series.labelColour ?? INK;
  const own = (series.labels ?? []).map((label, k) => {
    if (label === undefined) return '';
    if (label === null || series.values[k] === null) return `<c:dLbl><c:idx val="${k}"/><c:delete val="1"/></c:dLbl>`;
    const rich = `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="${escapeAttribute(lang)}"/><a:t>${escapeXml(label)}</a:t></a:r></a:p></c:rich></c:tx>`;
    return `<c:dLbl><c:idx val="${k}"/>${rich}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(10, colour, lang)}<c:dLblPos val="${position}"/>${showOnly(true)}</c:dLbl>`;
  });
  return `<c:dLbls>${own.join('')}<c:numFmt formatCode="${escapeAttribute(chart.formatCode)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(10, colour, lang)}<c:dLblPos val="${position}"/>${showOnly(true)}</c:dLbls>`;
}

/** One c:ser: name, fill, per-bar fills, labels, error bars, categories and values. */
function seriesXml(series: ChartSeries, k: number, chart: ChartData, refs: ReturnType<typeof chartSheet>['refs'], lang: string): string {
  const own = refs.series[k];
  const points = (series.pointColours ?? []).map((c, i) => (c === undefined ? '' : `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${fill(c)}</c:spPr></c:dPt>`)).join('');
  let errors = '';
  if (series.interval && own.minus && own.plus) {
    const distance = (bound: (number | null)[], sign: number) => series.values.map((v, r) => (v === null || bound[r] === null ? null : sign * (bound[r]! - v)));
    errors = `<c:errBars><c:errBarType val="both"/><c:errValType val="cust"/><c:noEndCap val="0"/><c:plus>${numRef(own.plus, distance(series.interval.high, 1), chart.formatCode)}</c:plus><c:minus>${numRef(own.minus, distance(series.interval.low, -1), chart.formatCode)}</c:minus><c:spPr><a:ln w="15875">${fill(INK)}</a:ln></c:spPr></c:errBars>`;
  }
  return `<c:ser><c:idx val="${k}"/><c:order val="${k}"/><c:tx>${strRef(own.name, [series.name])}</c:tx><c:spPr>${fill(series.colour)}</c:spPr><c:invertIfNegative val="0"/>${points}${labelsXml(series, chart, lang)}${errors}<c:cat>${strRef(refs.categories, chart.categories)}</c:cat><c:val>${numRef(own.values, series.values, chart.formatCode)}</c:val></c:ser>`;
}

/** The two axes: categories (first one on top for horizontal bars), values with light gridlines. */
function axesXml(chart: ChartData, lang: string): string {
  const horizontal = chart.direction === 'bar';
  const { min, max, step } = chart.axis ?? {};
  const scaling = `${max === undefined ? '' : `<c:max val="${max}"/>`}${min === undefined ? '' : `<c:min val="${min}"/>`}`;
  const line = (colour: string) => `<c:spPr><a:ln w="9525">${fill(colour)}</a:ln></c:spPr>`;
  // Horizontal bars list categories top down (maxMin); the value axis then crosses at the last category, the bottom.
  // Every category keeps its label (tickLblSkip 1), smaller on a long axis: a reader drops labels that overlap.
  const category = `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${line(INK)}${textProperties(chart.categories.length > 12 ? 8 : 10, INK, lang)}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const value = `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/>${scaling}</c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines>${line(GRID)}</c:majorGridlines><c:numFmt formatCode="${escapeAttribute(chart.formatCode)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(10, INK, lang)}<c:crossAx val="${CAT_AX}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/>${step === undefined ? '' : `<c:majorUnit val="${step}"/>`}</c:valAx>`;
  return category + value;
}

/** The legend on top, without the series that ask to stay out of it; none for a single series. */
function legendXml(chart: ChartData, lang: string): string {
  if (chart.series.filter((s) => s.legend !== false).length < 2) return '';
  const hidden = chart.series.map((s, k) => (s.legend === false ? `<c:legendEntry><c:idx val="${k}"/><c:delete val="1"/></c:legendEntry>` : '')).join('');
  return `<c:legend><c:legendPos val="t"/>${hidden}<c:overlay val="0"/>${textProperties(10, INK, lang)}</c:legend>`;
}

/** ppt/charts/chartN.xml: the bar chart with its caches, no title (the slide's text box holds it), the workbook as external data. */
export function chartXml(chart: ChartData, lang: string): string {
  const { refs } = chartSheet(chart);
  const overlap = chart.overlap ?? (chart.grouping === 'stacked' ? 100 : 0);
  const series = chart.series.map((s, k) => seriesXml(s, k, chart, refs, lang)).join('');
  const bars = `<c:barChart><c:barDir val="${chart.direction}"/><c:grouping val="${chart.grouping}"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:overlap val="${overlap}"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>`;
  return `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:date1904 val="0"/><c:lang val="${escapeAttribute(lang)}"/><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>${bars}${axesXml(chart, lang)}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>${legendXml(chart, lang)}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(10, INK, lang)}<c:externalData r:id="${WORKBOOK_RID}"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`;
}

/** ppt/charts/_rels/chartN.xml.rels: the embedded workbook (WORKBOOK_RID). */
export function chartRels(workbook: string): string {
  return rels([['package', `../embeddings/${workbook}`]]);
}
