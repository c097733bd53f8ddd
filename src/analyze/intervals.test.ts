import { describe, expect, it } from 'vitest';
import { findConflicts } from './conflicts.js';
import { intervalOf, overlaps, type Reported } from './intervals.js';

const point = (value: number, qualifier: string | null, extra: Partial<Reported> = {}): Reported => ({
  value,
  qualifier,
  ...extra,
});

describe('reported figures as intervals', () => {
  it.each([
    ['more than 100,000 agrees with 100,625', point(100000, 'more than'), point(100625, null), true],
    [
      'more than 100,000 disagrees with 100,000 exactly stated as 99,500',
      point(100000, 'more than'),
      point(99500, null),
      false,
    ],
    ['nearly 50,000 agrees with 47,000', point(50000, 'nearly'), point(47000, null), true],
    ['nearly 50,000 disagrees with 50,200', point(50000, 'nearly'), point(50200, null), false],
    ['about 120,000 disagrees with 100,625', point(120000, 'about'), point(100625, null), false],
    ['about 100,000 agrees with 108,000', point(100000, 'about'), point(108000, null), true],
    [
      'a range agrees with a value inside it',
      point(50, null, { low: 50, high: 1000 }),
      point(700, null),
      true,
    ],
    ['two different precise values disagree', point(100417, null), point(100483, null), false],
    ['a round 100,000 agrees with 100,625 (rounding)', point(100000, null), point(100625, null), true],
    [
      'tens of thousands agrees with 42,500',
      point(10000, null, { approximate: true }),
      point(42500, null),
      true,
    ],
  ])('%s', (_, a, b, agree) => {
    expect(overlaps(intervalOf(a)!, intervalOf(b)!)).toBe(agree);
  });

  it('states no interval without a number', () => {
    expect(intervalOf({ value: null, qualifier: null })).toBeNull();
  });
});

describe('findConflicts', () => {
  const base = { article: 'a', outlet: 'X', qualifier: null as string | null };
  it('raises only disagreements on the same date', () => {
    const conflicts = findConflicts([
      { ...base, article: 'a1', value: 100000, qualifier: 'more than', asOf: '2023-10-02' },
      { ...base, article: 'a2', value: 100625, asOf: '2023-10-02' },
      { ...base, article: 'a3', value: 120000, qualifier: 'about', asOf: '2023-10-02' },
      { ...base, article: 'a4', value: 42500, asOf: '2023-09-26' },
      { ...base, article: 'a5', value: 100417, asOf: '2023-09-30' },
    ]);
    expect(conflicts).toEqual([{ asOf: '2023-10-02', values: [100625, 120000], articles: ['a2', 'a3'] }]);
  });

  it('does not set an article against itself', () => {
    expect(
      findConflicts([
        { ...base, article: 'a1', value: 28120, asOf: '2023-09-28' },
        { ...base, article: 'a1', value: 65036, asOf: '2023-09-28' },
      ]),
    ).toEqual([]);
  });

  it('sets two claims against each other when the article says the count is disputed', () => {
    const conflicts = findConflicts([
      { ...base, article: 'a1', value: 22, qualifier: 'at least', asOf: '2025-10-11', disputed: true },
      { ...base, article: 'a1', value: 12, asOf: '2025-10-11', disputed: true },
      { ...base, article: 'a2', value: 22, qualifier: 'at least', asOf: '2025-10-11' },
    ]);
    expect(conflicts).toEqual([{ asOf: '2025-10-11', values: [22, 12], articles: ['a2', 'a1'] }]);
  });

  it('never compares undated points', () => {
    expect(
      findConflicts([
        { ...base, value: 1, asOf: 'undated' },
        { ...base, value: 900, asOf: 'undated' },
      ]),
    ).toEqual([]);
  });
});
