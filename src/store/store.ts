// The one narrow interface between sitrep and its database. Everything above the store (ingest, CLI,
// HTTP server, report) talks to this; only src/store/sqlite.ts knows about SQLite. A PostgreSQL
// backend implements the same interface. Methods are async so that a networked backend fits; the
// one synchronous hook is the `IncrementalStep` run inside a file's transaction.
import type {
  Article,
  DateMention,
  Duplicate,
  Entity,
  EntityType,
  Extraction,
  Figure,
  ParseResult,
  Quote,
  SourceRef,
  Story,
} from '../types.js';
import type { BodyDictionary, StoredBody } from './bodies.js';

/** Narrows a query to a set of articles. Dates are ISO (YYYY-MM-DD) and inclusive. */
export interface ArticleFilter {
  /** Outlet name, case-insensitive. */
  outlet?: string;
  since?: string;
  until?: string;
  /** Exactly one publication day (shorthand for since = until = day). */
  day?: string;
  /** Only the members of this story. */
  story?: string;
  /** Full-text query in the search syntax (words, "phrases", prefix*). */
  query?: string;
  /** Only these articles (by id). */
  ids?: string[];
  limit?: number;
  offset?: number;
  /**
   * Leave out where each article was read (`provenance` empty, `source` blank): a page that shows
   * none saves a query per call. Not a filter: the same articles come back.
   */
  withoutProvenance?: boolean;
}

/** One place an article was read from: a file, its line range and when it was ingested. */
export interface Provenance extends SourceRef {
  sha256: string;
  ingestedAt: string;
}

/** An article as stored: the record, where it came from, and the story it belongs to. */
export interface StoredArticle extends Article {
  provenance: Provenance[];
  story: string | null;
}

/** The input file a batch of articles came from. */
export interface IngestFileInfo {
  path: string;
  /** SHA-256 of the file's bytes: the same file ingested twice is recognised by it. */
  sha256: string;
  size: number;
  /** ISO timestamp of the ingest (the caller's clock; stages never read the clock). */
  ingestedAt: string;
}

/** The JSON-serialisable state of the incremental stages (dedup index, story clusterer). */
export type StageState = Record<string, unknown>;

/**
 * Saved stage state and the sequence number of the last article it has absorbed. Articles are
 * numbered in the order they were stored; replaying those after `covered`, in that order, brings the
 * state up to date, so the state need not be rewritten with every file.
 */
export interface Checkpoint {
  state: StageState;
  covered: number;
}

/** A stored article with its stored extraction, for replay. */
export interface Replayed {
  article: Article;
  extraction: Extraction | null;
}

/** What the incremental stages report back for one file's new articles. */
export interface StepResult {
  duplicates: Duplicate[];
  /** Every story that was created or changed by this file, complete. */
  stories: Story[];
  /** Stories that no longer exist (merged into another). */
  removedStories: string[];
  /** State to save as a checkpoint covering this file's articles (omit to save none this time). */
  checkpoint?: StageState;
}

/** What the step sees; it runs inside the file's transaction, so everything here is synchronous. */
export interface StepInput {
  /** The articles this file stores for the first time, in the order they were stored. */
  fresh: Article[];
  /** Sequence number of the last article stored before this file (0 on an empty database). */
  head: number;
  /** Sequence number of this file's last new article. */
  tail: number;
  loadCheckpoint: () => Checkpoint | null;
  /** Stored articles with sequence numbers in (after, head], in order. */
  replay: (after: number) => Replayed[];
  /** Stored articles by id, this file's included. */
  articles: (ids: string[]) => Article[];
  /** A stored article's title (this file's included), or undefined: all a story's headline needs. */
  title: (id: string) => string | undefined;
  /** Stored articles by id with their stored extractions, in the order asked (to rebuild stage state). */
  recall: (ids: string[]) => Replayed[];
}

/** Runs the stateful stages; called inside the file's transaction, so it must be synchronous. */
export type IncrementalStep = (input: StepInput) => StepResult;

/** Everything one input file contributes, computed before its transaction starts. */
export interface FileBatch {
  file: IngestFileInfo;
  parse: ParseResult;
  /** Extraction per article id (articles without one are stored without mentions). */
  extractions: Map<string, Extraction>;
  /** Entities the extractor built for these articles, to keep its entity ids. */
  entities?: Entity[];
  /**
   * Article texts already compressed with deflateText (e.g. by extraction workers) with the
   * dictionary bodyDictionary() gave; others, and those compressed with an older one, are compressed here.
   */
  bodies?: Map<string, StoredBody>;
}

export interface IngestOutcome {
  file: string;
  /** "skipped" when this exact file was ingested before. */
  status: 'stored' | 'skipped';
  /** Articles stored for the first time. */
  added: number;
  /** Articles already stored (from another file) that gained a provenance row. */
  known: number;
  duplicates: number;
  storiesTouched: number;
  /** Sequence number of the last article stored after this file. */
  head: number;
}

export interface SearchHit {
  article: string;
  title: string;
  outlet: string | null;
  published: string | null;
  story: string | null;
  /** BM25 score, higher is better. */
  score: number;
  /** The best-matching passage with the matches wrapped in the highlight markers. */
  snippet: string;
}

export interface SearchGroup {
  story: string | null;
  headline: string | null;
  hits: SearchHit[];
}

export interface SearchOptions extends ArticleFilter {
  /** Markers around each match in snippets; default ["<mark>", "</mark>"]. */
  highlight?: [string, string];
}

export interface SearchResult {
  query: string;
  /** The FTS5 expression the query became. */
  match: string;
  /** When the query matched very many articles, only this many newest matches were ranked; else null. */
  window: number | null;
  hits: SearchHit[];
  /** The same hits grouped by story, groups in the order of their best hit. */
  groups: SearchGroup[];
}

export interface StoreStats {
  articles: number;
  stories: number;
  files: number;
  provenance: number;
  duplicates: number;
  entities: number;
  quotes: number;
  figures: number;
  dates: number;
  first: string | null;
  last: string | null;
  outlets: { outlet: string; articles: number }[];
  /** Size of the database file (WAL included) in bytes. */
  bytes: number;
}

/** An entity mention joined with its article, for per-entity queries. */
export interface StoredMention {
  article: string;
  entity: string;
  name: string;
  type: EntityType;
  text: string;
  start: number;
  end: number;
}

/** Which extraction rows to fetch: by article, by story or by entity name. */
export interface RecordFilter extends ArticleFilter {
  article?: string;
  entity?: string;
}

export interface Store {
  /** Path of the database. */
  readonly path: string;
  /** True when this exact file (by SHA-256) was ingested before. */
  hasFile(sha256: string): Promise<boolean>;
  /** Which of these article ids are stored already. */
  knownArticles(ids: string[]): Promise<Set<string>>;
  /** Stores one file's batch in one transaction: articles, provenance, extractions, duplicates, stories, stage state. */
  ingestFile(batch: FileBatch, step: IncrementalStep): Promise<IngestOutcome>;
  /** Articles matching the filter, ordered by publication date then ingest order. */
  articles(filter?: ArticleFilter): Promise<StoredArticle[]>;
  /** One article by id, or null. */
  article(id: string): Promise<StoredArticle | null>;
  /** Stories having at least one article in the filter (day = active that day), newest first. */
  stories(filter?: ArticleFilter): Promise<Story[]>;
  /** One story with its member articles, or null. */
  story(id: string): Promise<{ story: Story; articles: StoredArticle[] } | null>;
  /** Full-text search ranked by BM25, grouped by story. */
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** Duplicate pairs among the filtered articles. */
  duplicates(filter?: RecordFilter): Promise<Duplicate[]>;
  /** Extraction records of the filtered articles, in article then offset order. */
  quotes(filter?: RecordFilter): Promise<Quote[]>;
  figures(filter?: RecordFilter): Promise<Figure[]>;
  dates(filter?: RecordFilter): Promise<DateMention[]>;
  mentions(filter?: RecordFilter): Promise<StoredMention[]>;
  /** Entities aggregated over the filtered articles. */
  entities(filter?: RecordFilter): Promise<Entity[]>;
  /** Full extraction records of the filtered articles (for analyzeCorpus). */
  extractions(filter?: RecordFilter): Promise<Extraction[]>;
  /** Number of articles per outlet among the filtered ones, most first (no article is read). */
  outletCounts(filter?: ArticleFilter): Promise<{ outlet: string | null; articles: number }[]>;
  /** Counts, date range, outlets and size. */
  stats(): Promise<StoreStats>;
  /** The saved stage checkpoint, or null when none was saved yet. */
  checkpoint(): Promise<Checkpoint | null>;
  /**
   * Saves a checkpoint unless a saved one covers as much already; true when it was saved. The state
   * is read at the call; it may be compressed off the calling thread, which can make other calls
   * meanwhile.
   */
  saveCheckpoint(checkpoint: Checkpoint): Promise<boolean>;
  /**
   * Packs the database after a bulk load: the full-text index merged into one segment and the file
   * rewritten without the free space that growing tables leave in their pages. Costs a pass over
   * the whole database, so callers run it only after an ingest that added a large share of it.
   */
  compact(): Promise<void>;
  /**
   * For a bulk load that will end with compact(): `true` leaves merging the full-text index's
   * segments to that compaction instead of doing it at nearly every commit, and the compaction
   * after the text dictionary is built as well. `false` restores the usual merging
   * and merges what was left unmerged (after a crashed load too). Only a speed hint: what is stored
   * and found is the same either way.
   */
  deferIndexMerges(defer: boolean): Promise<void>;
  /** The dictionary new article texts are compressed with (null: none yet), for compressing them elsewhere. */
  bodyDictionary(): Promise<BodyDictionary | null>;
  /** Closes the database; the store is unusable afterwards. */
  close(): void;
}

export interface OpenOptions {
  readonly?: boolean;
  /** Milliseconds to wait for another writer before giving up (default 30 s). */
  busyTimeout?: number;
  /** Articles per full-text shard (default 100,000, shards.ts); tests use small shards. */
  shardArticles?: number;
  /** Caps the database size in pages (PRAGMA max_page_count); used to simulate a full disk. */
  maxPageCount?: number;
}
