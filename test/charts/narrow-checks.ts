/**
 * What every narrow chart (charts/narrow.ts) must show, read from its spec
 * and its rendered SVG: the figure at most 360 px wide, no text under 11 px,
 * and each row's label wholly above its mark.
 */
import { expect } from 'vitest';
import { createRenderer, type TopLevelSpec } from '../../charts/index.js';

const renderer = createRenderer();

type Node = Record<string, unknown>;

/** Every object of a spec, depth first (layers, concatenated panels, a facet's spec). */
function walk(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const n of node) walk(n, out);
  else if (node && typeof node === 'object') {
    out.push(node as Node);
    for (const v of Object.values(node)) walk(v, out);
  }
  return out;
}

/** A row label as the spec places it: its key, the top of its first line, its lines and their height. */
export interface PlacedLabel {
  key: string;
  labelY: number;
  lines: string[];
  lineHeight: number;
}

/** The labels of a narrow spec: the data of the text layer placed by `labelY`, with that layer's line height. */
export function placedLabels(spec: TopLevelSpec): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  const nodes = walk(spec);
  for (const n of nodes) {
    const encoding = n.encoding as { y?: { field?: string } } | undefined;
    if (encoding?.y?.field !== 'labelY') continue;
    const mark = n.mark as { lineHeight: number };
    // The label layer carries its data, or (a facet) shares the spec's top data.
    const values = ((n.data as { values?: Node[] } | undefined)?.values ?? (spec as unknown as { data: { values: Node[] } }).data.values) as Node[];
    for (const v of values) out.push({ key: String(v.key), labelY: Number(v.labelY), lines: v.lines as string[], lineHeight: mark.lineHeight });
  }
  return out;
}

/** Data rows placed by narrow.ts: each with its key and the top of its bar (`y`) or the middle of its mark (`mid`). */
export function placedMarks(spec: TopLevelSpec): { key: string; top: number }[] {
  const rows: { key: string; top: number }[] = [];
  for (const n of walk(spec)) {
    const values = (n.data as { values?: Node[] } | undefined)?.values;
    if (!Array.isArray(values)) continue;
    for (const v of values) {
      if (typeof v.key !== 'string' || v.lines !== undefined) continue;
      if (typeof v.y === 'number') rows.push({ key: v.key, top: v.y });
      else if (typeof v.mid === 'number') rows.push({ key: v.key, top: v.mid });
    }
  }
  return rows;
}

/** The root width of an SVG and every font size in it, in px. */
export function svgSizes(svg: string): { width: number; fontSizes: number[] } {
  const width = Number(/^<svg\b[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
  return { width, fontSizes: [...svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1])) };
}

/**
 * Renders a narrow spec and checks the three promises of the narrow layout;
 * returns the SVG for the caller's own checks. `labelled` is false for a
 * chart without row labels (the NPS bars).
 */
export async function expectNarrow(spec: TopLevelSpec, labelled = true): Promise<string> {
  const svg = await renderer.svg(spec);
  const { width, fontSizes } = svgSizes(svg);
  expect(width).toBeGreaterThan(0);
  expect(width).toBeLessThanOrEqual(360);
  expect(fontSizes.length).toBeGreaterThan(0);
  expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(11);
  if (!labelled) return svg;
  const labels = placedLabels(spec);
  const marks = placedMarks(spec);
  expect(labels.length).toBeGreaterThan(0);
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) {
    const label = labels.find((l) => l.key === m.key);
    expect(label, `row ${m.key} has a label`).toBeDefined();
    // The label's last line ends above the mark's top.
    expect(label!.labelY + label!.lines.length * label!.lineHeight).toBeLessThanOrEqual(m.top);
  }
  return svg;
}

/**
 * The figures a spec draws: every data row (of any layer or panel) that has
 * all of `fields`, those fields alone, each distinct row once, in order. The
 * wide and the narrow layout of one chart must give the same list.
 */
export function figures(spec: TopLevelSpec, fields: string[]): Record<string, unknown>[] {
  const seen = new Set<string>();
  const out: Record<string, unknown>[] = [];
  for (const n of walk(spec)) {
    const values = (n.data as { values?: Node[] } | undefined)?.values;
    if (!Array.isArray(values)) continue;
    for (const v of values) {
      if (!fields.every((f) => f in v)) continue;
      const picked = Object.fromEntries(fields.map((f) => [f, v[f]]));
      const key = JSON.stringify(picked);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(picked);
    }
  }
  return out;
}

/** Every line of text an SVG draws: single-line texts and each line (tspan) of a multi-line one, entities decoded. */
export function svgLines(svg: string): string[] {
  return [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)<\/(?:text|tspan)>/g)].map((m) =>
    m[1].replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}
