import { describe, expect, it } from 'vitest';
import { hashString } from '../dedup/hash.js';
import { Vocabulary, WordSet } from './vocabulary.js';

const codesOf = (word: string) => Uint16Array.from(word, (char) => char.charCodeAt(0));

describe('Vocabulary', () => {
  const terms = ['strike', 'kyiv', 'zürich', 'e:united nations', '2024', 'a'];

  it('gives each term one id, whether interned from a string or from character codes', () => {
    const vocabulary = new Vocabulary();
    const ids = terms.map((term) => vocabulary.intern(term));
    expect(new Set(ids).size).toBe(terms.length);
    terms.forEach((term, i) => {
      const codes = codesOf(term);
      expect(vocabulary.internCodes(hashString(term), codes, 0, codes.length)).toBe(ids[i]);
      expect(vocabulary.term(ids[i]!)).toBe(term);
    });
    expect(vocabulary.internCodes(hashString('absent'), codesOf('absent'), 0, 6, false)).toBe(-1);
    expect(vocabulary.size).toBe(terms.length);
  });

  it('keeps its ids as it grows past its first table', () => {
    const vocabulary = new Vocabulary();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const ids = words.map((word) => vocabulary.intern(word));
    words.forEach((word, i) => {
      const codes = codesOf(`[${word}]`);
      expect(vocabulary.internCodes(hashString(word), codes, 1, codes.length - 1, false)).toBe(ids[i]);
    });
  });

  it('hashes a term as hashString does, from any seed', () => {
    const vocabulary = new Vocabulary();
    for (const term of terms) {
      const id = vocabulary.intern(term);
      expect(vocabulary.hashTerm(id, hashString(''))).toBe(hashString(term));
      expect(vocabulary.hashTerm(id, 12345)).toBe(hashString(term, 12345));
    }
  });
});

describe('WordSet', () => {
  it('finds its words by hash and codes, and nothing else', () => {
    const set = new WordSet(['monday', 'today']);
    const has = (word: string) => set.has(hashString(word), codesOf(word), 0, word.length);
    expect(has('monday')).toBe(true);
    expect(has('today')).toBe(true);
    expect(has('mondays')).toBe(false);
    expect(has('tuesday')).toBe(false);
  });
});

describe('Vocabulary aliases', () => {
  it('gives an alias the id of the term it stands for, and other terms their own', () => {
    const vocabulary = new Vocabulary(new Map([['gabonese', 'gabon']]));
    const adjective = vocabulary.intern('gabonese');
    expect(vocabulary.term(adjective)).toBe('gabon');
    expect(vocabulary.intern('gabon')).toBe(adjective);
    expect(vocabulary.term(vocabulary.intern('officers'))).toBe('officers');
    const codes = Uint16Array.from('gabonese', (char) => char.charCodeAt(0));
    expect(vocabulary.internCodes(hashString('gabonese'), codes, 0, codes.length)).toBe(adjective);
  });
});
