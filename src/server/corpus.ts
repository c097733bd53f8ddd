// What the server knows beyond single store queries: the corpus analysis (tracked figures, timeline,
// framing) over a date range, computed on demand and cached until the next ingest, and the ingest of
// uploaded bytes through the same session code `sitrep ingest` uses.
import { analyzeCorpus, type CorpusAnalysis } from '../analyze/index.js';
import { ingestParsed, sha256 } from '../ingest/index.js';
import type { IngestStages } from '../ingest/stages.js';
import { parseBytes } from '../read/index.js';
import type { IngestOutcome, Store, StoreStats } from '../store/index.js';
import type { Article, Figure, ParseResult } from '../types.js';
import { SitrepError } from '../util/errors.js';

/** Analysis covers this many days up to the newest article unless the request names a range. */
export const DEFAULT_ANALYSIS_DAYS = 30;
/** Cached results are dropped after this long, in case another process ingested meanwhile. */
const CACHE_MS = 60_000;

export interface DateRange {
  since: string | null;
  until: string | null;
}

/** An article as the analysis pages cite it. */
export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  /** Kept so that a page can quote the sentence a point comes from. */
  text: string;
}

/** The analysis plus what its pages need to link each point to its sentence. */
export interface RangeAnalysis extends CorpusAnalysis {
  range: DateRange;
  articles: Map<string, ArticleSummary>;
  figuresByArticle: Map<string, Figure[]>;
}

export interface UploadResult {
  outcome: IngestOutcome;
  /** The articles the upload held, each with the story it now belongs to. */
  articles: {
    id: string;
    title: string;
    outlet: string | null;
    published: string | null;
    story: string | null;
  }[];
  warnings: ParseResult['warnings'];
  dropped: number;
}

interface Cached<T> {
  at: number;
  generation: number;
  value: Promise<T>;
}

export class Corpus {
  private generation = 0;
  private readonly analyses = new Map<string, Cached<RangeAnalysis>>();
  private statsCache: Cached<StoreStats> | null = null;
  /** Called after every ingest through this server (the response cache listens). */
  private readonly listeners: (() => void)[] = [];

  constructor(
    readonly store: Store,
    private readonly stages: () => IngestStages,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Forgets cached stats and analyses (another process wrote to the store). */
  invalidate(): void {
    this.generation++;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  stats(): Promise<StoreStats> {
    if (!this.fresh(this.statsCache)) {
      this.statsCache = { at: this.clock(), generation: this.generation, value: this.store.stats() };
    }
    return this.statsCache!.value;
  }

  /** The range a page shows by default: the last DEFAULT_ANALYSIS_DAYS days that hold articles. */
  async defaultRange(range: Partial<DateRange>): Promise<DateRange> {
    if (range.since || range.until) return { since: range.since ?? null, until: range.until ?? null };
    const last = (await this.stats()).last;
    if (!last) return { since: null, until: null };
    return { since: shiftDay(last, -(DEFAULT_ANALYSIS_DAYS - 1)), until: last };
  }

  /** Tracked figures, timeline and framing over the articles in the range (cached per range). */
  analysis(range: DateRange): Promise<RangeAnalysis> {
    const key = `${range.since ?? ''}|${range.until ?? ''}`;
    const cached = this.analyses.get(key);
    if (cached && this.fresh(cached)) return cached.value;
    const value = this.analyze(range);
    // A failed analysis is not cached: the next request tries again.
    value.catch(() => this.analyses.delete(key));
    this.analyses.set(key, { at: this.clock(), generation: this.generation, value });
    return value;
  }

  private async analyze(range: DateRange): Promise<RangeAnalysis> {
    const filter = { since: range.since ?? undefined, until: range.until ?? undefined };
    const [articles, extractions, stories] = await Promise.all([
      this.store.articles(filter),
      this.store.extractions(filter),
      this.store.stories(filter),
    ]);
    return {
      ...analyzeCorpus({ articles, extractions, stories }),
      range,
      articles: new Map(
        articles.map(({ id, title, outlet, published, text }) => [
          id,
          { id, title, outlet, published, text },
        ]),
      ),
      figuresByArticle: new Map(extractions.map((extraction) => [extraction.article, extraction.figures])),
    };
  }

  /** Reads an uploaded digest and stores it; the file name gives the reader a date hint. */
  async ingestUpload(bytes: Uint8Array, fileName: string, ingestedAt: string): Promise<UploadResult> {
    if (bytes.length === 0 || bytes.every((byte) => byte <= 32))
      throw new SitrepError('the upload is empty', 'E_EMPTY');
    const name = safeFileName(fileName);
    const parse = parseBytes(bytes, name);
    if (parse.articles.length === 0)
      throw new SitrepError('no articles found in the upload (is it a digest?)', 'E_PARSE');
    const info = { path: name, sha256: sha256(bytes), size: bytes.length, ingestedAt };
    const outcome = await ingestParsed(this.store, parse, info, this.stageSet());
    this.generation++;
    for (const listener of this.listeners) listener();
    return {
      outcome,
      articles: await this.placed(parse.articles),
      warnings: parse.warnings,
      dropped: parse.dropped.length,
    };
  }

  private stagesMemo: IngestStages | null = null;
  private stageSet(): IngestStages {
    this.stagesMemo ??= this.stages();
    return this.stagesMemo;
  }

  /** The uploaded articles as stored now, with their stories. */
  private async placed(articles: Article[]): Promise<UploadResult['articles']> {
    const stored = new Map(
      (await this.store.articles({ ids: articles.map((article) => article.id) })).map((a) => [a.id, a]),
    );
    return articles
      .map((article) => stored.get(article.id))
      .filter((article) => article !== undefined)
      .map(({ id, title, outlet, published, story }) => ({ id, title, outlet, published, story }));
  }

  private fresh<T>(cached: Cached<T> | null | undefined): cached is Cached<T> {
    return Boolean(cached && cached.generation === this.generation && this.clock() - cached.at < CACHE_MS);
  }
}

export function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The base name of an upload, reduced to safe characters ("digest 2023-10-04.txt" stays readable). */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[^\p{L}\p{N} ._-]/gu, '').trim();
  return cleaned ? `upload/${cleaned}` : 'upload/pasted.txt';
}
