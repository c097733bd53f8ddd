// Hand-built records for the store's tests (no pipeline needed): small, readable, deterministic.
import type { Article, Duplicate, Extraction, Story } from '../types.js';
import type { FileBatch, IncrementalStep, StageState } from './store.js';

export function makeArticle(id: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    title: `Title of ${id}`,
    outlet: 'Wire Service',
    outletCountry: null,
    published: '2023-10-04',
    time: null,
    dateline: null,
    byline: [],
    url: null,
    kind: 'news',
    text: `Body of ${id}.`,
    source: { file: 'digest.txt', startLine: 1, endLine: 5 },
    ...fields,
  };
}

export function emptyExtraction(article: string): Extraction {
  return { article, mentions: [], quotes: [], figures: [], dates: [] };
}

export function makeBatch(path: string, articles: Article[], extractions: Extraction[] = []): FileBatch {
  return {
    file: { path, sha256: `sha-of-${path}`, size: 100, ingestedAt: '2023-10-05T08:00:00Z' },
    parse: { articles, dropped: [], warnings: [] },
    extractions: new Map(extractions.map((extraction) => [extraction.article, extraction])),
  };
}

/** A stand-in for the real stages: one story per outlet, and articles with equal titles are duplicates. */
export class OutletStages {
  private readonly members: Record<string, string[]>;
  private readonly titles: Record<string, string>;

  constructor(state: StageState | null) {
    const saved = state as { members: Record<string, string[]>; titles: Record<string, string> } | null;
    this.members = structuredClone(saved?.members ?? {});
    this.titles = structuredClone(saved?.titles ?? {});
  }

  add(article: Article): { duplicates: Duplicate[]; story: string } {
    const story = `s_${(article.outlet ?? 'none').toLowerCase().replace(/\W+/g, '')}`;
    this.members[story] = [...(this.members[story] ?? []), article.id];
    const earlier = this.titles[article.title];
    if (!earlier) this.titles[article.title] = article.id;
    const duplicates = earlier
      ? [{ a: earlier, b: article.id, relation: 'identical' as const, similarity: 1 }]
      : [];
    return { duplicates, story };
  }

  stories(ids: Set<string>, stored: { articles: (ids: string[]) => Article[] }): Story[] {
    return [...ids].map((id) => {
      const members = stored.articles(this.members[id] ?? []);
      const days = members.map((a) => a.published ?? '').sort();
      return {
        id,
        headline: members[0]?.title ?? '',
        articles: members.map((a) => a.id),
        outlets: [...new Set(members.map((a) => a.outlet ?? ''))],
        first: days[0] ?? null,
        last: days.at(-1) ?? null,
        independent: members.length,
        lineage: [],
      };
    });
  }

  state(): StageState {
    return { members: this.members, titles: this.titles };
  }
}

/** A step that restores the checkpoint, replays what came after it, adds the file and saves a checkpoint. */
export const outletStoriesStep: IncrementalStep = ({ fresh, loadCheckpoint, replay, articles }) => {
  const checkpoint = loadCheckpoint();
  const stages = new OutletStages(checkpoint?.state ?? null);
  for (const { article } of replay(checkpoint?.covered ?? 0)) stages.add(article);
  const duplicates: Duplicate[] = [];
  const touched = new Set<string>();
  for (const article of fresh) {
    const added = stages.add(article);
    duplicates.push(...added.duplicates);
    touched.add(added.story);
  }
  return {
    duplicates,
    stories: stages.stories(touched, { articles }),
    removedStories: [],
    checkpoint: stages.state(),
  };
};
