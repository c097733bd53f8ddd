// Terms as small integers: the clusterer meets each term many times per article (counts, IDF, centroid
// look-ups, postings), and integer keys make all of those array reads instead of string hashing. A term
// is interned once, straight from the scanner's character codes and hash, so that no string is created
// for a term already seen. The ids are private to one Clusterer: persisted state names terms as strings.

import { hashString } from '../dedup/hash.js';
import { grownCopy } from '../util/typed-arrays.js';

/**
 * Term ↔ id, keyed by the term's FNV hash (hashString), each hit confirmed against the term itself.
 * A look-up reads one table position (the hash and the id side by side) and, on a hash match, the
 * term's characters in one pool of all terms' characters: a few cache lines, where the strings
 * themselves lie scattered over the heap.
 */
export class Vocabulary {
  private readonly terms: string[] = [];
  /** Open addressing, two fields per position: [hash, id + 1], id + 1 = 0 for an empty position. */
  private table = new Int32Array(2 * 2048);
  /** Every term's characters back to back: term id's are chars[starts[id], starts[id + 1]). */
  private chars = new Uint16Array(8192);
  private starts = new Int32Array(1025);

  /** Per term id, the id it is read as: its own, or its alias's (see the constructor). */
  private resolved = new Int32Array(1024);

  /**
   * `aliases`: terms read as others, an adjective of nationality as its country ("gabonese" → "gabon"):
   * looking either up gives the other's id. The alias keeps an id of its own, for its characters.
   */
  constructor(private readonly aliases?: ReadonlyMap<string, string>) {}

  get size(): number {
    return this.terms.length;
  }

  term(id: number): string {
    return this.terms[id]!;
  }

  /** hashString(this.term(id), seed), read from the pool of characters rather than the string. */
  hashTerm(id: number, seed: number): number {
    const { chars, starts } = this;
    let h = seed >>> 0;
    for (let i = starts[id]!; i < starts[id + 1]!; i++) h = Math.imul(h ^ chars[i]!, 0x01000193);
    return h >>> 0;
  }

  /** Id of a term given as a string. */
  intern(term: string): number {
    const hash = hashString(term);
    const mask = (this.table.length >> 1) - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const id = this.table[2 * at + 1]! - 1;
      if (id < 0) break;
      if (this.table[2 * at] === (hash | 0) && this.terms[id] === term) return this.resolved[id]!;
    }
    return this.insert(term, hash);
  }

  /** Id of the term spelt by codes[from, to), whose hashString is `hash`; -1 if unknown and `add` is false. */
  internCodes(hash: number, codes: Uint16Array, from: number, to: number, add = true): number {
    const { table, chars, starts } = this;
    const mask = (table.length >> 1) - 1;
    const signed = hash | 0;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const id = table[2 * at + 1]! - 1;
      if (id < 0) break;
      if (table[2 * at] !== signed) continue;
      const start = starts[id]!;
      if (starts[id + 1]! - start === to - from && sameCodes(chars, start, codes, from, to))
        return this.resolved[id]!;
    }
    if (!add) return -1;
    return this.insert(
      String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[]),
      hash,
    );
  }

  private insert(term: string, hash: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.appendChars(id, term);
    if (this.terms.length * 2 > this.table.length >> 1) this.rehash(this.table.length);
    else this.place(id, hash);
    if (id >= this.resolved.length) this.resolved = grownCopy(this.resolved, id + 1);
    this.resolved[id] = id;
    const alias = this.aliases?.get(term);
    if (alias !== undefined && alias !== term) this.resolved[id] = this.intern(alias);
    return this.resolved[id]!;
  }

  private appendChars(id: number, term: string): void {
    if (id + 2 > this.starts.length) this.starts = grownCopy(this.starts, id + 2);
    const start = this.starts[id]!;
    if (start + term.length > this.chars.length) this.chars = grownCopy(this.chars, start + term.length);
    for (let i = 0; i < term.length; i++) this.chars[start + i] = term.charCodeAt(i);
    this.starts[id + 1] = start + term.length;
  }

  /** Doubles the table (`size` is its new number of positions) and places every term again. */
  private rehash(size: number): void {
    this.table = new Int32Array(2 * size);
    for (let id = 0; id < this.terms.length; id++) this.place(id, hashString(this.terms[id]!));
  }

  private place(id: number, hash: number): void {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let at = hash & mask;
    while (table[2 * at + 1] !== 0) at = (at + 1) & mask;
    table[2 * at] = hash;
    table[2 * at + 1] = id + 1;
  }
}

const HASH_BITS = 12;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** A fixed set of words looked up by hash and character codes (no string per look-up). */
export class WordSet {
  private readonly vocabulary = new Vocabulary();
  /**
   * By word length, a bit per first character (its code mod 32) of the words of that length: most
   * words are ruled out by these two before any hashing.
   */
  private readonly shapes: number[] = [];
  /**
   * A bit per value of a hash's low HASH_BITS bits, set for the words' hashes: a word whose bit is
   * clear is not one of them (a scanner gives every word's hash, so this costs one read).
   */
  private readonly hashBits = new Int32Array(1 << (HASH_BITS - 5));

  constructor(words: Iterable<string>) {
    for (const word of words) {
      this.vocabulary.intern(word);
      while (this.shapes.length <= word.length) this.shapes.push(0);
      this.shapes[word.length]! |= 1 << (word.charCodeAt(0) & 31);
      const low = hashString(word) & HASH_MASK;
      this.hashBits[low >>> 5]! |= 1 << (low & 31);
    }
  }

  /** Whether the word in codes[from, to), whose hashString is `hash`, is one of the set's. */
  has(hash: number, codes: Uint16Array, from: number, to: number): boolean {
    const low = hash & HASH_MASK;
    if ((this.hashBits[low >>> 5]! & (1 << (low & 31))) === 0) return false;
    const shape = this.shapes[to - from] ?? 0;
    if ((shape & (1 << (codes[from]! & 31))) === 0) return false;
    return this.vocabulary.internCodes(hash, codes, from, to, false) >= 0;
  }
}

function sameCodes(chars: Uint16Array, start: number, codes: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (chars[start + i - from] !== codes[i]) return false;
  return true;
}
