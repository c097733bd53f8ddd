// The seam between ingest and the pipeline's stages. Extraction is stateless and async (done before
// a file's transaction); dedup and story clustering keep state and run inside the transaction.
import type { StageState } from '../store/index.js';
import type { Article, Duplicate, Entity, Extraction, Story } from '../types.js';

export interface ExtractResult {
  extractions: Extraction[];
  entities: Entity[];
}

/** What the stateful stages report after a batch of new articles. */
export interface BatchResult {
  duplicates: Duplicate[];
  /** Stories created or changed by the batch, complete. */
  stories: Story[];
  /** Stories merged away. */
  removedStories: string[];
}

/** Dedup index + story clusterer, restored from saved state, fed in chronological order. */
export interface IncrementalStages {
  /** Feeds new articles (already in feed order); `lookup` reads stored articles by id. */
  addBatch(
    articles: Article[],
    extractions: Map<string, Extraction>,
    lookup: (ids: string[]) => Article[],
  ): BatchResult;
  /** JSON-serialisable state to save with the batch. */
  state(): StageState;
}

export interface IngestStages {
  extract(articles: Article[]): Promise<ExtractResult>;
  /** The stateful stages from saved state (null: an empty database). */
  restore(state: StageState | null): IncrementalStages;
}
