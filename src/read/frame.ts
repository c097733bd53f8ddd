// A digest's frame: what an email newsletter or a briefing puts around its articles. Above the first
// article, its own heading and a greeting ("MORNING BRIEF — Tuesday, 17 September", "Good evening.
// Here are today's top stories"); below the last, the footer ("You are receiving this email because
// … Unsubscribe"). Neither is an article or part of one. Both are recognised by what they say as well
// as where they stand, so that an article the layout did not recognise is kept rather than dropped.
import type { Dropped } from '../types.js';
import { endsLikeSentence, isUrlLine, wordCount } from './lines.js';

/** What only a newsletter's footer says: subscription, preferences, forwarding, copyright. */
const FOOTER =
  /\b(?:unsubscribe|(?:you are|you['’]re) receiving this|receiving this (?:e-?mail|newsletter)|this (?:e-?mail|newsletter|message) was sent|stop receiving|signed up (?:for|to) (?:this|our|the)\b[^.]{0,40}\b(?:newsletter|brief|briefing|digest|e-?mails?|list)|manage (?:your )?(?:preferences|subscriptions?|e-?mail settings)|update your (?:preferences|subscription)|view (?:this e-?mail |it )?in (?:your |a )?browser|forwarded (?:this|to you)|forward this (?:e-?mail|newsletter)|all rights reserved|privacy policy)\b|^(?:©|\(c\)|copyright\b)|^\s*(?:[-–—*=~]+\s*)?end of (?:the |this |today['’]s )?(?:digest|newsletter|brief|briefing|bulletin|report|clips|round-?up|summary|e-?mail)\b/i;

/** How a newsletter greets its readers or introduces the day's list. */
export const GREETING =
  /^(?:good (?:morning|afternoon|evening|day)\b|hello\b|hi\b|dear (?:readers?|subscribers?)\b|welcome (?:to|back)\b|greetings\b|here(?: are| is|['’]s) (?:what|today|the|your|our)\b|in (?:this|today['’]s) (?:issue|edition|newsletter|briefing|brief)\b|(?:today['’]s|the day['’]s|this morning['’]s|top) (?:top )?(?:stories|headlines|news|briefing|brief)\b)/i;

/** "· 4 clips", "6 new items.": an alert or an export counting what it holds. */
const ITEM_COUNT = /\b\d{1,4} (?:new )?(?:items?|clips?|articles?|results?|stories|mentions?|hits?)\.?\s*$/i;

/** The words of a newsletter's own heading: "… Morning Brief", "Daily digest", "Weekly round-up". */
const HEADING_WORD =
  /\b(?:brief|briefing|digest|newsletter|round-?up|bulletin|dispatch|edition|daily|weekly|morning|evening|roundup)\b/i;

/** A heading names its day: "— Tuesday, September 17, 2024", "3 May", "2024-05-03". */
const DAY =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:19|20)\d\d\b/i;

/** A frame is short: a heading, a greeting and a line or two more. */
const MAX_LINES = 5;
const MAX_WORDS = 100;
/**
 * Above a contents list whose items come back as titles, a newsletter's e-mail fields ("From:",
 * "Subject:"), its "View this email in your browser" link, masthead, date line and greeting: a few
 * lines more than a frame.
 */
const MAX_LINES_ABOVE_CONTENTS = 8;

/**
 * Lines [from, to) before the first article are the digest's preamble: a few short lines above item 1
 * of a numbered list, a few short lines with a greeting or a count of items in them, or a newsletter's dated heading ("Energy bulletin — Monday, 6 May") set off from
 * the articles by a separator line. ("Morning update: ferries cancelled" over a paragraph is an
 * article whose header was not recognised.)
 */
export function isPreamble(
  lines: string[],
  from: number,
  to: number,
  separators: Set<number>,
  beforeList = false,
): boolean {
  const content = contentLines(lines, from, to);
  if (content.some((i) => isUrlLine(lines[i]!))) return false;
  // An e-mail saved as text: its header ("Subject: …", "From: …", "To: …") and a short note under it.
  const mail = mailHeaderLength(lines, content);
  if (mail >= 2) {
    const rest = content.slice(mail);
    return rest.length === 0 || isShort(lines, rest) || isResultList(lines, rest);
  }
  if (!isShort(lines, content)) return false;
  // Above item 1 of a numbered list stands the list's own heading, date and note.
  if (beforeList) return true;
  // A greeting, or the newsletter's own links ("View this email in your browser").
  if (
    content.some(
      (i) => GREETING.test(lines[i]!.trim()) || FOOTER.test(lines[i]!) || ITEM_COUNT.test(lines[i]!),
    )
  )
    return true;
  const heading = lines[content[0]!]!;
  const separated = [...separators].some((s) => s > content[content.length - 1]! && s < to);
  return separated && HEADING_WORD.test(heading) && DAY.test(heading) && !endsLikeSentence(heading);
}

/** A field of an e-mail's header, as a mail client saves it with the message. */
const MAIL_HEADER = /^(?:subject|from|to|cc|bcc|date|sent|reply-to)\s*:\s*\S/i;

/**
 * Where the header of an e-mail saved as text ends: the line after its last field, when the file opens
 * with two fields or more ("From: …", "Date: …", "Subject: …"); 0 when it does not. Its "Date:" field
 * is no article's header.
 */
export function mailHeaderEnd(lines: string[]): number {
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  let fields = 0;
  for (; i < lines.length && MAIL_HEADER.test(lines[i]!); i++) fields++;
  return fields >= 2 ? i : 0;
}

/**
 * A news alert's list of results (Google Alerts and the like): headlines, each with a snippet cut
 * off with an ellipsis. Two cut snippets or more under a mail header are the alert, not an article.
 */
function isResultList(lines: string[], content: number[]): boolean {
  let cut = 0;
  for (const i of content) if (/(?:\.\.\.|…)$/.test(lines[i]!.trimEnd()) && ++cut >= 2) return true;
  return false;
}

/** How many of the first content lines are fields of an e-mail's header. */
function mailHeaderLength(lines: string[], content: number[]): number {
  let n = 0;
  while (n < content.length && MAIL_HEADER.test(lines[content[n]!]!)) n++;
  return n;
}

/**
 * Finds the footer after the last article: the lines after the last separator when they say what a
 * footer says, else the closing paragraphs that do. They are blanked and recorded as dropped.
 */
export function dropFooter(lines: string[], separators: Set<number>, file: string, dropped: Dropped[]): void {
  const footer = footerLines(lines, separators);
  for (const i of footer) {
    dropped.push({ file, line: i + 1, text: lines[i]!.trim(), reason: 'footer' });
    lines[i] = '';
  }
}

/** Whether lines[from, to) hold any text (without listing them: before the footer lies the digest). */
function hasContent(lines: string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lines[i]!.trim() !== '') return true;
  return false;
}

function footerLines(lines: string[], separators: Set<number>): number[] {
  // (A loop, not Math.max(...separators): a large digest may have more separators than arguments fit.)
  let lastSeparator = -1;
  for (const s of separators) if (s > lastSeparator) lastSeparator = s;
  if (lastSeparator > 0) {
    const after = contentLines(lines, lastSeparator + 1, lines.length);
    if (
      after.length > 0 &&
      hasContent(lines, 0, lastSeparator) &&
      isShort(lines, after) &&
      after.some((i) => FOOTER.test(lines[i]!))
    ) {
      return after;
    }
  }
  // Without a separator: each closing line that says what a footer says, from the end up.
  const footer: number[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.trim() === '') continue;
    if (!FOOTER.test(lines[i]!) || wordCount(lines[i]!, 41) > 40) break;
    footer.unshift(i);
  }
  return footer;
}

function contentLines(lines: string[], from: number, to: number): number[] {
  const content: number[] = [];
  for (let i = from; i < to; i++) if (lines[i]!.trim() !== '') content.push(i);
  return content;
}

function isShort(lines: string[], content: number[]): boolean {
  if (content.length === 0 || content.length > MAX_LINES) return false;
  let words = 0;
  for (const i of content) words += wordCount(lines[i]!, MAX_WORDS + 1);
  return words <= MAX_WORDS;
}

/** A newsletter's table of contents: its items' lines, and the line of each item's article title. */
export interface Contents {
  /** The first and last lines of the list. */
  first: number;
  last: number;
  /** Lines below the list that repeat an item: where its articles start. */
  titles: number[];
}

/** How far down a contents list may stand: a newsletter's heading, greeting and list are short. */
const CONTENTS_SCAN_LINES = 300;

/**
 * A newsletter that lists its items' titles first ("In this issue: 1. … 2. …", bullets, or plain
 * lines) and then gives each item under the same title. The list stands right above the first item,
 * under a few short lines at most, and most of its items come back below it as titles standing
 * alone. Found from the first line that repeats an earlier one near the top of the file.
 */
export function findContents(lines: string[]): Contents | null {
  const limit = Math.min(lines.length, CONTENTS_SCAN_LINES);
  const seen = new Map<string, number>();
  for (let i = 0; i < limit; i++) {
    const key = itemKey(lines[i]!);
    if (key === null) continue;
    const earlier = seen.get(key);
    if (earlier !== undefined && standsAlone(lines, i)) {
      const contents = contentsAbove(lines, earlier, i);
      if (contents) return contents;
    }
    if (earlier === undefined) seen.set(key, i);
    // "Title (Outlet)", "Title — Outlet": a list may credit each item; its article's title won't.
    const bare = withoutCredit(key);
    if (bare !== null && !seen.has(bare)) seen.set(bare, i);
  }
  return null;
}

/** "title (nation africa)", "title — nation africa" → "title"; null when the key ends in no credit. */
function withoutCredit(key: string): string | null {
  const m = /^(.+?)\s*(?:\(([^()]+)\)|\[([^[\]]+)\]|\s[—–|-]\s+(.+))$/.exec(key);
  const credit = m ? (m[2] ?? m[3] ?? m[4])! : '';
  if (!m || wordCount(credit, 6) > 5 || wordCount(m[1]!, 3) < 3) return null;
  return m[1]!;
}

/** "1. Title", "• Title", "- Title", "Title" → "title" (no marker, lower case), for headline-like lines. */
function itemKey(line: string): string | null {
  if (line.length < 12 || line.length > 300) return null;
  // "- [Title](#title)": a Markdown list links each item to its heading below.
  const plain = line.includes('](') ? line.replace(MARKDOWN_LINK, '$1') : line;
  const unmarked = plain.replace(/^\s*(?:\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\)|[•*·▪◦‣–—-])?\s*/, '');
  // "Title<TAB>2", "Title ........ 2": a word processor's contents list gives each item's page.
  const text = (endsInDigit(unmarked) ? unmarked.replace(PAGE_NUMBER, '') : unmarked).trim().toLowerCase();
  // A headline: three words or more, no closing full stop or colon ("In this issue:"); outlet and
  // date lines repeat too, and a date ends in its year.
  if (wordCount(text, 3) < 3 || /[.:]$/.test(text) || /\d{4}$/.test(text)) return null;
  return text.replace(/\s+/g, ' ');
}

const MARKDOWN_LINK = /\[([^\]]+)\]\([^)\s]*\)/g;
/** A page number after a tab or dot leaders at the end of a contents line. */
const PAGE_NUMBER = /(?:\t+|\s*(?:\.\s?){3,}\s*)\d{1,4}\s*$/;

/**
 * Whether the line's last character before any white space is a digit: PAGE_NUMBER's match ends so
 * (trimEnd drops what its \s matches), and most lines do not, which the pattern, tried from every
 * space of the line, found out only at the end.
 */
function endsInDigit(line: string): boolean {
  const trimmed = line.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  return last >= 48 && last <= 57;
}

/**
 * The contents list holding line `item`, when the article at `title` follows right under it: the
 * list's lines are items (blank lines may separate them), a few short lines at most stand above it,
 * and at least half its items (two or more) come back below it as titles.
 */
function contentsAbove(lines: string[], item: number, title: number): Contents | null {
  let first = item;
  while (first > 0 && isListLine(lines, first - 1)) first--;
  let last = item;
  while (last + 1 < title && isListLine(lines, last + 1)) last++;
  while (lines[first]!.trim() === '') first++;
  while (lines[last]!.trim() === '') last--;
  // Only blank lines between the list and the first article.
  for (let i = last + 1; i < title; i++) if (lines[i]!.trim() !== '') return null;
  const above = contentLines(lines, 0, first);
  if (above.length > MAX_LINES_ABOVE_CONTENTS || above.some((i) => wordCount(lines[i]!, 41) > 40))
    return null;
  // Each item's key, and its key without a credit, name the item; the title found for each item.
  const items = new Map<string, number>();
  const titles: number[] = [];
  for (let i = first; i <= last; i++) {
    const key = itemKey(lines[i]!);
    if (key === null) continue;
    items.set(key, titles.length);
    const bare = withoutCredit(key);
    if (bare !== null) items.set(bare, titles.length);
    titles.push(-1);
  }
  if (titles.length < 2) return null;
  let found = 0;
  for (let i = title; i < lines.length && found < titles.length; i++) {
    const key = itemKey(lines[i]!);
    const k = key === null ? undefined : items.get(key);
    if (k === undefined || titles[k]! >= 0 || !standsAlone(lines, i)) continue;
    titles[k] = i;
    found++;
  }
  if (found < 2 || found * 2 < titles.length) return null;
  return { first, last, titles: titles.filter((line) => line >= 0).sort((a, b) => a - b) };
}

/** A line of a contents list: an item, or one blank line between two items. */
function isListLine(lines: string[], i: number): boolean {
  const line = lines[i];
  if (line === undefined) return false;
  if (line.trim() === '') return i > 0 && isListEntry(lines, i - 1) && isListEntry(lines, i + 1);
  return isListEntry(lines, i);
}

/** An item, or a section's label right above one ("KENYA", "Region:") in a list grouped by sections. */
function isListEntry(lines: string[], i: number): boolean {
  const line = lines[i];
  if (line === undefined) return false;
  if (itemKey(line) !== null) return wordCount(line, 31) <= 30;
  const text = line.trim();
  return text.length > 0 && text.length <= 40 && !/[.!?]$/.test(text) && itemKey(lines[i + 1] ?? '') !== null;
}

/** The line above is blank (or there is none): a title stands alone. */
function standsAlone(lines: string[], i: number): boolean {
  return i === 0 || lines[i - 1]!.trim() === '';
}

/**
 * A digest pasted from a PDF repeats its page frame between articles: a footer "Page 2 of 5" and, on
 * the next page, a running header ("River flooding | Daily summary | 10 March 2025"). The footer line
 * and the first line after it that recurs in the file or ends in a date are blanked and recorded.
 */
export function dropPageFrames(lines: string[], file: string, dropped: Dropped[]): void {
  let counts: Map<string, number> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const alone = line.length <= 40 && line.length >= 4 && mayBePageNumber(line) && PAGE_FOOTER.test(line);
    if (!alone && !isFramedPageNumber(line)) continue;
    dropped.push({ file, line: i + 1, text: line.trim(), reason: 'footer' });
    lines[i] = '';
    let next = i + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    const header = lines[next]?.trim() ?? '';
    if (!header || header.length > 160 || PAGE_FOOTER.test(header)) continue;
    counts ??= lineCounts(lines);
    if ((counts.get(header) ?? 0) > 1 || RUNNING_HEADER_DATE.test(header)) {
      dropped.push({ file, line: next + 1, text: header, reason: 'footer' });
      lines[next] = '';
    }
  }
}

/**
 * "Pacific Outlook — Sitrep 4            Page 6", "Page 6\tPacific Outlook": a PDF's running footer,
 * the report's name and the page's number set apart by a column's gap (a cheap test for the gap first).
 */
function isFramedPageNumber(line: string): boolean {
  if (line.length > 200 || line.length < 10 || (!line.includes('   ') && !line.includes('\t'))) return false;
  return FRAMED_PAGE_NUMBER.test(line);
}

const PAGE_OF = String.raw`page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?`;
const FRAMED_PAGE_NUMBER = new RegExp(
  String.raw`^\s*(?:\S.{0,120}?(?: {3,}|\t+)${PAGE_OF}|${PAGE_OF}(?: {3,}|\t+)\S.{0,120}?)\s*$`,
  'i',
);

/** A page footer opens with "P", a figure or a dash (after spaces): a test without a pattern. */
function mayBePageNumber(line: string): boolean {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) <= 32) i++;
  const c = line.charCodeAt(i);
  return (c | 32) === 112 || (c >= 48 && c <= 57) || c === 45 || c === 0x2013 || c === 0x2014;
}

/** "Page 3 of 12", "Page 3", "- 3 of 12 -": a page's own number, alone on its line. */
const PAGE_FOOTER =
  /^\s*(?:[-–—]\s*)?(?:page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s+of\s+\d{1,4})(?:\s*[-–—])?\s*$/i;
/** A running header names the digest and its day, after a separator: "… | Monday, 10 March 2025". */
const RUNNING_HEADER_DATE =
  /\s[|·•—–]\s.*\b(?:\d{1,2} [A-Z][a-z]{2,8},? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})$/;

function lineCounts(lines: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const text = line.trim();
    if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}
