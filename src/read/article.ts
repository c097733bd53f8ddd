import type { Article } from '../types.js';
import { stableId } from '../util/hash.js';
import { normalizeForCompare } from '../util/text.js';

/**
 * An article's id depends on what it says, not where it was read, so a copy in two digests is one
 * article. The readers have already normalised line ends and spaces, so the text is hashed as it is.
 */
export function articleId(outlet: string | null, title: string, text: string): string {
  return stableId('a', (outlet ?? '').toLowerCase(), normalizeForCompare(title), text);
}

/** Fills defaults and the id for an article record built by any reader. */
export function makeArticle(fields: Partial<Article> & Pick<Article, 'title' | 'text' | 'source'>): Article {
  const outlet = fields.outlet ?? null;
  return {
    id: fields.id ?? articleId(outlet, fields.title, fields.text),
    title: fields.title,
    outlet,
    outletCountry: fields.outletCountry ?? null,
    published: fields.published ?? null,
    time: fields.time ?? null,
    dateline: fields.dateline ?? null,
    byline: fields.byline ?? [],
    url: fields.url ?? null,
    kind: fields.kind ?? 'news',
    text: fields.text,
    source: fields.source,
  };
}
