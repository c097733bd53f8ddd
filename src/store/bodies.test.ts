import { describe, expect, it } from 'vitest';
import { buildDictionary, DICTIONARY_BYTES, deflateText, inflateWith } from './bodies.js';

const texts = Array.from(
  { length: 50 },
  (_, i) =>
    `Officials said on Thursday that ${i * 37} people had crossed the border, and that the humanitarian corridor would stay open.`,
);

describe('article text dictionaries', () => {
  it('holds the words that cost the texts most bytes, the costliest last, within the size bound', () => {
    const dictionary = buildDictionary(texts).toString();
    const words = dictionary.trim().split(' ');
    expect(words.at(-1)).toBe('humanitarian');
    expect(words).toContain('Officials');
    // Numbers seen once are not worth a place.
    expect(words).not.toContain('37');
    expect(buildDictionary([...texts, 'x'.repeat(50_000)]).length).toBeLessThanOrEqual(DICTIONARY_BYTES + 1);
  });

  it('compresses smaller with the dictionary and reads back the exact text', () => {
    const dictionary = { id: 1, data: buildDictionary(texts) };
    const text = 'Officials said on Friday that the corridor would stay open: Türkiye offered to help.';
    const withDictionary = deflateText(text, dictionary);
    const plain = deflateText(text);
    expect(withDictionary.dictionary).toBe(1);
    expect(plain.dictionary).toBeNull();
    expect(withDictionary.data.length).toBeLessThan(plain.data.length);
    expect(inflateWith(withDictionary.data, dictionary.data)).toBe(text);
    expect(inflateWith(plain.data)).toBe(text);
  });
});
