// One ingest session: reads each input file, extracts its new articles, then stores the file in one
// transaction in which the stateful stages (dedup, stories) first catch up with everything stored
// before it. The live stages stay in memory between files; they are checkpointed now and then, not
// per file, because the state is large. Whoever opens the store next restores the checkpoint and
// replays the articles stored after it, in storage order, which gives exactly the same state.
import { chronological } from '../dedup/index.js';
import type { IncrementalStep, IngestFileInfo, IngestOutcome, StepInput, Store } from '../store/index.js';
import type { Duplicate, ParseResult } from '../types.js';
import type { IncrementalStages, IngestStages } from './stages.js';

/**
 * Articles absorbed between two checkpoints: bounds the replay after a crash or in another process.
 * 5,000 rather than 2,000: each checkpoint serialises and compresses the whole stage state (about a
 * tenth of the main thread's time in a 9,000-article run at 2,000), and a crash then replays at most
 * about a second of work, which is acceptable.
 */
export const CHECKPOINT_EVERY = 5000;
/**
 * ... or this share of the archive, when that is more. A checkpoint costs time in proportion to the
 * stage state, which grows with the archive: at a fixed interval their cost per article grew with
 * the archive too (at 9,000 articles a checkpoint took 0.1-0.2 s).
 * A replay after a crash stays within a tenth of the archive, less than restoring the state costs.
 */
export const CHECKPOINT_SHARE = 0.1;

interface Live {
  stages: IncrementalStages;
  /** Sequence number of the last stored article these stages have absorbed. */
  covered: number;
}

export class IngestSession {
  private live: Live | null = null;
  private sinceCheckpoint = 0;

  constructor(
    readonly store: Store,
    private readonly stages: IngestStages,
    private readonly checkpointEvery = CHECKPOINT_EVERY,
  ) {}

  /** Stores one parsed file; the same file (by hash) a second time is skipped. */
  async ingestParsed(parse: ParseResult, file: IngestFileInfo): Promise<IngestOutcome> {
    if (await this.store.hasFile(file.sha256)) return skipped(file);
    // Stored in feed order, so that storage order (which replay follows) is the order the stages saw.
    const articles = chronological(parse.articles);
    const known = await this.store.knownArticles(articles.map((article) => article.id));
    const fresh = uniqueById(articles.filter((article) => !known.has(article.id)));
    const extracted = fresh.length > 0 ? await this.stages.extract(fresh) : { extractions: [], entities: [] };
    const extractions = new Map(extracted.extractions.map((extraction) => [extraction.article, extraction]));
    let next: Live | null = null;
    let checkpointed = false;
    const step: IncrementalStep = (input) => {
      const live = this.catchUp(input);
      // Until this commit succeeds the live stages hold uncommitted articles: never reuse them.
      this.live = null;
      const duplicates: Duplicate[] = [];
      const touched = new Set<string>();
      for (const article of input.fresh) {
        const added = live.stages.add(article, extractions.get(article.id));
        duplicates.push(...added.duplicates);
        touched.add(added.story);
      }
      next = { stages: live.stages, covered: input.tail };
      checkpointed = this.sinceCheckpoint + input.fresh.length >= this.checkpointInterval(input.head);
      // A merge (when the clusterer makes them) removes a story this file may have touched.
      const removedStories = live.stages.takeRemoved?.() ?? [];
      for (const id of removedStories) touched.delete(id);
      return {
        duplicates,
        stories: live.stages.stories(touched, input),
        removedStories,
        checkpoint: checkpointed ? live.stages.state() : undefined,
      };
    };
    const outcome = await this.store.ingestFile(
      {
        file,
        parse: { ...parse, articles },
        extractions,
        entities: extracted.entities,
        bodies: extracted.bodies,
      },
      step,
    );
    if (next) {
      this.live = next;
      this.sinceCheckpoint = checkpointed ? 0 : this.sinceCheckpoint + outcome.added;
    }
    return outcome;
  }

  /** Articles between two checkpoints in an archive of `stored` articles. */
  private checkpointInterval(stored: number): number {
    return Math.max(this.checkpointEvery, Math.floor(CHECKPOINT_SHARE * stored));
  }

  /** Saves a checkpoint of the live stages if they absorbed articles since the last one. */
  async flush(): Promise<void> {
    if (!this.live || this.sinceCheckpoint === 0) return;
    await this.store.saveCheckpoint({ state: this.live.stages.state(), covered: this.live.covered });
    this.sinceCheckpoint = 0;
  }

  /** The live stages brought up to the articles stored before this file (by us or by anyone else). */
  private catchUp(input: StepInput): Live {
    let live = this.live;
    if (!live || live.covered > input.head) {
      const checkpoint = input.loadCheckpoint();
      live = {
        stages: this.stages.restore(checkpoint?.state ?? null, input.recall),
        covered: checkpoint?.covered ?? 0,
      };
    }
    if (live.covered < input.head) {
      const replayed = input.replay(live.covered);
      for (const { article, extraction } of replayed) live.stages.add(article, extraction ?? undefined);
      this.sinceCheckpoint += replayed.length;
      live.covered = input.head;
    }
    return live;
  }
}

function skipped(file: IngestFileInfo): IngestOutcome {
  return {
    file: file.path,
    status: 'skipped',
    added: 0,
    known: 0,
    duplicates: 0,
    storiesTouched: 0,
    head: -1,
  };
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}
