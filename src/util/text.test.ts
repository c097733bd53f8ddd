import { describe, expect, it } from 'vitest';
import { diacriticCount, foldDiacritics } from './text.js';

describe('foldDiacritics', () => {
  it('folds combining marks and the stroked letters Unicode does not decompose', () => {
    expect(foldDiacritics('Przemyśl')).toBe('Przemysl');
    expect(foldDiacritics('Łódź, Bielsko-Biała')).toBe('Lodz, Bielsko-Biala');
    expect(foldDiacritics('Đà Nẵng')).toBe('Da Nang');
    expect(foldDiacritics('Tromsø')).toBe('Tromso');
  });
});

describe('diacriticCount', () => {
  it('counts stroked letters as diacritics, so the accented spelling of a name is preferred', () => {
    expect(diacriticCount('Łomża')).toBe(2);
    expect(diacriticCount('Lomza')).toBe(0);
  });
});
