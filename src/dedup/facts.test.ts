import { describe, expect, it } from 'vitest';
import { FACTS_PER_ARTICLE, FactIndex } from './facts.js';
import { HitCounter } from './lsh.js';

/** Adds each fact list as the next slot; returns the index. */
function indexed(...factLists: number[][]): FactIndex {
  const index = new FactIndex();
  factLists.forEach((facts, slot) => {
    index.choose(Uint32Array.from(facts), 0, facts.length);
    index.add(slot);
  });
  return index;
}

function sharedCounts(index: FactIndex, facts: number[]): Map<number, number> {
  const hits = new HitCounter();
  index.choose(Uint32Array.from(facts), 0, facts.length);
  index.query(hits);
  const counts = new Map<number, number>();
  for (let i = 0; i < hits.size; i++) counts.set(hits.slot(i), hits.count(hits.slot(i)));
  return counts;
}

describe('FactIndex', () => {
  it('counts the facts each earlier article shares', () => {
    const index = indexed([11_000, 8_574, 2_662, 77], [5, 6, 7], [2_662, 9]);
    expect(sharedCounts(index, [8_574, 2_662, 11_000, 123])).toEqual(
      new Map([
        [0, 3],
        [2, 1],
      ]),
    );
  });

  it('keeps the same facts of two long fact lists that mostly agree (a bottom-k sketch)', () => {
    const many = Array.from({ length: 40 }, (_, i) => 1_000 + i);
    const index = indexed(many);
    const counts = sharedCounts(index, [...many.slice(2), 7, 8]);
    expect(counts.get(0)).toBeGreaterThanOrEqual(FACTS_PER_ARTICLE - 3);
  });

  it('forgets expired slots and keeps only the newest postings of a common fact', () => {
    const index = indexed(...Array.from({ length: 30 }, () => [42, 43]));
    index.expireBefore(25);
    expect([...sharedCounts(index, [42, 43]).keys()].sort((x, y) => x - y)).toEqual([25, 26, 27, 28, 29]);
    const fresh = indexed(...Array.from({ length: 30 }, () => [42]));
    expect(Math.min(...sharedCounts(fresh, [42]).keys())).toBe(18);
  });
});
