// The real stages behind ingest: the extract stage (stateless, before the transaction), and the
// dedup index and story clusterer (stateful, inside it), exactly as `sitrep analyze` chains them.
import { DedupIndex, type DedupState } from '../dedup/index.js';
import type { Gazetteer } from '../extract/gazetteer.js';
import { loadGazetteer } from '../extract/gazetteer.js';
import { extractAll } from '../extract/index.js';
import type { StageState } from '../store/index.js';
import { type ClustererState, StoryClusterer } from '../stories/index.js';
import type { Article, Duplicate, Extraction, Story } from '../types.js';
import type { IncrementalStages, IngestStages } from './stages.js';

interface SavedStages extends StageState {
  dedup: DedupState;
  clusterer: ClustererState;
}

export function pipelineStages(options: { gazetteer?: Gazetteer } = {}): IngestStages {
  let gazetteer = options.gazetteer;
  return {
    async extract(articles) {
      gazetteer ??= loadGazetteer();
      return extractAll(articles, { gazetteer });
    },
    restore(state) {
      const saved = state as SavedStages | null;
      return new StreamingStages(
        new DedupIndex(saved?.dedup),
        new StoryClusterer(undefined, saved?.clusterer),
      );
    },
  };
}

class StreamingStages implements IncrementalStages {
  constructor(
    private readonly dedup: DedupIndex,
    private readonly clusterer: StoryClusterer,
  ) {}

  add(article: Article, extraction: Extraction | undefined): { duplicates: Duplicate[]; story: string } {
    const duplicates = this.dedup.add(article, extraction);
    return { duplicates, story: this.clusterer.add(article, extraction, duplicates) };
  }

  /** The stories asked for, complete: a first pass finds their members, whose titles the headlines need. */
  stories(ids: Set<string>, lookup: (ids: string[]) => Article[]): Story[] {
    const members = this.clusterer
      .stories(new Map())
      .filter((story) => ids.has(story.id))
      .flatMap((story) => story.articles);
    const articles = new Map(lookup(members).map((article) => [article.id, article]));
    return this.clusterer.stories(articles).filter((story) => ids.has(story.id));
  }

  state(): SavedStages {
    return { dedup: this.dedup.state(), clusterer: this.clusterer.state() };
  }
}
