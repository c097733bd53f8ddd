// Who said what: quotes grouped by speaker, and within a story by speaker, with the outlets that
// carried each one. Quotes whose speaker the text does not name are grouped under UNATTRIBUTED.
import type { Article, Quote, Story } from '../types.js';
import { foldDiacritics } from '../util/text.js';

export const UNATTRIBUTED = 'unattributed';

export interface SpeakerQuotes {
  speaker: string;
  quotes: Quote[];
  /** Distinct outlets that carried this speaker's words. */
  outlets: string[];
  articles: string[];
}

/**
 * Speakers ranked by how many outlets carried them, then by number of quotes. One person's name as
 * different outlets write it ("Fahad al-Yousef al-Sabah", "Fahad Al Yousef Al Sabah", "Fahad
 * Al-Yousef") is one speaker, shown as the batch writes it most often (see speakerGroups).
 */
export function quotesBySpeaker(quotes: Quote[], articles: Map<string, Article>): SpeakerQuotes[] {
  const nameOf = speakerGroups(quotes.map((q) => q.speaker).filter((name): name is string => !!name));
  const groups = new Map<string, Quote[]>();
  for (const quote of quotes) {
    const speaker = quote.speaker ? (nameOf.get(quote.speaker) ?? quote.speaker) : UNATTRIBUTED;
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

/**
 * Each speaker's name → the name shown for its group. Names are one when they differ only in case,
 * diacritics or the hyphen of a particle ("al-Yousef", "Al Yousef"), or when one is the other without
 * the family or tribal name that follows a particle ("Fahad Al-Yousef" in "Fahad Al-Yousef Al-Sabah",
 * "Mohammed bin Salman" in "Mohammed bin Salman Al Saud"), where only one longer name of the batch
 * fits. The shown name is the spelling the quotes use most often, the longer one on a tie.
 */
export function speakerGroups(names: string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const byKey = new Map<string, string[]>();
  for (const name of counts.keys()) {
    const key = nameKey(name);
    byKey.set(key, [...(byKey.get(key) ?? []), name]);
  }
  // A two-word name or longer, continued by a particle and more words in exactly one other key (only
  // keys opening with the same two words are compared: a batch may quote thousands of people).
  const byOpening = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    const opening = `${words[0]} ${words[1]}`;
    byOpening.set(opening, [...(byOpening.get(opening) ?? []), key]);
  }
  for (const keys of byOpening.values())
    for (const key of keys) {
      const longer = keys.filter(
        (other) => other.startsWith(`${key} `) && PARTICLE.test(other.slice(key.length + 1)),
      );
      if (longer.length !== 1 || !byKey.has(key) || !byKey.has(longer[0]!)) continue;
      byKey.set(longer[0]!, [...byKey.get(longer[0]!)!, ...byKey.get(key)!]);
      byKey.delete(key);
    }
  const shown = new Map<string, string>();
  for (const group of byKey.values()) {
    const best = [...group].sort(
      (a, b) => counts.get(b)! - counts.get(a)! || b.length - a.length || (a < b ? -1 : 1),
    )[0]!;
    for (const name of group) shown.set(name, best);
  }
  return shown;
}

/** A name folded for comparison: no diacritics, lower case, hyphens as spaces. */
function nameKey(name: string): string {
  return foldDiacritics(name).toLowerCase().replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The particle that opens an Arabic family or tribal name: "al", "el", "bin", "ibn", "bint", "abu", "ould". */
const PARTICLE = /^(?:al|el|bin|ibn|bint|abu|ould) \S/;

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
