// A reusable map from 32-bit hashes to integers, for the per-article scratch work of dedup (unique
// shingles, a text's terms and where they occur). Open addressing in one typed array of
// [stamp, key, value] triples (one cache line per probe); clearing is O(1), because a position is in
// use only when its stamp equals the current generation, so one table serves every article.

const STAMP = 0;
const KEY = 1;
const VALUE = 2;
const FIELDS = 3;

export class HashTable32 {
  private slots = new Int32Array(256 * FIELDS);
  private mask = 255;
  private generation = 1;
  size = 0;

  /**
   * Empties the table, sized for about `expected` keys: at most a quarter full, within the first
   * positions of the array (which grows when it must, and keeps its size after a long text), so that
   * a short text's keys sit in a few cache lines.
   */
  clear(expected: number): void {
    this.size = 0;
    let size = 256;
    while (size < expected * 4) size *= 2;
    if (size * FIELDS > this.slots.length) this.resize(size);
    this.mask = size - 1;
    this.generation++;
    if (this.generation === 0x7fffffff) {
      this.slots.fill(0);
      this.generation = 1;
    }
  }

  /** The value of `key`, or -1 when it is absent. */
  get(key: number): number {
    const at = this.position(key | 0);
    return this.slots[at + STAMP] === this.generation ? this.slots[at + VALUE]! : -1;
  }

  /** Sets `key` to `value`; returns the previous value, or -1 when the key is new. */
  set(key: number, value: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2);
    const slots = this.slots;
    const at = this.position(key | 0);
    if (slots[at + STAMP] === this.generation) {
      const previous = slots[at + VALUE]!;
      slots[at + VALUE] = value;
      return previous;
    }
    slots[at + STAMP] = this.generation;
    slots[at + KEY] = key;
    slots[at + VALUE] = value;
    this.size++;
    return -1;
  }

  private position(key: number): number {
    const slots = this.slots;
    const generation = this.generation;
    let at = Math.imul(key ^ (key >>> 16), 0x45d9f3b) & this.mask;
    while (slots[at * FIELDS + STAMP] === generation && slots[at * FIELDS + KEY] !== key)
      at = (at + 1) & this.mask;
    return at * FIELDS;
  }

  private resize(atLeast: number): void {
    let size = this.mask + 1;
    while (size < atLeast) size *= 2;
    this.slots = new Int32Array(size * FIELDS);
    this.mask = size - 1;
    this.generation = 1;
  }

  /** Grows while keeping the current entries. */
  private rehash(size: number): void {
    const { slots, generation } = this;
    this.resize(size);
    this.size = 0;
    for (let at = 0; at < slots.length; at += FIELDS)
      if (slots[at + STAMP] === generation) this.set(slots[at + KEY]!, slots[at + VALUE]!);
  }
}
