// A reusable map from 32-bit hashes to integers, for the per-article scratch work of dedup (unique
// shingles, a text's terms and where they occur). Open addressing in typed arrays; clearing is O(1)
// (a generation stamp marks which positions are in use), so one table serves every article.

export class HashTable32 {
  private keys = new Uint32Array(256);
  private values = new Int32Array(256);
  /** Position in use when its stamp equals `generation`. */
  private stamps = new Uint32Array(256);
  private generation = 1;
  private mask = 255;
  size = 0;

  /** Empties the table, sized for about `expected` keys. */
  clear(expected: number): void {
    this.size = 0;
    if (expected * 2 > this.keys.length) this.resize(expected * 2);
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  /** The value of `key`, or -1 when it is absent. */
  get(key: number): number {
    const at = this.position(key);
    return this.stamps[at] === this.generation ? this.values[at]! : -1;
  }

  /** Sets `key` to `value`; returns the previous value, or -1 when the key is new. */
  set(key: number, value: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.rehash(this.keys.length * 2);
    const at = this.position(key);
    if (this.stamps[at] === this.generation) {
      const previous = this.values[at]!;
      this.values[at] = value;
      return previous;
    }
    this.stamps[at] = this.generation;
    this.keys[at] = key;
    this.values[at] = value;
    this.size++;
    return -1;
  }

  private position(key: number): number {
    let at = Math.imul(key ^ (key >>> 16), 0x45d9f3b) & this.mask;
    while (this.stamps[at] === this.generation && this.keys[at] !== key) at = (at + 1) & this.mask;
    return at;
  }

  private resize(atLeast: number): void {
    let size = this.keys.length;
    while (size < atLeast) size *= 2;
    this.keys = new Uint32Array(size);
    this.values = new Int32Array(size);
    this.stamps = new Uint32Array(size);
    this.mask = size - 1;
    this.generation = 1;
  }

  /** Grows while keeping the current entries. */
  private rehash(size: number): void {
    const { keys, values, stamps, generation } = this;
    this.resize(size);
    this.size = 0;
    for (let at = 0; at < keys.length; at++) if (stamps[at] === generation) this.set(keys[at]!, values[at]!);
  }
}
