import { describe, expect, it } from 'vitest';
import { mapped, memoized } from './collections.js';

describe('memoized', () => {
  it('computes each key once and gives the same answer again', () => {
    let calls = 0;
    const length = memoized((key) => {
      calls++;
      return key.length;
    });
    expect([length('abc'), length('abc'), length('de')]).toEqual([3, 3, 2]);
    expect(calls).toBe(2);
  });

  it('remembers undefined answers too, and forgets everything once full', () => {
    let calls = 0;
    const nothing = memoized(() => {
      calls++;
      return undefined;
    }, 2);
    nothing('a');
    nothing('a');
    expect(calls).toBe(1);
    nothing('b');
    nothing('c'); // full: forgets a and b
    nothing('a');
    expect(calls).toBe(4);
  });
});

describe('mapped', () => {
  it('gives what Array.prototype.map gives, index included', () => {
    const items = ['a', 'bb', 'ccc'];
    expect(mapped(items, (item, i) => `${i}:${item.length}`)).toEqual(
      items.map((item, i) => `${i}:${item.length}`),
    );
    expect(mapped([], () => 1)).toEqual([]);
  });
});
