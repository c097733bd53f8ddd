import { describe, expect, it } from 'vitest';
import { IdfMemo, Log1pMemo } from './log-memo.js';

describe('Log1pMemo', () => {
  it('returns Math.log1p to the bit, remembered or not, whatever clashes in its table', () => {
    const memo = new Log1pMemo();
    const xs = [3, 4.5, 2, 0.5 / 3, 1e-300, 7.25, 3, 4.5, 0, -0, 1e6, 0.1 + 0.2];
    for (let round = 0; round < 3; round++)
      for (let i = 0; i < 5000; i++) {
        const x = i < xs.length ? xs[i]! : (i % 997) / 7;
        expect(Object.is(memo.of(x), Math.log1p(x))).toBe(true);
      }
  });
});

describe('IdfMemo', () => {
  it('returns the IDF formula to the bit for every document count and frequency', () => {
    const memo = new IdfMemo();
    for (let documents = 1; documents < 300; documents += 7)
      for (let df = 0; df <= documents; df += 3) {
        const expected = Math.log((documents + 1) / (df + 1)) + 1;
        expect(memo.of(documents, df)).toBe(expected);
        expect(memo.of(documents, df)).toBe(expected);
      }
    expect(memo.of(10, 1024 + 3)).toBe(Math.log(11 / 1028) + 1);
    expect(memo.of(10, 3)).toBe(Math.log(11 / 4) + 1);
  });
});
