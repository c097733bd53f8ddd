// The seam between ingest and the pipeline's stages. Extraction is stateless and async (done before
// a file's transaction); dedup and story clustering keep state and run inside the transaction.
import type { StageState } from '../store/index.js';
import type { Article, Duplicate, Entity, Extraction, Story } from '../types.js';

export interface ExtractResult {
  extractions: Extraction[];
  entities: Entity[];
}

/** Dedup index + story clusterer, restored from saved state, fed one article at a time in feed order. */
export interface IncrementalStages {
  /** Feeds one article: the duplicate pairs it forms with earlier ones and the story it joins. */
  add(article: Article, extraction: Extraction | undefined): { duplicates: Duplicate[]; story: string };
  /** The given stories, complete; `lookup` reads stored articles by id (for headlines). */
  stories(ids: Set<string>, lookup: (ids: string[]) => Article[]): Story[];
  /** JSON-serialisable state, saved as a checkpoint. */
  state(): StageState;
}

export interface IngestStages {
  extract(articles: Article[]): Promise<ExtractResult>;
  /** The stateful stages from saved state (null: an empty database). */
  restore(state: StageState | null): IncrementalStages;
}
