import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRenderer, divergingSpec, FONT_FILES, type ChartItem } from '../../charts/index.js';
import type { ChartPlan } from '../../pipeline/outputs/charts.js';
import { expectGolden } from './golden.js';
import { fixturePlans, handCounts, handShare, svgTexts } from './fixture.js';
import { expectNarrow, figures, placedLabels, placedMarks, svgLines } from './narrow-checks.js';

const renderer = createRenderer();
let plans: ChartPlan[];
beforeAll(async () => {
  plans = await fixturePlans();
}, 60_000);

/** A 5-level item with a middle level; counts best first. */
function item(id: string, label: string, counts: number[], notApplicable = 0): ChartItem {
  const valid = counts.reduce((a, b) => a + b, 0);
  const positive = (counts[0] + counts[1]) / valid;
  return { id, label, levels: ['Very good', 'Good', 'Neutral', 'Poor', 'Very poor'], counts, positiveLevels: 2, valid, notApplicable, positive, positiveLow: positive - 0.1, positiveHigh: positive + 0.1 };
}

type Row = Record<string, unknown>;
const rowsOf = (panel: unknown) => ((panel as { data: { values: Row[] } }).data.values);
const panelsOf = (spec: unknown) => (spec as { hconcat: unknown[] }).hconcat;

describe('divergingSpec', () => {
  it('divergingSpec(plenaries) renders the golden SVG', async () => {
    for (const name of ['logistics-likert', 'plenary-likert', 'side-event-likert']) {
      expectGolden(name, await renderer.svg(plans.find((p) => p.name === name)!.spec));
    }
  });

  it('divergingSpec(plenaries) labels every plenary with its hand-counted n, uncut', async () => {
    const svg = await renderer.svg(plans.find((p) => p.name === 'plenary-likert')!.spec);
    const texts = svgTexts(svg);
    const csv = handCounts();
    const columns = csv.sub.map((h, i) => [h, i] as const).filter(([h]) => /^Plenary \d/.test(h));
    expect(columns).toHaveLength(7);
    for (const [label, column] of columns) {
      const { valid } = handShare(csv.count(column));
      const shown = texts.find((t) => t.endsWith(`(n = ${valid})`) && label.startsWith(t.replace(/(…)? \(n = \d+\)$/, '')));
      expect(shown, `${label} (n = ${valid})`).toBeDefined();
    }
    // The longest label, Plenary 7 (n = 480), was cut by the axis before: now its n shows.
    expect(texts.some((t) => /^Plenary 7 .*… \(n = 480\)$/.test(t))).toBe(true);
  });

  it('divergingSpec(items, { labelWidth }) cuts a long label to the width, keeping "(n = 480)"', async () => {
    const long = item('a', 'A very long side-event title that goes on and on about mine action coordination in the field', [100, 200, 80, 60, 40]);
    const spec = divergingSpec([long, item('b', 'Short', [10, 10, 10, 10, 10])], { title: 'T', labelWidth: 200, fontSize: 12 });
    const texts = svgTexts(await renderer.svg(spec));
    const label = texts.find((t) => t.startsWith('A very long'))!;
    expect(label).toMatch(/… \(n = 480\)$/);
    const font = fontkit.create(readFileSync(FONT_FILES.regular)) as unknown as { unitsPerEm: number; layout: (s: string) => { advanceWidth: number } };
    const width = (font.layout(label).advanceWidth / font.unitsPerEm) * 12;
    expect(width).toBeLessThanOrEqual(200);
    expect(width).toBeGreaterThan(150);
    expect(texts).toContain('Short (n = 50)');
  });

  it('divergingSpec(items) puts negative levels left of zero, positive right, the middle split across zero', () => {
    const spec = divergingSpec([item('a', 'A', [20, 30, 10, 25, 15])], { title: 'T' });
    const rows = rowsOf(panelsOf(spec)[0]);
    const at = (level: string) => rows.find((r) => r.level === level)!;
    // Hand: valid 100; neutral 10% → −5%…5%; Good 5%…35%, Very good 35%…55%; Poor −5%…−30%, Very poor −30%…−45%.
    expect([at('Neutral').x, at('Neutral').x2]).toEqual([-0.05, 0.05]);
    expect(at('Good').x).toBeCloseTo(0.05, 12);
    expect(at('Good').x2).toBeCloseTo(0.35, 12);
    expect(at('Very good').x2).toBeCloseTo(0.55, 12);
    expect(at('Poor').x).toBeCloseTo(-0.05, 12);
    expect(at('Poor').x2).toBeCloseTo(-0.3, 12);
    expect(at('Very poor').x2).toBeCloseTo(-0.45, 12);
  });

  it('divergingSpec(items, { neutral: "aside" }) draws the middle level in its own panel', () => {
    const spec = divergingSpec([item('a', 'A', [20, 30, 10, 25, 15])], { title: 'T', neutral: 'aside' });
    const panels = panelsOf(spec);
    expect(panels).toHaveLength(3);
    expect(rowsOf(panels[0]).map((r) => r.level)).not.toContain('Neutral');
    expect(rowsOf(panels[0]).find((r) => r.level === 'Good')!.x).toBe(0);
    expect((panels[1] as { title: { text: string } }).title.text).toBe('Neutral');
    expect(rowsOf(panels[1])[0].share).toBeCloseTo(0.1, 12);
  });

  it('divergingSpec(items) puts not-applicable answers in a side panel, outside the base', () => {
    const spec = divergingSpec([item('a', 'A', [20, 30, 10, 25, 15], 25)], { title: 'T' });
    const panels = panelsOf(spec);
    const na = rowsOf(panels[panels.length - 1])[0];
    expect(na.share).toBeCloseTo(25 / 125, 12);
    expect(na.count).toBe(25);
    // Shares on the main panel stay over the 100 valid answers.
    expect(rowsOf(panels[0]).find((r) => r.level === 'Very good')!.share).toBeCloseTo(0.2, 12);
  });

  it('divergingSpec(items) sorts by positive share; { order: "survey" } keeps the export order', () => {
    const items = [item('low', 'Low', [5, 5, 30, 30, 30]), item('high', 'High', [40, 40, 10, 5, 5]), item('mid', 'Mid', [25, 25, 20, 15, 15])];
    const sortOf = (spec: unknown) => (rowsOf(panelsOf(spec)[0]) && ((panelsOf(spec)[0] as { layer: { encoding: { y: { sort: string[] } } }[] }).layer[0].encoding.y.sort));
    expect(sortOf(divergingSpec(items, { title: 'T' }))).toEqual(['high', 'mid', 'low']);
    expect(sortOf(divergingSpec(items, { title: 'T', order: 'survey' }))).toEqual(['low', 'high', 'mid']);
  });

  it('divergingSpec(items) hides segment labels below minLabel and those too narrow for their text', async () => {
    const spec = divergingSpec([item('a', 'A', [2, 48, 10, 37, 3])], { title: 'T', minLabel: 0.06 });
    const rows = rowsOf(panelsOf(spec)[0]);
    expect(rows.filter((r) => r.labelled).map((r) => r.level).sort()).toEqual(['Good', 'Neutral', 'Poor']);
    const texts = svgTexts(await renderer.svg(spec));
    expect(texts).toContain('48%');
    expect(texts).not.toContain('2%');
    expect(texts).not.toContain('3%');
  });

  it('divergingSpec(items) fixes the axis at −100%…100% and shows every declared level in the legend, even at zero', async () => {
    const spec = divergingSpec([item('a', 'A', [60, 40, 0, 0, 0])], { title: 'T' });
    const x = (panelsOf(spec)[0] as { layer: { encoding: { x: { scale: { domain: number[] } } } }[] }).layer[0].encoding.x;
    expect(x.scale.domain).toEqual([-1, 1]);
    const texts = svgTexts(await renderer.svg(spec));
    for (const level of ['Very good', 'Good', 'Neutral', 'Poor', 'Very poor']) expect(texts).toContain(level);
    // The axis reads 100% on both sides: no minus sign on shares.
    expect(texts.filter((t) => t === '100%').length).toBeGreaterThanOrEqual(3);
    expect(texts.some((t) => /[−-]\d/.test(t))).toBe(false);
  });
});

describe('divergingSpec(items, { layout: narrow })', () => {
  const SEGMENTS = ['key', 'level', 'count', 'share', 'x', 'x2', 'text'];
  const items = () => [item('low', 'Low', [5, 5, 30, 30, 30], 10), item('high', 'High', [40, 40, 10, 5, 5]), item('mid', 'A middling item with a label long enough to wrap on a phone', [25, 25, 20, 15, 15], 3)];

  it('divergingSpec(ndm-un23 groups, { layout: narrow }) are at most 360 px wide, their type 11 px or more, each label above its bar', async () => {
    for (const plan of (await fixturePlans({ layout: 'narrow' })).filter((p) => p.kind === 'likert')) await expectNarrow(plan.spec);
  });

  it('divergingSpec(items, { layout: narrow }) draws the same segments, order, colours and not-applicable shares as the wide layout', () => {
    const narrow = divergingSpec(items(), { title: 'T', layout: 'narrow' });
    const wide = divergingSpec(items(), { title: 'T' });
    expect(figures(narrow, SEGMENTS)).toEqual(figures(wide, SEGMENTS));
    // Rows top to bottom by positive share: high (80%), mid (50%), low (10%).
    expect([...new Set(placedMarks(narrow).map((m) => m.key))]).toEqual(['high', 'mid', 'low']);
    const scaleOf = (spec: unknown) => (panelsOf(spec)[0] as { layer: { encoding: { color?: { scale: unknown } } }[] }).layer[0].encoding.color!.scale;
    expect(scaleOf(narrow)).toEqual(scaleOf(wide));
    // Not applicable: 10 of 110 and 3 of 103, outside the base.
    const na = rowsOf(panelsOf(narrow).at(-1)).map((r) => [r.key, r.count, r.text]);
    expect(na).toEqual([['high', 0, '0%'], ['mid', 3, '3%'], ['low', 10, '9%']]);
  });

  it('divergingSpec(items, { layout: narrow }) wraps a long label whole, with its n, above its bar', async () => {
    const narrow = divergingSpec(items(), { title: 'T', layout: 'narrow' });
    const label = placedLabels(narrow).find((l) => l.key === 'mid')!;
    expect(label.lines.length).toBeGreaterThan(1);
    expect(label.lines.join(' ')).toBe('A middling item with a label long enough to wrap on a phone (n = 100)');
    const svg = await expectNarrow(narrow);
    expect(svgLines(svg).join(' ')).toContain('A middling item with a label long enough to wrap on a phone (n = 100)');
  });

  it('divergingSpec(items, { layout: narrow }) ticks every 50% in English, and only 100%, 0, 100% when French "100 %" would crowd them', () => {
    const ticks = (spec: unknown) => (panelsOf(spec)[0] as { layer: { encoding: { x: { axis: { values: number[] } } } }[] }).layer[0].encoding.x.axis.values;
    expect(ticks(divergingSpec(items(), { title: 'T', layout: 'narrow' }))).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(ticks(divergingSpec(items(), { title: 'T', layout: 'narrow', lang: 'fr' }))).toEqual([-1, 0, 1]);
    expect(ticks(divergingSpec(items(), { title: 'T', layout: 'narrow', neutral: 'aside' }))).toEqual([-1, 0, 1]);
  });

  it('divergingSpec(items, { neutral: "aside", layout: narrow }) keeps the middle level in its own panel', async () => {
    const narrow = divergingSpec(items(), { title: 'T', neutral: 'aside', layout: 'narrow' });
    expect(panelsOf(narrow)).toHaveLength(3);
    expect(rowsOf(panelsOf(narrow)[1]).map((r) => r.share)).toEqual([0.1, 0.2, 0.3]);
    await expectNarrow(narrow);
  });
});
