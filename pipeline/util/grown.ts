/**
 * A copy of a typed array with room for `size` elements (the rest zero): the
 * fold and the id set keep counts and ids in typed arrays that grow as they fill.
 */
export function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, size: number): T {
  const next = new (array.constructor as new (length: number) => T)(size);
  next.set(array);
  return next;
}
