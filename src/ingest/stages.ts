// The seam between ingest and the pipeline's stages. Extraction is stateless and async (done before
// a file's transaction); dedup and story clustering keep state and run inside the transaction.
import type { BodyDictionary, Replayed, StageState, StepInput, StoredBody } from '../store/index.js';
import type { Article, Duplicate, Entity, Extraction, Story } from '../types.js';

export interface ExtractResult {
  extractions: Extraction[];
  /**
   * Entities with their ids, for the store; may be left empty, since the store gives an entity it
   * has not seen the same id (stableId('e', type, name)).
   */
  entities: Entity[];
  /** Texts already compressed for the store (deflateText), when extraction ran elsewhere. */
  bodies?: Map<string, StoredBody>;
}

/** Dedup index + story clusterer, restored from saved state, fed one article at a time in feed order. */
export interface IncrementalStages {
  /** Feeds one article: the duplicate pairs it forms with earlier ones and the story it joins. */
  add(article: Article, extraction: Extraction | undefined): { duplicates: Duplicate[]; story: string };
  /** The given stories, complete, reading what they need of stored articles from `stored`. */
  stories(ids: Set<string>, stored: Pick<StepInput, 'articles' | 'title'>): Story[];
  /** Stories merged into another since the last call (the store deletes them). */
  takeRemoved?(): string[];
  /** JSON-serialisable state, saved as a checkpoint. */
  state(): StageState;
}

export interface IngestStages {
  extract(articles: Article[]): Promise<ExtractResult>;
  /**
   * Starts extracting articles that a later extract() call will ask for (e.g. on worker threads),
   * compressing their texts with the store's dictionary.
   */
  prefetch?(articles: Article[], dictionary?: BodyDictionary | null): void;
  /** Drops prefetched work for articles that will not be asked for after all. */
  forget?(articles: Pick<Article, 'id' | 'text'>[]): void;
  /** Loads models (and starts workers when `parallel`), so that the first file does not wait. */
  warm?(parallel: boolean): Promise<void>;
  /** Starts the extraction workers, which load their models in the background. */
  startWorkers?(): void;
  /** Releases workers and other resources; the stages can still extract on the main thread afterwards. */
  close?(): Promise<void>;
  /**
   * The stateful stages from saved state (null: an empty database). `recall` reads stored articles
   * with their extractions, for state that a checkpoint keeps by reference (article ids) only.
   */
  restore(state: StageState | null, recall?: (ids: string[]) => Replayed[]): IncrementalStages;
}
