// Terms as small integers: the clusterer meets each term many times per article (counts, IDF, centroid
// look-ups, postings), and integer keys make all of those array reads instead of string hashing. A term
// is interned once, straight from the scanner's character codes and hash, so that no string is created
// for a term already seen. The ids are private to one Clusterer: persisted state names terms as strings.
import { hashString } from '../dedup/hash.js';

/** Term ↔ id, keyed by the term's FNV hash (hashString), each hit confirmed against the term itself. */
export class Vocabulary {
  private readonly terms: string[] = [];
  private hashes = new Uint32Array(1024);
  /** Open addressing: id + 1, or 0 for an empty slot. */
  private slots = new Int32Array(2048);

  get size(): number {
    return this.terms.length;
  }

  term(id: number): string {
    return this.terms[id]!;
  }

  /** Id of a term given as a string. */
  intern(term: string): number {
    const hash = hashString(term);
    const found = this.find(hash, (candidate) => candidate === term);
    return found >= 0 ? found : this.insert(term, hash);
  }

  /** Id of the term spelt by codes[from, to), whose hashString is `hash`; -1 if unknown and `add` is false. */
  internCodes(hash: number, codes: Uint16Array, from: number, to: number, add = true): number {
    const mask = this.slots.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at]!;
      if (slot === 0) break;
      const id = slot - 1;
      if (this.hashes[id] === hash && spells(this.terms[id]!, codes, from, to)) return id;
    }
    if (!add) return -1;
    return this.insert(
      String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[]),
      hash,
    );
  }

  private find(hash: number, same: (term: string) => boolean): number {
    const mask = this.slots.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at]!;
      if (slot === 0) return -1;
      if (this.hashes[slot - 1] === hash && same(this.terms[slot - 1]!)) return slot - 1;
    }
  }

  private insert(term: string, hash: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    if (id >= this.hashes.length) {
      const bigger = new Uint32Array(this.hashes.length * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[id] = hash;
    if (this.terms.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let id = 0; id < this.terms.length; id++) this.place(id);
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let at = this.hashes[id]! & mask;
    while (this.slots[at] !== 0) at = (at + 1) & mask;
    this.slots[at] = id + 1;
  }
}

/** A fixed set of words looked up by hash and character codes (no string per look-up). */
export class WordSet {
  private readonly vocabulary = new Vocabulary();
  /**
   * By word length, a bit per first character (its code mod 32) of the words of that length: most
   * words are ruled out by these two before any hashing.
   */
  private readonly shapes: number[] = [];

  constructor(words: Iterable<string>) {
    for (const word of words) {
      this.vocabulary.intern(word);
      while (this.shapes.length <= word.length) this.shapes.push(0);
      this.shapes[word.length]! |= 1 << (word.charCodeAt(0) & 31);
    }
  }

  has(hash: number, codes: Uint16Array, from: number, to: number): boolean {
    const shape = this.shapes[to - from] ?? 0;
    if ((shape & (1 << (codes[from]! & 31))) === 0) return false;
    return this.vocabulary.internCodes(hash, codes, from, to, false) >= 0;
  }
}

function spells(term: string, codes: Uint16Array, from: number, to: number): boolean {
  if (term.length !== to - from) return false;
  for (let i = 0; i < term.length; i++) if (term.charCodeAt(i) !== codes[from + i]) return false;
  return true;
}
