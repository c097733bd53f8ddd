// Trims what Readability keeps but is not the article's own text. Three zones, each with its own
// rules, because the same words mean different things in different places: "Related" in the last
// lines is a link block, in the middle of a paragraph it is prose.
//   top     the headline repeated, a "By …" line, a bare date line
//   inside  photo captions, "Advertisement", "Read more …" and "Related: …" lines
//   bottom  share / follow / newsletter / copyright / tag lists, stopping at the first real paragraph
import type { DropReason } from '../types.js';
import { normalizeForCompare } from '../util/text.js';
import type { HtmlParagraph } from './html-text.js';
import { isoDate } from './metadata.js';

export interface CleanedParagraphs {
  kept: string[];
  dropped: { text: string; reason: DropReason }[];
}

const TOP_ZONE = 3;
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const ADVERTISEMENT =
  /^(advertisement|advertising|sponsored( content)?|scroll to continue( with content)?|story continues below( advertisement)?)$/i;
const READ_MORE =
  /^(read more|continue reading( the main story)?|read more:.*|read next:?.*|see also:.*|watch:.*|listen:.*|more:.*|also read:?.*|recommended:.*)$/i;
const RELATED = /^(related|related (articles?|stories|coverage|content|news|reading|topics)):?.*$/i;
const BOTTOM_BOILERPLATE =
  /\b(share (this|on|via)|follow (us|me|@)|sign up|subscribe|newsletter|download (our|the) app|all rights reserved|copyright|©|click here|(read|view) (our|the) (comments|privacy)|privacy policy|terms of (use|service)|more (stories|news|from)|you (may|might) also like|most (read|popular|viewed)|related (stories|articles|news|content|coverage)|^tags?:|^topics?:|^sources?:|^filed under|^share$|^comments?$|^print$|^email$)/i;
// Photo credits and captions that sit in plain paragraphs rather than <figcaption>.
const PHOTO_CREDIT =
  /^(image (source|caption)|photo(graph)?:|picture:|credit:|file photo)|(\/(AFP|Reuters|AP|EPA|Getty Images)|via Getty Images|\(Photo: [^)]+\))$/i;
// Reading-time, listen/share buttons and relative timestamps printed above the body.
const TOP_CHROME =
  /^(\d+\s*min(ute)?s?\s+read|reading time:?.*|listen to (this )?(article|story).*|save|share|print|\d+\s+(minutes?|hours?|days?)\s+ago|(updated|published|posted)\b.{0,40})$/i;
const BYLINE = /^(by|written by|reporting by|words by)\s+\p{Lu}/iu;
const BYLINE_DATE = /\b(?:updated|published|posted)\b/i;
const BREADCRUMB = /^[\p{L} &'-]+(?:\s+[›»>/]\s+[\p{L} &'-]+)+$/u;
const DATE_ONLY = /^(published|updated|posted|last (updated|modified))?[:\s]*[\w ,.:+-]{0,40}$/i;

/** Splits paragraphs into the article's own and the dropped, each dropped one with a reason. */
export function cleanParagraphs(
  paragraphs: HtmlParagraph[],
  context: { title: string; byline: string[] },
): CleanedParagraphs {
  const reasons = paragraphs.map((p, i) => insideReason(p) ?? (i < TOP_ZONE ? topReason(p, context) : null));
  markLinkRuns(paragraphs, reasons);
  markBottom(paragraphs, reasons);
  const kept: string[] = [];
  const dropped: CleanedParagraphs['dropped'] = [];
  paragraphs.forEach((p, i) => {
    const reason = reasons[i];
    if (reason) dropped.push({ text: p.text, reason });
    else kept.push(p.text);
  });
  return { kept, dropped };
}

function insideReason(p: HtmlParagraph): DropReason | null {
  if (p.tag === 'figcaption') return 'photo-caption';
  if (wordCount(p.text) > 25) return null;
  if (ADVERTISEMENT.test(p.text)) return 'advertisement';
  if (wordCount(p.text) <= 15 && PHOTO_CREDIT.test(p.text)) return 'photo-caption';
  if (READ_MORE.test(p.text)) return 'read-more';
  if (RELATED.test(p.text)) return 'related-headline';
  return null;
}

function topReason(p: HtmlParagraph, context: { title: string; byline: string[] }): DropReason | null {
  const text = normalizeForCompare(p.text);
  if (context.title && text === normalizeForCompare(context.title)) return 'site-metadata';
  const words = wordCount(p.text);
  if (words <= 10 && BYLINE.test(p.text)) return 'byline-list';
  // "By A and B Associated Press Updated March 12, 2024 10:02 AM": a byline block with its date.
  if (words <= 25 && BYLINE.test(p.text) && BYLINE_DATE.test(p.text)) return 'byline-list';
  // "News › Haiti", "Home » World » Americas": the site's breadcrumb trail.
  if (words <= 8 && BREADCRUMB.test(p.text)) return 'site-metadata';
  if (words <= 8 && TOP_CHROME.test(p.text)) return 'site-metadata';
  if (words <= 6 && context.byline.some((name) => text === normalizeForCompare(name))) return 'byline-list';
  if (words <= 8 && DATE_ONLY.test(p.text) && isoDate(p.text) && !/[.!?]$/.test(p.text))
    return 'site-metadata';
  return null;
}

// A short paragraph that is all link is a teaser for another page; two or more in a row are a
// "related" block that Readability kept. One alone inside the body may be a real sentence-link.
const isLinkTeaser = (p: HtmlParagraph): boolean => p.linkShare >= 0.9 && wordCount(p.text) <= 20;
// Inside the body only headline-shaped teasers count: four words or more, no closing punctuation
// (a list of product names or of full-sentence links is content).
// Headings are exempt: self-anchored section headings are links too.
const isHeadlineTeaser = (p: HtmlParagraph): boolean =>
  isLinkTeaser(p) && !/^h[1-6]$/.test(p.tag) && wordCount(p.text) >= 4 && !/[.!?:;]$/.test(p.text);

function markLinkRuns(paragraphs: HtmlParagraph[], reasons: (DropReason | null)[]): void {
  paragraphs.forEach((p, i) => {
    const prev = paragraphs[i - 1];
    const next = paragraphs[i + 1];
    if (isHeadlineTeaser(p) && ((prev && isHeadlineTeaser(prev)) || (next && isHeadlineTeaser(next)))) {
      reasons[i] ??= 'related-headline';
    }
  });
}

// Short lines are judged by any boilerplate phrase; longer ones only when they open with one, so a
// closing paragraph that mentions a newsletter in passing stays.
function isBottomBoilerplate(p: HtmlParagraph): boolean {
  const words = wordCount(p.text);
  if (words > 30) return false;
  if (isLinkTeaser(p)) return true;
  const probe = words <= 12 ? p.text : p.text.split(/\s+/).slice(0, 5).join(' ');
  return BOTTOM_BOILERPLATE.test(probe);
}

/** Marks boilerplate upward from the end; stops at the first paragraph that reads like prose. */
function markBottom(paragraphs: HtmlParagraph[], reasons: (DropReason | null)[]): void {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (reasons[i]) continue;
    const p = paragraphs[i]!;
    if (!isBottomBoilerplate(p)) return;
    reasons[i] = 'site-metadata';
  }
}
