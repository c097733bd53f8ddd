// The SQLite implementation of Store (better-sqlite3: synchronous, one connection per process).
// Reads are plain statements; each input file is written in one IMMEDIATE transaction (write.ts).

import { existsSync, statSync } from 'node:fs';
import { type ArticleHeader, withHeaderNames } from '../extract/header-names.js';
import type {
  DateMention,
  Duplicate,
  Entity,
  EntityType,
  Extraction,
  Figure,
  Quote,
  Story,
} from '../types.js';
import { type BodyDictionary, currentDictionary, inflateBody, recompressPlainBodies } from './bodies.js';
import { storeError } from './errors.js';
import { articleOrder, mentionText, readExtractions, readRecords } from './extractions.js';
import { articleWhere, isEmptyFilter, pageClause, type Where } from './filter.js';
import { type Db, openDatabase } from './open.js';
import { searchArticles } from './rank.js';
import {
  type ArticleRow,
  articleFromRow,
  type DateRow,
  dateFromRow,
  type FigureRow,
  figureFromRow,
  type QuoteRow,
  quoteFromRow,
  type StoryRow,
  storyFromRow,
} from './rows.js';
import { toMatchExpression } from './search.js';
import { setIndexMerging, shards } from './shards.js';
import { plucked, statement } from './statements.js';
import type {
  ArticleFilter,
  Checkpoint,
  FileBatch,
  IncrementalStep,
  IngestOutcome,
  OpenOptions,
  Provenance,
  RecordFilter,
  SearchOptions,
  SearchResult,
  Store,
  StoredArticle,
  StoredMention,
  StoreStats,
} from './store.js';
import { compressStateAside, loadCheckpoint, saveCheckpoint, writeFile } from './write.js';

export { MAX_CHECKED, RANK_WINDOW } from './rank.js';

/** Opens (creating and migrating when needed) the database at `path`. */
export function openStore(path: string, options: OpenOptions = {}): Store {
  return new SqliteStore(path, openDatabase(path, options), options.shardArticles);
}

class SqliteStore implements Store {
  /** Set by deferIndexMerges(true): a bulk load is under way, which ends with compact(). */
  private bulkLoad = false;

  constructor(
    readonly path: string,
    private readonly db: Db,
    private readonly shardArticles?: number,
  ) {}

  /** The filter as SQL on the articles table `a`, its full-text part over every shard. */
  private where(filter: RecordFilter): Where {
    // The shards are read only for a full-text filter: a story page asks for six filters.
    return articleWhere(filter, filter.query ? shards(this.db).map((shard) => shard.table) : []);
  }

  /** Runs a database call, turning SQLite failures into one-line SitrepErrors. */
  private run<T>(doing: string, fn: () => T): Promise<T> {
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(storeError(error, this.path, doing));
    }
  }

  hasFile(sha256: string): Promise<boolean> {
    return this.run('looking up a file', () =>
      Boolean(statement(this.db, 'SELECT 1 FROM files WHERE sha256 = ?').get(sha256)),
    );
  }

  knownArticles(ids: string[]): Promise<Set<string>> {
    return this.run('looking up articles', () => {
      const rows = plucked(this.db, 'SELECT a.id FROM json_each(?) j JOIN articles a ON a.id = j.value').all(
        JSON.stringify(ids),
      ) as string[];
      return new Set(rows);
    });
  }

  ingestFile(batch: FileBatch, step: IncrementalStep): Promise<IngestOutcome> {
    return this.run(`storing ${batch.file.path}`, () => {
      const hadDictionary = currentDictionary(this.db) !== null;
      const outcome = this.db
        .transaction(() => writeFile(this.db, batch, step, this.shardArticles))
        .immediate();
      // The file that made the text dictionary: its sample's bodies are compressed again with it,
      // which leaves holes in their pages. Compacting now costs little (a few hundred articles)
      // and a database fed one small file at a time may never be compacted otherwise. A bulk load
      // leaves the holes to the compaction it ends with (it would copy the database twice).
      if (!hadDictionary && currentDictionary(this.db) !== null) {
        if (this.bulkLoad) this.db.transaction(() => recompressPlainBodies(this.db)).immediate();
        else this.compactQuietly();
      }
      return outcome;
    });
  }

  articles(filter: ArticleFilter = {}): Promise<StoredArticle[]> {
    return this.run('listing articles', () => {
      const where = this.where(filter);
      const rows = statement(
        this.db,
        `SELECT a.* FROM articles a WHERE ${where.sql} ${articleOrder}${pageClause(filter)}`,
      ).all(...where.params) as ArticleRow[];
      return filter.withoutProvenance
        ? rows.map((row) => this.withoutProvenance(row))
        : this.withProvenance(rows);
    });
  }

  article(id: string): Promise<StoredArticle | null> {
    return this.run('reading an article', () => {
      const row = statement(this.db, 'SELECT a.* FROM articles a WHERE a.id = ?').get(id) as
        | ArticleRow
        | undefined;
      return row ? (this.withProvenance([row])[0] ?? null) : null;
    });
  }

  private withoutProvenance(row: ArticleRow): StoredArticle {
    return {
      ...articleFromRow(row, inflateBody(this.db, row.body, row.dict)),
      source: { file: '', startLine: 0, endLine: 0 },
      provenance: [],
      story: row.story,
    };
  }

  /** Attaches every provenance row; `source` is the first file the article was read from. */
  private withProvenance(rows: ArticleRow[]): StoredArticle[] {
    const provenance = new Map<number, Provenance[]>();
    const found = statement(
      this.db,
      `SELECT p.article, f.path AS file, f.sha256, f.ingested_at AS ingestedAt, p.start_line AS startLine, p.end_line AS endLine
         FROM provenance p JOIN files f ON f.id = p.file
         WHERE p.article IN (SELECT value FROM json_each(?)) ORDER BY p.article, f.id, p.start_line`,
    ).all(JSON.stringify(rows.map((row) => row.n))) as (Provenance & { article: number })[];
    for (const { article, ...place } of found) {
      const list = provenance.get(article) ?? [];
      list.push(place);
      provenance.set(article, list);
    }
    return rows.map((row) => {
      const places = provenance.get(row.n) ?? [];
      const first = places[0];
      return {
        ...articleFromRow(row, inflateBody(this.db, row.body, row.dict)),
        source: first
          ? { file: first.file, startLine: first.startLine, endLine: first.endLine }
          : { file: '', startLine: 0, endLine: 0 },
        provenance: places,
        story: row.story,
      };
    });
  }

  stories(filter: ArticleFilter = {}): Promise<Story[]> {
    return this.run('listing stories', () => {
      const where = this.where(filter);
      const selection = isEmptyFilter(filter)
        ? '1'
        : `s.id IN (SELECT a.story FROM articles a WHERE ${where.sql})`;
      const rows = statement(
        this.db,
        `SELECT s.* FROM stories s WHERE ${selection}
           ORDER BY s.last IS NULL, s.last DESC, s.first DESC, s.id${pageClause(filter)}`,
      ).all(...where.params) as StoryRow[];
      return this.storiesWithMembers(rows);
    });
  }

  private storiesWithMembers(rows: StoryRow[]): Story[] {
    const members = new Map<string, string[]>();
    const found = statement(
      this.db,
      `SELECT a.story, a.id FROM articles a WHERE a.story IN (SELECT value FROM json_each(?)) ${articleOrder}`,
    ).all(JSON.stringify(rows.map((row) => row.id))) as { story: string; id: string }[];
    for (const { story, id } of found) {
      const list = members.get(story) ?? [];
      list.push(id);
      members.set(story, list);
    }
    return rows.map((row) => storyFromRow(row, members.get(row.id) ?? []));
  }

  story(id: string): Promise<{ story: Story; articles: StoredArticle[] } | null> {
    return this.run('reading a story', () => {
      const row = statement(this.db, 'SELECT s.* FROM stories s WHERE s.id = ?').get(id) as
        | StoryRow
        | undefined;
      if (!row) return null;
      const story = this.storiesWithMembers([row])[0];
      if (!story) return null;
      const where = this.where({ story: id });
      const articles = statement(
        this.db,
        `SELECT a.* FROM articles a WHERE ${where.sql} ${articleOrder}`,
      ).all(...where.params) as ArticleRow[];
      return { story, articles: this.withProvenance(articles) };
    });
  }

  search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    return this.run(`searching for "${query}"`, () => {
      const match = toMatchExpression(query);
      const { query: _ignored, limit, highlight, ...filter } = options;
      return searchArticles(this.db, query, this.where(filter), {
        limit: limit ?? 20,
        highlight: highlight ?? ['<mark>', '</mark>'],
        match,
      });
    });
  }

  duplicates(filter: RecordFilter = {}): Promise<Duplicate[]> {
    return this.run('listing duplicates', () => {
      const where = this.where(filter);
      const selection = isEmptyFilter(filter)
        ? '1'
        : `d.a IN (SELECT a.n FROM articles a WHERE ${where.sql}) OR d.b IN (SELECT a.n FROM articles a WHERE ${where.sql})`;
      return statement(
        this.db,
        `SELECT x.id AS a, y.id AS b, d.relation, d.similarity FROM duplicates d
           JOIN articles x ON x.n = d.a JOIN articles y ON y.n = d.b WHERE ${selection} ORDER BY d.a, d.b`,
      ).all(...where.params, ...where.params) as Duplicate[];
    });
  }

  quotes(filter: RecordFilter = {}): Promise<Quote[]> {
    return this.run('listing quotes', () =>
      readRecords<QuoteRow>(this.db, 'quotes', this.where(filter), pageClause(filter)).map(quoteFromRow),
    );
  }

  figures(filter: RecordFilter = {}): Promise<Figure[]> {
    return this.run('listing figures', () =>
      readRecords<FigureRow>(this.db, 'figures', this.where(filter), pageClause(filter)).map(figureFromRow),
    );
  }

  dates(filter: RecordFilter = {}): Promise<DateMention[]> {
    return this.run('listing dates', () =>
      readRecords<DateRow>(this.db, 'dates', this.where(filter), pageClause(filter)).map(dateFromRow),
    );
  }

  mentions(filter: RecordFilter = {}): Promise<StoredMention[]> {
    return this.run('listing mentions', () =>
      readRecords<StoredMention>(this.db, 'mentions', this.where(filter), pageClause(filter)),
    );
  }

  entities(filter: RecordFilter = {}): Promise<Entity[]> {
    return this.run('listing entities', () => {
      const where = this.where(filter);
      const rows = statement(
        this.db,
        `SELECT e.id, e.name, e.type, count(*) AS mentions,
             json_group_array(DISTINCT ${mentionText('m')}) AS aliases, json_group_array(DISTINCT a.id) AS articles
           FROM mentions m JOIN entities e ON e.n = m.entity JOIN articles a ON a.n = m.article
           WHERE ${where.sql} GROUP BY e.n ORDER BY mentions DESC, e.name${pageClause(filter)}`,
      ).all(...where.params) as {
        id: string;
        name: string;
        type: string;
        mentions: number;
        aliases: string;
        articles: string;
      }[];
      const entities = rows.map((row) => ({
        id: row.id,
        name: row.name,
        type: row.type as EntityType,
        aliases: [...new Set([row.name, ...(JSON.parse(row.aliases) as string[])])],
        articles: JSON.parse(row.articles) as string[],
        mentions: row.mentions,
      }));
      // The outlets and dateline places the articles' headers name, as `analyze` lists them; not on a
      // page of a longer listing, nor for one entity's articles, where they would change its size.
      if (pageClause(filter) !== '' || filter.entity !== undefined) return entities;
      const headers = statement(
        this.db,
        `SELECT a.id, a.outlet, a.dateline FROM articles a WHERE ${where.sql} ORDER BY a.n`,
      ).all(...where.params) as ArticleHeader[];
      return withHeaderNames(entities, headers);
    });
  }

  extractions(filter: RecordFilter = {}): Promise<Extraction[]> {
    const { limit: _limit, offset: _offset, ...all } = filter;
    return this.run('listing extractions', () => readExtractions(this.db, this.where(all)));
  }

  outletCounts(filter: ArticleFilter = {}): Promise<{ outlet: string | null; articles: number }[]> {
    return this.run('counting articles by outlet', () => {
      const where = this.where(filter);
      return statement(
        this.db,
        `SELECT a.outlet, count(*) AS articles FROM articles a WHERE ${where.sql}
         GROUP BY a.outlet ORDER BY articles DESC, a.outlet`,
      ).all(...where.params) as { outlet: string | null; articles: number }[];
    });
  }

  stats(): Promise<StoreStats> {
    return this.run('counting', () => {
      const count = (table: string) => plucked(this.db, `SELECT count(*) FROM ${table}`).get() as number;
      const range = statement(
        this.db,
        'SELECT min(published) AS first, max(published) AS last FROM articles',
      ).get() as {
        first: string | null;
        last: string | null;
      };
      const outlets = statement(
        this.db,
        `SELECT coalesce(outlet, '(unknown)') AS outlet, count(*) AS articles FROM articles
           GROUP BY outlet ORDER BY articles DESC, outlet`,
      ).all() as { outlet: string; articles: number }[];
      return {
        articles: count('articles'),
        stories: count('stories'),
        files: count('files'),
        provenance: count('provenance'),
        duplicates: count('duplicates'),
        entities: count('entities'),
        quotes: count('quotes'),
        figures: count('figures'),
        dates: count('dates'),
        first: range.first,
        last: range.last,
        outlets,
        bytes: fileSize(this.path) + fileSize(`${this.path}-wal`),
      };
    });
  }

  checkpoint(): Promise<Checkpoint | null> {
    return this.run('reading the stage checkpoint', () => loadCheckpoint(this.db));
  }

  /** The state is compressed off this thread first (compressStateAside), then saved. */
  async saveCheckpoint(checkpoint: Checkpoint): Promise<boolean> {
    const compressed = await compressStateAside(checkpoint.state);
    return this.run('saving the stage checkpoint', () =>
      this.db.transaction(() => saveCheckpoint(this.db, checkpoint, compressed)).immediate(),
    );
  }

  bodyDictionary(): Promise<BodyDictionary | null> {
    return this.run('reading the text dictionary', () => currentDictionary(this.db));
  }

  compact(): Promise<void> {
    return this.run('compacting', () => this.compactNow());
  }

  deferIndexMerges(defer: boolean): Promise<void> {
    return this.run('setting up the full-text index', () => {
      this.db.transaction(() => setIndexMerging(this.db, defer)).immediate();
      this.bulkLoad = defer;
    });
  }

  /** Compacts unless another connection is reading (VACUUM needs the file to itself): the file is stored by then. */
  private compactQuietly(): void {
    try {
      this.compactNow();
    } catch {
      // Stays as it is until a later compaction.
    }
  }

  private compactNow(): void {
    this.db.transaction(() => recompressPlainBodies(this.db)).immediate();
    for (const { table } of shards(this.db))
      statement(this.db, `INSERT INTO ${table}(${table}) VALUES ('optimize')`).run();
    // VACUUM rewrites every table in key order; in WAL mode the copy goes through the WAL, which
    // the checkpoint then folds back and truncates.
    this.db.exec('VACUUM');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  close(): void {
    if (!this.db.open) return;
    try {
      // Fold the WAL back into the file so that a closed database is one file of its true size.
      if (!this.db.readonly) this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // Another connection may hold the WAL; the checkpoint then happens on its close instead.
    }
    this.db.close();
  }
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}
