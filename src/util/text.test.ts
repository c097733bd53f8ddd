import { describe, expect, it } from 'vitest';
import { diacriticCount, foldDiacritics, plural } from './text.js';

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

describe('plural', () => {
  it('writes one of a noun in the singular and any other count in the plural', () => {
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(0, 'article')).toBe('0 articles');
    expect(plural(2, 'story')).toBe('2 stories');
    expect(plural(3, 'day')).toBe('3 days');
    expect(plural(1204, 'figure')).toBe('1,204 figures');
    expect(plural(2, 'noise line')).toBe('2 noise lines');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });
});
