// One ingest session: reads each input file, extracts its new articles, then stores the file in one
// transaction in which the stateful stages see exactly the state the previous commit left. The live
// dedup index and clusterer are kept between files and thrown away whenever a commit fails or
// another process committed in between (the state version tells).
import { chronological } from '../dedup/index.js';
import type { IncrementalStep, IngestFileInfo, IngestOutcome, Store } from '../store/index.js';
import type { ParseResult } from '../types.js';
import type { IncrementalStages, IngestStages } from './stages.js';

export class IngestSession {
  private live: { version: number; stages: IncrementalStages } | null = null;

  constructor(
    private readonly store: Store,
    private readonly stages: IngestStages,
  ) {}

  /** Stores one parsed file; the same file (by hash) a second time is skipped. */
  async ingestParsed(parse: ParseResult, file: IngestFileInfo): Promise<IngestOutcome> {
    if (await this.store.hasFile(file.sha256)) return skipped(file);
    const known = await this.store.knownArticles(parse.articles.map((article) => article.id));
    const fresh = uniqueById(parse.articles.filter((article) => !known.has(article.id)));
    const extracted = fresh.length > 0 ? await this.stages.extract(fresh) : { extractions: [], entities: [] };
    const extractions = new Map(extracted.extractions.map((extraction) => [extraction.article, extraction]));
    let pending: IncrementalStages | null = null;
    const step: IncrementalStep = ({ fresh: toAdd, version, loadState, articles }) => {
      const stages = this.live?.version === version ? this.live.stages : this.stages.restore(loadState());
      // Until this commit succeeds the live stages hold uncommitted articles: never reuse them.
      this.live = null;
      pending = stages;
      const result = stages.addBatch(chronological(toAdd), extractions, articles);
      return { ...result, state: stages.state() };
    };
    const outcome = await this.store.ingestFile(
      { file, parse, extractions, entities: extracted.entities },
      step,
    );
    if (pending) this.live = { version: outcome.stateVersion, stages: pending };
    return outcome;
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
    stateVersion: -1,
  };
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}
