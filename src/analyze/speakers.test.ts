import { describe, expect, it } from 'vitest';
import { speakerGroups } from './speakers.js';

describe('speakerGroups', () => {
  it('joins one name written with and without hyphens, in any case, under its most frequent spelling', () => {
    const shown = speakerGroups([
      'Khalid al-Mansour',
      'Khalid al-Mansour',
      'Khalid Al Mansour',
      'Khalid Al-Mansour',
    ]);
    expect(new Set(shown.values())).toEqual(new Set(['Khalid al-Mansour']));
  });

  it('joins a name to the one longer name that adds a family name after a particle', () => {
    const shown = speakerGroups([
      'Salem Al-Rashid',
      'Salem al-Rashid al-Harbi',
      'Nasser bin Ali',
      'Nasser bin Ali Al Thani',
    ]);
    expect(shown.get('Salem Al-Rashid')).toBe('Salem al-Rashid al-Harbi');
    expect(shown.get('Nasser bin Ali')).toBe('Nasser bin Ali Al Thani');
  });

  it('keeps names apart when two longer names fit, when no particle follows, and single words', () => {
    const shown = speakerGroups([
      'Omar Haddad',
      'Omar Haddad al-Sayed',
      'Omar Haddad al-Masri',
      'Lena Park',
      'Lena Parker',
      'Omar',
    ]);
    expect(shown.get('Omar Haddad')).toBe('Omar Haddad');
    expect(shown.get('Lena Park')).toBe('Lena Park');
    expect(shown.get('Lena Parker')).toBe('Lena Parker');
    expect(shown.get('Omar')).toBe('Omar');
  });
});
