/**
 * The import graph of the project's own modules, and the three rules the tree
 * keeps (checked by test/scripts/import-graph.test.ts, run by `npm test`):
 * 1. no import cycle;
 * 2. data flows one way: a module never imports one of a later stage (STAGES
 *    is the order: shared helpers, ingest, config, metrics, narrate, charts,
 *    outputs, entry points);
 * 3. a stage is entered by its door, the index.ts at its root, or by one of the
 *    few side doors in SIDE_DOORS, each with its reason.
 * Type-only imports count: a type from a later stage is still a dependency on it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';

/** One import of a module: what it names, as written, and how. */
export interface ImportSpec {
  specifier: string;
  /** `import type …` or `export type … from`: erased from the built code. */
  typeOnly: boolean;
  /** `import('…')`: loaded on demand. */
  dynamic: boolean;
}

/** Module path (relative to the project, `.ts`) → the project modules it imports. */
export type ImportGraph = Map<string, string[]>;

/** A stage of the flow: the files it owns (a folder ends with `/`) and its door (none: each file is its own). */
export interface Stage {
  name: string;
  paths: string[];
  door?: string;
}

/** The stages in the order data moves; a stage may import its own files and those of stages before it. */
export const STAGES: Stage[] = [
  { name: 'shared', paths: ['pipeline/model.ts', 'pipeline/messages.ts', 'pipeline/errors.ts'] },
  { name: 'util', paths: ['pipeline/util/'] },
  { name: 'ingest', paths: ['pipeline/ingest/'], door: 'pipeline/ingest/index.ts' },
  { name: 'config', paths: ['pipeline/config/'], door: 'pipeline/config/index.ts' },
  { name: 'metrics', paths: ['pipeline/metrics/'], door: 'pipeline/metrics/index.ts' },
  { name: 'narrate', paths: ['pipeline/narrate/'], door: 'pipeline/narrate/index.ts' },
  { name: 'charts', paths: ['charts/'], door: 'charts/index.ts' },
  { name: 'outputs', paths: ['pipeline/outputs/'], door: 'pipeline/outputs/index.ts' },
  { name: 'entry', paths: ['pipeline/bin.ts', 'pipeline/cli-early.ts', 'pipeline/cli.ts', 'pipeline/run.ts'] },
];

/**
 * Modules another stage may import directly, because going through the door
 * would load more than the importer may: each says why.
 */
export const SIDE_DOORS: Record<string, string> = {
  'charts/advances.ts': 'the PDF writer (outputs worker) reads TrueType tables without vega',
  'charts/font.ts': 'the outputs worker draws deck.pptx and charts.pdf with the font alone; charts/index.ts loads vega',
  'charts/raster.ts': 'the outputs worker rasterises charts without vega',
  'charts/slides.ts': 'the outputs worker sizes slides without vega',
  'pipeline/config/apply.ts': 'config/index.ts loads zod and yaml, which a run without a config file must not',
  'pipeline/config/formats.ts': 'as apply.ts: the output formats without zod',
  'pipeline/config/load.ts': 'imported on demand (zod, yaml) when a config file is given',
  'pipeline/config/draft.ts': 'imported on demand (yaml) by `debrief config`',
  'pipeline/config/draft-header.ts': 'the CLI prints the draft header with no config loaded: config/index.ts loads zod and yaml',
};

/** The imports written in one module's source. */
export function parseImports(text: string, options: { file?: string } = {}): ImportSpec[] {
  /** Name used in parse errors; default `module.ts`. */
  const source = ts.createSourceFile(options.file ?? 'module.ts', text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const out: ImportSpec[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      // `import { type A, type B }` is erased as a whole, like `import type`.
      const namedTypes = !!clause?.namedBindings && ts.isNamedImports(clause.namedBindings) && !clause.name && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly);
      out.push({ specifier: node.moduleSpecifier.text, typeOnly: !!clause?.isTypeOnly || namedTypes, dynamic: false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, dynamic: false });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      out.push({ specifier: node.arguments[0].text, typeOnly: false, dynamic: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The project module a relative specifier names from `file` (`./a.js` → `dir/a.ts`); undefined for packages. */
export function resolveSpecifier(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  const path = posix.normalize(posix.join(posix.dirname(file), specifier));
  return path.endsWith('.js') ? `${path.slice(0, -3)}.ts` : path;
}

/** The import graph of every .ts file under `folders` (relative to the working directory). */
export function readImportGraph(folders: string[], options: { types?: boolean } = {}): ImportGraph {
  /** Keep type-only imports (false: only what is loaded, now or on demand); default true. */
  const types = options.types ?? true;
  const graph: ImportGraph = new Map();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = posix.join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        const targets = parseImports(readFileSync(path, 'utf8'), { file: path }).filter((s) => types || !s.typeOnly).map((s) => resolveSpecifier(path, s.specifier)).filter((t): t is string => t !== undefined && t.endsWith('.ts'));
        graph.set(path, [...new Set(targets)]);
      }
    }
  };
  for (const folder of folders) walk(folder);
  return graph;
}

/** Every module `start` loads, itself included, in a stable order. */
export function reachable(graph: ImportGraph, start: string): string[] {
  const seen = new Set<string>([start]);
  const todo = [start];
  while (todo.length) for (const w of graph.get(todo.pop()!) ?? []) if (!seen.has(w)) (seen.add(w), todo.push(w));
  return [...seen].sort();
}

/** Every cycle as its strongly connected component (Tarjan), each sorted, in a stable order; a module importing itself counts. */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let next = 0;
  const connect = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The position in `stages` of the stage that owns `path`; -1 when none does. */
export function stageOf(path: string, stages: Stage[] = STAGES): number {
  return stages.findIndex((s) => s.paths.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p)));
}

/** Imports that go back up the flow: from a module to one of a later stage. */
export function flowViolations(graph: ImportGraph, options: { stages?: Stage[] } = {}): { from: string; to: string }[] {
  /** The stages in flow order; default STAGES. */
  const stages = options.stages ?? STAGES;
  const out: { from: string; to: string }[] = [];
  for (const [from, targets] of graph) {
    const a = stageOf(from, stages);
    for (const to of targets) {
      const b = stageOf(to, stages);
      if (a >= 0 && b > a) out.push({ from, to });
    }
  }
  return out;
}

/** Imports into another stage that neither name its door nor a side door. */
export function doorViolations(graph: ImportGraph, options: { stages?: Stage[]; sideDoors?: Record<string, string> } = {}): { from: string; to: string }[] {
  /** The stages; default STAGES. */
  const stages = options.stages ?? STAGES;
  /** Modules that may be imported past the door; default SIDE_DOORS. */
  const sideDoors = options.sideDoors ?? SIDE_DOORS;
  const out: { from: string; to: string }[] = [];
  for (const [from, targets] of graph) {
    const a = stageOf(from, stages);
    for (const to of targets) {
      const b = stageOf(to, stages);
      if (b < 0 || b === a) continue;
      const door = stages[b].door;
      if (door !== undefined && to !== door && !(to in sideDoors)) out.push({ from, to });
    }
  }
  return out;
}
