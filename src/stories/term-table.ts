// A sparse vector over term ids: parallel typed arrays in insertion order (like a Map's iteration order,
// so sums over it add up in the same order as before) with an open-addressing index for look-ups. Used
// for an article's term counts and vectors, for centroids and for a story's names and numbers.

/** Terms with weights, position by position (ids[i] weighs values[i]). */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly values: Float64Array;
  readonly size: number;
}

/** The entries of a vector that may be in a table (see TermTable.mayShare); reused from call to call. */
export class Overlap {
  positions = new Int32Array(256);
  count = 0;
  sumSq = 0;
}

export class TermTable implements SparseVector {
  /** ids[0, size) and values[0, size): the entries in the order they were first added. */
  ids: Int32Array;
  values: Float64Array;
  size = 0;
  /**
   * Open addressing over ids, two fields per slot: [id, position + 1], position + 1 = 0 for an empty
   * slot. The id beside the position settles most probes without reading `ids` (another cache miss
   * in a table not recently used, as a story's centroid is when an article is scored against it).
   */
  private slots: Int32Array;
  /**
   * A bit per FILTER_BITS-th of the ids (filterBit), set for the ids present: an id whose bit is
   * clear is absent without a probe. Two cache lines, where probing for an absent id reads one line
   * of `slots` per id (scoring looks up an article's terms in a story's table, and four in ten of
   * them are not there).
   */
  private readonly filter = new Int32Array(FILTER_BITS >> 5);

  constructor(capacity = 16) {
    this.ids = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.slots = new Int32Array(capacity * 4);
  }

  /** The value of `id`, 0 when absent. */
  get(id: number): number {
    if (!this.mayHave(id)) return 0;
    const at = this.position(id);
    return at < 0 ? 0 : this.values[at]!;
  }

  /** Σ vector·this, walking the vector in its order (the hot loop of scoring, hence written out). */
  dot(vector: SparseVector): number {
    const { values, slots, filter } = this;
    const mask = (slots.length >> 1) - 1;
    const vectorIds = vector.ids;
    const vectorValues = vector.values;
    let sum = 0;
    for (let i = 0; i < vector.size; i++) {
      const id = vectorIds[i]!;
      let value = 0;
      const bit = filterBit(id);
      // An absent id adds 0, as it did when probed: the sum stays the same, term by term.
      if ((filter[bit >>> 5]! & (1 << (bit & 31))) !== 0)
        for (let at = slotOf(id, mask); ; at = (at + 1) & mask) {
          const position = slots[2 * at + 1]!;
          if (position === 0) break;
          if (slots[2 * at] === id) {
            value = values[position - 1]!;
            break;
          }
        }
      sum += vectorValues[i]! * value;
    }
    return sum;
  }

  /**
   * Writes into `out` the positions of the vector's entries whose id may be in this table (its
   * filter bit is set), in the vector's order, and the sum of their squared values. By
   * Cauchy–Schwarz, dot(vector) is at most √(that sum) times this table's norm: the bound that lets
   * scoring skip most dot products (see Clusterer.score), read from the filter alone.
   */
  mayShare(vector: SparseVector, out: Overlap): void {
    const filter = this.filter;
    const { ids, values, size } = vector;
    if (out.positions.length < size) out.positions = new Int32Array(size * 2);
    const positions = out.positions;
    let count = 0;
    let sumSq = 0;
    for (let i = 0; i < size; i++) {
      const bit = filterBit(ids[i]!);
      if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      positions[count++] = i;
      sumSq += values[i]! * values[i]!;
    }
    out.count = count;
    out.sumSq = sumSq;
  }

  /**
   * dot(vector) over the positions `maybe` holds (mayShare of this table and this vector), to the
   * last bit: the other entries are absent, and dot adds 0 for each of them, which leaves the sum
   * as it is.
   */
  dotAt(vector: SparseVector, maybe: Overlap): number {
    const { values, slots } = this;
    const mask = (slots.length >> 1) - 1;
    const vectorIds = vector.ids;
    const vectorValues = vector.values;
    const positions = maybe.positions;
    let sum = 0;
    for (let k = 0; k < maybe.count; k++) {
      const i = positions[k]!;
      const id = vectorIds[i]!;
      for (let at = slotOf(id, mask); ; at = (at + 1) & mask) {
        const position = slots[2 * at + 1]!;
        if (position === 0) break;
        if (slots[2 * at] === id) {
          sum += vectorValues[i]! * values[position - 1]!;
          break;
        }
      }
    }
    return sum;
  }

  has(id: number): boolean {
    return this.mayHave(id) && this.position(id) >= 0;
  }

  /** False when `id` is surely absent (its filter bit is clear). */
  private mayHave(id: number): boolean {
    const bit = filterBit(id);
    return (this.filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  /** Adds `delta` to the value of `id` (a new entry starts from 0). */
  add(id: number, delta: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let at = slotOf(id, mask);
    for (let position = slots[2 * at + 1]!; position !== 0; position = slots[2 * at + 1]!) {
      if (slots[2 * at] === id) {
        this.values[position - 1] = this.values[position - 1]! + delta;
        return;
      }
      at = (at + 1) & mask;
    }
    if (this.size === this.ids.length) {
      this.grow();
      this.add(id, delta);
      return;
    }
    const position = this.size++;
    this.ids[position] = id;
    this.values[position] = 0 + delta;
    slots[2 * at] = id;
    slots[2 * at + 1] = position + 1;
    const bit = filterBit(id);
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** Adds every entry of `other`, in its order. */
  addAll(other: SparseVector): void {
    for (let i = 0; i < other.size; i++) this.add(other.ids[i]!, other.values[i]!);
  }

  clear(): void {
    if (this.size === 0) return;
    this.slots.fill(0);
    this.filter.fill(0);
    this.size = 0;
  }

  /** Euclidean length, summed in insertion order; 1 for an empty table. */
  norm(): number {
    let sum = 0;
    for (let i = 0; i < this.size; i++) sum += this.values[i]! * this.values[i]!;
    return Math.sqrt(sum) || 1;
  }

  /** Keeps only the entries at `positions` (ascending), preserving their order. */
  keepPositions(positions: readonly number[]): void {
    positions.forEach((from, to) => {
      this.ids[to] = this.ids[from]!;
      this.values[to] = this.values[from]!;
    });
    this.size = positions.length;
    this.reindex();
  }

  entries(term: (id: number) => string): [string, number][] {
    const out: [string, number][] = [];
    for (let i = 0; i < this.size; i++) out.push([term(this.ids[i]!), this.values[i]!]);
    return out;
  }

  private position(id: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let at = slotOf(id, mask); ; at = (at + 1) & mask) {
      const position = slots[2 * at + 1]!;
      if (position === 0) return -1;
      if (slots[2 * at] === id) return position - 1;
    }
  }

  private grow(): void {
    const ids = new Int32Array(this.ids.length * 2);
    const values = new Float64Array(this.ids.length * 2);
    ids.set(this.ids);
    values.set(this.values);
    this.ids = ids;
    this.values = values;
    this.slots = new Int32Array(ids.length * 4);
    this.reindex();
  }

  private reindex(): void {
    const { slots, filter } = this;
    slots.fill(0);
    filter.fill(0);
    const mask = (slots.length >> 1) - 1;
    for (let i = 0; i < this.size; i++) {
      const bit = filterBit(this.ids[i]!);
      filter[bit >>> 5]! |= 1 << (bit & 31);
      let at = slotOf(this.ids[i]!, mask);
      while (slots[2 * at + 1] !== 0) at = (at + 1) & mask;
      slots[2 * at] = this.ids[i]!;
      slots[2 * at + 1] = i + 1;
    }
  }
}

/**
 * Tables no longer used, emptied and handed out again: a typed array lives outside the heap, and
 * allocating one (three per table) and later freeing it costs more than clearing a table. Tables
 * keep the capacity they grew to, which changes nothing but how soon they grow again.
 */
export class TablePool {
  private readonly spare: TermTable[] = [];

  /** `capacity`: of the tables made new when none is spare. */
  constructor(private readonly capacity: number) {}

  take(): TermTable {
    const table = this.spare.pop();
    if (!table) return new TermTable(this.capacity);
    table.clear();
    return table;
  }

  /** Takes back a table that nothing reads any more. */
  give(table: TermTable | null | undefined): void {
    if (table) this.spare.push(table);
  }
}

/** Bits of a TermTable's filter (a power of two, at least 32). */
const FILTER_BITS = 1024;
const FILTER_SHIFT = 32 - Math.log2(FILTER_BITS);

/** An id's bit in a TermTable's filter: the top bits of another multiplicative hash than slotOf's. */
function filterBit(id: number): number {
  return Math.imul(id, 0x85ebca6b) >>> FILTER_SHIFT;
}

/** Fibonacci hashing: consecutive ids spread over the table. */
function slotOf(id: number, mask: number): number {
  const h = Math.imul(id, 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}

let sortScratch = new Float64Array(1024);

/**
 * Positions (ascending) of the `count` heaviest entries; ties at the cut go to the alphabetically first
 * terms, so the choice does not depend on the order of arrival. Finds the cut weight by sorting the
 * weights alone, which needs no comparator.
 */
export function heaviest(vector: SparseVector, count: number, termOf: (id: number) => string): number[] {
  const { ids, values, size } = vector;
  const positions: number[] = [];
  if (size <= count) {
    for (let i = 0; i < size; i++) positions.push(i);
    return positions;
  }
  if (sortScratch.length < size) sortScratch = new Float64Array(size * 2);
  // A copy sorted in reused memory: a slice would be a new buffer outside the heap every time a
  // centroid is pruned.
  const sorted = sortScratch.subarray(0, size);
  sorted.set(values.subarray(0, size));
  const cut = sorted.sort()[size - count]!;
  let above = 0;
  const ties: number[] = [];
  for (let i = 0; i < size; i++) {
    if (values[i]! > cut) above++;
    else if (values[i] === cut) ties.push(i);
  }
  // Usually one weight sits at the cut; when more tie than fit, the first terms alphabetically stay.
  const room = count - above;
  const kept =
    ties.length > room
      ? new Set(ties.sort((x, y) => (termOf(ids[x]!) < termOf(ids[y]!) ? -1 : 1)).slice(0, room))
      : null;
  for (let i = 0; i < size; i++)
    if (values[i]! > cut || (values[i] === cut && (!kept || kept.has(i)))) positions.push(i);
  return positions;
}

/**
 * The ids of the `count` heaviest terms of an article vector (ties to the alphabetically first, as in
 * `heaviest`), by insertion into a short sorted list: the vector is short and `count` smaller still.
 * Written into `top` (emptied first), for a caller that reuses one list from article to article.
 */
export function topTerms(
  vector: SparseVector,
  count: number,
  termOf: (id: number) => string,
  top: number[] = [],
): number[] {
  // The list's length is set once at the end: emptying an array (length = 0) frees its storage.
  let size = 0;
  for (let i = 0; i < vector.size; i++) {
    if (size === count && !heavier(i, top[count - 1]!, vector, termOf)) continue;
    let at = size === count ? count - 1 : size++;
    for (; at > 0 && heavier(i, top[at - 1]!, vector, termOf); at--) top[at] = top[at - 1]!;
    top[at] = i;
  }
  top.length = size;
  for (let i = 0; i < size; i++) top[i] = vector.ids[top[i]!]!;
  return top;
}

/** Whether the entry at position x ranks before the one at y: heavier, or as heavy and first alphabetically. */
function heavier(x: number, y: number, vector: SparseVector, termOf: (id: number) => string): boolean {
  const { ids, values } = vector;
  return values[x]! > values[y]! || (values[x] === values[y] && termOf(ids[x]!) < termOf(ids[y]!));
}

/**
 * Counts by 32-bit key (paragraph hashes), in one typed array: a stream carries millions of
 * paragraphs, and a Map would box each key above 2³⁰ as a heap number. Each key sits beside its
 * count, so that a look-up in this large table costs one cache miss rather than two.
 */
export class KeyCounts {
  /** [key, count] per slot; a count of 0 marks an empty slot (a stored count is at least 1). */
  private slots = new Int32Array(2 * 1024);
  private size = 0;

  get(key: number): number {
    return this.slots[this.slot(key) + 1]!;
  }

  add(key: number, count: number): void {
    const at = this.slot(key);
    if (this.slots[at + 1] === 0) {
      this.slots[at] = key;
      this.size++;
    }
    this.slots[at + 1] = this.slots[at + 1]! + count;
    if (this.size * 4 > this.slots.length) this.grow();
  }

  entries(): [number, number][] {
    const out: [number, number][] = [];
    for (let at = 0; at < this.slots.length; at += 2)
      if (this.slots[at + 1]! > 0) out.push([this.slots[at]! >>> 0, this.slots[at + 1]!]);
    return out;
  }

  /** The offset of the slot holding `key`, or of the empty slot where it would go. */
  private slot(key: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const signed = key | 0;
    let at = key & mask;
    while (slots[2 * at + 1] !== 0 && slots[2 * at] !== signed) at = (at + 1) & mask;
    return 2 * at;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.size = 0;
    for (let at = 0; at < old.length; at += 2) if (old[at + 1]! > 0) this.add(old[at]! >>> 0, old[at + 1]!);
  }
}
