import { describe, expect, it } from 'vitest';
import { generateStream } from '../../bench/generate.js';
import { splitParagraphs } from './features.js';
import { heaviest, KeyCounts, Overlap, TermTable, topTerms } from './term-table.js';
import { COUNTRY_OF_ADJECTIVE, extractTerms, TermScanner } from './terms.js';
import { Vocabulary } from './vocabulary.js';

const texts = [
  'On 4 October the Minister said 12 Oct was too late; Oct 4 and 4 Oct 2023 are dates, 12 people are not.',
  "Aliyev's envoy met Pashinyan's aide in Granada. NATO's chief said: “talks resumed”. 100,000 fled.",
  'Zürich-based Société Générale said Ångström units were RISING, the U.S. envoy noted on Monday 5.',
  '12 12 October 3 Tuesday. Bombing, bombed and bombs; glass passes.\n\nA new paragraph Starts Here.',
  '',
];

/** What the id scanner reads, spelt back as terms. */
function scannedTerms(text: string, titleCase = false) {
  const vocabulary = new Vocabulary();
  const list = new TermScanner(vocabulary).scan(text, titleCase);
  return Array.from({ length: list.length }, (_, i) => ({
    term: vocabulary.term(list.ids[i]!),
    proper: list.proper[i] === 1,
  }));
}

describe('TermScanner', () => {
  it.each(texts)('reads the same terms as extractTerms: %s', (text) => {
    expect(scannedTerms(text)).toEqual(extractTerms(text));
    expect(scannedTerms(text, true)).toEqual(extractTerms(text, true));
  });

  it('agrees with extractTerms on a synthetic stream', () => {
    for (const article of generateStream({ seed: 11, articles: 60, events: 6, days: 3 }).articles)
      for (const text of [article.title, article.text])
        expect(scannedTerms(text)).toEqual(extractTerms(text));
  });

  it('gives one id per term, whether interned from a string or from the text', () => {
    const vocabulary = new Vocabulary();
    const list = new TermScanner(vocabulary).scan('Shelling shelled the city');
    expect(vocabulary.intern('shell')).toBe(list.ids[0]);
    expect(list.ids[1]).toBe(list.ids[0]);
  });
});

describe('TermTable', () => {
  it('sums values per id in order of first appearance and grows as needed', () => {
    const table = new TermTable(2);
    for (let i = 0; i < 100; i++) table.add(i % 40, 1);
    expect(table.size).toBe(40);
    expect(table.get(3)).toBe(3);
    expect(table.get(39)).toBe(2);
    expect(table.get(1000)).toBe(0);
    expect(Array.from(table.ids.subarray(0, 3))).toEqual([0, 1, 2]);
    table.keepPositions([1, 39]);
    expect(table.entries(String)).toEqual([
      ['1', 3],
      ['39', 2],
    ]);
    expect(table.has(0)).toBe(false);
  });

  it('gives the dot product over the entries that may be shared to the last bit, under its bound', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const overlap = new Overlap();
    for (let round = 0; round < 50; round++) {
      const table = new TermTable();
      for (let i = 0; i < 200; i++) table.add(Math.floor(random() * 3000), random());
      const vector = new TermTable();
      for (let i = 0; i < 60; i++) vector.add(Math.floor(random() * 3000), random());
      table.mayShare(vector, overlap);
      const dot = table.dot(vector);
      expect(table.dotAt(vector, overlap)).toBe(dot);
      expect(dot / table.norm()).toBeLessThanOrEqual(Math.sqrt(overlap.sumSq) * (1 + 1e-9));
    }
  });
});

describe('splitParagraphs', () => {
  it('splits and trims as text.split(/\\n\\s*\\n/) with trimmed, non-empty pieces', () => {
    const pieces = ['a', 'b c', ' ', '\n', '\r\n', '\t', '\u00a0', '\u2028', '\u3000', '.', '\u200b'];
    let seed = 1;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let i = Math.floor(random() * 14); i >= 0; i--)
        text += pieces[Math.floor(random() * pieces.length)];
      const expected = text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean);
      expect(splitParagraphs(text)).toEqual(expected);
    }
  });
});

describe('heaviest terms', () => {
  it('are the first of a sort by weight, then term, whatever the ties', () => {
    const termOf = (id: number) => `t${(id * 7919) % 1000}`;
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let n = 0; n < 300; n++) {
      const table = new TermTable();
      const size = 1 + Math.floor(random() * 60);
      // Few distinct weights, so that many entries tie at the cut.
      for (let id = 0; id < size; id++) table.add(id * 3, 1 + Math.floor(random() * 4));
      const count = 1 + Math.floor(random() * 15);
      const sorted = Array.from({ length: table.size }, (_, i) => i).sort(
        (x, y) =>
          table.values[y]! - table.values[x]! || (termOf(table.ids[x]!) < termOf(table.ids[y]!) ? -1 : 1),
      );
      const expected = sorted.slice(0, count);
      expect(heaviest(table, count, termOf)).toEqual([...expected].sort((x, y) => x - y));
      expect(topTerms(table, count, termOf)).toEqual(expected.map((i) => table.ids[i]));
    }
  });
});

describe('KeyCounts', () => {
  it('counts 32-bit keys, 0 and the largest included, through growth', () => {
    const counts = new KeyCounts();
    const keys = [0, 0xffffffff, ...Array.from({ length: 3000 }, (_, i) => (i * 2654435761) >>> 0)];
    for (const key of keys) counts.add(key, 1);
    counts.add(0xffffffff, 2);
    expect(counts.get(0)).toBe(2);
    expect(counts.get(0xffffffff)).toBe(3);
    expect(counts.get(12345)).toBe(0);
    expect(counts.entries().reduce((sum, [, count]) => sum + count, 0)).toBe(keys.length + 2);
  });
});

describe('TermScanner and nationality', () => {
  it('reads an adjective of nationality as its country', () => {
    const vocabulary = new Vocabulary(COUNTRY_OF_ADJECTIVE);
    const scanner = new TermScanner(vocabulary);
    const terms = (text: string) => {
      const list = scanner.scan(text, true);
      return Array.from(list.ids.subarray(0, list.length), (id) => vocabulary.term(id));
    };
    expect(terms('Gabonese officers dissolve institutions')).toContain('gabon');
    expect(terms('Afghan quake toll rises')).toContain('afghanistan');
    expect(terms('Armenians leave the region')).toContain('armenia');
  });
});
