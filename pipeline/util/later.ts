/**
 * Marks a promise that is awaited later, after other awaits: if it fails
 * first, Node must not count the failure as unhandled (and end the process);
 * the later `await` still sees it.
 */
export function later<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
