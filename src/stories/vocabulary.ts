// Terms as small integers: the clusterer meets each term many times per article (counts, IDF, centroid
// look-ups, postings), and integer keys make all of those array reads instead of string hashing. A term
// is interned once, straight from the scanner's character codes and hash, so that no string is created
// for a term already seen. The ids are private to one Clusterer: persisted state names terms as strings.

import { hashString } from '../dedup/hash.js';
import { grownCopy } from '../util/typed-arrays.js';

/**
 * Term ↔ id, keyed by the term's FNV hash (hashString), each hit confirmed against the term itself.
 * A look-up reads one table position, which holds the hash, the id and where the term's characters
 * lie in one pool of all terms' characters, and then those characters: two cache lines, where the
 * strings themselves lie scattered over the heap.
 */
export class Vocabulary {
  private readonly terms: string[] = [];
  /**
   * Open addressing, SLOT fields per position: [hash, id + 1, start, end] where chars[start, end) are
   * the term's characters; id + 1 = 0 for an empty position, and -(id + 1) for a term read as
   * another (see `resolved`, which only those need).
   */
  private table = new Int32Array(SLOT * 2048);
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
    const table = this.table;
    const wrap = table.length - 1;
    for (let at = (hash & (table.length / SLOT - 1)) * SLOT; ; at = (at + SLOT) & wrap) {
      const entry = table[at + 1]!;
      if (entry === 0) break;
      if (table[at] === (hash | 0) && this.terms[Math.abs(entry) - 1] === term) return this.readAs(entry);
    }
    return this.insert(term, hash);
  }

  /** Id of the term spelt by codes[from, to), whose hashString is `hash`; -1 if unknown and `add` is false. */
  internCodes(hash: number, codes: Uint16Array, from: number, to: number, add = true): number {
    const { table, chars } = this;
    const wrap = table.length - 1;
    const signed = hash | 0;
    for (let at = (hash & (table.length / SLOT - 1)) * SLOT; ; at = (at + SLOT) & wrap) {
      const entry = table[at + 1]!;
      if (entry === 0) break;
      if (table[at] !== signed) continue;
      const start = table[at + 2]!;
      if (table[at + 3]! - start === to - from && sameCodes(chars, start, codes, from, to))
        return this.readAs(entry);
    }
    if (!add) return -1;
    return this.insert(
      String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[]),
      hash,
    );
  }

  /** The id a table entry (id + 1, negated for an aliased term) is read as. */
  private readAs(entry: number): number {
    return entry > 0 ? entry - 1 : this.resolved[-entry - 1]!;
  }

  private insert(term: string, hash: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.appendChars(id, term);
    if (id >= this.resolved.length) this.resolved = grownCopy(this.resolved, id + 1);
    this.resolved[id] = id;
    if (this.terms.length * 2 > this.table.length / SLOT) this.rehash((this.table.length / SLOT) * 2);
    else this.place(id, hash);
    const alias = this.aliases?.get(term);
    if (alias !== undefined && alias !== term) {
      this.resolved[id] = this.intern(alias);
      if (this.resolved[id] !== id) this.table[this.positionOf(id, hash) + 1] = -(id + 1);
    }
    return this.resolved[id]!;
  }

  private appendChars(id: number, term: string): void {
    if (id + 2 > this.starts.length) this.starts = grownCopy(this.starts, id + 2);
    const start = this.starts[id]!;
    if (start + term.length > this.chars.length) this.chars = grownCopy(this.chars, start + term.length);
    for (let i = 0; i < term.length; i++) this.chars[start + i] = term.charCodeAt(i);
    this.starts[id + 1] = start + term.length;
  }

  /** Makes the table `size` positions and places every term again. */
  private rehash(size: number): void {
    this.table = new Int32Array(SLOT * size);
    for (let id = 0; id < this.terms.length; id++) this.place(id, hashString(this.terms[id]!));
  }

  private place(id: number, hash: number): void {
    const table = this.table;
    let at = (hash & (table.length / SLOT - 1)) * SLOT;
    while (table[at + 1] !== 0) at = (at + SLOT) & (table.length - 1);
    table[at] = hash;
    table[at + 1] = this.resolved[id] === id ? id + 1 : -(id + 1);
    table[at + 2] = this.starts[id]!;
    table[at + 3] = this.starts[id + 1]!;
  }

  /** The table position of term `id`, whose hash is `hash`. */
  private positionOf(id: number, hash: number): number {
    const table = this.table;
    let at = (hash & (table.length / SLOT - 1)) * SLOT;
    while (Math.abs(table[at + 1]!) !== id + 1) at = (at + SLOT) & (table.length - 1);
    return at;
  }
}

/** Fields per position of a Vocabulary's table. */
const SLOT = 4;

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
