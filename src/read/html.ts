// Web page → Article. Readability (on linkedom) finds the main content; we turn its HTML into
// plain paragraphs, then trim what Readability keeps but a reader would not call the article:
// photo captions, a repeated headline or byline at the top, "Advertisement" and "Read more" lines,
// and the share/newsletter/related block at the bottom. Everything trimmed is reported as dropped.
import { Readability } from '@mozilla/readability';
import type { Article, Dropped, ParseResult, Warning } from '../types.js';
import { countWords } from '../util/text.js';
import { makeArticle } from './article.js';
import { decodeDocument } from './charset.js';
import { matchDateline } from './dateline.js';
import { type DomDocument, parseDocument, parseFragment } from './dom.js';
import { cleanParagraphs } from './html-clean.js';
import { htmlParagraphs } from './html-text.js';
import { isNewsroomCredit, parseByline } from './lines.js';
import { extractMetadata, splitAuthors } from './metadata.js';
import { canonicalOutlet, knownOutlet, outletFromUrl } from './outlets.js';

export interface HtmlPageOptions {
  /** The file name or URL recorded in `source.file`, `dropped` and `warnings`. */
  file: string;
  /** The page's URL, for relative links and the outlet when the page does not name itself. */
  url?: string | null;
}

// Below this many words, main text counts as an article only when it is most of the page: a short
// page is a short article, but a few words picked out of a big page are a teaser or a widget.
const SHORT_ARTICLE_WORDS = 20;
// Content where most characters sit inside links is a navigation or index page.
const MAX_LINK_DENSITY = 0.5;

/** Reads a saved page (any charset). Pure: no network, no clock. */
export function readHtmlFile(path: string, bytes: Uint8Array, contentType?: string | null): ParseResult {
  const decoded = decodeDocument(bytes, contentType);
  const result = readHtmlPage(decoded.text, { file: path, url: /^https?:\/\//.test(path) ? path : null });
  if (decoded.warning) result.warnings.unshift({ file: path, line: 1, message: decoded.warning });
  return result;
}

/** Reads a page already decoded to text. Returns no article (and a warning) for a page without one. */
export function readHtmlPage(html: string, options: HtmlPageOptions): ParseResult {
  const { file } = options;
  const warnings: Warning[] = [];
  const document = parseDocument(html);
  const metadata = extractMetadata(document, options.url);
  const pageWords = countWords(document.body?.textContent ?? '');
  for (const message of metadata.warnings) warnings.push({ file, line: 1, message });
  const parsed = parseWithReadability(document);
  if (!parsed) {
    warnings.push({ file, line: 1, message: 'no article found on the page' });
    return { articles: [], dropped: [], warnings };
  }
  const paragraphs = htmlParagraphs(parsed.content);
  const title = metadata.title ?? parsed.title ?? '';
  const { kept, dropped } = cleanParagraphs(paragraphs, { title, byline: metadata.authors });
  const bylineBlock = dropped.find((d) => d.reason === 'byline-list');
  const text = kept.join('\n\n');
  const words = countWords(text);
  const tooShort = words === 0 || (words < SHORT_ARTICLE_WORDS && words < pageWords / 2);
  if (tooShort || linkDensity(parsed.content) > MAX_LINK_DENSITY) {
    warnings.push({ file, line: 1, message: `no article found on the page (${words} words of main text)` });
    return { articles: [], dropped: [], warnings };
  }
  const url = metadata.canonical ?? options.url ?? null;
  const article = buildArticle({
    title,
    text,
    url,
    file,
    html,
    metadata,
    parsed,
    bylineBlock: bylineBlock?.text ?? null,
  });
  return { articles: [article], dropped: dropped.map((d) => toDropped(d, html, file)), warnings };
}

interface ReadabilityOutput {
  title: string | null;
  content: string;
  byline: string | null;
  siteName: string | null;
}

function parseWithReadability(document: DomDocument): ReadabilityOutput | null {
  try {
    const result = new Readability(document as never).parse();
    if (!result?.content) return null;
    return {
      title: result.title ?? null,
      content: result.content,
      byline: result.byline ?? null,
      siteName: result.siteName ?? null,
    };
  } catch {
    // Readability throws on documents it cannot walk (no <body>, odd DOMs); that is "no article".
    return null;
  }
}

function linkDensity(content: string): number {
  const document = parseFragment(content);
  const total = (document.body?.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 1;
  let inLinks = 0;
  for (const link of document.querySelectorAll('a'))
    inLinks += (link.textContent ?? '').replace(/\s+/g, '').length;
  return inLinks / total;
}

interface ArticleParts {
  title: string;
  text: string;
  url: string | null;
  file: string;
  html: string;
  metadata: ReturnType<typeof extractMetadata>;
  parsed: ReadabilityOutput;
  /** The "By …" block dropped from the top of the text, if any. */
  bylineBlock: string | null;
}

function buildArticle(parts: ArticleParts): Article {
  const { metadata, parsed } = parts;
  const publisher = metadata.publisher ?? parsed.siteName;
  const outlet = publisher ? canonicalOutlet(publisher) : parts.url ? outletFromUrl(parts.url) : null;
  // "Associated Press", "News Agencies": the page's author field credits a newsroom, not a person;
  // the names then come from the byline block above the text.
  const people = (names: string[]) => names.filter((name) => !isNewsroomCredit(name));
  const fromMeta = people(metadata.authors.length > 0 ? metadata.authors : splitAuthors(parsed.byline ?? ''));
  const byline = fromMeta.length > 0 ? fromMeta : bylineNames(parts.bylineBlock);
  // The dateline leaves the text, as the digest reader's does: the same wire report read from a page
  // and from a digest is then the same text (an identical copy, not a near-duplicate).
  const dateline = matchDateline(parts.text);
  const text = dateline ? parts.text.slice(dateline.length).replace(/^\s*\n+/, '') : parts.text;
  return makeArticle({
    title: parts.title,
    outlet,
    published: metadata.published,
    time: metadata.time,
    dateline: dateline?.place ?? null,
    byline,
    url: parts.url,
    kind: metadata.kind ?? 'news',
    text,
    source: { file: parts.file, startLine: 1, endLine: parts.html.split('\n').length },
  });
}

/** "By A and B Associated Press Updated March 12 …" → the people it names, outlet and date left out. */
function bylineNames(block: string | null): string[] {
  if (!block) return [];
  const credit = block.replace(/\s+(?:updated|published|posted)\b.*$/is, '').trim();
  const words = credit.split(/\s+/);
  // A known outlet's name at the end ("… Associated Press") is the credit's outlet, not a name.
  for (let cut = Math.min(3, words.length - 2); cut >= 1; cut--) {
    if (knownOutlet(words.slice(-cut).join(' '))) return parseByline(words.slice(0, -cut).join(' ')) ?? [];
  }
  return parseByline(credit) ?? [];
}

/** The line of the page where a dropped paragraph's text starts (1 when it cannot be found). */
function toDropped(item: { text: string; reason: Dropped['reason'] }, html: string, file: string): Dropped {
  const probe = item.text.slice(0, 24);
  const at = probe ? html.indexOf(probe) : -1;
  const line = at < 0 ? 1 : html.slice(0, at).split('\n').length;
  return { file, line, text: item.text, reason: item.reason };
}
