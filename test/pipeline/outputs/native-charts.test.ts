/**
 * The native charts' data, from small figures whose shares are worked out
 * by hand in the comments; colours checked against the palette's hex values
 * written out here.
 */
import { describe, expect, it } from 'vitest';
import { hex, nativeBreakdown, nativeChoice, nativeDiverging, nativeNps, nativeOverview, nativeRanking, nativeResponse, nativeThemes } from '../../../pipeline/outputs/native-charts.js';

const LEVELS = ['Excellent', 'Good', 'Fair', 'Poor', 'Very poor'];
const item = (id: string, counts: number[], low = 0.1, high = 0.9) => {
  const valid = counts.reduce((a, b) => a + b, 0);
  return { id, label: `Item ${id}`, levels: LEVELS, counts, positiveLevels: 2, valid, notApplicable: 3, positive: (counts[0] + counts[1]) / valid, positiveLow: low, positiveHigh: high };
};

describe('nativeDiverging', () => {
  it('nativeDiverging(items) sorts by positive share, stacks negative levels as negative values and splits the middle level half and half', () => {
    // a: 20 answers, 4+6 positive = 50%; b: 10 answers, 5+3 positive = 80%, so b comes first.
    const chart = nativeDiverging([item('a', [4, 6, 4, 4, 2]), item('b', [5, 3, 2, 0, 0])]);
    expect(chart.categories).toEqual(['Item b', 'Item a']);
    expect(chart).toMatchObject({ direction: 'bar', grouping: 'stacked', formatCode: '0%;0%', axis: { min: -1, max: 1 } });
    // Fair: b 2/10 = 0.2, a 4/20 = 0.2, half on each side of zero; the left half is out of the legend and unlabelled.
    expect(chart.series[0]).toMatchObject({ values: [-0.1, -0.1], legend: false, labels: [null, null] });
    expect(chart.series[1]).toMatchObject({ values: [0.1, 0.1], labels: ['20%', '20%'] });
    expect(chart.series[0].name).toBe(chart.series[1].name);
    // Then Good (weakest positive, next to zero), Excellent, then Poor and Very poor as negatives.
    expect(chart.series.slice(2).map((s) => s.name)).toEqual(['Good', 'Excellent', 'Poor', 'Very poor']);
    expect(chart.series[2].values).toEqual([3 / 10, 6 / 20]);
    expect(chart.series[3].values).toEqual([5 / 10, 4 / 20]);
    expect(chart.series[4].values).toEqual([-0, -4 / 20]);
    expect(chart.series[5].values).toEqual([-0, -2 / 20]);
    // Segments under 6% get no label: b's Poor (0) and Very poor (0); a's Very poor is 10%.
    expect(chart.series[5].labels).toEqual([null, undefined]);
    // Palette: strongest blue #08519c for Excellent, grey #b0b0b0 for the middle.
    expect(chart.series[3].colour).toBe('08519C');
    expect(chart.series[1].colour).toBe('B0B0B0');
    expect(chart.series[3].labelColour).toBe('FFFFFF');
  });
});

describe('nativeRanking', () => {
  it('nativeRanking(items, { best }) gives the positive shares highest first with their intervals, the best bar in the accent colour', () => {
    const chart = nativeRanking([item('a', [1, 1, 8, 0, 0], 0.05, 0.5), item('b', [5, 4, 1, 0, 0], 0.6, 0.97)], { best: 'b' });
    expect(chart.categories).toEqual(['Item b', 'Item a']);
    expect(chart.series[0].values).toEqual([0.9, 0.2]);
    expect(chart.series[0].interval).toMatchObject({ low: [0.6, 0.05], high: [0.97, 0.5] });
    expect(chart.series[0].pointColours).toEqual(['08519C', undefined]);
    expect(chart.series[0].colour).toBe('6B7280');
  });
});

describe('nativeOverview', () => {
  it('nativeOverview(groups) pairs each group\'s mean (range as the interval) with its pooled share', () => {
    const g = (id: string, mean: number, pooled: number, min: number, max: number) => ({ id, label: id, items: ['x', 'y'], valid: 10, meanPositive: mean, pooledPositive: pooled, minPositive: min, maxPositive: max });
    const chart = nativeOverview([g('A', 0.7, 0.72, 0.6, 0.8), g('B', 0.5, 0.5, 0.5, 0.5)], { meanLabel: 'mean', pooledLabel: 'pooled' });
    expect(chart.series.map((s) => [s.name, s.values])).toEqual([['mean', [0.7, 0.5]], ['pooled', [0.72, 0.5]]]);
    expect(chart.series[0].interval).toMatchObject({ low: [0.6, 0.5], high: [0.8, 0.5] });
  });
});

describe('nativeBreakdown', () => {
  it('nativeBreakdown(panels, { values }) gives a series per group in the values\' order, suppressed cells as blanks', () => {
    const cell = (value: string, positive: number | null) => ({ value, valid: positive === null ? null : 10, positive, positiveLow: positive && positive - 0.1, positiveHigh: positive && positive + 0.1, suppressed: positive === null });
    const chart = nativeBreakdown([{ id: 'p', label: 'Plenaries', cells: [cell('NGO', 0.5), cell('UN', null)] }, { id: 's', label: 'Side', cells: [cell('UN', 0.7), cell('NGO', 0.6)] }], { values: ['UN', 'NGO'] });
    expect(chart.categories).toEqual(['UN', 'NGO']);
    expect(chart.series.map((s) => s.values)).toEqual([[null, 0.5], [0.7, 0.6]]);
    expect(chart.series[0].interval!.low).toEqual([null, 0.4]);
  });
});

describe('nativeResponse', () => {
  it('nativeResponse(response, groups) gives each row\'s answered, not applicable and blank shares, the response interval on its row', () => {
    const chart = nativeResponse({ participants: 800, respondents: 200, rate: 0.25, low: 0.22, high: 0.28 }, [{ id: 'g', label: 'G', valid: 60, notApplicable: 30, missing: 10 }], { surveyLabel: 'responded', outcomeLabels: { answered: 'a', notApplicable: 'n', none: 'x' } });
    expect(chart.categories).toEqual(['responded', 'G']);
    // 200/800 = 0.25, 600/800 = 0.75; 60/100, 30/100, 10/100.
    expect(chart.series.map((s) => s.values)).toEqual([[0.25, 0.6], [0, 0.3], [0.75, 0.1]]);
    expect(chart.series[0].interval).toMatchObject({ low: [0.22, null], high: [0.28, null] });
  });
});

describe('nativeNps', () => {
  it('nativeNps(counts) gives a column per answer 0–10 in three series by range', () => {
    const counts = [1, 0, 2, 0, 0, 3, 4, 5, 6, 7, 8];
    const chart = nativeNps(counts, { rangeLabels: { detractors: 'D', passives: 'P', promoters: 'R' } });
    expect(chart.categories).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const _ = null;
    expect(chart.series.map((s) => s.values)).toEqual([[1, 0, 2, 0, 0, 3, 4, _, _, _, _], [_, _, _, _, _, _, _, 5, 6, _, _], [_, _, _, _, _, _, _, _, _, 7, 8]]);
  });
});

describe('nativeChoice and nativeThemes', () => {
  it('nativeChoice(bars) keeps the given order; nativeThemes(themes) sorts by count, ties in the given order', () => {
    const choice = nativeChoice([{ label: 'B', count: 1, share: 0.1, low: 0.02, high: 0.4 }, { label: 'A', count: 5, share: 0.5, low: 0.2, high: 0.8 }]);
    expect([choice.categories, choice.series[0].values, choice.series[0].interval!.high]).toEqual([['B', 'A'], [0.1, 0.5], [0.4, 0.8]]);
    const themes = nativeThemes([{ term: 'x', count: 2 }, { term: 'y', count: 5 }, { term: 'z', count: 2 }], { countLabel: 'respondents' });
    expect([themes.categories, themes.series[0].values, themes.formatCode]).toEqual([['y', 'x', 'z'], [5, 2, 2], '0']);
  });

  it('nativeDiverging(items, { lang: "fr" }) names the workbook\'s columns and writes the middle level\'s label in French', () => {
    const chart = nativeDiverging([item('a', [4, 6, 4, 4, 2])], { lang: 'fr' });
    expect(chart.categoryName).toBe('élément');
    // Fair: 4/20 = 20 %, with a no-break space.
    expect(chart.series[1].labels).toEqual(['20\u00a0%']);
    expect(chart.series[1].name).toBe('Fair (moitié de chaque côté)');
  });

  it('hex(colour) writes a palette colour as OOXML\'s six hex digits', () => {
    expect([hex('#08519c'), hex('white')]).toEqual(['08519C', 'FFFFFF']);
  });
});
