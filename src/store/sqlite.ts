// The SQLite implementation of Store (better-sqlite3: synchronous, one connection per process).
// Reads are plain statements; each input file is written in one IMMEDIATE transaction (write.ts).
import { existsSync, statSync } from 'node:fs';
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
import { indexMatch, queryTest, snippetTerms, toMatchExpression } from './search.js';
import { shards } from './shards.js';
import { makeSnippet } from './snippet.js';
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
  SearchGroup,
  SearchHit,
  SearchOptions,
  SearchResult,
  Store,
  StoredArticle,
  StoredMention,
  StoreStats,
} from './store.js';
import { loadCheckpoint, saveCheckpoint, writeFile } from './write.js';

/** Opens (creating and migrating when needed) the database at `path`. */
export function openStore(path: string, options: OpenOptions = {}): Store {
  return new SqliteStore(path, openDatabase(path, options), options.shardArticles);
}

class SqliteStore implements Store {
  constructor(
    readonly path: string,
    private readonly db: Db,
    private readonly shardArticles?: number,
  ) {}

  /** The filter as SQL on the articles table `a`, its full-text part over every shard. */
  private where(filter: RecordFilter): Where {
    return articleWhere(
      filter,
      shards(this.db).map((shard) => shard.table),
    );
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
      // and a database fed one small file at a time may never be compacted otherwise.
      if (!hadDictionary && currentDictionary(this.db) !== null) this.compactQuietly();
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
      return this.withProvenance(rows);
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
      const ranked = rankMatches(this.db, query, this.where(filter), limit ?? 20);
      const terms = snippetTerms(query);
      const marks = highlight ?? ['<mark>', '</mark>'];
      const describe = statement(
        this.db,
        `SELECT a.id AS article, a.title, a.outlet, a.published, a.story, s.headline, a.body, a.dict
         FROM articles a LEFT JOIN stories s ON s.id = a.story WHERE a.n = ?`,
      );
      const rows = ranked.rows.map(({ n, rank }) => {
        const { body, dict, ...hit } = describe.get(n) as Omit<SearchHit, 'score' | 'snippet'> & {
          headline: string | null;
          body: Buffer;
          dict: number | null;
        };
        const text = inflateBody(this.db, body, dict);
        return { ...hit, score: -rank, snippet: makeSnippet(hit.title, text, terms, marks) };
      });
      const hits = rows.map(({ headline: _headline, ...hit }) => hit);
      return { query, match, window: ranked.window, hits, groups: groupByStory(rows) };
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
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        type: row.type as EntityType,
        aliases: [...new Set([row.name, ...(JSON.parse(row.aliases) as string[])])],
        articles: JSON.parse(row.articles) as string[],
        mentions: row.mentions,
      }));
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

  saveCheckpoint(checkpoint: Checkpoint): Promise<boolean> {
    return this.run('saving the stage checkpoint', () =>
      this.db.transaction(() => saveCheckpoint(this.db, checkpoint)).immediate(),
    );
  }

  bodyDictionary(): Promise<BodyDictionary | null> {
    return this.run('reading the text dictionary', () => currentDictionary(this.db));
  }

  compact(): Promise<void> {
    return this.run('compacting', () => this.compactNow());
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

/**
 * BM25 ranking costs time for every article it scores: the index keeps no token positions
 * (detail=column), so FTS5 counts a term's occurrences by reading the article's text, about 20 µs
 * an article. A query matching more than RANK_WINDOW articles is ranked among the newest
 * RANK_WINDOW matches (row numbers follow ingest order): news readers want recent reports first,
 * and the latency stays flat as the database grows. When a filter leaves too few hits inside the
 * window, every match the filter keeps is ranked.
 */
export const RANK_WINDOW = 500;
/**
 * Prefix terms (every term they expand to is scored) and phrases (checked against the text of every
 * candidate, search.ts) cost more per article: such queries rank the newest SMALL_WINDOW matches.
 */
export const SMALL_WINDOW = 200;
/**
 * A phrase query that finds too few hits (a filter, or a phrase rarer than its words) doubles its
 * window up to MAX_CHECKED candidates: a phrase is found only by reading each candidate's text
 * (about 15 µs), so not in every match.
 */
export const MAX_CHECKED = 400;

interface Ranked {
  rows: { n: number; rank: number }[];
  /** The window applied, or null when every match was ranked. */
  window: number | null;
}

type RankedRow = Ranked['rows'][number];

/** Column weights for BM25: a word in the title counts four times one in the body. */
const bm25 = (table: string) => `bm25(${table}, 4.0, 1.0)`;

/** Best first: lower BM25 (as FTS5 reports it), then the newer article. */
const byRank = (x: RankedRow, y: RankedRow) => x.rank - y.rank || y.n - x.n;

/** Part of a shard to rank: its matches from row `from` on, below row `below`. */
interface Span {
  table: string;
  from: number;
  below: number;
}

/**
 * The best matches with their BM25 score (lower is better, as FTS5 reports it), newest first on a
 * tie. The window of the newest matches is found first (row numbers only, which costs little),
 * shard by shard, newest shard first; then each shard's part of it is filtered, checked for
 * phrases and scored in one statement (one per shard, so that a prefix query expands its terms once
 * per shard; bm25() with SQLite's own sort, since FTS5's `ORDER BY rank` cannot be bounded to a
 * window). Each shard computes its own term statistics; shards hold 100,000 articles, enough for the
 * statistics of two to agree. Snippets are made afterwards, for the hits shown only (snippet.ts).
 */
function rankMatches(db: Db, query: string, where: Where, limit: number): Ranked {
  const match = indexMatch(query);
  const phrases = queryTest(query) ? query : null;
  let size = phrases || match.includes('"*') ? SMALL_WINDOW : RANK_WINDOW;
  // A phrase query's window grows by older slices: each candidate's text is checked once.
  let below = Number.MAX_SAFE_INTEGER;
  let seen = 0;
  const found: RankedRow[] = [];
  for (;;) {
    const slice = newestWindow(db, match, size - seen, below);
    found.push(...rankSpans(db, match, phrases, slice.spans, where, limit));
    const rows = found.sort(byRank).slice(0, limit);
    seen += slice.count;
    if (seen < size) return { rows, window: null };
    if (rows.length >= limit) return { rows, window: size };
    if (!phrases) break;
    if (size * 2 > MAX_CHECKED) return { rows, window: size };
    below = Math.min(...slice.spans.map((span) => span.from));
    size *= 2;
  }
  // A filter left too few hits inside the window: rank every match it keeps.
  const everything = shards(db).map(({ table }) => ({ table, from: 0, below: Number.MAX_SAFE_INTEGER }));
  return { rows: rankSpans(db, match, null, everything, where, limit), window: null };
}

/** The shards' parts that hold the newest `size` matches below row `below`, and how many they hold. */
function newestWindow(db: Db, match: string, size: number, below: number): { count: number; spans: Span[] } {
  const spans: Span[] = [];
  let count = 0;
  for (const { table, first } of shards(db).reverse()) {
    if (first >= below) continue;
    const found = statement(
      db,
      `SELECT count(*) AS matches, min(rowid) AS first FROM
         (SELECT rowid FROM ${table} WHERE ${table} MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?)`,
    ).get(match, below, size - count) as { matches: number; first: number | null };
    if (found.first !== null) spans.push({ table, from: found.first, below });
    count += found.matches;
    if (count >= size) break;
  }
  return { count, spans };
}

/**
 * The best `limit` matches in these spans that the filter keeps and, for a query with phrases, whose
 * text holds them. CROSS JOIN keeps the full-text match as the outer loop: SQLite must not walk an
 * outlet or date index and probe the full-text index once per article. Only the rows that pass are
 * scored.
 */
function rankSpans(
  db: Db,
  match: string,
  phrases: string | null,
  spans: Span[],
  where: Where,
  limit: number,
): RankedRow[] {
  const join = where.sql === '1' && !phrases ? '' : 'CROSS JOIN articles a ON a.n = f.rowid';
  const check = phrases ? 'AND sitrep_matches(a.title, a.body, a.dict, ?)' : '';
  const rows = spans.flatMap(
    ({ table, from, below }) =>
      statement(
        db,
        `SELECT f.rowid AS n, ${bm25(table)} AS rank FROM ${table} f ${join}
         WHERE ${table} MATCH ? AND f.rowid >= ? AND f.rowid < ? AND ${where.sql} ${check}
         ORDER BY rank, n DESC LIMIT ?`,
      ).all(match, from, below, ...where.params, ...(phrases ? [phrases] : []), limit) as RankedRow[],
  );
  return rows.sort(byRank).slice(0, limit);
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/** Groups ranked hits by story, groups ordered by their best hit; unclustered articles stand alone. */
function groupByStory(rows: (SearchHit & { headline: string | null })[]): SearchGroup[] {
  const groups: SearchGroup[] = [];
  const byStory = new Map<string, SearchGroup>();
  for (const { headline, ...hit } of rows) {
    const existing = hit.story ? byStory.get(hit.story) : undefined;
    if (existing) {
      existing.hits.push(hit);
      continue;
    }
    const group: SearchGroup = { story: hit.story, headline: headline ?? null, hits: [hit] };
    groups.push(group);
    if (hit.story) byStory.set(hit.story, group);
  }
  return groups;
}
