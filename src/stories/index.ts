// The story stage: articles that report the same event, across outlets and days, with a headline,
// the count of independent reports and the lineage of copies. Incremental: the store keeps one
// StoryClusterer across ingests and persists its state().
import { chronological, DedupIndex } from '../dedup/index.js';
import type { WordHashes } from '../dedup/tokens.js';
import type { Article, Duplicate, Extraction, Story } from '../types.js';
import { Clusterer, OPEN_DAYS, type PairCheck, type Tuning } from './cluster.js';
import { storyLineage } from './lineage.js';
import type { ClustererState } from './state.js';

export { wireCredits } from './lineage.js';
export type { ClustererState } from './state.js';

export class StoryClusterer {
  private readonly clusterer: Clusterer;

  /**
   * `options.tuning`: scoring knobs other than the defaults (for evaluation and tests).
   * `options.pairCheck`: DedupIndex.verifyClosest of the index the articles went through, to find the
   * copies and rewrites among a story's members that dedup's bands missed (see takeFound); the list
   * of earlier ids it is given is reused afterwards, so it must not keep it.
   */
  constructor(
    options?: {
      openDays?: number;
      tuning?: Partial<Tuning>;
      pairCheck?: PairCheck;
    },
    state?: ClustererState,
  ) {
    this.clusterer = new Clusterer(
      options?.openDays ?? OPEN_DAYS,
      state,
      options?.tuning,
      options?.pairCheck,
    );
  }

  /** Copies and rewrites found among story members since the last call (see pairCheck). */
  takeFound(): Duplicate[] {
    return this.clusterer.takeFound();
  }

  /**
   * Adds one article (in published order) and returns the id of the story it joined or opened.
   * `words`: the article's words as dedup scanned them (DedupIndex.words right after DedupIndex.add
   * of the same article), which saves scanning the text twice; the result is the same without.
   */
  add(
    article: Article,
    extraction?: Extraction,
    duplicates?: Duplicate[],
    words?: WordHashes | null,
  ): string {
    return this.clusterer.add(article, extraction, duplicates, words ?? undefined);
  }

  /**
   * Every story (or only those whose id is in `ids`), ranked by number of distinct outlets, then
   * size, then first date. Headlines need only the titles of the members in `articles`.
   */
  stories(articles: ReadonlyMap<string, Pick<Article, 'title'>>, ids?: Iterable<string>): Story[] {
    const chosen = ids === undefined ? this.clusterer.all() : this.clusterer.some(ids);
    const out = chosen.map((story): Story => {
      const ids = story.members.map((member) => member.id);
      const outlets = [
        ...new Set(story.members.map((member) => member.outlet).filter((o): o is string => !!o)),
      ];
      const lineage = storyLineage(story.members, story.duplicates);
      const headlineId = originalOf(this.clusterer.centralMember(story) ?? ids[0]!, lineage);
      return {
        id: story.id,
        headline: articles.get(headlineId)?.title ?? '',
        articles: ids,
        outlets,
        first: story.first,
        last: story.last,
        independent: ids.length - new Set(lineage.map((link) => link.copy)).size,
        lineage,
      };
    });
    return out.sort(
      (x, y) =>
        y.outlets.length - x.outlets.length ||
        y.articles.length - x.articles.length ||
        (x.first ?? '9').localeCompare(y.first ?? '9') ||
        x.id.localeCompare(y.id),
    );
  }

  state(): ClustererState {
    return this.clusterer.state();
  }

  /** Ids of stories merged into another since the last call (for the store's `removedStories`). */
  takeRemoved(): string[] {
    return this.clusterer.takeRemoved();
  }
}

/**
 * The report a copy or rewrite came from, followed back to the first: a story is headed by the
 * wire's own title, not by the title a republisher gave its copy.
 */
function originalOf(id: string, lineage: { origin: string; copy: string }[]): string {
  const originOf = new Map(lineage.map((link) => [link.copy, link.origin]));
  const seen = new Set([id]);
  let current = id;
  for (let origin = originOf.get(current); origin && !seen.has(origin); origin = originOf.get(current)) {
    seen.add(origin);
    current = origin;
  }
  return current;
}

/**
 * Dedup and stories over a whole batch the way the store ingests it: one article at a time, in
 * published order, each story checking its new member against its latest reports for the copies and
 * rewrites dedup's bands missed. The duplicates are dedup's pairs and those, in the order found.
 */
export function dedupAndCluster(
  articles: Article[],
  extractions?: Map<string, Extraction>,
  tuning?: Partial<Tuning>,
): { duplicates: Duplicate[]; stories: Story[] } {
  const dedup = new DedupIndex();
  const clusterer = new StoryClusterer({
    tuning,
    pairCheck: (later, earlier, credited) => dedup.verifyClosest(later, earlier, credited),
  });
  const duplicates: Duplicate[] = [];
  for (const article of chronological(articles)) {
    const extraction = extractions?.get(article.id);
    const pairs = dedup.add(article, extraction);
    clusterer.add(article, extraction, pairs, dedup.words);
    duplicates.push(...pairs, ...clusterer.takeFound());
  }
  return {
    duplicates,
    stories: clusterer.stories(new Map(articles.map((article) => [article.id, article]))),
  };
}

/** Clusters a whole batch the way the store would ingest it: one article at a time, in published order. */
export function clusterStories(
  articles: Article[],
  extractions?: Map<string, Extraction>,
  duplicates: Duplicate[] = [],
  tuning?: Partial<Tuning>,
): Story[] {
  const clusterer = new StoryClusterer({ tuning });
  const pairsOf = new Map<string, Duplicate[]>();
  for (const pair of duplicates) {
    for (const id of [pair.a, pair.b]) {
      const list = pairsOf.get(id);
      if (list) list.push(pair);
      else pairsOf.set(id, [pair]);
    }
  }
  for (const article of chronological(articles)) {
    clusterer.add(article, extractions?.get(article.id), pairsOf.get(article.id) ?? []);
  }
  return clusterer.stories(new Map(articles.map((article) => [article.id, article])));
}
