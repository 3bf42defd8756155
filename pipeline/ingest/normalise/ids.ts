/**
 * The respondent ids of a run, to drop repeated responses. Numeric ids (the
 * common case: SurveyMonkey, LimeSurvey, Kobo's _id) are kept as doubles, not
 * in a Set of boxed numbers; a million respondents then fit the memory budget.
 * Exports list respondents in id order, rising or falling, so ids that
 * continue that order go to a sorted run (an append, and a comparison with
 * its end to know they are new); the others go to an open-addressing table.
 * Text ids use a Set.
 */
import { grown } from '../../util/grown.js';

/** Share of slots filled before the table doubles: probes stay short. */
const MAX_LOAD = 0.6;

export class IdSet {
  /** Ids in strictly monotonic order, in `direction` (1 rising, -1 falling, 0 not known: fewer than two). */
  private run: Float64Array;
  private runLength = 0;
  private direction = 0;
  /** Open addressing, linear probing; an empty slot holds NaN (never an id: ids are finite numbers). */
  private table = new Float64Array(1 << 10).fill(NaN);
  private tabled = 0;
  private readonly texts = new Set<string>();

  /** `expected`: ids the set should hold without growing; default 0 (it grows as needed). */
  constructor(expected = 0) {
    this.run = new Float64Array(Math.max(1024, expected));
  }

  static from(ids: Iterable<string | number>, expected?: number): IdSet {
    const set = new IdSet(expected);
    for (const id of ids) set.add(id);
    return set;
  }

  /** Adds every numeric id of `numbers` and every text id of `texts`. */
  addAll(numbers: ArrayLike<number>, texts: readonly string[] = []): void {
    for (let k = 0; k < numbers.length; k++) this.add(numbers[k]);
    for (const t of texts) this.add(t);
  }

  /** True when any id of `numbers` or `texts` is in the set. */
  hasAny(numbers: ArrayLike<number>, texts: readonly string[] = []): boolean {
    for (let k = 0; k < numbers.length; k++) if (this.has(numbers[k])) return true;
    return texts.some((t) => this.has(t));
  }

  get size(): number {
    return this.runLength + this.tabled + this.texts.size;
  }

  has(id: string | number): boolean {
    if (typeof id === 'string') return this.texts.has(id);
    return this.inRun(id) || (this.tabled > 0 && this.table[this.slot(id)] === id);
  }

  add(id: string | number): void {
    this.addNew(id);
  }

  /** Adds `id`; false when it was in the set already (one lookup for the fold's test-and-add). */
  addNew(id: string | number): boolean {
    if (typeof id === 'string') {
      if (this.texts.has(id)) return false;
      this.texts.add(id);
      return true;
    }
    if (this.continuesRun(id)) {
      // New to the run; the table may hold it from before the run reached it.
      if (this.tabled > 0 && this.table[this.slot(id)] === id) return false;
      if (this.runLength === this.run.length) this.run = grown(this.run, 2 * this.run.length);
      if (this.runLength === 1) this.direction = id > this.run[0] ? 1 : -1;
      this.run[this.runLength++] = id;
      return true;
    }
    if (this.inRun(id)) return false;
    const s = this.slot(id);
    if (this.table[s] === id) return false;
    this.table[s] = id;
    if (++this.tabled > this.table.length * MAX_LOAD) this.grow();
    return true;
  }

  *[Symbol.iterator](): IterableIterator<string | number> {
    for (let k = 0; k < this.runLength; k++) yield this.run[k];
    for (let s = 0; s < this.table.length; s++) if (this.table[s] === this.table[s]) yield this.table[s]; // not NaN
    yield* this.texts;
  }

  /** True when `id` lies beyond the run's end in its direction (any id does while the run has under two). */
  private continuesRun(id: number): boolean {
    const n = this.runLength;
    if (n === 0) return true;
    const last = this.run[n - 1];
    if (this.direction === 0) return id !== last;
    return this.direction > 0 ? id > last : id < last;
  }

  /** Binary search of the run, after a look at its ends (ids met later in the same order lie past them). */
  private inRun(id: number): boolean {
    const run = this.run;
    let lo = 0;
    let hi = this.runLength - 1;
    if (hi < 0) return false;
    const up = this.direction >= 0;
    if (up ? id < run[0] || id > run[hi] : id > run[0] || id < run[hi]) return false;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = run[mid];
      if (v === id) return true;
      if (v < id === up) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** The slot holding `id`, or the empty slot where it would go (linear probing). */
  private slot(id: number): number {
    const mask = this.table.length - 1;
    const low = id >>> 0;
    const high = Math.floor(id / 4294967296) >>> 0;
    let s = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) & mask;
    // NaN !== NaN: an empty slot also ends the probe.
    for (let v = this.table[s]; v !== id && v === v; v = this.table[s]) s = (s + 1) & mask;
    return s;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2).fill(NaN);
    for (let s = 0; s < old.length; s++) {
      const id = old[s];
      if (id === id) this.table[this.slot(id)] = id;
    }
  }
}
