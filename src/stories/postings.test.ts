import { describe, expect, it } from 'vitest';
import { Postings } from './postings.js';

/** The array postings the clusterer kept before: push, drop the oldest past the limit. */
class ArrayPostings {
  readonly rows: (number[] | undefined)[] = [];
  constructor(private readonly limit: number) {}
  post(term: number, index: number): void {
    const posting = this.rows[term];
    if (!posting) this.rows[term] = [index];
    else if (posting[posting.length - 1] !== index) {
      posting.push(index);
      if (posting.length > this.limit) posting.shift();
    }
  }
  unpost(term: number, index: number): void {
    const posting = this.rows[term];
    if (!posting) return;
    const kept = posting.filter((entry) => entry !== index);
    this.rows[term] = kept.length > 0 ? kept : undefined;
  }
  all(): [number, number[]][] {
    const out: [number, number[]][] = [];
    this.rows.forEach((posting, term) => {
      if (posting) out.push([term, [...posting]]);
    });
    return out;
  }
}

describe('Postings', () => {
  it('keeps the newest entries, oldest first, and skips repeating the newest', () => {
    const postings = new Postings(4);
    for (const index of [1, 1, 2, 3, 4, 5]) postings.post(7, index);
    expect(postings.all()).toEqual([[7, [2, 3, 4, 5]]]);
    expect(postings.has(7, 1)).toBe(false);
    expect(postings.has(7, 5)).toBe(true);
    postings.unpost(7, 3);
    expect(postings.all()).toEqual([[7, [2, 4, 5]]]);
    for (const index of [2, 4, 5]) postings.unpost(7, index);
    expect(postings.all()).toEqual([]);
    expect(postings.row(7)).toBe(-1);
  });

  it('does what the array postings did, over a long random run, and reloads what it saved', () => {
    let seed = 12345;
    const random = (n: number) => {
      seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
      return (seed >>> 0) % n;
    };
    const postings = new Postings(8);
    const reference = new ArrayPostings(8);
    for (let step = 0; step < 20_000; step++) {
      const term = random(300);
      const index = random(40);
      if (random(4) === 0) {
        postings.unpost(term, index);
        reference.unpost(term, index);
      } else {
        postings.post(term, index);
        reference.post(term, index);
      }
      expect(postings.has(term, index)).toBe(reference.rows[term]?.includes(index) ?? false);
    }
    expect(postings.all()).toEqual(reference.all());
    const reloaded = new Postings(8);
    for (const [term, entries] of postings.all()) reloaded.load(term, entries);
    expect(reloaded.all()).toEqual(reference.all());
  });
});
