// Web pages copied with select-all and pasted one after another: each page opens with the site's skip
// link ("Skip to content", "Skip to main content"), maybe under the page's URL that the analyst pasted
// first, then the site's brand, menu and cookie-banner lines, the headline, the byline and date lines
// in the site's own style ("By A and B", "Written by A", "Bharat Yagnik / TNN / Jun 12, 2025, 19:05
// IST", "Thu 12 Jun 2025 16.20 BST"), share buttons and "Listen to this article", the text, and after
// it lists of other headlines and the copyright footer. The text starts at the first full sentence of a
// dozen and more words; the headline is the nearest line above it that reads like one; the text ends
// at its last full sentence or credit line. Each page becomes a document the export rewriter writes
// into the plain layout.
import { type ExportDocument, emptyDocument, exportDate } from './exports.js';
import {
  endsLikeSentence,
  isOutletField,
  isUrlLine,
  looksLikePersonName,
  parseByline,
  parseDateLine,
  parseTimeLine,
  wordCount,
} from './lines.js';
import { isCreditLine, isPhotoCaption } from './noise.js';
import { canonicalOutlet, hostOf, knownOutlet, outletFromUrl } from './outlets.js';

/** "Skip to content", "Skip to main content", "Jump to navigation": the first line a page copy has. */
const SKIP_LINK = /^(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|article|main)$/i;
/** How far into the text the first skip link must come. */
const DETECT_LINES = 40;
/** A paragraph of the text: a full sentence this long. */
const PARAGRAPH_WORDS = 15;
/** Lines about the page, not the article: cookie banners, audio players, "Updated 3 hours ago". */
const PAGE_LINE =
  /cookie|^listen to\b|^your browser\b|^(?:updated|published|posted|last updated)\b|^(?:edited|written|reported|compiled|posted)\s+by\b/i;
/** "Synopsis", "Key points", "Story highlights": the label over a page's summary of the article. */
const SUMMARY_LABEL =
  /^(?:synopsis|summary|key points|highlights|story highlights|in short|in brief|at a glance)$/i;
/** "Written by Ritu Sharma", "Reported by Saurabh Gupta": the author; "Edited by" names an editor. */
const AUTHOR_CREDIT = /^(?:written|reported)\s+by\s+(.+)$/i;

/** Documents of pasted web pages; null unless a skip link opens the text. */
export function webCopyDocuments(lines: string[]): ExportDocument[] | null {
  const skips: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (skips.length === 0 && i > DETECT_LINES) return null;
    const text = lines[i]!.trim();
    if (text.length > 30 || !SKIP_LINK.test(text)) continue;
    // "Skip to main content" / "Skip to navigation": two skip links of the same page.
    const last = skips[skips.length - 1];
    if (last === undefined || i - last > 3) skips.push(i);
  }
  if (skips.length === 0) return null;
  const tops = skips.map((skip) => pageTop(lines, skip));
  const documents: ExportDocument[] = [];
  tops.forEach((top, k) => {
    const doc = pageDocument(lines, top, skips[k]!, tops[k + 1] ?? lines.length);
    if (doc) documents.push(doc);
  });
  return documents.length > 0 ? documents : null;
}

/** The page starts at the URL the analyst pasted above its skip link, if there is one. */
function pageTop(lines: string[], skip: number): number {
  let i = skip - 1;
  while (i >= 0 && lines[i]!.trim() === '') i--;
  return i >= 0 && isUrlLine(lines[i]!) ? i : skip;
}

function pageDocument(lines: string[], top: number, skip: number, to: number): ExportDocument | null {
  const text = (i: number) => lines[i]!.trim();
  let bodyStart = skip + 1;
  // A paragraph under a "Synopsis" or "Key points" label is the page's summary of the text, not its start.
  while (bodyStart < to && (!isParagraph(text(bodyStart)) || SUMMARY_LABEL.test(text(bodyStart - 1))))
    bodyStart++;
  if (bodyStart >= to) return null;
  let title = bodyStart - 1;
  while (title > skip && !isHeadline(text(title))) title--;
  if (title <= skip) return null;
  const doc = emptyDocument(top);
  doc.to = to;
  doc.title = text(title);
  doc.used.add(title);
  if (top < skip) {
    doc.url = text(top);
    doc.used.add(top);
  }
  doc.outlet = pageOutlet(lines, skip, bodyStart, doc.url);
  for (let i = skip + 1; i < bodyStart && !doc.date; i++) doc.date = dateIn(text(i));
  doc.byline = pageByline(lines, title, bodyStart, doc.outlet);
  let end = to - 1;
  while (end > bodyStart && !closesText(text(end))) end--;
  for (let i = bodyStart; i <= end; i++) {
    // A page copy does not wrap lines: a caption right against a paragraph would be read as part of
    // it, so it is left out here (a caption between blank lines is dropped as one later).
    const touching = text(i - 1) !== '' || (i + 1 < to && text(i + 1) !== '');
    if (touching && isPhotoCaption(text(i))) continue;
    doc.body.push({ line: i, text: lines[i]! });
  }
  return doc;
}

function isParagraph(line: string): boolean {
  return (
    wordCount(line, PARAGRAPH_WORDS) >= PARAGRAPH_WORDS && endsLikeSentence(line) && !PAGE_LINE.test(line)
  );
}

/** A headline: four words or more, no full stop at its end, no date, byline or page furniture. */
function isHeadline(line: string): boolean {
  if (line.length < 20 || line.length > 250 || wordCount(line, 4) < 4) return false;
  if (line.endsWith('.') || isUrlLine(line) || PAGE_LINE.test(line) || parseByline(line)) return false;
  return dateIn(line) === null;
}

/**
 * The last line of the text: a full sentence of some length, or a credit ("Reporting by …"); not the
 * site's copyright line or a note in parentheses ("(You can now subscribe to our channel)").
 */
function closesText(line: string): boolean {
  if (/^(?:©|\(|copyright\b)/i.test(line)) return false;
  return (wordCount(line, 8) >= 8 && endsLikeSentence(line)) || isCreditLine(line);
}

/**
 * The outlet: a brand line that spells the page's host or its initials ("The Indian Express" on
 * indianexpress.com, "British Broadcasting Corporation" on bbc.co.uk), else a known outlet's name
 * among the page's lines above the text, else the name the URL's host gives.
 */
function pageOutlet(lines: string[], skip: number, bodyStart: number, url: string | null): string | null {
  const label = url ? hostOf(url)?.split('.')[0] : undefined;
  for (let i = skip + 1; label && i < bodyStart; i++) {
    const brand = brandFor(lines[i]!.trim(), label);
    if (brand) return knownOutlet(brand) ?? brand;
  }
  for (let i = skip + 1; i < bodyStart; i++) {
    const known = knownOutlet(lines[i]!.trim().split(',')[0]!);
    if (known) return known;
  }
  if (url) return outletFromUrl(url);
  // No link and no known name: the logo's text, the first line under the skip links.
  let first = skip + 1;
  while (first < bodyStart && (SKIP_LINK.test(lines[first]!.trim()) || !lines[first]!.trim())) first++;
  const brand = lines[first]?.trim() ?? '';
  const words = wordCount(brand, 6);
  return words >= 2 && words <= 5 && isOutletField(brand) && !MENU_LINE.test(brand) ? brand : null;
}

/** "Sign in", "Log in", "Subscribe now": the site's account links, not its name. */
const MENU_LINE = /^(?:sign|log)\s+(?:in|up)|^(?:subscribe|search|menu|register)\b/i;

/** "The Guardian - Back to home" on theguardian.com → "The Guardian": the words that spell the host. */
function brandFor(line: string, label: string): string | null {
  if (line.length > 60) return null;
  const words = line.split(/\s+/);
  for (let n = 1; n <= Math.min(words.length, 6); n++) {
    const name = words.slice(0, n).join(' ');
    const letters = name.toLowerCase().replace(/[^a-z]/g, '');
    const initials = words
      .slice(0, n)
      .map((w) => w[0]!.toLowerCase())
      .join('');
    if (letters === label || letters === `the${label}`) return canonicalOutlet(name);
    // "British Broadcasting Corporation" on bbc.co.uk: the host's known name, else the brand as written.
    if (n >= 2 && initials === label) return knownOutlet(label) ?? name;
  }
  return null;
}

/**
 * "Thu 12 Jun 2025 16.20 BST", "Ahmedabad | Updated: June 13, 2025 13:22 IST", "Bharat Yagnik / TNN /
 * Jun 12, 2025, 19:05 IST": the date (and time) a line gives, alone or as one of its fields.
 */
function dateIn(line: string): string | null {
  if (line.length > 90 || !/\d/.test(line)) return null;
  for (const part of [line, ...line.split(/\s+[|/]\s+/)]) {
    // "Last Updated: Jun 12, 2025, 03:40:00 PM IST": the label is the page's, the date the article's.
    const field = part.replace(/^(?:last\s+)?(?:updated|published|posted)(?:\s+on)?:?\s+/i, '');
    const timed = parseTimeLine(field);
    if (timed) return `${timed.date} ${timed.time}`;
    const day = parseDateLine(field) ?? exportDate(field);
    if (day) return day;
  }
  return null;
}

/** "BBC News", "BBC News, Ahmedabad": a known outlet's name, maybe with the reporter's place. */
function isOutletLine(line: string, outlet: string | null): boolean {
  const text = line.trim();
  const name = text.split(',')[0]!;
  return text.length <= 40 && (knownOutlet(name) !== null || name === outlet);
}

/**
 * The author: a "By …" line, "Written by …", the name before a desk and date ("Bharat Yagnik / TNN /
 * …"), or a name alone on a line next to the headline or to a date line.
 */
function pageByline(lines: string[], title: number, bodyStart: number, outlet: string | null): string | null {
  const from = title + 1;
  for (let i = from; i < bodyStart; i++) {
    const line = lines[i]!.trim();
    if (parseByline(line)?.length) return line.replace(/^(?:written\s+)?by\s+/i, '');
    const credit = AUTHOR_CREDIT.exec(line);
    if (credit && parseByline(`By ${credit[1]}`)?.length) return credit[1]!;
    const first = line.split(/\s+\/\s+/)[0]!;
    if (first !== line && dateIn(line) && looksLikePersonName(first)) return first;
    // "Laura Gozzi" over "BBC News": a name next to the headline, a date line or the outlet's line.
    const near = (k: number) =>
      k >= from && k < bodyStart && (dateIn(lines[k]!.trim()) || isOutletLine(lines[k]!, outlet));
    if ((i === from || near(i - 1) || near(i + 1)) && looksLikePersonName(line) && !knownOutlet(line))
      return line;
  }
  return null;
}
