// The ranking computed in rank.ts must be FTS5's bm25() itself: same formula, same statistics.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../util/random.js';
import { openDatabase } from './open.js';
import { newestCommon } from './rank.js';
import { indexMatch } from './search.js';
import { openStore } from './sqlite.js';
import type { Store } from './store.js';
import { makeArticle, makeBatch } from './testing.js';

const WORDS = [
  'ceasefire',
  'convoy',
  'refugees',
  'Türkiye',
  'border',
  'talks',
  'Goris',
  'shelling',
  'aid',
  'the',
];

describe('BM25 ranking', () => {
  let dir: string;
  let path: string;
  let store: Store;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-rank-'));
    path = join(dir, 'rank.db');
    store = openStore(path);
    const random = seededRandom(11);
    const pick = (n: number) =>
      Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
    const articles = Array.from({ length: 300 }, (_, i) =>
      makeArticle(`a_r${i}`, {
        title: pick(1 + Math.floor(random() * 5)),
        text: `${pick(5 + Math.floor(random() * 60))}.\n\n${pick(Math.floor(random() * 40))}.`,
        outlet: i % 3 === 0 ? 'Rare Outlet' : 'Wire Service',
      }),
    );
    await store.ingestFile(makeBatch('rank.txt', articles), () => ({
      duplicates: [],
      stories: [],
      removedStories: [],
    }));
  });

  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    'ceasefire',
    'convoy border',
    'refug*',
    'turkiye talks',
    'aid OR goris',
    'talks -shelling',
    '"border talks"',
    '"border talks" convoy',
    'the the',
  ])('scores %s as FTS5 bm25(4, 1) does', async (query) => {
    const result = await store.search(query, { limit: 300 });
    const db = openDatabase(path, { readonly: true });
    try {
      const expected = db
        .prepare(
          `SELECT a.id, -bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts f JOIN articles a ON a.n = f.rowid
           WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 4.0, 1.0), f.rowid DESC`,
        )
        .all(indexMatch(query)) as { id: string; score: number }[];
      const checked = query.includes('"')
        ? expected.filter((row) => result.hits.some((h) => h.article === row.id))
        : expected;
      expect(result.hits.length).toBeGreaterThan(0);
      expect(result.hits.map((hit) => hit.article)).toEqual(checked.slice(0, 300).map((row) => row.id));
      for (const [i, hit] of result.hits.entries()) expect(hit.score).toBeCloseTo(checked[i]!.score, 9);
    } finally {
      db.close();
    }
  });

  it('ranks within a filter the same way', async () => {
    const all = (await store.search('convoy', { limit: 300 })).hits.filter(
      (hit) => hit.outlet === 'Rare Outlet',
    );
    const filtered = (await store.search('convoy', { outlet: 'Rare Outlet', limit: 300 })).hits;
    expect(filtered).toEqual(all);
  });
});

describe('BM25 ranking from the texts a connection keeps', () => {
  it('scores texts with curly quotes, dashes and diacritics as FTS5 does, again and again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-kept-'));
    const path = join(dir, 'kept.db');
    const store = openStore(path);
    const texts = [
      '“Ceasefire” talks—in Goris—resumed; the convoy waited…',
      'Türkiye’s envoy: “ceasefire talks” – convoy at the border.',
      'The CONVOY crossed ‘the border’ at Goris; talks–ceasefire.',
      'Talks about talks: the ceasefire… the convoy… Türkiye.',
    ];
    try {
      await store.ingestFile(
        makeBatch(
          'kept.txt',
          texts.map((text, i) =>
            makeArticle(`a_k${i}`, { title: i % 2 ? 'Convoy – talks' : 'Türkiye', text }),
          ),
        ),
        () => ({ duplicates: [], stories: [], removedStories: [] }),
      );
      const db = openDatabase(path, { readonly: true });
      for (const query of ['ceasefire', 'convoy talks', 'turkiye', '"ceasefire talks"', 'goris border']) {
        const expected = db
          .prepare(
            `SELECT a.id, -bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts f JOIN articles a ON a.n = f.rowid
             WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 4.0, 1.0), f.rowid DESC`,
          )
          .all(indexMatch(query)) as { id: string; score: number }[];
        // The first search reads the texts, the second one scores the kept ones.
        for (let round = 0; round < 2; round++) {
          const hits = (await store.search(query)).hits;
          expect(hits.length).toBeGreaterThan(0);
          const checked = query.includes('"')
            ? expected.filter((row) => hits.some((h) => h.article === row.id))
            : expected;
          expect(hits.map((hit) => hit.article)).toEqual(checked.map((row) => row.id));
          for (const [i, hit] of hits.entries()) expect(hit.score).toBeCloseTo(checked[i]!.score, 9);
        }
      }
      db.close();
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('newestCommon', () => {
  const list = (...values: number[]) => Float64Array.from(values);

  it('intersects ascending lists newest first, below a row and up to a limit', () => {
    const lists = [list(1, 3, 5, 7, 9, 11), list(3, 4, 5, 9, 11, 12), list(2, 3, 5, 9, 10, 11)];
    expect(newestCommon(lists, Number.MAX_SAFE_INTEGER, -1)).toEqual([11, 9, 5, 3]);
    expect(newestCommon(lists, 11, -1)).toEqual([9, 5, 3]);
    expect(newestCommon(lists, 11, 2)).toEqual([9, 5]);
    expect(newestCommon([list(4, 8)], 100, -1)).toEqual([8, 4]);
    expect(newestCommon([list(4, 8), list()], 100, -1)).toEqual([]);
    expect(newestCommon([], 100, -1)).toEqual([]);
    // A short list against a long one: the long one is skipped through, not stepped through.
    const long = Float64Array.from({ length: 10_000 }, (_, i) => 2 * i);
    expect(newestCommon([long, list(1, 4, 9_998, 19_998, 30_000)], 30_001, -1)).toEqual([19_998, 9_998, 4]);
    expect(newestCommon([list(0, 3), long], 100, -1)).toEqual([0]);
  });
});

describe('the term lists a connection keeps', () => {
  it('follow writes by the same connection and by another one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-postings-'));
    const path = join(dir, 'postings.db');
    const writer = openStore(path);
    const ingest = (name: string, ids: string[]) =>
      writer.ingestFile(
        makeBatch(
          name,
          ids.map((id) => makeArticle(id, { title: 'Convoy at the border', text: 'A convoy waits.' })),
        ),
        () => ({ duplicates: [], stories: [], removedStories: [] }),
      );
    try {
      await ingest('one.txt', ['a_p1', 'a_p2']);
      const reader = openStore(path, { readonly: true });
      const found = async (store: Store) =>
        (await store.search('convoy border', { limit: 10 })).hits.map((hit) => hit.article).sort();
      // Searched more than once, so that both connections read and then reuse the words' lists.
      for (let use = 0; use < 4; use++) {
        expect(await found(writer)).toEqual(['a_p1', 'a_p2']);
        expect(await found(reader)).toEqual(['a_p1', 'a_p2']);
      }
      await ingest('two.txt', ['a_p3']);
      expect(await found(writer)).toEqual(['a_p1', 'a_p2', 'a_p3']);
      expect(await found(reader)).toEqual(['a_p1', 'a_p2', 'a_p3']);
      reader.close();
    } finally {
      writer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
