/**
 * The respondent ids of a run, to drop repeated responses. Numeric ids (the
 * common case: SurveyMonkey, LimeSurvey, Kobo's _id) live in an open-addressing
 * table of doubles, about 16 bytes an id instead of ~50 in a Set of boxed
 * numbers; a million respondents then fit the memory budget. Text ids use a Set.
 */
/** Share of slots filled before the table doubles: probes stay short, and a million ids take 16 MB. */
const MAX_LOAD = 0.6;

export class IdSet {
  /** Open addressing, linear probing; an empty slot holds NaN (never an id: ids are finite numbers). */
  private table: Float64Array;
  private numbers = 0;
  private readonly texts = new Set<string>();

  /** `expected`: ids the set should hold without growing (each growth rehashes every id); default 0, the smallest table (4,096 slots). */
  constructor(expected = 0) {
    let slots = 1 << 12;
    while (slots * MAX_LOAD < expected) slots *= 2;
    this.table = new Float64Array(slots).fill(NaN);
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
    return this.numbers + this.texts.size;
  }

  has(id: string | number): boolean {
    if (typeof id === 'string') return this.texts.has(id);
    return this.table[this.slot(id)] === id;
  }

  add(id: string | number): void {
    if (typeof id === 'string') {
      this.texts.add(id);
      return;
    }
    const s = this.slot(id);
    if (this.table[s] === id) return;
    this.table[s] = id;
    if (++this.numbers > this.table.length * MAX_LOAD) this.grow();
  }

  *[Symbol.iterator](): IterableIterator<string | number> {
    for (let s = 0; s < this.table.length; s++) if (this.table[s] === this.table[s]) yield this.table[s]; // not NaN
    yield* this.texts;
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
