/**
 * Small-cell suppression for one block of a breakdown: the cells of a
 * group's items by attribute value (`items[i][v]`, valid answers), and the
 * group's pooled cells (`group[v]` = Σᵢ items[i][v]). Item totals and the
 * group total are published elsewhere.
 */
export interface SuppressionBlock {
  /** Valid answers per item (row) and attribute value (column). */
  items: number[][];
  /** Valid answers of the whole group per attribute value: the column sums of `items`. */
  group: number[];
}

export interface Suppression {
  items: boolean[][];
  group: boolean[];
}

/**
 * Which cells to suppress. Primary: every cell with fewer than `minCell`
 * valid answers. Complementary: no hidden cell may be recoverable from the
 * published figures by any combination of the published relations: an
 * item's cells add up to the item's published total; the group's cells add
 * up to the group's published total; in each column, the item cells add up
 * to the group cell.
 *
 * 1. When a relation hides exactly one cell, the next smallest published
 *    cell of that relation is hidden too (ties: the first in order); repeat
 *    until no relation hides exactly one cell.
 * 2. Then check exactly, by linear algebra, that no hidden cell is
 *    determined by the relations together (two suppressed blocks joined by a
 *    single hidden cell can pass step 1 and still give that cell away); if
 *    one is, hide the smallest published cell of its row (else of its
 *    column) and go back to step 1.
 *
 * Deterministic: depends on the counts only.
 */
export function suppressCells(block: SuppressionBlock, options: { minCell?: number } = {}): Suppression {
  /** Smallest number of valid answers a published cell may rest on; default 5. */
  const k = options.minCell ?? 5;
  const hidden: Suppression = { items: block.items.map((row) => row.map((n) => n < k)), group: block.group.map((n) => n < k) };
  for (;;) {
    applyLineRules(block, hidden);
    const leak = determined(block, hidden);
    if (leak === undefined) return hidden;
    // Hide the smallest published cell of the leaking cell's row, else of its column.
    const [i, v] = leak;
    const j = i < 0 ? smallest(block.group, hidden.group) : smallest(block.items[i], hidden.items[i]);
    if (j >= 0) {
      (i < 0 ? hidden.group : hidden.items[i])[j] = true;
      continue;
    }
    const c = smallest(block.items.map((r) => r[v]), hidden.items.map((r) => r[v]));
    if (c >= 0) hidden.items[c][v] = true;
    else if (!hidden.group[v]) hidden.group[v] = true;
    else return hidden; // everything around it is hidden already
  }
}

/** Index of the smallest cell not yet hidden (ties: the first), or -1. */
function smallest(sizes: number[], hidden: boolean[]): number {
  let best = -1;
  for (let j = 0; j < sizes.length; j++) if (!hidden[j] && (best < 0 || sizes[j] < sizes[best])) best = j;
  return best;
}

function count(hidden: boolean[]): number {
  return hidden.reduce((a, h) => a + (h ? 1 : 0), 0);
}

/** Step 1: until no relation hides exactly one cell, hide the next smallest cell of any that does. */
function applyLineRules(block: SuppressionBlock, hidden: Suppression): void {
  const values = block.group.length;
  let changed = true;
  while (changed) {
    changed = false;
    // Rows: each item's cells, then the group's cells; each adds up to a published total.
    const rows: [number[], boolean[]][] = [...block.items.map((row, i): [number[], boolean[]] => [row, hidden.items[i]]), [block.group, hidden.group]];
    for (const [sizes, mask] of rows) {
      if (count(mask) !== 1) continue;
      const j = smallest(sizes, mask);
      if (j >= 0) {
        mask[j] = true;
        changed = true;
      }
    }
    // Columns: the item cells add up to the group cell.
    for (let v = 0; v < values; v++) {
      const mask = hidden.items.map((row) => row[v]);
      if (count(mask) + (hidden.group[v] ? 1 : 0) !== 1) continue;
      const i = smallest(block.items.map((row) => row[v]), mask);
      if (i >= 0) hidden.items[i][v] = true;
      else hidden.group[v] = true;
      changed = true;
    }
  }
}

/**
 * The first hidden cell (as [item, value], item −1 for the group row) that
 * the published relations determine, or undefined. A hidden cell is
 * determined when its unit vector lies in the row space of the relations
 * restricted to the hidden cells: in the reduced row echelon form, its pivot
 * row has no other non-zero entry.
 */
export function determined(block: SuppressionBlock, hidden: Suppression): [number, number] | undefined {
  const cells: [number, number][] = [];
  hidden.items.forEach((row, i) => row.forEach((h, v) => h && cells.push([i, v])));
  hidden.group.forEach((h, v) => h && cells.push([-1, v]));
  if (cells.length === 0) return undefined;
  const index = new Map(cells.map(([i, v], k) => [`${i},${v}`, k]));
  const at = (i: number, v: number) => index.get(`${i},${v}`);
  const rows: number[][] = [];
  const relation = (terms: [number, number, number][]) => {
    const r = cells.map(() => 0);
    for (const [i, v, sign] of terms) {
      const k = at(i, v);
      if (k !== undefined) r[k] += sign;
    }
    if (r.some((x) => x !== 0)) rows.push(r);
  };
  const values = block.group.length;
  block.items.forEach((_, i) => relation([...Array(values).keys()].map((v) => [i, v, 1])));
  relation([...Array(values).keys()].map((v) => [-1, v, 1]));
  for (let v = 0; v < values; v++) relation([...block.items.map((_, i): [number, number, number] => [i, v, 1]), [-1, v, -1]]);
  // Reduced row echelon form; entries stay small integers and halves, so a tolerance of 1e-9 is safe.
  const eps = 1e-9;
  let lead = 0;
  const pivots: number[] = [];
  for (let col = 0; col < cells.length && lead < rows.length; col++) {
    let p = lead;
    while (p < rows.length && Math.abs(rows[p][col]) < eps) p++;
    if (p === rows.length) continue;
    [rows[lead], rows[p]] = [rows[p], rows[lead]];
    const f = rows[lead][col];
    rows[lead] = rows[lead].map((x) => x / f);
    for (let r = 0; r < rows.length; r++) {
      if (r === lead || Math.abs(rows[r][col]) < eps) continue;
      const g = rows[r][col];
      rows[r] = rows[r].map((x, c) => x - g * rows[lead][c]);
    }
    pivots[lead] = col;
    lead++;
  }
  for (let r = 0; r < lead; r++) {
    if (rows[r].every((x, c) => c === pivots[r] || Math.abs(x) < eps)) return cells[pivots[r]];
  }
  return undefined;
}
