/**
 * The URL of a worker script beside `moduleUrl`. Built code (dist/, or the
 * bundle, where scripts/bundle.ts names the workers alike) finds it there;
 * under vitest the module runs from its TypeScript source, and the worker
 * still runs built code: the same path under dist/.
 */
export function workerUrl(moduleUrl: string, name: string): URL {
  if (!moduleUrl.endsWith('.ts')) return new URL(`./${name}.js`, moduleUrl);
  const at = moduleUrl.lastIndexOf('/pipeline/');
  return new URL(`./${name}.js`, `${moduleUrl.slice(0, at)}/dist${moduleUrl.slice(at)}`);
}
