import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateWith } from './bodies.js';
import { inflateRawText } from './inflate.js';

/** A deterministic generator, so that a failure can be replayed. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const WORDS = [
  'the',
  'ceasefire',
  'displaced',
  'said',
  'Türkiye',
  'Nagorno-Karabakh',
  '12,000',
  'Ελλάδα',
  'Україна',
  '“quoted”',
  '—',
  '🙂',
  'officials',
  'on Friday',
  '\n\n',
];

function text(random: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

const dictionary = Buffer.from(`${WORDS.join(' ')} the said officials on Friday `.repeat(20));

describe('inflateRawText', () => {
  const random = lcg(11);
  const cases = [
    ...Array.from({ length: 40 }, () => text(random, 5 + Math.floor(random() * 400))),
    '',
    'a',
    text(random, 20_000), // longer than the 32 KiB window and the first output buffer: several blocks
    'x'.repeat(100_000), // long matches of one byte, distance 1
  ];
  const settings: [string, object][] = [
    ['level 5', { level: 5 }],
    ['level 9', { level: 9 }],
    ['level 1', { level: 1 }],
    ['stored (level 0)', { level: 0 }],
    ['fixed codes', { strategy: constants.Z_FIXED }],
    ['Huffman only', { strategy: constants.Z_HUFFMAN_ONLY }],
    ['run lengths', { strategy: constants.Z_RLE }],
  ];

  for (const [name, options] of settings)
    it(`reads back what zlib wrote (${name}), with and without a dictionary`, () => {
      for (const original of cases) {
        expect(inflateRawText(deflateRawSync(original, options))).toBe(original);
        expect(inflateRawText(deflateRawSync(original, { ...options, dictionary }), dictionary)).toBe(
          original,
        );
      }
    });

  it('keeps its dictionary apart from texts inflated without one in between', () => {
    const a = deflateRawSync('the ceasefire held', { dictionary });
    const b = deflateRawSync('x'.repeat(20_000));
    expect(inflateRawText(a, dictionary)).toBe('the ceasefire held');
    expect(inflateRawText(b)).toBe('x'.repeat(20_000));
    expect(inflateRawText(a, dictionary)).toBe('the ceasefire held');
  });

  it('throws on data that is not a whole deflate stream', () => {
    const data = deflateRawSync(text(lcg(3), 200));
    expect(() => inflateRawText(data.subarray(0, data.length >> 1))).toThrow(/inflate/);
    expect(() => inflateRawText(Buffer.from([0xff, 0xff, 0xff]))).toThrow(/inflate/);
    // A back-reference into a dictionary that is not given.
    expect(() => inflateRawText(deflateRawSync('the said officials', { dictionary }))).toThrow(/inflate/);
  });

  it('accepts exactly what zlib accepts, with the same text, when bits of a stream are flipped', () => {
    const random = lcg(5);
    let decoded = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const original = text(random, 20 + Math.floor(random() * 200));
      const withDictionary = random() < 0.5;
      const data = deflateRawSync(original, withDictionary ? { dictionary } : {});
      for (let flips = 1 + Math.floor(random() * 3); flips > 0; flips--)
        data[Math.floor(random() * data.length)]! ^= 1 << Math.floor(random() * 8);
      const attempt = (inflate: () => string) => {
        try {
          return inflate();
        } catch {
          return null;
        }
      };
      const ours = attempt(() => inflateRawText(data, withDictionary ? dictionary : undefined));
      const zlib = attempt(() => inflateRawSync(data, withDictionary ? { dictionary } : {}).toString('utf8'));
      expect(ours).toBe(zlib);
      if (ours !== null) decoded++;
    }
    // Some damaged streams still decode (to another text, as zlib has it); most do not.
    expect(decoded).toBeGreaterThan(100);
  });

  it('lets bodies.ts report zlib’s own error for a damaged body', () => {
    const damaged = Buffer.from([0xff, 0xff, 0xff]);
    expect(() => inflateRawSync(damaged)).toThrow();
    expect(() => inflateWith(damaged)).toThrow(/invalid|unexpected|incorrect/i);
  });
});
