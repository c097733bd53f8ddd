// Who said what: quotes grouped by speaker, and within a story by speaker, with the outlets that
// carried each one. Quotes whose speaker the text does not name are grouped under UNATTRIBUTED.
import type { Article, Quote, Story } from '../types.js';

export const UNATTRIBUTED = 'unattributed';

export interface SpeakerQuotes {
  speaker: string;
  quotes: Quote[];
  /** Distinct outlets that carried this speaker's words. */
  outlets: string[];
  articles: string[];
}

/** Speakers ranked by how many outlets carried them, then by number of quotes. */
export function quotesBySpeaker(quotes: Quote[], articles: Map<string, Article>): SpeakerQuotes[] {
  const groups = new Map<string, Quote[]>();
  for (const quote of quotes) {
    const speaker = quote.speaker ?? UNATTRIBUTED;
    const list = groups.get(speaker) ?? [];
    list.push(quote);
    groups.set(speaker, list);
  }
  const result = [...groups].map(([speaker, list]) => ({
    speaker,
    quotes: list,
    outlets: unique(list.map((q) => articles.get(q.article)?.outlet).filter((o): o is string => !!o)),
    articles: unique(list.map((q) => q.article)),
  }));
  return result.sort(
    (a, b) =>
      Number(a.speaker === UNATTRIBUTED) - Number(b.speaker === UNATTRIBUTED) ||
      b.outlets.length - a.outlets.length ||
      b.quotes.length - a.quotes.length ||
      a.speaker.localeCompare(b.speaker),
  );
}

/** For each story id, its quotes grouped by speaker. */
export function quotesByStory(
  stories: Story[],
  quotes: Quote[],
  articles: Map<string, Article>,
): Map<string, SpeakerQuotes[]> {
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.articles) storyOf.set(id, story.id);
  const perStory = new Map<string, Quote[]>();
  for (const quote of quotes) {
    const story = storyOf.get(quote.article);
    if (!story) continue;
    const list = perStory.get(story) ?? [];
    list.push(quote);
    perStory.set(story, list);
  }
  return new Map([...perStory].map(([story, list]) => [story, quotesBySpeaker(list, articles)]));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
