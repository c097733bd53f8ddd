import { describe, expect, it } from 'vitest';
import { makeArticle } from '../read/article.js';
import type { Article, Extraction } from '../types.js';
import { AlignmentScorer, alignSentences } from './align.js';
import { bodyKey } from './body.js';
import { RankedSlots } from './candidates.js';
import { figuresEnd, fingerprint, quotesEnd, sentenceTerms, shingles } from './fingerprint.js';
import { hashString } from './hash.js';
import { HashTable32 } from './hashtable.js';
import { DedupIndex } from './index.js';
import { HitCounter, LshIndex } from './lsh.js';
import { scanText } from './scan.js';
import { stem } from './sentences.js';
import { type DedupState, loadFingerprint, storeFingerprint } from './state.js';
import { StringIndex } from './strings.js';
import { CAPITALISED, CONTENT, FIGURE, SENTENCE_START, WordScanner } from './tokens.js';
import { isContentWord } from './words.js';

function article(id: string, text: string, published = '2024-03-05'): Article {
  return makeArticle({ id, title: id, published, text, source: { file: 'test', startLine: 1, endLine: 1 } });
}

const TRICKY = [
  'The mayor’s office said 1,250 homes (about 3.5%) lost power. Crews worked overnight!',
  "Officials in São Paulo weren't sure; the city's 2024 budget was 10.000,5 reais.\n\nNext paragraph.",
  'Ärzte ohne Grenzen – “We are running out,” a nurse said. 12 beds remain.',
  'U.S. envoy met the U.N. chief... Talks resumed? "Yes," he said.',
  'rock’n’roll 1990’s ½ x² ﬁnal İstanbul',
  '',
];

describe('WordScanner', () => {
  it.each(TRICKY)('hashes exactly the words scanText finds: %j', (text) => {
    const reference = scanText(text);
    const scanned = new WordScanner().scan(text);
    const starts = new Set(reference.sentenceStarts);
    expect(scanned.count).toBe(reference.words.length);
    reference.words.forEach((word, i) => {
      const flags = scanned.flags[i]!;
      expect(scanned.hashes[i]).toBe(hashString(word));
      expect(scanned.stems[i]).toBe(hashString(stem(word)));
      expect(Boolean(flags & CONTENT)).toBe(isContentWord(word));
      expect(Boolean(flags & CAPITALISED)).toBe(reference.capitalised[i] === 1);
      expect(Boolean(flags & SENTENCE_START)).toBe(starts.has(i));
      expect(Boolean(flags & FIGURE)).toBe(/\d/.test(word) && word.length > 1);
    });
  });

  it('notes where the quotation marks are', () => {
    const text = 'He said "no" and “yes”, then ’twas “over.';
    const scanned = new WordScanner().scan(text);
    const marks = [...scanned.quoteMarks.subarray(0, scanned.quoteMarkCount)];
    expect(marks).toEqual([...text].flatMap((char, i) => ('"“”'.includes(char) ? [i] : [])));
  });

  it.each([...TRICKY, '  Lead\u00a0space,\t1,000.5 ’s  \n\n“End”  ', 'x\u2003—\u3000İ'])(
    'hashes the body as bodyKey does: %j',
    (text) => {
      const scanner = new WordScanner();
      scanner.scan('A text before, to show that each scan starts the body afresh.');
      scanner.scan(text);
      expect(scanner.bodyKey()).toBe(bodyKey(text));
    },
  );
});

describe('fingerprint', () => {
  it("leaves the wire's credit line out of the sentences and shingles a rewrite is aligned on", () => {
    const body =
      'Soldiers cleared the camp on Monday and detained about 1,200 people.\n\nBuses took them to a police academy.';
    const credited = `${body}\n\nReporting by Rita Brandao and Tony Bodell; Editing by Dan Walsh`;
    const plain = fingerprint(article('p', body));
    const withCredit = fingerprint(article('c', credited));
    expect(sentenceTerms(withCredit)).toEqual(sentenceTerms(plain));
    expect([...shingles(withCredit)]).toEqual([...shingles(plain)]);
  });

  const text =
    'Rescue teams reached the flooded valley on Monday. Rescue teams reached the flooded valley on Monday.';

  it('keeps each shingle once and each sentence term once', () => {
    const f = fingerprint(article('a', text));
    expect(new Set(shingles(f)).size).toBe(shingles(f).length);
    for (const terms of sentenceTerms(f))
      expect([...terms]).toEqual([...new Set(terms)].sort((x, y) => x - y));
  });

  it('keys quotations from the text scan as from scanning each quotation alone', () => {
    const quoted = [
      'He said "We will rebuild every single home in Doran, Velka\'s mayor added" before leaving.',
      '“Zoë’s team counted 1,250 displaced families,” she said; "short one"; “Aid convoys reached the camps at dawn.”',
      'Unclosed “quotation marks here and there are not quotes at all, nor" is this one " really.',
    ].join('\n\n');
    const quotes = [...quoted.matchAll(/["“]([^"“”]{20,400})["”]/g)].map((match) => match[1]!);
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    const extraction = {
      article: 'a',
      mentions: [],
      figures: [],
      dates: [],
      quotes: quotes.map((text) => ({ text }) as Extraction['quotes'][number]),
    };
    const keys = (f: ReturnType<typeof fingerprint>) => [...f.data.subarray(figuresEnd(f), quotesEnd(f))];
    const fromScan = keys(fingerprint(article('a', quoted)));
    expect(fromScan.length).toBeGreaterThanOrEqual(2);
    expect(fromScan).toEqual(keys(fingerprint(article('a', quoted), extraction)));
  });

  it('keys each later sentence of an extracted quotation too, as another outlet may quote it alone', () => {
    const asQuotes = (...texts: string[]) => ({
      article: 'a',
      mentions: [],
      figures: [],
      dates: [],
      quotes: texts.map((text) => ({ text }) as Extraction['quotes'][number]),
    });
    const keys = (f: ReturnType<typeof fingerprint>) => new Set(f.data.subarray(figuresEnd(f), quotesEnd(f)));
    const first = 'Every crew in the province is working through the night on the roads.';
    const second = 'We expect to reach the last cut-off villages before Friday evening.';
    const joined = keys(fingerprint(article('a', text), asQuotes(`${first} ${second}`)));
    const apart = keys(fingerprint(article('a', text), asQuotes(second)));
    expect([...apart].every((key) => joined.has(key))).toBe(true);
  });

  it('survives a round trip through the stored form unchanged', () => {
    const f = fingerprint(article('a', text));
    const stored = storeFingerprint(f);
    expect(typeof stored.hashes).toBe('string');
    const loaded = loadFingerprint(JSON.parse(JSON.stringify(stored)));
    expect({ ...loaded, data: [...loaded.data] }).toEqual({ ...f, data: [...f.data] });
  });
});

describe('DedupIndex state', () => {
  it('reads version 1 states (plain number arrays)', () => {
    const long = 'The regional council approved a new water plan for seven towns after a long debate.';
    const legacy: DedupState = {
      version: 1,
      windowDays: 30,
      latestDay: 19787,
      recent: [
        {
          id: 'old',
          day: 19787,
          words: 15,
          bodyKey: 'x',
          shingles: [1, 2, 3],
          sentences: [[4, 5, 6, 7]],
          figures: [],
          quotes: [],
          names: [8],
        },
      ],
      bodies: { x: ['old'] },
    };
    const index = new DedupIndex(legacy);
    expect(index.add(article('old', long))).toEqual([]);
    expect(index.state().recent.map((stored) => stored.id)).toEqual(['old']);
  });
});

describe('LshIndex', () => {
  const signature = (value: number) => new Uint32Array(8).fill(value);

  it('finds slots sharing bands, newest within the bucket limit, and forgets expired ones', () => {
    const index = new LshIndex(2, 4, 2);
    for (let slot = 0; slot < 4; slot++) index.add(slot, signature(7), 0);
    index.add(4, signature(9), 0);
    const hits = new HitCounter();
    index.query(signature(7), 0, hits);
    const found = Array.from({ length: hits.size }, (_, i) => hits.slot(i)).sort();
    expect(found).toEqual([2, 3]);
    expect(hits.count(3)).toBe(2);
    hits.reset();
    index.expireBefore(3);
    index.query(signature(7), 0, hits);
    expect(Array.from({ length: hits.size }, (_, i) => hits.slot(i))).toEqual([3]);
  });
});

describe('StringIndex', () => {
  it('numbers strings in insertion order and finds them by hash, colliding hashes included', () => {
    const index = new StringIndex();
    const words = Array.from({ length: 5_000 }, (_, i) => `id_${i}`);
    // Every tenth string shares one hash: found by comparing the strings themselves.
    const hashOf = (word: string, i: number) => (i % 10 === 0 ? 7 : hashString(word));
    words.forEach((word, i) => {
      expect(index.find(word, hashOf(word, i))).toBe(-1);
      expect(index.add(word, hashOf(word, i))).toBe(i);
    });
    expect(words.map((word, i) => index.find(word, hashOf(word, i)))).toEqual(words.map((_, i) => i));
    expect(index.find('id_5000', 7)).toBe(-1);
    expect(index.keys.slice(0, 3)).toEqual(['id_0', 'id_1', 'id_2']);
  });
});

describe('HitCounter', () => {
  it('counts slots of a window far into a stream in a ring, as it counts them without one', () => {
    const hits = new HitCounter();
    for (const oldest of [0, 5_000, 1_000_000]) {
      hits.reserve(oldest, oldest + 3_000);
      for (const slot of [oldest, oldest + 1_024, oldest + 2_048, oldest + 3_000, oldest + 1_024])
        hits.hit(slot);
      const counts = Array.from({ length: hits.size }, (_, i) => [hits.slot(i), hits.count(hits.slot(i))]);
      expect(counts).toEqual([
        [oldest, 1],
        [oldest + 1_024, 2],
        [oldest + 2_048, 1],
        [oldest + 3_000, 1],
      ]);
      hits.reset();
      expect(hits.count(oldest + 1_024)).toBe(0);
    }
  });
});

describe('LshIndex over many slots', () => {
  it('finds the same slots with or without prefetching, across table rebuilds and expiry', () => {
    const index = new LshIndex(4, 2, 8);
    // Two bands shared by the slots equal modulo 50, two of the slot's own (new buckets, rebuilds).
    const signatureOf = (slot: number) =>
      Uint32Array.from({ length: 8 }, (_, i) => (i < 4 ? (slot % 50) * 8 + (i >> 1) : 1e6 + slot * 8 + i));
    const hits = new HitCounter();
    for (let slot = 0; slot < 3000; slot++) {
      const signature = signatureOf(slot);
      if (slot % 2) index.prefetch(signature, 0);
      index.query(signature, 0, hits);
      const found = Array.from({ length: hits.size }, (_, i) => hits.slot(i)).sort((x, y) => x - y);
      // The newest 8 earlier slots equal modulo 50 are kept, and all of them are live.
      const expected = [];
      for (let earlier = slot - 50; earlier >= Math.max(0, slot - 400, slot - 50 * 8); earlier -= 50)
        expected.unshift(earlier);
      expect(found).toEqual(expected);
      hits.reset();
      index.add(slot, signature, 0);
      index.expireBefore(slot - 400);
    }
  });
});

describe('RankedSlots', () => {
  it('keeps the best scores, ties by earliest slot, as a full sort would', () => {
    let seed = 1;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const ranked = new RankedSlots(16);
    for (let round = 0; round < 50; round++) {
      const pushed: [number, number][] = [];
      ranked.clear();
      const count = Math.floor(random() * 200);
      for (let slot = 0; slot < count; slot++) {
        const score = Math.floor(random() ** 3 * 17);
        pushed.push([slot * 3 + round, score]);
        ranked.push(slot * 3 + round, score);
      }
      ranked.keepBest(32);
      const expected = pushed
        .sort((x, y) => y[1] - x[1] || x[0] - y[0])
        .slice(0, 32)
        .map(([slot]) => slot);
      expect(Array.from({ length: ranked.size }, (_, i) => ranked.slot(i))).toEqual(expected);
    }
  });
});

describe('HashTable32', () => {
  it('maps keys to values, grows, and empties in one call', () => {
    const table = new HashTable32();
    table.clear(4);
    for (let key = 0; key < 1000; key++) expect(table.set(key * 0x9e3779b1, key)).toBe(-1);
    expect(table.get(500 * 0x9e3779b1)).toBe(500);
    expect(table.set(500 * 0x9e3779b1, 7)).toBe(500);
    table.clear(4);
    expect(table.get(500 * 0x9e3779b1)).toBe(-1);
    expect(table.size).toBe(0);
  });
});

describe('alignSentences', () => {
  it('pairs each sentence with its best counterpart and reports what was added', () => {
    const a = [Uint32Array.of(1, 2, 3, 4, 5), Uint32Array.of(10, 11, 12, 13)];
    const b = [Uint32Array.of(1, 2, 3, 4, 9), Uint32Array.of(20, 21, 22, 23)];
    const alignment = alignSentences(a, b);
    expect(alignment.pairs).toEqual([{ a: 0, b: 0, dice: 0.8 }]);
    expect(alignment.onlyA).toEqual([1]);
    expect(alignment.onlyB).toEqual([1]);
    expect(alignment.coverage).toBe(0.5);
  });

  it('pairs short sentences that say the same thing, for display, without changing the scores', () => {
    // "We will not forget this." / "We will not forget this," he said. — too short to judge, yet one line.
    const long = Uint32Array.of(1, 2, 3, 4, 5);
    const a = [long, Uint32Array.of(30, 31, 32), Uint32Array.of(40, 41)];
    const b = [long, Uint32Array.of(30, 31, 32, 33), Uint32Array.of(50, 51)];
    const alignment = alignSentences(a, b);
    expect(alignment.pairs).toEqual([
      { a: 0, b: 0, dice: 1 },
      { a: 1, b: 1, dice: 6 / 7 },
    ]);
    expect(alignment.onlyA).toEqual([2]);
    expect(alignment.onlyB).toEqual([2]);
    expect(alignment.coverage).toBe(1);
  });
});

describe('AlignmentScorer.chain', () => {
  /** The overlap matrix of two lists of sentences given as term lists. */
  function scored(a: number[][], b: number[][]): { scorer: AlignmentScorer; chain: number } {
    const overlap = a.flatMap((x) => b.map((y) => x.filter((term) => y.includes(term)).length));
    const sizesA = a.map((x) => x.length);
    const sizesB = b.map((y) => y.length);
    const scorer = new AlignmentScorer();
    scorer.score(sizesA, a.length, sizesB, b.length, overlap);
    return { scorer, chain: scorer.chain(sizesA, a.length, sizesB, b.length, overlap) };
  }
  // Sentences of 5 terms sharing 2 (Dice 0.4): too loose to align, close enough to chain.
  const loose = (n: number) => [n, n + 1, n + 100, n + 101, n + 102];
  const kept = (n: number) => [n, n + 1, n + 200, n + 201, n + 202];

  it('counts loosely matching sentences that keep their order', () => {
    const { scorer, chain } = scored([loose(0), loose(10), loose(20)], [kept(0), kept(10), kept(20)]);
    expect(scorer.pairCount).toBe(0);
    expect(chain).toBe(3);
  });

  it('does not count sentences matched out of order', () => {
    const { chain } = scored([loose(0), loose(10), loose(20)], [kept(20), kept(10), kept(0)]);
    expect(chain).toBe(1);
  });

  it('skips sentences too short to judge', () => {
    const { chain } = scored([loose(0), [10, 11], loose(20)], [kept(0), [10, 11], kept(20)]);
    expect(chain).toBe(2);
  });
});
