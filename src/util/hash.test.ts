import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { stableId } from './hash.js';

/** The definition: SHA-1 over each part followed by a NUL, fed part by part. */
function reference(prefix: string, ...parts: (string | null | undefined)[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(`${part ?? ''}\u0000`);
  return `${prefix}_${hash.digest('hex').slice(0, 12)}`;
}

describe('stableId', () => {
  it('is the first 12 hex digits of SHA-1 over the NUL-terminated parts', () => {
    const cases: (string | null | undefined)[][] = [
      [],
      [''],
      ['person', 'Anna Petrosyan'],
      ['place', 'Xankəndi'],
      [null, undefined, 'plain'],
      ['a text with a curly quote \u201cand\u201d an astral letter \u{1d4d0}', 'x'.repeat(5000)],
    ];
    for (const parts of cases) expect(stableId('e', ...parts)).toBe(reference('e', ...parts));
  });

  it('keeps the parts apart: moving a character across a boundary changes the id', () => {
    expect(stableId('a', 'ab', 'c')).not.toBe(stableId('a', 'a', 'bc'));
  });
});
