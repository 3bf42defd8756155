import { formatPercent } from '../pipeline/util/numbers.js';
import { chartConfig } from './config.js';
import { itemAxis } from './item-axis.js';
import { plotHeight, type ChartLook } from './model.js';
import { ACCENT, INK, inkOn, NO_ANSWER, NOT_APPLICABLE } from './palette.js';
import { SCHEMA, type TopLevelSpec } from './spec.js';
import { chartTitle } from './title.js';
import { measureText } from './font.js';
import { itemLabel, legendColumns, NARROW_FONT_SIZE, NARROW_WIDTH, narrowLabels, narrowRows, narrowFrame, placeValues } from './narrow.js';

/** The survey's response: respondents out of participants, with the rate's 95% interval. */
export interface ResponseFigures {
  participants: number;
  respondents: number;
  /** respondents ÷ participants. */
  rate: number;
  low: number;
  high: number;
}

/** How respondents answered a group's items: answers summed over its items. */
export interface Participation {
  id: string;
  label: string;
  /** Answers on the scale. */
  valid: number;
  /** "Not applicable / did not attend". */
  notApplicable: number;
  /** Blank. */
  missing: number;
}

export interface ResponseOptions extends ChartLook {
  /** Title: the sentence the chart supports. */
  title: string;
  /** Subtitle; default none. */
  subtitle?: string;
  /** Label of the survey's row; default "Participants who responded". */
  surveyLabel?: string;
  /** Legend names; default "answered", "not applicable / did not attend", "no answer". */
  outcomeLabels?: { answered: string; notApplicable: string; none: string };
  /** Room for the row labels in px; default 0.45 × width. */
  labelWidth?: number;
}

/**
 * Response and participation as 100% bars: the first row is the response
 * rate (respondents of participants, with its interval as a rule), then one
 * row per group splitting its answers into rated, not applicable and blank,
 * so that a low share of answers is seen before any share is read.
 */
export function responseSpec(response: ResponseFigures | undefined, groups: Participation[], options: ResponseOptions): TopLevelSpec {
  if (options.layout === 'narrow') return responseNarrow(response, groups, options);
  const { title, subtitle, fontSize = 12, width = 560, lang = 'en', surveyLabel = 'Participants who responded' } = options;
  const outcomes = options.outcomeLabels ?? { answered: 'answered', notApplicable: 'not applicable / did not attend', none: 'no answer' };
  const labelWidth = options.labelWidth ?? Math.round(width * 0.45);
  const colours = [ACCENT, NOT_APPLICABLE, NO_ANSWER];
  const rows: { key: string; label: string; valid: number; parts: number[] }[] = [];
  if (response) rows.push({ key: '_response', label: surveyLabel, valid: response.participants, parts: [response.respondents, 0, response.participants - response.respondents] });
  for (const g of groups) rows.push({ key: g.id, label: g.label, valid: g.valid + g.notApplicable + g.missing, parts: [g.valid, g.notApplicable, g.missing] });
  const names = [outcomes.answered, outcomes.notApplicable, outcomes.none];
  const segments = rows.flatMap((r) => {
    const total = r.parts.reduce((a, b) => a + b, 0);
    let x = 0;
    return r.parts.map((count, k) => {
      const share = total ? count / total : 0;
      const segment = { key: r.key, row: r.label, outcome: names[k], count, share, x, x2: x + share, mid: x + share / 2, text: formatPercent(share, lang), ink: inkOn(colours[k]), labelled: share >= 0.08 };
      x += share;
      return segment;
    });
  });
  const y = itemAxis(rows, { labelWidth, fontSize, lang });
  const scale = { domain: [0, 1], nice: false };
  const axis = { format: '.0%', title: null, values: [0, 0.25, 0.5, 0.75, 1] };
  const interval = response ? [{ key: '_response', low: response.low, high: response.high }] : [];
  return {
    $schema: SCHEMA,
    title: chartTitle(title, subtitle, labelWidth + width, fontSize),
    config: chartConfig({ fontSize, lang }),
    width,
    height: plotHeight(rows.length, options),
    layer: [
      {
        data: { values: segments },
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y,
          x: { field: 'x', type: 'quantitative', scale, axis },
          x2: { field: 'x2' },
          color: { field: 'outcome', type: 'nominal', scale: { domain: names, range: colours }, legend: { orient: 'top', direction: 'horizontal', title: null } },
          tooltip: [{ field: 'row' }, { field: 'outcome' }, { field: 'count' }, { field: 'share', format: '.1%' }],
        },
      },
      {
        data: { values: segments },
        transform: [{ filter: 'datum.labelled' }],
        mark: { type: 'text', fontSize: fontSize - 1 },
        encoding: { y, x: { field: 'mid', type: 'quantitative', scale, axis }, text: { field: 'text' }, color: { field: 'ink', type: 'nominal', scale: null } },
      },
      {
        data: { values: interval },
        mark: { type: 'rule', color: INK, strokeWidth: 2 },
        encoding: { y, x: { field: 'low', type: 'quantitative', scale, axis }, x2: { field: 'high' } },
      },
    ],
  };
}

/** The narrow layout (narrow.ts): each row's label and n on its own lines above its bar; same segments, colours, order and interval. */
function responseNarrow(response: ResponseFigures | undefined, groups: Participation[], options: ResponseOptions): TopLevelSpec {
  const { title, subtitle, fontSize = NARROW_FONT_SIZE, width = NARROW_WIDTH, lang = 'en', surveyLabel = 'Participants who responded' } = options;
  const outcomes = options.outcomeLabels ?? { answered: 'answered', notApplicable: 'not applicable / did not attend', none: 'no answer' };
  const colours = [ACCENT, NOT_APPLICABLE, NO_ANSWER];
  const rows: { key: string; label: string; valid: number; parts: number[] }[] = [];
  if (response) rows.push({ key: '_response', label: surveyLabel, valid: response.participants, parts: [response.respondents, 0, response.participants - response.respondents] });
  for (const g of groups) rows.push({ key: g.id, label: g.label, valid: g.valid + g.notApplicable + g.missing, parts: [g.valid, g.notApplicable, g.missing] });
  const names = [outcomes.answered, outcomes.notApplicable, outcomes.none];
  const placed = narrowRows(rows.map((r) => itemLabel(r.key, r, lang)), { width, fontSize });
  const segments = placeValues(
    rows.flatMap((r) => {
      const total = r.parts.reduce((a, b) => a + b, 0);
      let x = 0;
      return r.parts.map((count, k) => {
        const share = total ? count / total : 0;
        const text = `${formatPercent(share, lang)}`;
        const segment = { key: r.key, row: r.label, outcome: names[k], count, share, x, x2: x + share, mid_x: x + share / 2, text, ink: inkOn(colours[k]), labelled: share >= 0.08 && measureText(text, fontSize - 1) + 4 <= share * width };
        x += share;
        return segment;
      });
    }),
    placed.rows,
  );
  const mid = { field: 'mid', type: 'quantitative' as const, scale: null, axis: null };
  const scale = { domain: [0, 1], nice: false };
  const axis = { format: '.0%', title: null, values: [0, 0.5, 1] };
  const interval = response ? placeValues([{ key: '_response', low: response.low, high: response.high }], placed.rows) : [];
  return {
    ...narrowFrame({ title, subtitle, width, height: placed.height, fontSize, lang }),
    layer: [
      {
        data: { values: segments },
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'y', type: 'quantitative', scale: null, axis: null },
          y2: { field: 'y2' },
          x: { field: 'x', type: 'quantitative', scale, axis },
          x2: { field: 'x2' },
          color: { field: 'outcome', type: 'nominal', scale: { domain: names, range: colours }, legend: { orient: 'top', direction: 'horizontal', title: null, columns: legendColumns(names, width, fontSize) } },
          tooltip: [{ field: 'row' }, { field: 'outcome' }, { field: 'count' }, { field: 'share', format: '.1%' }],
        },
      },
      {
        data: { values: segments },
        transform: [{ filter: 'datum.labelled' }],
        mark: { type: 'text', fontSize: fontSize - 1 },
        encoding: { y: mid, x: { field: 'mid_x', type: 'quantitative', scale, axis }, text: { field: 'text' }, color: { field: 'ink', type: 'nominal', scale: null } },
      },
      {
        data: { values: interval },
        mark: { type: 'rule', color: INK, strokeWidth: 2 },
        encoding: { y: mid, x: { field: 'low', type: 'quantitative', scale, axis }, x2: { field: 'high' } },
      },
      narrowLabels(placed.rows, fontSize, placed.lineHeight),
    ],
  };
}
