/**
 * The fold's breakdown counts: where they are kept while rows stream by (a
 * flat table per attribute, a cross of the common attribute values, nested
 * arrays for the rest) and how they are added up into one table when the
 * fold finishes.
 */
import { grown } from '../../util/grown.js';

/**
 * Breakdown counts of the common case live in one flat table per attribute,
 * [value][answer column][spelling], so a row's increments fall close together:
 * spellings below LEVEL_CAP, attribute values below a cap that keeps the table
 * within TABLE_CELLS (with at least one value: past 4,096 answer columns the
 * table is larger). Anything past the caps goes to nested arrays.
 */
export const LEVEL_CAP = 16;
const TABLE_CELLS = 1 << 16;

/**
 * Most rows fall in one cell of a small cross of their attribute values
 * (role × gender: a few dozen cells). Counted once per answer in a table per
 * cell, [cell][answer column][spelling], a row costs one increment per answer
 * instead of one per answer and attribute, plus one for the answer's own
 * count; `finish` adds the cells up into both. Each attribute's values below
 * its cap (at most CELL_VALUES) take part, while the table fits CELL_TABLE;
 * other rows are counted as before.
 */
const CELL_VALUES = 16;
const CELL_TABLE = 1 << 18;

/** The breakdown tables of one fold, sized by its answer and attribute columns. */
export interface BreakdownTables {
  /** Attribute values below this are counted in the flat tables. */
  valueCap: number;
  /** Per attribute, the flat breakdown table; see LEVEL_CAP. */
  flat: Int32Array[];
  /** [attribute][answer column][value] → counts per spelling, for what the flat tables cannot hold. */
  rare: Int32Array[][][];
  /** The cross of attribute values (see CELL_VALUES): per attribute, its values' cap and its stride in the cell number. */
  cellCap: Int32Array;
  cellStride: Int32Array;
  /** [cell][answer column][spelling] counts; empty when the cross is off. */
  cells: Int32Array;
}

/** Empty tables for `nj` answer columns and `na` attributes. */
export function breakdownTables(nj: number, na: number): BreakdownTables {
  const valueCap = nj === 0 ? 0 : Math.max(1, Math.min(64, Math.floor(TABLE_CELLS / (nj * LEVEL_CAP))));
  const flat = Array.from({ length: na }, () => new Int32Array(valueCap * nj * LEVEL_CAP));
  const rare: Int32Array[][][] = Array.from({ length: na }, () => Array.from({ length: nj }, () => []));
  const cellCap = new Int32Array(na).fill(Math.min(CELL_VALUES, valueCap));
  const cellCount = () => cellCap.reduce((a, b) => a * b, 1);
  // Halve the largest cap until the table fits; with too many attributes for that, no cross.
  while (cellCount() * nj * LEVEL_CAP > CELL_TABLE && Math.max(...cellCap) > 2) cellCap[cellCap.indexOf(Math.max(...cellCap))] >>= 1;
  const crossed = nj > 0 && cellCount() * nj * LEVEL_CAP <= CELL_TABLE;
  const cellStride = new Int32Array(na);
  for (let a = 0, stride = 1; a < na; stride *= cellCap[a++]) cellStride[a] = stride;
  const cells = new Int32Array(crossed ? cellCount() * nj * LEVEL_CAP : 0);
  return { valueCap, flat, rare, cellCap, cellStride, cells };
}

/**
 * The answers' counts (`answerCounts`, one array per answer column, added to
 * in place) and copies of the flat tables, with the cells added into both.
 */
export function uncross(tables: BreakdownTables, answerCounts: number[][]): { counts: number[][]; flat: Int32Array[] } {
  const counts = answerCounts;
  const flat = tables.flat.map((f) => f.slice());
  const nj = answerCounts.length;
  const cellCount = nj === 0 ? 0 : tables.cells.length / (nj * LEVEL_CAP);
  for (let c = 0; c < cellCount; c++) {
    for (let j = 0; j < nj; j++) {
      const base = (c * nj + j) * LEVEL_CAP;
      for (let x = 0; x < LEVEL_CAP; x++) {
        const n = tables.cells[base + x];
        if (n === 0) continue;
        counts[j][x] += n;
        for (let a = 0; a < flat.length; a++) {
          const v = Math.floor(c / tables.cellStride[a]) % tables.cellCap[a];
          flat[a][(v * nj + j) * LEVEL_CAP + x] += n;
        }
      }
    }
  }
  return { counts, flat };
}

/** The flat tables and the rare counts together, as [attribute][answer column][value] → counts per spelling. */
export function mergeBreakdowns(tables: BreakdownTables, flatTables: Int32Array[], nj: number): Int32Array[][][] {
  return tables.rare.map((byColumn, a) =>
    byColumn.map((byValue, j) => {
      const out: Int32Array[] = byValue.map((counts) => counts.slice());
      const flat = flatTables[a];
      for (let v = 0; v < tables.valueCap; v++) {
        const base = (v * nj + j) * LEVEL_CAP;
        let last = -1;
        for (let x = 0; x < LEVEL_CAP; x++) if (flat[base + x]) last = x;
        if (last < 0) continue;
        if (out[v] === undefined || out[v].length <= last) out[v] = grow(out[v], last + 1);
        const counts = out[v];
        for (let x = 0; x <= last; x++) counts[x] += flat[base + x];
      }
      return out;
    }),
  );
}

/** `counts` copied into an array of at least `size` (and 8) counts. */
export function grow(counts: Int32Array | undefined, size: number): Int32Array {
  return grown(counts ?? new Int32Array(0), Math.max(8, size));
}
