import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateRawText } from './inflate.js';
import { seededRandom } from './random.js';

const words = [
  'displaced',
  'Goris',
  'Stepanakert',
  'refugees',
  'the',
  'of',
  'said',
  '120,000',
  'Müller',
  '—',
  'naïve',
  '😀',
  'ceasefire',
];

function text(random: () => number, count: number): string {
  return Array.from({ length: count }, () => words[Math.floor(random() * words.length)]).join(' ');
}

describe('inflateRawText', () => {
  it('decodes what zlib deflates, at every level, with and without a dictionary', () => {
    const random = seededRandom(1);
    const dictionary = Buffer.from(`${text(random, 300)} `);
    for (const count of [0, 1, 5, 50, 400, 5000]) {
      const plain = text(random, count);
      for (const level of [0, 1, 6, 9]) {
        expect(inflateRawText(deflateRawSync(plain, { level }))).toBe(plain);
        expect(inflateRawText(deflateRawSync(plain, { level, dictionary }), dictionary)).toBe(plain);
      }
    }
  });

  it('decodes long texts, incompressible bytes and long runs (stored blocks, long codes, far copies)', () => {
    const random = seededRandom(2);
    const long = text(random, 40_000);
    expect(inflateRawText(deflateRawSync(long))).toBe(long);
    const noise = Buffer.from(Array.from({ length: 100_000 }, () => 32 + Math.floor(random() * 95)));
    expect(inflateRawText(deflateRawSync(noise, { level: 6 }))).toBe(noise.toString('latin1'));
    const runs = 'a'.repeat(70_000) + 'b'.repeat(3) + 'a'.repeat(500);
    expect(inflateRawText(deflateRawSync(runs))).toBe(runs);
  });

  it('gives the same text when calls with different dictionaries alternate', () => {
    const random = seededRandom(3);
    const one = Buffer.from(text(random, 200));
    const two = Buffer.from(text(random, 100));
    for (let i = 0; i < 20; i++) {
      const plain = text(random, 30 + i);
      const dictionary = i % 3 === 0 ? undefined : i % 3 === 1 ? one : two;
      expect(inflateRawText(deflateRawSync(plain, { dictionary }), dictionary)).toBe(plain);
    }
  });

  it('throws on malformed input instead of returning a wrong text', () => {
    expect(() => inflateRawText(Buffer.from([0xff, 0xff, 0xff]))).toThrow(/inflate/);
    const good = deflateRawSync(text(seededRandom(4), 200));
    expect(() => inflateRawText(good.subarray(0, good.length >> 1))).toThrow(/inflate/);
  });
});
