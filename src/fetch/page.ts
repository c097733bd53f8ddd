// Fetched bytes → ParseResult. A URL may be a page or a feed: we sniff the body rather than trust
// the Content-Type, since feeds are served as text/html and pages as text/xml in the wild. Feed
// items are turned into articles by fetching their pages; an item whose page cannot be read falls
// back to the text the feed itself carried, with a warning.

import { decodeDocument } from '../read/charset.js';
import { type FeedItem, feedItemArticle, looksLikeFeed, parseFeed } from '../read/feed.js';
import { readHtmlFile } from '../read/html.js';
import type { Article, ParseResult } from '../types.js';
import { describeError } from '../util/errors.js';
import type { FetchClient } from './client.js';
import { FetchError } from './errors.js';

const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';
export const FEED_ACCEPT =
  'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5';

export const emptyResult = (): ParseResult => ({ articles: [], dropped: [], warnings: [] });

export function mergeInto(target: ParseResult, source: ParseResult): void {
  target.articles.push(...source.articles);
  target.dropped.push(...source.dropped);
  target.warnings.push(...source.warnings);
}

/** The key an item is remembered by: its link without fragment and tracking parameters, else feed + id. */
export function itemKey(feedUrl: string, item: FeedItem): string {
  if (item.url) {
    try {
      const url = new URL(item.url);
      url.hash = '';
      for (const name of [...url.searchParams.keys()])
        if (/^(utm_|fbclid|gclid)/.test(name)) url.searchParams.delete(name);
      return url.href;
    } catch {
      // not a URL: fall through to the feed-scoped id
    }
  }
  return `${feedUrl}#${item.id}`;
}

/** Fetches one article page and reads it. Throws FetchError when the page cannot be fetched. */
export async function fetchPage(client: FetchClient, url: string): Promise<ParseResult> {
  const response = await client.get(url, {}, PAGE_ACCEPT);
  return readHtmlFile(response.url, response.body, response.headers['content-type']);
}

export interface ItemOutcome {
  result: ParseResult;
  /** False when the page failed in a way worth retrying and the feed gave no text to fall back on. */
  done: boolean;
}

/** Turns one feed item into an article: its page when it can be read, else the feed's own text. */
export async function readFeedItem(
  client: FetchClient,
  feedUrl: string,
  item: FeedItem,
  feedLink: string | null,
): Promise<ItemOutcome> {
  const result = emptyResult();
  let retryable = false;
  if (item.url) {
    try {
      const page = await fetchPage(client, item.url);
      const article = page.articles[0];
      if (article) {
        page.articles[0] = withFeedFallbacks(article, item);
        return { result: page, done: true };
      }
      result.warnings.push(...page.warnings);
    } catch (error) {
      retryable = error instanceof FetchError && error.retryable;
      result.warnings.push({ file: item.url, line: 1, message: describeError(error) });
    }
  }
  if (item.text) {
    const source = { file: feedUrl, startLine: 1, endLine: 1 };
    result.articles.push(feedItemArticle(item, { link: feedLink }, source));
    if (item.url)
      result.warnings.push({
        file: item.url,
        line: 1,
        message: 'page not read; article text taken from the feed',
      });
    return { result, done: true };
  }
  if (!retryable)
    result.dropped.push({ file: feedUrl, line: 1, text: item.title || item.id, reason: 'empty-article' });
  return { result, done: !retryable };
}

/** The page wins, but a page without a date or title borrows the feed's. */
function withFeedFallbacks(article: Article, item: FeedItem): Article {
  return {
    ...article,
    title: article.title || item.title,
    published: article.published ?? item.published,
    byline: article.byline.length > 0 ? article.byline : item.authors,
  };
}

/** `sitrep fetch URL`: a page gives its article, a feed gives its items' articles (at most maxItems). */
export async function fetchUrl(client: FetchClient, url: string, maxItems = 20): Promise<ParseResult> {
  const response = await client.get(url, {}, `${PAGE_ACCEPT},${FEED_ACCEPT}`);
  if (!looksLikeFeed(response.body))
    return readHtmlFile(response.url, response.body, response.headers['content-type']);
  const feed = parseFeed(decodeDocument(response.body, response.headers['content-type']).text);
  const result = emptyResult();
  if (feed.warning) result.warnings.push({ file: url, line: 1, message: feed.warning });
  for (const item of feed.items.slice(0, maxItems))
    mergeInto(result, (await readFeedItem(client, url, item, feed.link)).result);
  if (feed.items.length > maxItems) {
    result.warnings.push({
      file: url,
      line: 1,
      message: `${feed.items.length - maxItems} more items not fetched (--max-items ${maxItems})`,
    });
  }
  return result;
}
