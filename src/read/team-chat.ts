// A team chat channel (Slack, Mattermost) copied as text: day dividers ("Monday, April 28th"), then
// messages that open with the sender's name and the time on one line ("Lucía Montero  1:41 PM"), their
// text under it. Analysts paste articles into such channels, often after a remark ("Reuters has it
// now, pasting in full") and below the link preview the chat draws ("shared a link", the site, the
// title, a line of description): a title over an outlet line, maybe a date or byline line, then the
// text, is an article. Reactions (":eyes: 2"), "(edited)" and thread counters are the chat's, not the
// article's; the chatter between articles is dropped.
import type { Dropped } from '../types.js';
import { isChatTitle, outletOf, takeClosingUrl } from './chat-export.js';
import { type ExportDocument, emptyDocument, exportDate } from './exports.js';
import { monthNumber, parseByline, parseTimeLine, wordCount } from './lines.js';
import { knownOutlet } from './outlets.js';

/** "Lucía Montero  1:41 PM", "jonas.weber\t13:06": a name, two spaces or a tab, the time. */
const MESSAGE_HEAD = /^(\S[^\t]{0,59}?)(?: {2,}|\t+)(\d{1,2}):(\d{2})(?:\s?[AaPp]\.?[Mm]\.?)?\s*$/;
/** "Monday, April 28th", "April 28th, 2025": the channel's divider above a day's messages. */
const DAY_DIVIDER =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?([A-Za-z]{3,9})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/i;
/** How far into a message the pasted title may stand (after a remark and a link preview). */
const TITLE_WITHIN = 8;
/** How far into the text the second message head must come for the text to be a channel copy. */
const DETECT_LINES = 80;

/** The chat's own lines inside a message: reactions, edit marks, thread counters, link previews. */
function isChatLine(text: string): boolean {
  return (
    /^(?::[\w+-]+:\s*\d*\s*)+$/.test(text) ||
    /^\((?:edited|bearbeitet|modifié)\)$/i.test(text) ||
    /^\d+ repl(?:y|ies)$/i.test(text) ||
    /^last reply\b/i.test(text) ||
    /^view (?:thread|\d+ more repl)/i.test(text) ||
    /^shared a (?:link|file)$/i.test(text)
  );
}

/** Documents of a channel copy; null unless two message heads come in its first lines. */
export function teamChatDocuments(lines: string[]): ExportDocument[] | null {
  const heads: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (heads.length < 2 && i > DETECT_LINES) return null;
    const line = lines[i]!;
    if (line.length <= 80 && line.includes(':') && isMessageHead(line)) heads.push(i);
  }
  if (heads.length < 2) return null;
  const documents: ExportDocument[] = [];
  const days = new Map<ExportDocument, { month: number; day: number; year: string | null }>();
  let day: { month: number; day: number; year: string | null } | null = null;
  let next = 0;
  heads.forEach((head, k) => {
    for (; next < head; next++) day = dayDivider(lines[next]!.trim()) ?? day;
    const doc = pastedArticle(lines, head + 1, heads[k + 1] ?? lines.length);
    if (!doc) return;
    documents.push(doc);
    if (day) days.set(doc, day);
  });
  // An article without a date line is dated by its day's divider, in the year the dated ones give.
  const year = documents.find((doc) => doc.date)?.date?.slice(0, 4) ?? null;
  for (const [doc, d] of days) {
    const inYear = d.year ?? year;
    if (!doc.date && inYear) doc.date = `${inYear}-${pad(d.month)}-${pad(d.day)}`;
  }
  return documents.length > 0 ? documents : null;
}

function dayDivider(line: string): { month: number; day: number; year: string | null } | null {
  if (line.length > 32) return null;
  const m = DAY_DIVIDER.exec(line);
  const month = m ? monthNumber(m[1]!) : undefined;
  return m && month ? { month, day: Number(m[2]), year: m[3] ?? null } : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "Lucía Montero  1:41 PM"; not "Reuters  10:30" (an outlet line with its time, as digests write it). */
function isMessageHead(line: string): boolean {
  const m = MESSAGE_HEAD.exec(line);
  return m !== null && !knownOutlet(m[1]!.trim()) && !/\d/.test(m[1]!);
}

/** The article pasted in the message whose text is lines [from, to), if there is one. */
function pastedArticle(lines: string[], from: number, to: number): ExportDocument | null {
  const text = (i: number) => lines[i]!.trim();
  for (let i = from; i < Math.min(to - 1, from + TITLE_WITHIN); i++) {
    if (!isChatTitle(text(i)) || isChatLine(text(i))) continue;
    const outlet = outletOf(text(i + 1));
    // "Title / By Guardian Reporter , Dar es Salaam / Published at 08:14 AM Jun 11 2025", "Title / KT
    // PRESS / June 10, 2025": a byline or a masthead in capitals under the title, over a date.
    const header = outlet ? null : bylineOrCapitalsOverDate(lines, i + 1, to);
    if (!outlet && !header) continue;
    // "Barron's ran it too" / "Giant Blackout Paralyses Spain" / "Barron's": a headline in capitals
    // passes for an outlet; when an outlet line follows it, it is the title and the line above a remark.
    if (outlet && i + 2 < to && isChatTitle(text(i + 1)) && outletOf(text(i + 2))) continue;
    const doc = emptyDocument(i);
    doc.to = to;
    doc.title = text(i);
    doc.outlet = outlet ? outlet.outlet : header!.outlet;
    doc.date = outlet ? outlet.date : header!.date;
    doc.byline = header?.byline ?? null;
    doc.used.add(i);
    let k = header ? header.end : i + 2;
    // Under the outlet: a date line, a relative "Updated 3 hours ago", a byline, in either order.
    for (; k < to && k < i + 5 && !header; k++) {
      const line = text(k);
      const date = exportDate(line) ?? timedDate(line);
      if (date && !doc.date) doc.date = date;
      else if (/^(?:updated|posted|published)\b.*\bago$/i.test(line)) continue;
      else if (parseByline(line) && !doc.byline) doc.byline = line.replace(/^by\s+/i, '');
      else break;
    }
    for (; k < to; k++) if (!isChatLine(text(k))) doc.body.push({ line: k, text: lines[k]! });
    const words = doc.body.map((part) => part.text).join(' ');
    if (wordCount(words, 15) < 15) continue;
    takeClosingUrl(doc);
    if (!doc.outlet) takeClosingOutlet(doc);
    return doc;
  }
  return null;
}

/** "By Guardian Reporter , Dar es Salaam": "By" and a capitalised name, however the rest is spelt. */
const BY_NAME = /^by\s+\p{Lu}/iu;

/** "KT PRESS", "THE STANDARD": an outlet's name in capitals (a place in capitals stands in a dateline). */
const CAPITALS_NAME = /^[A-Z][A-Z&.'’-]*(?: [A-Z][A-Z&.'’-]*){0,3}$/;

/**
 * The lines under a pasted title when they are a byline and a date, or a name in capitals and a date
 * (in either order): the header's parts and the line after it; null when no date comes.
 */
function bylineOrCapitalsOverDate(
  lines: string[],
  from: number,
  to: number,
): { outlet: string | null; date: string; byline: string | null; end: number } | null {
  let outlet: string | null = null;
  let byline: string | null = null;
  let date: string | null = null;
  let k = from;
  for (; k < Math.min(to, from + 3); k++) {
    const line = lines[k]!.trim();
    const dated: string | null = date ? null : (exportDate(line) ?? timedDate(line));
    if (dated) date = dated;
    else if (!byline && line.length <= 60 && (parseByline(line) || BY_NAME.test(line)))
      byline = line.replace(/^by\s+/i, '');
    else if (!outlet && line.length <= 30 && CAPITALS_NAME.test(line)) outlet = line;
    else break;
  }
  return date && (outlet || byline) ? { outlet, date, byline, end: k } : null;
}

/** "ChimpReports", "The Guardian (IPP Media)": the site's name on the article's last line. */
function takeClosingOutlet(doc: ExportDocument): void {
  let k = doc.body.length - 1;
  while (k >= 0 && doc.body[k]!.text.trim() === '') k--;
  if (k < 1) return;
  const last = doc.body[k]!.text.trim();
  const named = last.length <= 40 ? outletOf(last.replace(PUBLISHER_IN_BRACKETS, '')) : null;
  if (!named || named.date || wordCount(last, 6) > 5 || parseByline(last)) return;
  doc.outlet = named.outlet;
  doc.used.add(doc.body[k]!.line);
  doc.body.splice(k, 1);
}

/** "The Guardian (IPP Media)": the publisher's group after the paper's name. */
const PUBLISHER_IN_BRACKETS = /\s*\([^()]{2,30}\)$/;

/** "28/04/2025 14:02" → "2025-04-28 14:02", as the export rewriter reads a date. */
function timedDate(line: string): string | null {
  const timed = parseTimeLine(line);
  return timed ? `${timed.date} ${timed.time}` : null;
}

/**
 * "[10:02] Priya Natarajan", "[9:41 AM] Jonas Weber": a Microsoft Teams message's head copied as text,
 * the time in brackets before the sender's name (one to four capitalised words).
 */
const BRACKETED_TIME_HEAD =
  /^\[\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\]\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*$/u;

/**
 * Articles pasted into a Teams chat without a link preview are read as a digest's items: the messages'
 * heads between them are the chat's, and are taken out (line count kept) when two or more are found,
 * so that each pasted title stands alone as a digest's does.
 */
export function dropBracketedMessageHeads(lines: string[], file: string, dropped: Dropped[]): void {
  const heads: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Cheap tests first: a head opens with "[" and a figure, and is short.
    if (line.length > 70 || line.charCodeAt(0) !== 91 || !isDigit(line.charCodeAt(1))) continue;
    if (BRACKETED_TIME_HEAD.test(line)) heads.push(i);
  }
  if (heads.length < 2) return;
  for (const i of heads) {
    dropped.push({ file, line: i + 1, text: lines[i]!.trim(), reason: 'site-metadata' });
    lines[i] = '';
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
