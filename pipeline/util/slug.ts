/**
 * Turns a label into a safe id and file name: ASCII letters, digits and
 * dashes only, so it can never name a path outside the output folder.
 */
export function slugify(label: string, options: { max?: number } = {}): string {
  /** Longest slug; default 48. */
  const max = options.max ?? 48;
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || 'item';
}

/** Makes ids unique by suffixing `-2`, `-3`… in order of appearance. */
export function uniqueIds(labels: string[], options: { max?: number } = {}): string[] {
  const used = new Set<string>();
  return labels.map((label) => {
    const base = slugify(label, options);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
