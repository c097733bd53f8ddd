// The real stages behind ingest: the extract stage (stateless, before the transaction), and the
// dedup index and story clusterer (stateful, inside it), exactly as `sitrep analyze` chains them.
import { availableParallelism, cpus } from 'node:os';
import { DedupIndex, type DedupState } from '../dedup/index.js';
import type { Gazetteer } from '../extract/gazetteer.js';
import { loadGazetteer } from '../extract/gazetteer.js';
import {
  CopyIndex,
  copyFor,
  extractLocal,
  extractLocalBatch,
  type LocalExtraction,
  linkCorpus,
} from '../extract/index.js';
import { deflateText } from '../store/bodies.js';
import type { StageState, StepInput, StoredBody } from '../store/index.js';
import { type ClustererState, StoryClusterer } from '../stories/index.js';
import type { Article, Duplicate, Extraction, Story } from '../types.js';
import { mapped } from '../util/collections.js';
import { type DedupCheckpoint, expandDedupState } from './dedup-checkpoint.js';
import { extractJob, type PoolResult } from './extract-job.js';
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
  /** Idle core time while waiting for the workers (ms in all) after which the main thread also extracts. */
  shareAfterMs?: number;
}

/**
 * Extracting on the main thread too costs it a one-off compile of the extraction code (V8's
 * optimising compiler: 0.3-0.4 s of CPU measured, +0.18 ms an article on the bench's 40 files), so it
 * starts only once the cores have stood idle longer than that while the main thread waited.
 */
export const SHARE_AFTER_MS = 1000;

/** Time every core of the machine has spent idle, in ms (10 ms ticks). */
function idleCoreMs(): number {
  return cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);
}

/**
 * One extraction thread per core but one: the main thread keeps a core busy with dedup, stories and
 * the writes. On 2 cores a second worker made the ingest no faster and cost a fifth more CPU (each
 * thread compiles and collects its own copy of the NLP code and heap).
 *
 * Counted from the cores, not from the load average (extractAllParallel's idleCores): on the 2-core
 * development machine the 1-minute load reads 1.1-1.6 with nothing running, which idleCores takes
 * for a busy core. What other programs take is measured where it matters instead: the main thread
 * extracts too only once the cores have stood idle while it waited (shareAfterMs), so on a machine
 * others keep busy the ingest stays on the worker and does not add a third busy thread.
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function pipelineStages(options: PipelineOptions = {}): IngestStages {
  let gazetteer = options.gazetteer;
  let pool: ExtractPool | null = null;
  /** Per-article extractions (and compressed texts) under way in the pool, by article id. */
  const ahead = new Map<string, Early>();
  /** The ids of the articles under way by text: a copy handed out later waits for the first's. */
  const underWay = new CopyIndex<string>();
  /** Texts of prefetched articles compressed on this thread while it waited (takeTexts), by id. */
  const compressedHere = new Map<string, StoredBody>();
  /** Drops an article's prefetched work once it is taken or no longer wanted. */
  const drop = (article: Pick<Article, 'id' | 'text'>) => {
    ahead.delete(article.id);
    underWay.delete(article, article.id);
  };
  const loaded = () => {
    gazetteer ??= loadGazetteer();
    return gazetteer;
  };
  const startPool = () => {
    pool ??= new ExtractPool(options.workers ?? defaultWorkers(), loaded().userEntries);
    return pool;
  };
  /**
   * An article identical to one under way (same text and published date) waits for that one's
   * extraction and takes it under its own id, with its compressed text. The records are cloned as a
   * worker's answer is, for the shapes the later stages were compiled for (sameShapes).
   */
  const awaitCopy = (article: Article): void => {
    const original = underWay.find(article);
    const first = original === undefined ? undefined : ahead.get(original);
    if (!first) return;
    const copy: Early = {
      settled: false,
      result: first.result.then(
        (done) =>
          done && {
            local: structuredClone(copyFor(done.local, article.id)),
            body: done.body ?? compressedHere.get(original!),
          },
      ),
    };
    void copy.result.then(() => {
      copy.settled = true;
    });
    ahead.set(article.id, copy);
  };
  /** Core time left idle while this thread waited for the workers so far, in ms. */
  let idleWhileWaiting = 0;
  const shareAfterMs = options.shareAfterMs ?? SHARE_AFTER_MS;
  /**
   * Work sharing, for a thread that would wait for this file's extractions. While it has to wait,
   * the workers leave compressing the texts to it (cheap to take over: zlib is native code). Once the
   * cores have stood idle for longer than shareAfterMs in all while it waited, it also runs the oldest
   * jobs no worker has started (this file's, then the next files'), letting the workers' answers in
   * between jobs. Waiting on a machine that other programs keep busy does not count: extracting here
   * too would only take CPU from the workers.
   */
  const shareWork = async (pool: ExtractPool, early: (Early | undefined)[]) => {
    const behind = () => early.some((entry) => entry !== undefined && !entry.settled);
    pool.compress = !behind();
    // Nothing to wait for (reading every core's times costs 0.05 ms).
    if (pool.compress) return;
    const idleBefore = idleCoreMs();
    while (idleWhileWaiting >= shareAfterMs && behind()) {
      if (!pool.runHere((chunk, dictionary) => sameShapes(extractJob(chunk, loaded(), dictionary, false))))
        break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await compressWhileBehind(pool, behind);
    await Promise.all(early.map((entry) => entry?.result));
    idleWhileWaiting += idleCoreMs() - idleBefore;
  };
  /**
   * While this thread waits for the workers, it compresses the texts of the jobs no worker has
   * started (oldest first), which the workers then leave: waiting time turned into work the
   * worker, the busier thread then, no longer does. The bytes are the ones a worker would make.
   */
  const compressWhileBehind = async (pool: ExtractPool, behind: () => boolean) => {
    while (behind()) {
      const texts = pool.takeTexts();
      if (!texts) return;
      for (const article of texts.articles)
        compressedHere.set(article.id, deflateText(article.text, texts.dictionary));
      // The workers' answers come in between jobs' texts.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return {
    async extract(articles) {
      const early = mapped(articles, (article) => ahead.get(article.id));
      for (const article of articles) drop(article);
      if (pool) await shareWork(pool, early);
      const bodies = new Map<string, StoredBody>();
      const done = await Promise.all(early.map((entry) => entry?.result));
      // Not prefetched, or its worker failed: extracted here, in one batch (which extracts a copy once).
      const missing = articles.filter((_, i) => !done[i]);
      const here = missing.length > 0 ? extractLocalBatch(missing, loaded()) : [];
      let next = 0;
      const local = mapped(articles, (article, i) => {
        const found = done[i];
        const body = found?.body ?? compressedHere.get(article.id);
        if (body) bodies.set(article.id, body);
        compressedHere.delete(article.id);
        return found ? found.local : here[next++]!;
      });
      // No aggregated entities: the store gives a new entity the id aggregateEntities would
      // (stableId of its type and name) and looks up the others, so hashing every name of every
      // file here was wasted.
      return { extractions: linkCorpus(local), entities: [], bodies };
    },
    prefetch(articles, dictionary) {
      const wanted: Article[] = [];
      const copies: Article[] = [];
      for (const article of articles) {
        if (ahead.has(article.id)) continue;
        if (underWay.find(article) !== undefined) copies.push(article);
        else {
          wanted.push(article);
          underWay.add(article, article.id);
        }
      }
      // Jobs of a few dozen articles keep every thread busy even when one file holds thousands.
      for (let start = 0; start < wanted.length; start += JOB_ARTICLES) {
        const chunk = wanted.slice(start, start + JOB_ARTICLES);
        const job = startPool()
          .local(chunk, dictionary ?? null)
          .catch(() => null);
        const entries = mapped(
          chunk,
          (_, i): Early => ({
            settled: false,
            result: job.then((result) => {
              const local = result?.locals[i];
              return local ? { local, body: result.bodies[i] } : null;
            }),
          }),
        );
        void job.then(() => {
          for (const entry of entries) entry.settled = true;
        });
        chunk.forEach((article, i) => {
          ahead.set(article.id, entries[i]!);
        });
      }
      // A copy whose first is not under way after all is extracted when it is asked for.
      for (const article of copies) awaitCopy(article);
    },
    forget(articles) {
      for (const article of articles) {
        drop(article);
        compressedHere.delete(article.id);
      }
    },
    startWorkers() {
      startPool();
    },
    async warm(parallel) {
      // The workers first: they load their model while this thread loads its own.
      if (parallel) startPool();
      loaded();
      extractLocal({ ...WARM_UP, text: 'Warming up.' }, loaded());
      await pool?.ready();
    },
    async close() {
      ahead.clear();
      underWay.clear();
      compressedHere.clear();
      await pool?.close();
      pool = null;
    },
    restore(state, recall) {
      const saved = state as SavedStages | null;
      return new StreamingStages(
        new DedupIndex(saved ? expandDedupState(saved.dedup, recall) : undefined),
        saved?.clusterer,
      );
    },
  };
}

/**
 * A job's result as a worker's arrives: copied by the structured clone algorithm. The copies' objects
 * have other hidden classes than those built here, and the stages that read them (dedup, stories,
 * the writes) were compiled for one kind; fed both, V8 threw their optimised code away again and
 * again (the story stage's addExtraction was compiled 7 times in a 200-file run).
 */
function sameShapes(result: PoolResult): PoolResult {
  return structuredClone(result);
}

/** One article's extraction under way: `settled` once its job is answered (or failed). */
interface Early {
  settled: boolean;
  result: Promise<{ local: LocalExtraction; body?: StoredBody } | null>;
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
  private readonly clusterer: StoryClusterer;

  constructor(
    private readonly dedup: DedupIndex,
    clustererState: ClustererState | undefined,
  ) {
    // Stories ask dedup about their members' pairs that its bands missed (see dedupAndCluster).
    this.clusterer = new StoryClusterer(
      { pairCheck: (later, earlier, credited) => dedup.verifyClosest(later, earlier, credited) },
      clustererState,
    );
  }

  add(article: Article, extraction: Extraction | undefined): { duplicates: Duplicate[]; story: string } {
    const duplicates = this.dedup.add(article, extraction);
    // The story stage reads the words dedup just scanned rather than scanning the text again.
    const story = this.clusterer.add(article, extraction, duplicates, this.dedup.words);
    const found = this.clusterer.takeFound();
    return { duplicates: found.length > 0 ? duplicates.concat(found) : duplicates, story };
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
