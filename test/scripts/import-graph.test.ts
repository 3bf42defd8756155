/**
 * The tree's three rules (no cycle, data flows one way, stages entered by
 * their door), checked on the real modules of pipeline/ and charts/; and the
 * graph functions themselves on small hand-made graphs, so that each rule can
 * be seen to fail.
 */
import { describe, expect, it } from 'vitest';
import {
  doorViolations, findCycles, flowViolations, parseImports, reachable, readImportGraph, resolveSpecifier, SIDE_DOORS, stageOf, STAGES, type ImportGraph, type Stage,
} from '../../scripts/import-graph.js';

const graph = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('parseImports(text)', () => {
  it('parseImports(text) finds static, type-only, re-exported and dynamic imports, and none in comments or strings', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "import { type C, type D } from './c.js';",
      "export { e } from './e.js';",
      "// import { f } from './f.js';",
      "const s = \"from './g.js'\";",
      "const h = await import('./h.js');",
      "import * as fs from 'node:fs';",
    ].join('\n');
    expect(parseImports(text)).toEqual([
      { specifier: './a.js', typeOnly: false, dynamic: false },
      { specifier: '../b.js', typeOnly: true, dynamic: false },
      { specifier: './c.js', typeOnly: true, dynamic: false },
      { specifier: './e.js', typeOnly: false, dynamic: false },
      { specifier: './h.js', typeOnly: false, dynamic: true },
      { specifier: 'node:fs', typeOnly: false, dynamic: false },
    ]);
  });
});

describe('resolveSpecifier(file, specifier)', () => {
  it('resolveSpecifier(file, "../x/y.js") is the .ts module; a package is undefined', () => {
    expect(resolveSpecifier('pipeline/narrate/groups.ts', '../metrics/index.js')).toBe('pipeline/metrics/index.ts');
    expect(resolveSpecifier('charts/diverging.ts', './font.js')).toBe('charts/font.ts');
    expect(resolveSpecifier('charts/diverging.ts', 'vega-lite')).toBeUndefined();
  });
});

describe('findCycles(graph)', () => {
  it('findCycles(graph) returns each cycle once, as its sorted modules; a chain is no cycle', () => {
    const g = graph({ a: ['b'], b: ['c'], c: ['a', 'd'], d: ['e'], e: [], f: ['f'], g: ['h'], h: ['g'] });
    expect(findCycles(g)).toEqual([['a', 'b', 'c'], ['f'], ['g', 'h']]);
    expect(findCycles(graph({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
  });
});

describe('reachable(graph, start)', () => {
  it('reachable(graph, start) is every module loaded from start, itself included', () => {
    expect(reachable(graph({ a: ['b', 'c'], b: ['d'], c: [], d: ['b'], e: ['a'] }), 'a')).toEqual(['a', 'b', 'c', 'd']);
  });
});

const TOY: Stage[] = [
  { name: 'first', paths: ['src/first/'], door: 'src/first/index.ts' },
  { name: 'second', paths: ['src/second/'], door: 'src/second/index.ts' },
  { name: 'main', paths: ['src/main.ts'] },
];

describe('stageOf(path, stages)', () => {
  it('stageOf(path, stages) is the position of the owning stage; a folder owns what is under it, a file only itself; -1 for none', () => {
    expect(['src/first/x/y.ts', 'src/second/index.ts', 'src/main.ts', 'src/main.tsx', 'src/other.ts'].map((p) => stageOf(p, TOY))).toEqual([0, 1, 2, -1, -1]);
  });
});

describe('flowViolations(graph, {stages})', () => {
  it('flowViolations(graph) names the imports from an earlier stage to a later one, only those', () => {
    const g = graph({
      'src/first/a.ts': ['src/first/b.ts', 'src/second/index.ts'],
      'src/second/c.ts': ['src/first/index.ts'],
      'src/main.ts': ['src/second/index.ts'],
      'src/other.ts': ['src/main.ts'],
    });
    expect(flowViolations(g, { stages: TOY })).toEqual([{ from: 'src/first/a.ts', to: 'src/second/index.ts' }]);
  });
});

describe('doorViolations(graph, {stages, sideDoors})', () => {
  it('doorViolations(graph) names imports into another stage past its door and not through a side door', () => {
    const g = graph({
      'src/second/a.ts': ['src/first/index.ts', 'src/first/inner.ts', 'src/first/light.ts', 'src/second/b.ts'],
      'src/main.ts': ['src/second/b.ts'],
    });
    expect(doorViolations(g, { stages: TOY, sideDoors: { 'src/first/light.ts': 'a reason' } })).toEqual([
      { from: 'src/second/a.ts', to: 'src/first/inner.ts' },
      { from: 'src/main.ts', to: 'src/second/b.ts' },
    ]);
  });
});

describe('the tree of pipeline/ and charts/', () => {
  const tree = readImportGraph(['pipeline', 'charts']);
  const loaded = readImportGraph(['pipeline', 'charts'], { types: false });

  it('readImportGraph(["pipeline", "charts"]): every module belongs to a stage, and every stage has modules', () => {
    expect([...tree.keys()].filter((m) => stageOf(m) < 0)).toEqual([]);
    expect(STAGES.filter((_, i) => ![...tree.keys()].some((m) => stageOf(m) === i)).map((s) => s.name)).toEqual([]);
  });

  it('findCycles(tree) finds no import cycle', () => {
    expect(findCycles(tree)).toEqual([]);
  });

  it('flowViolations(tree) finds no import going back up the flow', () => {
    expect(flowViolations(tree)).toEqual([]);
  });

  it('doorViolations(tree) finds no stage entered past its door; every door and side door exists', () => {
    expect(doorViolations(tree)).toEqual([]);
    const doors = [...STAGES.flatMap((s) => (s.door ? [s.door] : [])), ...Object.keys(SIDE_DOORS)];
    expect(doors.filter((d) => !tree.has(d))).toEqual([]);
  });

  it('reachable(tree, outputs worker) loads neither vega (charts/render, charts/index) nor ingest, metrics or the summary', () => {
    const modules = reachable(loaded, 'pipeline/outputs/outputs-worker.ts');
    expect(modules).toContain('pipeline/outputs/deck.ts');
    expect(modules.filter((m) => /^charts\/(render|index)\.ts$|^pipeline\/(ingest|metrics)\/|^pipeline\/narrate\/(?!model\.ts)/.test(m))).toEqual([]);
  });

  it('reachable(tree, fold worker) loads only ingest and the shared modules', () => {
    const modules = reachable(loaded, 'pipeline/ingest/stream/fold-worker.ts');
    expect(modules.filter((m) => !/^pipeline\/(ingest|util)\/|^pipeline\/(model|messages|errors)\.ts$/.test(m))).toEqual([]);
  });
});
