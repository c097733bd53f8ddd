import { describe, expect, it } from 'vitest';
import { DayCounts } from './day-counts.js';

const ids = (...values: number[]) => Int32Array.from(values);

describe('DayCounts', () => {
  it('gives back the days before a given one, oldest first, with what they counted', () => {
    const counts = new DayCounts();
    counts.add(12, ids(1, 2), 2);
    counts.add(10, ids(3), 1);
    counts.add(10, ids(3, 4), 2);
    const gone = counts.takeBefore(12);
    expect(gone.map((b) => [b.day, b.documents, [...b.ids.subarray(0, b.size)]])).toEqual([
      [10, 2, [3, 3, 4]],
    ]);
    expect(counts.takeBefore(12)).toEqual([]);
    expect(counts.takeBefore(13).map((b) => b.day)).toEqual([12]);
  });

  it('saves each day as term counts and loads them back', () => {
    const terms = ['quake', 'toll', 'aid'];
    const counts = new DayCounts();
    counts.add(5, ids(0, 1), 2);
    counts.add(5, ids(0, 2), 2);
    const saved = counts.saved((id) => terms[id]!);
    expect(saved).toEqual([
      [
        5,
        2,
        [
          ['quake', 2],
          ['toll', 1],
          ['aid', 1],
        ],
      ],
    ]);
    const loaded = new DayCounts();
    loaded.load(saved, (term) => terms.indexOf(term));
    const [bucket] = loaded.takeBefore(6);
    expect(bucket!.documents).toBe(2);
    expect([...bucket!.ids.subarray(0, bucket!.size)].sort()).toEqual([0, 0, 1, 2]);
  });
});
