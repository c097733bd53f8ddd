// Feeds → items and Articles. One reader for RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed: each
// format is mapped onto FeedItem, and everything after that is format-blind. Malformed XML is
// read leniently (publishers ship unescaped ampersands and truncated files) and reported.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Article, Dropped, ParseResult, Warning } from '../types.js';
import { describeError, SitrepError } from '../util/errors.js';
import { makeArticle } from './article.js';
import { decodeDocument } from './charset.js';
import { htmlToText } from './html-text.js';
import { isoDate, splitAuthors } from './metadata.js';
import { outletFromUrl } from './outlets.js';

export interface FeedItem {
  /** guid / id, else the link, else the title: what "seen before" is keyed on. */
  id: string;
  title: string;
  url: string | null;
  /** ISO date as the feed wrote it. */
  published: string | null;
  authors: string[];
  /** The item's own body (content:encoded, content, content_html…) or its summary, as plain text. */
  text: string;
  /** 0-based index of the item in the feed, for line lookup. */
  index: number;
}

export interface Feed {
  format: 'rss' | 'rdf' | 'atom' | 'json';
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  items: FeedItem[];
  /** Set when the XML was malformed and read leniently. */
  warning: string | null;
}

type Node = Record<string, unknown>;

const ARRAY_TAGS = new Set(['item', 'entry', 'link', 'author', 'category', 'dc:creator']);
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  isArray: (name) => ARRAY_TAGS.has(name),
  htmlEntities: true,
  // A feed has no business defining entities; refusing them keeps "billion laughs" out.
  processEntities: true,
});

/** Recognises a feed by its first bytes: <rss>, <feed>, <rdf:RDF>, or a JSON Feed version key. */
export function looksLikeFeed(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).replace(/^\ufeff/, '');
  if (/^\s*\{/.test(head)) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head);
  const body = head.replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*\?>/g, '').trimStart();
  return /^<(rss|feed|rdf:RDF)\b/i.test(body);
}

/** Recognises an HTML page: a doctype, or <html>/<head>/<body> near the top. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\ufeff/, '');
  const body = head.replace(/<!--[\s\S]*?-->/g, '').trimStart();
  return (
    /^<!doctype\s+html/i.test(body) || /^<(html|head|body)\b/i.test(body) || /<(html|body)[\s>]/i.test(head)
  );
}

/** Parses a decoded feed. Throws E_PARSE when nothing in it can be read as a feed. */
/** The validator's message on one line: "Invalid '[ "rss", "item" ]' found." says which tags stay open. */
function xmlProblem(message: string): string {
  const open = /^Invalid '\[(.*)\]' found\.?$/s.exec(message.trim());
  if (!open) return message.replace(/\s+/g, ' ');
  const tags = open[1]!.split(',').map((tag) => tag.trim().replace(/^"|"$/g, ''));
  return `unclosed ${tags.map((tag) => `<${tag}>`).join(', ')}`;
}

export function parseFeed(text: string): Feed {
  const trimmed = text.replace(/^\ufeff/, '').trimStart();
  if (trimmed.startsWith('{')) return parseJsonFeed(trimmed);
  const validation = XMLValidator.validate(trimmed);
  const warning =
    validation === true
      ? null
      : `malformed XML (line ${validation.err.line}: ${xmlProblem(validation.err.msg)}); read leniently`;
  let root: Node;
  try {
    root = xml.parse(trimmed) as Node;
  } catch (error) {
    throw new SitrepError(`not a feed: ${error instanceof Error ? error.message : String(error)}`, 'E_PARSE');
  }
  const feed = fromXml(root);
  if (!feed)
    throw new SitrepError(
      `not a feed: no <rss>, <feed> or <rdf:RDF> element${warning ? `; ${warning}` : ''}`,
      'E_PARSE',
    );
  return { ...feed, warning };
}

function fromXml(root: Node): Omit<Feed, 'warning'> | null {
  const rss = root.rss as Node | undefined;
  if (rss) {
    const channel = (rss.channel ?? {}) as Node;
    return {
      format: 'rss',
      title: text(channel.title),
      link: linkOf(channel.link),
      items: items(channel.item, rssItem),
    };
  }
  const rdf = root['rdf:RDF'] as Node | undefined;
  if (rdf) {
    const channel = (rdf.channel ?? {}) as Node;
    return {
      format: 'rdf',
      title: text(channel.title),
      link: linkOf(channel.link),
      items: items(rdf.item, rssItem),
    };
  }
  const atom = root.feed as Node | undefined;
  if (atom)
    return {
      format: 'atom',
      title: text(atom.title),
      link: linkOf(atom.link),
      items: items(atom.entry, atomItem),
    };
  return null;
}

function items(list: unknown, map: (node: Node, index: number) => FeedItem | null): FeedItem[] {
  const nodes = (Array.isArray(list) ? list : list ? [list] : []) as Node[];
  return nodes.map((node, index) => map(node ?? {}, index)).filter((item): item is FeedItem => item !== null);
}

function rssItem(node: Node, index: number): FeedItem | null {
  const url = linkOf(node.link) ?? permalinkGuid(node.guid);
  const title = text(node.title) ?? '';
  const body = text(node['content:encoded']) ?? text(node.description) ?? '';
  const id = text(node.guid) ?? url ?? title;
  if (!id) return null;
  const date = text(node.pubDate) ?? text(node['dc:date']) ?? text(node.published);
  const authors = [...asArray(node['dc:creator']), ...asArray(node.author)].map(text);
  return feedItem({ id, title, url, date, authors, body, index });
}

function atomItem(node: Node, index: number): FeedItem | null {
  const url = linkOf(node.link);
  const title = text(node.title) ?? '';
  const body = text(node.content) ?? text(node.summary) ?? '';
  const id = text(node.id) ?? url ?? title;
  if (!id) return null;
  const authors = asArray(node.author).map((a) => text((a as Node)?.name ?? a));
  const date = text(node.published) ?? text(node.updated);
  return feedItem({ id, title, url, date, authors, body, index });
}

/** The fields both RSS and Atom items end with: HTML turned into text, dates into ISO, authors split. */
function feedItem(raw: {
  id: string;
  title: string;
  url: string | null;
  date: string | null;
  authors: (string | null)[];
  body: string;
  index: number;
}): FeedItem {
  return {
    id: raw.id,
    title: htmlToText(raw.title),
    url: raw.url,
    published: isoDate(raw.date),
    authors: raw.authors.filter((a): a is string => !!a).flatMap(splitAuthors),
    text: htmlToText(raw.body),
    index: raw.index,
  };
}

function parseJsonFeed(source: string): Feed {
  let data: Node;
  try {
    data = JSON.parse(source) as Node;
  } catch (error) {
    throw new SitrepError(
      `invalid JSON (${error instanceof Error ? error.message : String(error)})`,
      'E_PARSE',
    );
  }
  if (!Array.isArray(data.items))
    throw new SitrepError('JSON without the "items" list of a JSON Feed', 'E_PARSE');
  const feedItems = (data.items as Node[]).map((node, index): FeedItem | null => {
    const url =
      typeof node.url === 'string'
        ? node.url
        : typeof node.external_url === 'string'
          ? node.external_url
          : null;
    const title = typeof node.title === 'string' ? node.title : '';
    const id = node.id != null ? String(node.id) : (url ?? title);
    if (!id) return null;
    const body =
      typeof node.content_html === 'string'
        ? htmlToText(node.content_html)
        : String(node.content_text ?? node.summary ?? '');
    const authors = asArray(node.authors ?? node.author)
      .map((a) => text((a as Node)?.name))
      .filter(Boolean) as string[];
    return {
      id,
      title,
      url,
      published: isoDate(String(node.date_published ?? '')),
      authors,
      text: body.trim(),
      index,
    };
  });
  return {
    format: 'json',
    title: typeof data.title === 'string' ? data.title : null,
    link: typeof data.home_page_url === 'string' ? data.home_page_url : null,
    items: feedItems.filter((item): item is FeedItem => item !== null),
    warning: null,
  };
}

// ── node helpers ────────────────────────────────────────────────────────────

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value == null ? [] : [value];
}

/** Text of an element that may carry attributes ({"#text": …}) or be an array. */
function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text((value as Node)['#text']);
  if (value == null) return null;
  const s = String(value).trim();
  return s || null;
}

/** RSS <link>text</link> or Atom <link rel="alternate" href="…"/>. */
function linkOf(value: unknown): string | null {
  const links = asArray(value);
  for (const link of links) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    const node = link as Node;
    const rel = node?.['@_rel'];
    if (typeof node?.['@_href'] === 'string' && (rel === undefined || rel === 'alternate'))
      return node['@_href'] as string;
  }
  return null;
}

function permalinkGuid(guid: unknown): string | null {
  const value = text(guid);
  const isPermaLink = (guid as Node)?.['@_isPermaLink'] !== 'false';
  return value && isPermaLink && /^https?:\/\//.test(value) ? value : null;
}

// ── feed file → ParseResult ─────────────────────────────────────────────────

/** Reads a saved feed file: one Article per item with a body. Pure: no network. */
export function readFeedFile(path: string, bytes: Uint8Array, contentType?: string | null): ParseResult {
  const decoded = decodeDocument(bytes, contentType);
  const warnings: Warning[] = decoded.warning ? [{ file: path, line: 1, message: decoded.warning }] : [];
  let feed: Feed;
  try {
    feed = parseFeed(decoded.text);
  } catch (error) {
    throw new SitrepError(`not a feed sitrep can read: ${describeError(error)}`, 'E_PARSE');
  }
  if (feed.warning) warnings.push({ file: path, line: 1, message: feed.warning });
  const lines = itemLines(decoded.text, feed);
  const articles: Article[] = [];
  const dropped: Dropped[] = [];
  for (const item of feed.items) {
    const [startLine, endLine] = lines[item.index] ?? [1, 1];
    if (!item.text) {
      dropped.push({ file: path, line: startLine, text: item.title || item.id, reason: 'empty-article' });
      continue;
    }
    articles.push(feedItemArticle(item, feed, { file: path, startLine, endLine }));
  }
  // A truncated or broken file that yields nothing is an error, not an empty feed.
  if (feed.warning && articles.length === 0)
    throw new SitrepError(`no readable item in a malformed feed (${feed.warning})`, 'E_PARSE');
  return { articles, dropped, warnings };
}

/** An Article from a feed item's own text (used when the page itself is not fetched). */
export function feedItemArticle(
  item: FeedItem,
  feed: Pick<Feed, 'link'>,
  source: Article['source'],
): Article {
  const home = item.url ?? feed.link;
  return makeArticle({
    title: item.title,
    outlet: home ? outletFromUrl(home) : null,
    published: item.published,
    byline: item.authors,
    url: item.url,
    text: item.text,
    source,
  });
}

/** 1-based line ranges of each <item>/<entry> (XML) or each item object (JSON: whole file). */
function itemLines(source: string, feed: Feed): [number, number][] {
  const total = source.split('\n').length;
  if (feed.format === 'json') return feed.items.map(() => [1, total]);
  const ranges: [number, number][] = [];
  const tag = feed.format === 'atom' ? 'entry' : 'item';
  const pattern = new RegExp(`<${tag}[\\s>][\\s\\S]*?(</${tag}>|$)`, 'g');
  for (const match of source.matchAll(pattern)) {
    const start = source.slice(0, match.index).split('\n').length;
    ranges.push([start, start + match[0].split('\n').length - 1]);
  }
  return ranges;
}
