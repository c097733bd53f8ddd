// The real stages behind ingest: the extract stage (stateless, before the transaction), and the
// dedup index and story clusterer (stateful, inside it), exactly as `sitrep analyze` chains them.
import { availableParallelism } from 'node:os';
import { DedupIndex, type DedupState } from '../dedup/index.js';
import type { Gazetteer } from '../extract/gazetteer.js';
import { loadGazetteer } from '../extract/gazetteer.js';
import { extractLocal, type LocalExtraction, resolveCorpus } from '../extract/index.js';
import type { StageState, StepInput, StoredBody } from '../store/index.js';
import { type ClustererState, StoryClusterer } from '../stories/index.js';
import type { Article, Duplicate, Extraction, Story } from '../types.js';
import { type DedupCheckpoint, expandDedupState } from './dedup-checkpoint.js';
import { ExtractPool } from './extract-pool.js';
import type { IncrementalStages, IngestStages } from './stages.js';

interface SavedStages extends StageState {
  /** Compact since this format (fingerprints by article id); older checkpoints hold a DedupState. */
  dedup: DedupCheckpoint | DedupState;
  clusterer: ClustererState;
}

/** The titles of stored articles as the map StoryClusterer.stories reads headlines from. */
class StoredTitles extends Map<string, Pick<Article, 'title'>> {
  constructor(private readonly title: (id: string) => string | undefined) {
    super();
  }

  override get(id: string): Pick<Article, 'title'> | undefined {
    const title = this.title(id);
    return title === undefined ? undefined : { title };
  }
}

export interface PipelineOptions {
  gazetteer?: Gazetteer;
  /** Extraction threads for prefetched files (default: defaultWorkers()). */
  workers?: number;
}

/**
 * One extraction thread per core but one: the main thread keeps a core busy with dedup, stories and
 * the writes. On 2 cores a second worker made the ingest no faster and cost a fifth more CPU (each
 * thread compiles and collects its own copy of the NLP code and heap).
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function pipelineStages(options: PipelineOptions = {}): IngestStages {
  let gazetteer = options.gazetteer;
  let pool: ExtractPool | null = null;
  /** Per-article extractions (and compressed texts) under way in the pool, by article id. */
  const ahead = new Map<string, Promise<{ local: LocalExtraction; body?: StoredBody } | null>>();
  const loaded = () => {
    gazetteer ??= loadGazetteer();
    return gazetteer;
  };
  return {
    async extract(articles) {
      const bodies = new Map<string, StoredBody>();
      const local = await Promise.all(
        articles.map(async (article) => {
          const early = await ahead.get(article.id);
          ahead.delete(article.id);
          if (early?.body) bodies.set(article.id, early.body);
          // Not prefetched, or its worker failed: extract here.
          return early?.local ?? extractLocal(article, loaded());
        }),
      );
      return { ...resolveCorpus(local), bodies };
    },
    prefetch(articles, dictionary) {
      pool ??= new ExtractPool(options.workers ?? defaultWorkers(), loaded().userEntries);
      const wanted = articles.filter((article) => !ahead.has(article.id));
      // Jobs of a few dozen articles keep every worker busy even when one file holds thousands.
      for (let start = 0; start < wanted.length; start += JOB_ARTICLES) {
        const chunk = wanted.slice(start, start + JOB_ARTICLES);
        const job = pool.local(chunk, dictionary ?? null).catch(() => null);
        chunk.forEach((article, i) => {
          ahead.set(
            article.id,
            job.then((result) => {
              const local = result?.locals[i];
              return local ? { local, body: result.bodies[i] } : null;
            }),
          );
        });
      }
    },
    forget(ids) {
      for (const id of ids) ahead.delete(id);
    },
    async warm(parallel) {
      loaded();
      extractLocal({ ...WARM_UP, text: 'Warming up.' }, loaded());
      if (parallel) {
        pool ??= new ExtractPool(options.workers ?? defaultWorkers(), loaded().userEntries);
        await pool.ready();
      }
    },
    async close() {
      ahead.clear();
      await pool?.close();
      pool = null;
    },
    restore(state, recall) {
      const saved = state as SavedStages | null;
      return new StreamingStages(
        new DedupIndex(saved ? expandDedupState(saved.dedup, recall) : undefined),
        new StoryClusterer(undefined, saved?.clusterer),
      );
    },
  };
}

/** Articles per pool job. */
const JOB_ARTICLES = 32;

const WARM_UP: Article = {
  id: 'warm-up',
  title: 'Warm-up',
  outlet: null,
  outletCountry: null,
  published: null,
  time: null,
  dateline: null,
  byline: [],
  url: null,
  kind: 'news',
  text: '',
  source: { file: '', startLine: 0, endLine: 0 },
};

class StreamingStages implements IncrementalStages {
  constructor(
    private readonly dedup: DedupIndex,
    private readonly clusterer: StoryClusterer,
  ) {}

  add(article: Article, extraction: Extraction | undefined): { duplicates: Duplicate[]; story: string } {
    const duplicates = this.dedup.add(article, extraction);
    // The story stage reads the words dedup just scanned rather than scanning the text again.
    const story = this.clusterer.add(article, extraction, duplicates, this.dedup.words);
    return { duplicates, story };
  }

  /**
   * The stories asked for, complete. A headline needs one member's title, read from the store when
   * it is asked for (one indexed lookup a story, not the whole article).
   */
  stories(ids: Set<string>, stored: Pick<StepInput, 'title'>): Story[] {
    return this.clusterer.stories(new StoredTitles(stored.title), ids);
  }

  takeRemoved(): string[] {
    return this.clusterer.takeRemoved();
  }

  state(): SavedStages {
    return { dedup: this.dedup.stateByIds(), clusterer: this.clusterer.state() };
  }
}
