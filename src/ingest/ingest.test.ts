import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { OutletStages } from '../store/testing.js';
import type { Article, Extraction } from '../types.js';
import { IngestSession, ingestPaths, readInputFile } from './index.js';
import type { IngestStages } from './stages.js';

/** Stand-in stages: no extraction; one story per outlet; equal titles are duplicates. */
function fakeStages(calls: { extracted: string[]; restored: number }): IngestStages {
  return {
    async extract(articles: Article[]) {
      calls.extracted.push(...articles.map((a) => a.id));
      const extractions: Extraction[] = articles.map((a) => ({
        article: a.id,
        mentions: [],
        quotes: [],
        figures: [],
        dates: [],
      }));
      return { extractions, entities: [] };
    },
    restore(state) {
      calls.restored++;
      return new OutletStages(state);
    },
  };
}

const record = (title: string, outlet: string, published: string, text: string) =>
  JSON.stringify({ title, outlet, published, text });

let dir: string;
let store: Store;
let calls: { extracted: string[]; restored: number };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(
    join(dir, 'in', 'day1.jsonl'),
    [
      record(
        'Convoy reaches the border',
        'Wire One',
        '2023-10-01',
        'A convoy of buses reached the border crossing.',
      ),
      record('Talks postponed', 'Paper Two', '2023-10-01', 'The talks planned for Thursday were postponed.'),
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'in', 'day2.jsonl'),
    [
      record(
        'Convoy reaches the border',
        'Wire One',
        '2023-10-01',
        'A convoy of buses reached the border crossing.',
      ),
      record(
        'Convoy reaches the border',
        'Paper Two',
        '2023-10-02',
        'Buses carrying families reached the crossing.',
      ),
    ].join('\n'),
  );
  store = openStore(join(dir, 'sitrep.db'));
  calls = { extracted: [], restored: 0 };
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingestPaths', () => {
  it('stores each file once, extracts each article once, and keeps one provenance row per file', async () => {
    const stages = fakeStages(calls);
    const first = await ingestPaths(store, [join(dir, 'in')], { stages });
    expect(first).toMatchObject({ added: 3, known: 1, skipped: 0, duplicates: 1, errors: [] });
    expect(calls.extracted).toHaveLength(3);

    const again = await ingestPaths(store, [join(dir, 'in')], { stages });
    expect(again).toMatchObject({ added: 0, known: 0, skipped: 2 });
    expect(calls.extracted).toHaveLength(3);

    const stats = await store.stats();
    expect(stats).toMatchObject({ articles: 3, files: 2, provenance: 4, duplicates: 1, stories: 2 });
    const [convoy] = await store.articles({ outlet: 'Wire One' });
    expect(convoy?.provenance.map((p) => p.file.split('/').pop())).toEqual(['day1.jsonl', 'day2.jsonl']);
  });

  it('compacts the store after a run that at least doubled it, not after a small addition', async () => {
    let compactions = 0;
    const counted: Store = Object.create(store);
    counted.compact = () => {
      compactions++;
      return store.compact();
    };
    const stages = fakeStages(calls);
    await ingestPaths(counted, [join(dir, 'in', 'day1.jsonl')], { stages });
    expect(compactions).toBe(1);
    writeFileSync(
      join(dir, 'day3.jsonl'),
      record('Bridge reopens', 'Paper Two', '2023-10-03', 'The bridge reopened to traffic.'),
    );
    await ingestPaths(counted, [join(dir, 'day3.jsonl')], { stages });
    expect(compactions).toBe(1);
    expect((await store.search('bridge')).hits).toHaveLength(1);
  });

  it('defers index merges for input as large as the database, until the compaction at its end', async () => {
    const order: string[] = [];
    const watched: Store = Object.create(store, {
      deferIndexMerges: {
        value: (defer: boolean) => {
          order.push(`defer ${defer}`);
          return store.deferIndexMerges(defer);
        },
      },
      compact: {
        value: () => {
          order.push('compact');
          return store.compact();
        },
      },
    });
    await ingestPaths(watched, [join(dir, 'in')], { stages: fakeStages(calls) });
    // Two small files: the new database's schema alone is larger (the first run still compacts).
    expect(order).toEqual(['defer false', 'compact']);
    order.length = 0;
    const text = 'The convoy reached the border crossing after a long night. '.repeat(120);
    const lines = Array.from({ length: 60 }, (_, i) => record(`Report ${i}`, 'Wire One', '2023-10-07', text));
    writeFileSync(join(dir, 'large.jsonl'), lines.join('\n'));
    await ingestPaths(watched, [join(dir, 'large.jsonl')], { stages: fakeStages(calls) });
    expect(order).toEqual(['defer true', 'defer false', 'compact', 'defer false']);
  });

  it('keeps the live stage state between files instead of reloading it', async () => {
    await ingestPaths(store, [join(dir, 'in')], { stages: fakeStages(calls) });
    expect(calls.restored).toBe(1);
  });

  it('gives the same stories one file at a time as all at once', async () => {
    const stages = fakeStages(calls);
    await ingestPaths(store, [join(dir, 'in', 'day1.jsonl')], { stages });
    await ingestPaths(store, [join(dir, 'in', 'day2.jsonl')], { stages });
    const separate = await store.stories();
    const other = openStore(join(dir, 'other.db'));
    await ingestPaths(other, [join(dir, 'in')], { stages });
    expect(await other.stories()).toEqual(separate);
    expect(await other.duplicates()).toEqual(await store.duplicates());
    other.close();
  });

  it('feeds files given out of order chronologically, by their earliest article', async () => {
    writeFileSync(
      join(dir, 'a-late.jsonl'),
      record('Dam breached', 'Paper Two', '2023-10-09', 'Water flooded the valley.'),
    );
    writeFileSync(
      join(dir, 'b-early.jsonl'),
      record('Dam breached', 'Wire One', '2023-10-02', 'The dam gave way.'),
    );
    await ingestPaths(store, [join(dir, 'a-late.jsonl'), join(dir, 'b-early.jsonl')], {
      stages: fakeStages(calls),
    });
    const [pair] = await store.duplicates();
    const earlier = await store.article(pair?.a ?? '');
    expect(earlier?.published).toBe('2023-10-02');
  });

  it('reports a bad file in one line and still stores the good ones', async () => {
    writeFileSync(join(dir, 'in', 'empty.txt'), '');
    const summary = await ingestPaths(store, [join(dir, 'in'), join(dir, 'missing.txt')], {
      stages: fakeStages(calls),
    });
    expect(summary.errors.map((e) => [e.file.split('/').pop(), e.message])).toEqual([
      ['missing.txt', 'no such file or directory'],
      ['empty.txt', 'empty file'],
    ]);
    expect(summary.added).toBe(3);
  });

  it('catches up with what another connection committed in between', async () => {
    const file = (name: string, title: string, outlet: string, text: string) => {
      writeFileSync(join(dir, name), record(title, outlet, '2023-10-05', text));
      return join(dir, name);
    };
    const a = file('a.jsonl', 'Talks postponed', 'Wire One', 'No date was given for new talks.');
    const b = file('b.jsonl', 'Bridge reopens', 'Paper Two', 'The bridge reopened to traffic.');
    const c = file('c.jsonl', 'Bridge reopens', 'Wire One', 'Traffic crossed the bridge again.');
    const stages = fakeStages(calls);
    const mine = new IngestSession(store, stages);
    const theirs = openStore(join(dir, 'sitrep.db'));
    const ingestWith = async (session: IngestSession, path: string) => {
      const input = await readInputFile(path, '2023-10-05T09:00:00Z');
      return session.ingestParsed(input.parse, input.info);
    };
    await ingestWith(mine, a);
    await ingestWith(new IngestSession(theirs, stages), b);
    const restoredBefore = calls.restored;
    const outcome = await ingestWith(mine, c);
    theirs.close();
    // The live stages of `mine` had not seen b: they replayed it (no reload) and so found the copy of b's title.
    expect(calls.restored).toBe(restoredBefore);
    expect(outcome).toMatchObject({ added: 1, duplicates: 1, head: 3 });
  });

  it('checkpoints at most every tenth of the archive, so that a checkpoint costs the same per article however large the archive', async () => {
    const session = new IngestSession(store, fakeStages(calls), 2);
    let file = 0;
    const ingestArticles = async (count: number) => {
      const path = join(dir, `f${++file}.jsonl`);
      const lines = Array.from({ length: count }, (_, i) =>
        record(`Report ${file}-${i}`, 'Wire One', '2023-10-06', `Text ${file} ${i}.`),
      );
      writeFileSync(path, lines.join('\n'));
      const input = await readInputFile(path, '2023-10-06T09:00:00Z');
      await session.ingestParsed(input.parse, input.info);
      return (await store.checkpoint())?.covered ?? 0;
    };
    expect(await ingestArticles(40)).toBe(40);
    // 2 articles since the checkpoint, in an archive of 40: less than a tenth of it.
    expect(await ingestArticles(2)).toBe(40);
    expect(await ingestArticles(2)).toBe(44);
  });

  it('starts the extraction workers before reading a large input', async () => {
    const events: string[] = [];
    const stages = fakeStages(calls);
    const path = join(dir, 'large.jsonl');
    const text = 'The convoy reached the border crossing after a long night. '.repeat(120);
    const lines = Array.from({ length: 320 }, (_, i) =>
      record(`Report ${i}`, 'Wire One', '2023-10-07', text),
    );
    writeFileSync(path, lines.join('\n'));
    const summary = await ingestPaths(store, [path], {
      stages: {
        ...stages,
        startWorkers: () => events.push('start'),
        prefetch: () => events.push('prefetch'),
        extract: (articles) => {
          events.push('extract');
          return stages.extract(articles);
        },
      },
    });
    expect(summary.added).toBe(320);
    expect(events.slice(0, 3)).toEqual(['start', 'prefetch', 'extract']);
  });

  it('hands the files read first to the workers while it reads the rest, each article once', async () => {
    const prefetched: string[][] = [];
    const stages = fakeStages(calls);
    const text = 'The convoy reached the border crossing after a long night. '.repeat(120);
    // Named against their dates: read in name order, stored in date order.
    for (let file = 0; file < 6; file++) {
      const day = `2023-10-${String(10 - file).padStart(2, '0')}`;
      const lines = Array.from({ length: 60 }, (_, i) =>
        record(`Report ${file}-${i}`, 'Wire One', day, text),
      );
      writeFileSync(join(dir, `file-${file}.jsonl`), lines.join('\n'));
    }
    const paths = Array.from({ length: 6 }, (_, file) => join(dir, `file-${file}.jsonl`));
    const summary = await ingestPaths(store, paths, {
      stages: {
        ...stages,
        prefetch: (articles) => prefetched.push(articles.map((a) => a.title)),
      },
    });
    expect(summary.added).toBe(6 * 60);
    const titles = prefetched.flat();
    expect(new Set(titles).size).toBe(titles.length);
    // The first file read (the last one stored) went to the workers first.
    expect(prefetched[0]?.[0]).toBe('Report 0-0');
  });
});
