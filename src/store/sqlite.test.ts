import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SitrepError } from '../util/errors.js';
import { DICTIONARY_SAMPLE, deflateText, inflateWith } from './bodies.js';
import { articleParams } from './rows.js';
import { migrations } from './schema.js';
import { openStore, RANK_WINDOW } from './sqlite.js';
import type { Store } from './store.js';
import { emptyExtraction, makeArticle, makeBatch, outletStoriesStep } from './testing.js';

let dir: string;
let store: Store;
const dbPath = () => join(dir, 'sitrep.db');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  store = openStore(dbPath());
});
afterEach(() => {
  store.close();
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const ankara = makeArticle('a_1', {
  title: 'Türkiye offers to mediate',
  outlet: 'Daily Wire',
  text: 'Ankara said Türkiye was ready to host talks between the two neighbours.\n\nOfficials declined to give a date.',
});
const yerevan = makeArticle('a_2', {
  title: 'Refugees reach Goris',
  outlet: 'Capital News',
  published: '2023-10-05',
  text: 'More than 100,000 people have crossed into Armenia, officials in Yerevan said on Thursday.',
});
const copy = makeArticle('a_3', { ...yerevan, id: 'a_3', outlet: 'Capital News', published: '2023-10-05' });

describe('ingestFile', () => {
  it('stores articles, provenance, extractions, duplicates and stories in one go', async () => {
    const extraction = {
      ...emptyExtraction('a_2'),
      mentions: [
        { article: 'a_2', name: 'Yerevan', type: 'place' as const, text: 'Yerevan', start: 62, end: 69 },
      ],
      figures: [
        {
          article: 'a_2',
          text: 'More than 100,000 people',
          value: 100000,
          low: null,
          high: null,
          qualifier: 'more than',
          unit: 'people',
          subject: 'crossed into Armenia',
          asOf: '2023-10-05',
          start: 0,
          end: 24,
        },
      ],
      quotes: [{ article: 'a_2', speaker: null, via: null, text: 'ready', start: 1, end: 6 }],
      dates: [
        {
          article: 'a_2',
          text: 'on Thursday',
          date: '2023-10-05',
          precision: 'day' as const,
          start: 78,
          end: 89,
        },
      ],
    };
    const outcome = await store.ingestFile(
      makeBatch('d1.txt', [ankara, yerevan, copy], [extraction]),
      outletStoriesStep,
    );
    expect(outcome).toMatchObject({
      status: 'stored',
      added: 3,
      known: 0,
      duplicates: 1,
      storiesTouched: 2,
      head: 3,
    });

    const stored = await store.article('a_2');
    expect(stored?.title).toBe('Refugees reach Goris');
    expect(stored?.story).toBe('s_capitalnews');
    expect(stored?.provenance).toEqual([
      {
        file: 'd1.txt',
        sha256: 'sha-of-d1.txt',
        ingestedAt: '2023-10-05T08:00:00Z',
        startLine: 1,
        endLine: 5,
      },
    ]);
    expect(await store.figures({ article: 'a_2' })).toEqual(extraction.figures);
    expect(await store.dates()).toEqual(extraction.dates);
    expect(await store.quotes()).toEqual(extraction.quotes);
    expect(await store.duplicates()).toEqual([{ a: 'a_2', b: 'a_3', relation: 'identical', similarity: 1 }]);
    const entities = await store.entities();
    // The text's entities first, then the outlets that only the articles' headers name.
    expect(entities).toMatchObject([
      { name: 'Yerevan', type: 'place', articles: ['a_2'], mentions: 1 },
      { name: 'Daily Wire', type: 'organization', articles: ['a_1'], mentions: 0 },
      { name: 'Capital News', type: 'organization', articles: ['a_2', 'a_3'], mentions: 0 },
    ]);
    expect(await store.entities({ limit: 10 })).toHaveLength(1);
    const [extracted] = await store.extractions({ article: 'a_2' });
    expect(extracted?.mentions).toEqual(extraction.mentions);
    const stories = await store.stories();
    expect(stories.map((s) => [s.id, s.articles])).toEqual([
      ['s_capitalnews', ['a_2', 'a_3']],
      ['s_dailywire', ['a_1']],
    ]);
  });

  it('stores the duplicate pairs whose articles are both stored, each pair as first recorded', async () => {
    const none = () => ({ duplicates: [], stories: [], removedStories: [] });
    await store.ingestFile(makeBatch('d1.txt', [ankara, yerevan]), none);
    const pairs = [
      { a: 'a_2', b: 'a_3', relation: 'rewrite' as const, similarity: 0.7 },
      { a: 'a_2', b: 'a_3', relation: 'identical' as const, similarity: 1 },
      { a: 'a_missing', b: 'a_3', relation: 'identical' as const, similarity: 1 },
      { a: 'a_1', b: 'a_3', relation: 'near-duplicate' as const, similarity: 0.9 },
    ];
    const outcome = await store.ingestFile(makeBatch('d2.txt', [copy]), () => ({
      ...none(),
      duplicates: pairs,
    }));
    expect(outcome.duplicates).toBe(2);
    expect(await store.duplicates()).toEqual([
      { a: 'a_1', b: 'a_3', relation: 'near-duplicate', similarity: 0.9 },
      { a: 'a_2', b: 'a_3', relation: 'rewrite', similarity: 0.7 },
    ]);
  });

  it('adds nothing when the same file comes again, and one provenance row when an article comes in another file', async () => {
    await store.ingestFile(makeBatch('d1.txt', [ankara, yerevan]), outletStoriesStep);
    const again = await store.ingestFile(makeBatch('d1.txt', [ankara, yerevan]), outletStoriesStep);
    expect(again.status).toBe('skipped');

    const moved = { ...yerevan, source: { file: 'd2.txt', startLine: 40, endLine: 52 } };
    const second = await store.ingestFile(makeBatch('d2.txt', [moved]), outletStoriesStep);
    expect(second).toMatchObject({ status: 'stored', added: 0, known: 1, head: 2 });
    const stats = await store.stats();
    expect(stats).toMatchObject({ articles: 2, files: 2, provenance: 3, stories: 2 });
    expect((await store.article('a_2'))?.provenance.map((p) => [p.file, p.startLine])).toEqual([
      ['d1.txt', 1],
      ['d2.txt', 40],
    ]);
    // Without provenance: the same articles and texts, nothing about where they were read.
    const full = await store.articles();
    const bare = await store.articles({ withoutProvenance: true });
    expect(bare.map((a) => [a.id, a.text, a.story])).toEqual(full.map((a) => [a.id, a.text, a.story]));
    expect(bare.every((a) => a.provenance.length === 0)).toBe(true);
  });

  it('writes nothing from a file whose step fails', async () => {
    await store.ingestFile(makeBatch('d1.txt', [ankara]), outletStoriesStep);
    const failing = () => {
      throw new Error('clusterer exploded');
    };
    await expect(store.ingestFile(makeBatch('d2.txt', [yerevan]), failing)).rejects.toThrow(
      'clusterer exploded',
    );
    expect(await store.stats()).toMatchObject({ articles: 1, files: 1, provenance: 1 });
    expect(await store.hasFile('sha-of-d2.txt')).toBe(false);
  });
});

describe('entities', () => {
  const naming = (article: string, name: string) => ({
    ...emptyExtraction(article),
    mentions: [{ article, name, type: 'place' as const, text: name, start: 0, end: name.length }],
  });

  it('gives an entity one row across files, also when the file that first named it was rolled back', async () => {
    const failing = () => {
      throw new Error('clusterer exploded');
    };
    // Goris first comes in a file that fails: its new entity row goes with it.
    await expect(
      store.ingestFile(makeBatch('d1.txt', [yerevan], [naming('a_2', 'Goris')]), failing),
    ).rejects.toThrow('clusterer exploded');
    await store.ingestFile(makeBatch('d2.txt', [yerevan], [naming('a_2', 'Goris')]), outletStoriesStep);
    await store.ingestFile(makeBatch('d3.txt', [ankara], [naming('a_1', 'Goris')]), outletStoriesStep);
    await store.ingestFile(makeBatch('d4.txt', [copy], [naming('a_3', 'Goris')]), outletStoriesStep);
    // The text's entities; the outlets the headers name follow them.
    const entities = (await store.entities()).filter((e) => e.mentions > 0);
    expect(entities).toMatchObject([{ name: 'Goris', mentions: 3, articles: ['a_2', 'a_1', 'a_3'] }]);
    const mentions = await store.mentions({ entity: entities[0]!.id });
    expect(mentions.map((m) => m.article).sort()).toEqual(['a_1', 'a_2', 'a_3']);
  });
});

describe('queries', () => {
  beforeEach(async () => {
    await store.ingestFile(makeBatch('d1.txt', [ankara, yerevan, copy]), outletStoriesStep);
  });

  it('filters articles by day, outlet (any case) and range', async () => {
    expect((await store.articles({ day: '2023-10-05' })).map((a) => a.id)).toEqual(['a_2', 'a_3']);
    expect((await store.articles({ outlet: 'daily wire' })).map((a) => a.id)).toEqual(['a_1']);
    expect(
      (await store.articles({ since: '2023-10-05', until: '2023-10-05', limit: 1 })).map((a) => a.id),
    ).toEqual(['a_2']);
    await expect(store.articles({ day: 'Oct 5' })).rejects.toThrow(SitrepError);
  });

  it('reads articles by id in one query and counts a day by outlet without reading any', async () => {
    expect((await store.articles({ ids: ['a_3', 'a_1', 'a_none'] })).map((a) => a.id).sort()).toEqual([
      'a_1',
      'a_3',
    ]);
    const counts = await store.outletCounts({ day: '2023-10-05' });
    expect(counts.reduce((sum, row) => sum + row.articles, 0)).toBe(2);
    expect(await store.outletCounts({ day: '2023-10-05', outlet: 'nobody' })).toEqual([]);
  });

  it('finds Türkiye when asked for Turkiye, highlights the match and groups by story', async () => {
    const result = await store.search('turkiye');
    expect(result.hits.map((h) => h.article)).toEqual(['a_1']);
    expect(result.hits[0]?.snippet).toContain('<mark>Türkiye</mark>');
    const grouped = await store.search('"officials in Yerevan"', { highlight: ['[', ']'] });
    expect(grouped.groups).toHaveLength(1);
    expect(grouped.groups[0]?.story).toBe('s_capitalnews');
    expect(grouped.groups[0]?.hits.map((h) => h.article).sort()).toEqual(['a_2', 'a_3']);
    expect(grouped.hits[0]?.snippet).toContain('[officials in Yerevan]');
  });

  it('supports prefixes, exclusions and filters in search', async () => {
    expect((await store.search('refug*')).hits).toHaveLength(2);
    expect((await store.search('refug* -Goris')).hits).toHaveLength(0);
    expect(
      (await store.search('neighbours OR Goris', { outlet: 'Daily Wire' })).hits.map((h) => h.article),
    ).toEqual(['a_1']);
    expect((await store.search('Armenia', { since: '2023-10-06' })).hits).toEqual([]);
  });

  it('checks phrases against the text: the index holds no positions', async () => {
    const ids = async (query: string) => (await store.search(query)).hits.map((h) => h.article).sort();
    // Both articles hold "officials" and "said"; only a_2 holds them as the phrase asked for.
    expect(await ids('"officials in Yerevan"')).toEqual(['a_2', 'a_3']);
    expect(await ids('"Yerevan officials"')).toEqual([]);
    expect(await ids('"Yerevan officials" OR neighbours')).toEqual(['a_1']);
    expect(await ids('said -"to host talks"')).toEqual(['a_2', 'a_3']);
    expect(await ids('said -"to host"*')).toEqual(['a_2', 'a_3']);
    expect(await ids('"to host ta"*')).toEqual(['a_1']);
    expect(await ids('"turkiye was"')).toEqual(['a_1']);
    const listed = await store.articles({ query: '"in Yerevan said"' });
    expect(listed.map((a) => a.id)).toEqual(['a_2', 'a_3']);
    expect(await store.articles({ query: '"said in Yerevan"' })).toEqual([]);
  });

  it('answers the same after compaction, which leaves no WAL behind', async () => {
    const before = await store.search('refug*');
    await store.compact();
    expect(await store.search('refug*')).toEqual(before);
    expect((await store.articles()).map((a) => a.text)).toEqual([ankara.text, yerevan.text, copy.text]);
    expect(statSync(`${dbPath()}-wal`).size).toBe(0);
  });

  it('lists stories active on a day and one story with its articles', async () => {
    expect((await store.stories({ day: '2023-10-04' })).map((s) => s.id)).toEqual(['s_dailywire']);
    const story = await store.story('s_capitalnews');
    expect(story?.articles.map((a) => a.id)).toEqual(['a_2', 'a_3']);
    expect(await store.story('s_missing')).toBeNull();
  });
});

describe('search on many matches', () => {
  it('ranks the newest matches when a query matches more than the window, all of them when a filter needs it', async () => {
    const many = Array.from({ length: RANK_WINDOW + 100 }, (_, i) =>
      makeArticle(`a_m${i}`, {
        outlet: i < 50 ? 'Rare Outlet' : 'Wire Service',
        text: `Ceasefire report number ${i}.`,
      }),
    );
    await store.ingestFile(makeBatch('many.txt', many), () => ({
      duplicates: [],
      stories: [],
      removedStories: [],
    }));
    const recent = await store.search('ceasefire', { limit: 5 });
    expect(recent.window).toBe(RANK_WINDOW);
    expect(recent.hits).toHaveLength(5);
    const numbers = recent.hits.map((hit) => Number(hit.article.slice(3)));
    expect(numbers.every((n) => n >= 100)).toBe(true);
    const rare = await store.search('ceasefire', { outlet: 'rare outlet', limit: 5 });
    expect(rare.window).toBeNull();
    expect(rare.hits.map((hit) => hit.outlet)).toEqual(Array(5).fill('Rare Outlet'));
  });
});

describe('full-text shards', () => {
  const words = ['ceasefire', 'convoy', 'refugees', 'Türkiye', 'border', 'talks', 'Goris', 'shelling'];
  const generated = Array.from({ length: 40 }, (_, i) =>
    makeArticle(`a_s${i}`, {
      title: `${words[i % 8]} update ${i}`,
      outlet: i % 3 === 0 ? 'Daily Wire' : 'Capital News',
      published: `2023-10-${String(10 + (i % 9)).padStart(2, '0')}`,
      text: `The ${words[(i * 3) % 8]} near ${words[(i * 5) % 8]} went on. Officials in Yerevan said ${i} people ${words[i % 8]}.`,
    }),
  );
  const noStories = () => ({ duplicates: [], stories: [], removedStories: [] });

  it('find the same articles as one index, and filters by query see every shard', async () => {
    const sharded = openStore(join(dir, 'sharded.db'), { shardArticles: 7 });
    try {
      for (const [k, start] of [0, 10, 25].entries())
        for (const one of [store, sharded])
          await one.ingestFile(makeBatch(`f${k}.txt`, generated.slice(start, [10, 25, 40][k])), noStories);
      const raw = new Database(join(dir, 'sharded.db'), { readonly: true });
      expect(raw.prepare('SELECT count(*) FROM fts_shards').pluck().get()).toBe(6);
      raw.close();
      const ids = (result: { hits: { article: string }[] }) => result.hits.map((hit) => hit.article).sort();
      for (const query of [
        'ceasefire',
        'turkiye',
        'conv*',
        '"officials in yerevan"',
        'goris -talks',
        'talks OR convoy',
      ]) {
        for (const options of [
          { limit: 100 },
          { limit: 100, outlet: 'daily wire' },
          { limit: 100, since: '2023-10-15' },
        ])
          expect(ids(await sharded.search(query, options))).toEqual(ids(await store.search(query, options)));
      }
      const listed = (one: Store) => one.articles({ query: 'shelling', outlet: 'Capital News' });
      expect((await listed(sharded)).map((a) => a.id)).toEqual((await listed(store)).map((a) => a.id));
      await sharded.compact();
      expect(ids(await sharded.search('conv*', { limit: 100 }))).toEqual(
        ids(await store.search('conv*', { limit: 100 })),
      );
    } finally {
      sharded.close();
    }
  });

  it('defer merging index segments during a bulk load and merge them when it is turned back on', async () => {
    const path = join(dir, 'deferred.db');
    const sharded = openStore(path, { shardArticles: 30 });
    const setting = () => {
      const db = new Database(path, { readonly: true });
      try {
        const read = (table: string) => ({
          automerge: db.prepare(`SELECT v FROM ${table}_config WHERE k = 'automerge'`).pluck().get(),
          // FTS5 numbers a segment's pages from (segment id << 37).
          segments: db
            .prepare(`SELECT count(DISTINCT id >> 37) FROM ${table}_data WHERE id >> 37 > 0`)
            .pluck()
            .get(),
        });
        return { first: read('articles_fts'), second: read('articles_fts_1') };
      } finally {
        db.close();
      }
    };
    try {
      await sharded.ingestFile(makeBatch('f0.txt', generated.slice(0, 31)), noStories);
      await sharded.deferIndexMerges(true);
      for (let k = 1; k <= 3; k++)
        await sharded.ingestFile(makeBatch(`f${k}.txt`, generated.slice(28 + 3 * k, 31 + 3 * k)), noStories);
      const deferred = setting();
      expect([deferred.first.automerge, deferred.second.automerge]).toEqual([16, 16]);
      await sharded.deferIndexMerges(false);
      const merged = setting();
      expect([merged.first.automerge, merged.second.automerge]).toEqual([2, 2]);
      expect(merged.second.segments).toBeLessThan(deferred.second.segments as number);
      expect((await sharded.search('officials', { limit: 100 })).hits.length).toBe(40);
    } finally {
      sharded.close();
    }
  });

  it('rank the newest matches across shards when a query matches more than the window', async () => {
    const sharded = openStore(join(dir, 'window.db'), { shardArticles: 300 });
    try {
      const many = Array.from({ length: RANK_WINDOW + 100 }, (_, i) =>
        makeArticle(`a_m${i}`, {
          outlet: i < 50 ? 'Rare Outlet' : 'Wire Service',
          text: `Ceasefire report number ${i}.`,
        }),
      );
      await sharded.ingestFile(makeBatch('many.txt', many), noStories);
      const recent = await sharded.search('ceasefire', { limit: 5 });
      expect(recent.window).toBe(RANK_WINDOW);
      expect(recent.hits.every((hit) => Number(hit.article.slice(3)) >= 100)).toBe(true);
      // The filter keeps too few of the window: every match in every shard is ranked.
      const rare = await sharded.search('ceasefire', { outlet: 'rare outlet', limit: 5 });
      expect(rare.window).toBeNull();
      expect(rare.hits.map((hit) => hit.outlet)).toEqual(Array(5).fill('Rare Outlet'));
    } finally {
      sharded.close();
    }
  });
});

describe('text dictionary', () => {
  it('is built once enough articles are stored; every text reads back exactly, in other connections too', async () => {
    const texts = (i: number) =>
      `Report ${i}: officials said ${i * 13} people crossed the border near Goris on ${i % 7} buses.`;
    const batch = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, k) => makeArticle(`a_t${from + k}`, { text: texts(from + k) }));
    const step = () => ({ duplicates: [], stories: [], removedStories: [] });
    const reader = openStore(dbPath(), { readonly: true });
    try {
      await store.ingestFile(makeBatch('first.txt', batch(0, DICTIONARY_SAMPLE)), step);
      expect(await store.bodyDictionary()).not.toBeNull();
      await store.ingestFile(makeBatch('second.txt', batch(DICTIONARY_SAMPLE, DICTIONARY_SAMPLE + 20)), step);
      // The reader opened before the dictionary existed.
      const late = await reader.article(`a_t${DICTIONARY_SAMPLE + 3}`);
      expect(late?.text).toBe(texts(DICTIONARY_SAMPLE + 3));
      expect((await reader.search('Goris', { limit: 3 })).hits[0]?.snippet).toContain('<mark>Goris</mark>');

      // The file that made the dictionary compressed the sample's bodies again with it.
      const raw = new Database(dbPath(), { readonly: true });
      expect(raw.prepare('SELECT count(*) FROM articles WHERE dict IS NULL').pluck().get()).toBe(0);
      raw.close();
      expect((await store.articles()).map((a) => a.text)).toEqual(
        Array.from({ length: DICTIONARY_SAMPLE + 20 }, (_, i) => texts(i)),
      );
    } finally {
      reader.close();
    }
  });

  it('leaves compacting after the dictionary to the compaction a bulk load ends with', async () => {
    const text = (i: number) => `Report ${i}: officials said ${i * 13} people crossed the border near Goris.`;
    const articles = Array.from({ length: DICTIONARY_SAMPLE }, (_, i) =>
      makeArticle(`a_b${i}`, { text: text(i) }),
    );
    const step = () => ({ duplicates: [], stories: [], removedStories: [] });
    const raw = new Database(dbPath(), { readonly: true });
    const pages = () => raw.pragma('page_count', { simple: true }) as number;
    try {
      await store.deferIndexMerges(true);
      await store.ingestFile(makeBatch('bulk.txt', articles), step);
      // The sample is compressed again with the dictionary at once; its pages keep the holes.
      expect(raw.prepare('SELECT count(*) FROM articles WHERE dict IS NULL').pluck().get()).toBe(0);
      const before = pages();
      await store.deferIndexMerges(false);
      await store.compact();
      expect(pages()).toBeLessThan(before);
      expect((await store.articles()).map((a) => a.text)).toEqual(articles.map((a) => a.text));
    } finally {
      raw.close();
    }
  });
});

describe('texts that are spans of the body', () => {
  it('keeps a quote text as offsets when it is the body between them, as written otherwise', async () => {
    const quote = (text: string, start: number, end: number) => ({
      article: 'a_2',
      speaker: 'officials',
      via: null,
      text,
      start,
      end,
    });
    const extraction = {
      ...emptyExtraction('a_2'),
      quotes: [quote('crossed into Armenia', 30, 50), quote('«crossed into Armenia»', 30, 50)],
    };
    await store.ingestFile(makeBatch('d1.txt', [yerevan], [extraction]), outletStoriesStep);
    expect(await store.quotes()).toEqual(extraction.quotes);
    store.close();
    const db = new Database(dbPath(), { readonly: true });
    expect(db.prepare('SELECT text FROM quotes ORDER BY seq').pluck().all()).toEqual([
      null,
      '«crossed into Armenia»',
    ]);
    db.close();
    store = openStore(dbPath());
  });
});

describe('migrations', () => {
  it('upgrades a schema 1 database in place: mentions, figures and the deflated checkpoint read back the same', async () => {
    const old = join(dir, 'v1.db');
    const v1 = new Database(old);
    v1.function('sitrep_inflate', (body: unknown) => inflateWith(body as Buffer));
    v1.exec(migrations[0]?.sql ?? '');
    v1.pragma('user_version = 1');
    v1.pragma('application_id = 1397314642');
    v1.prepare(
      `INSERT INTO articles (id, title, outlet, outlet_country, published, time, dateline, byline, url, kind, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...articleParams(yerevan, deflateText(yerevan.text)).slice(0, -1));
    v1.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (1, ?, ?)').run(
      yerevan.title,
      yerevan.text,
    );
    v1.exec(`
      INSERT INTO entities (id, name, type) VALUES ('e_1', 'Yerevan', 'place'), ('e_2', 'Ilham Aliyev', 'person');
      INSERT INTO mentions VALUES (1, 0, 1, 'Yerevan', 62, 69), (1, 1, 2, 'Aliyev', 0, 6);
      INSERT INTO figures VALUES (1, 0, '100,000 people', 100000, NULL, NULL, NULL, 'people', 'crossed', 10, 24, '{"asOf":"2023-10-01"}'),
        (1, 1, '5 buses', 5, NULL, NULL, NULL, 'buses', 'left', 30, 37, '{"approximate":true,"asOf":null}');
    `);
    v1.prepare('INSERT INTO stage_state VALUES (?, ?, ?)').run(
      'stages',
      1,
      deflateRawSync(JSON.stringify({ seen: ['a_2'] })),
    );
    v1.close();

    const upgraded = openStore(old);
    try {
      expect((await upgraded.mentions()).map((m) => [m.name, m.text])).toEqual([
        ['Yerevan', 'Yerevan'],
        ['Ilham Aliyev', 'Aliyev'],
      ]);
      expect((await upgraded.entities()).map((e) => e.aliases)).toEqual([
        ['Ilham Aliyev', 'Aliyev'],
        ['Yerevan'],
        ['Capital News'], // the outlet, from the article's header
      ]);
      expect((await upgraded.figures()).map((f) => [f.asOf, f.approximate])).toEqual([
        ['2023-10-01', undefined],
        [null, true],
      ]);
      expect(await upgraded.checkpoint()).toEqual({ covered: 1, state: { seen: ['a_2'] } });
      await upgraded.saveCheckpoint({ covered: 2, state: { seen: ['a_2', 'a_9'] } });
      expect(await upgraded.checkpoint()).toEqual({ covered: 2, state: { seen: ['a_2', 'a_9'] } });
      expect((await upgraded.search('Yerevan')).hits.map((h) => h.article)).toEqual(['a_2']);
    } finally {
      upgraded.close();
    }
  });
});

describe('migration from schema 4', () => {
  it('keeps texts compressed with a dictionary readable while quotes become offsets and the index is rebuilt', async () => {
    const old = join(dir, 'v4.db');
    const v4 = new Database(old);
    const dictionary = { id: 1, data: Buffer.from('officials crossed Armenia Yerevan people ') };
    v4.function('sitrep_inflate', { varargs: true }, (body: unknown) =>
      inflateWith(body as Buffer, dictionary.data),
    );
    for (const migration of migrations.filter((m) => m.version <= 4)) v4.exec(migration.sql);
    v4.pragma('user_version = 4');
    v4.pragma('application_id = 1397314642');
    v4.prepare('INSERT INTO dictionaries (id, data) VALUES (?, ?)').run(dictionary.id, dictionary.data);
    v4.prepare(
      `INSERT INTO articles (id, title, outlet, outlet_country, published, time, dateline, byline, url, kind, body, dict)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...articleParams(yerevan, deflateText(yerevan.text, dictionary)));
    v4.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (1, ?, ?)').run(
      yerevan.title,
      yerevan.text,
    );
    v4.exec(`INSERT INTO quotes VALUES (1, 0, 'officials', NULL, 'crossed into Armenia', 30, 50, NULL),
      (1, 1, 'officials', NULL, 'not in the text', 0, 4, NULL)`);
    v4.close();

    const upgraded = openStore(old);
    try {
      expect((await upgraded.quotes()).map((q) => q.text)).toEqual([
        'crossed into Armenia',
        'not in the text',
      ]);
      expect((await upgraded.search('"officials in Yerevan"')).hits.map((h) => h.article)).toEqual(['a_2']);
      expect((await upgraded.search('"Yerevan officials"')).hits).toEqual([]);
    } finally {
      upgraded.close();
    }
    const raw = new Database(old, { readonly: true });
    expect(raw.prepare('SELECT text FROM quotes ORDER BY seq').pluck().all()).toEqual([
      null,
      'not in the text',
    ]);
    expect(raw.prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").pluck().get()).toMatch(
      /detail = column/,
    );
    raw.close();
  });
});

describe('bad databases', () => {
  it('refuses a foreign SQLite database and leaves it untouched', () => {
    const foreign = join(dir, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();
    const before = readFileSync(foreign);
    expect(() => openStore(foreign)).toThrow(/not sitrep's/);
    expect(readFileSync(foreign).equals(before)).toBe(true);
  });

  it('names a database from a pre-release schema 1 in one line and leaves it untouched', () => {
    const early = join(dir, 'early.db');
    const other = new Database(early);
    other.exec('CREATE TABLE articles (n INTEGER PRIMARY KEY, id TEXT, text TEXT NOT NULL)');
    other.pragma('user_version = 1');
    other.pragma('application_id = 1397314642');
    other.close();
    const before = readFileSync(early);
    expect(() => openStore(early)).toThrow(/development build of sitrep.*new database$/);
    expect(() => openStore(early, { readonly: true })).toThrow(
      expect.objectContaining({ code: 'E_BAD_DATABASE' }),
    );
    expect(readFileSync(early).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite at all', () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is a text file, not a database\n'.repeat(200));
    const before = readFileSync(junk);
    expect(() => openStore(junk)).toThrow(expect.objectContaining({ code: 'E_BAD_DATABASE' }));
    expect(readFileSync(junk).equals(before)).toBe(true);
  });

  it('says so when the directory is read-only', () => {
    if (process.getuid?.() === 0) return; // root writes anywhere; nothing to test
    const locked = join(dir, 'locked');
    rmSync(locked, { force: true, recursive: true });
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    expect(() => openStore(join(locked, 'sitrep.db'))).toThrow(
      expect.objectContaining({ code: 'E_READ_ONLY' }),
    );
    chmodSync(locked, 0o755);
  });

  it('says so when the database can only be read', async () => {
    await store.ingestFile(makeBatch('d1.txt', [ankara]), outletStoriesStep);
    const reader = openStore(dbPath(), { readonly: true });
    await expect(reader.ingestFile(makeBatch('d2.txt', [yerevan]), outletStoriesStep)).rejects.toThrow(
      expect.objectContaining({ code: 'E_READ_ONLY' }),
    );
    reader.close();
    expect(await store.stats()).toMatchObject({ articles: 1 });
  });

  it('rolls a file back when the disk is full and keeps what was there', async () => {
    await store.ingestFile(makeBatch('d1.txt', [ankara]), outletStoriesStep);
    store.close();
    const pages = (() => {
      const db = new Database(dbPath());
      const count = db.pragma('page_count', { simple: true }) as number;
      db.close();
      return count;
    })();
    store = openStore(dbPath(), { maxPageCount: pages + 2 });
    const big = Array.from({ length: 50 }, (_, i) =>
      makeArticle(`a_big${i}`, {
        // Distinct words: neither the text nor the index compresses them into the two free pages.
        text: Array.from({ length: 4000 }, (_, k) => `word${i}x${k}`).join(' '),
        outlet: `Outlet ${i}`,
      }),
    );
    await expect(store.ingestFile(makeBatch('d2.txt', big), outletStoriesStep)).rejects.toThrow(
      expect.objectContaining({ code: 'E_DISK_FULL' }),
    );
    expect(await store.stats()).toMatchObject({ articles: 1, files: 1 });
  });

  it('reports a missing database when opened read-only', () => {
    expect(() => openStore(join(dir, 'none.db'), { readonly: true })).toThrow(/run "sitrep ingest" first/);
  });
});
