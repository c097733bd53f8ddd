// The digest reader: plain text → articles. It is a line-oriented state machine in two passes:
//   1. segment: find where each article starts (a title above an outlet/date/time header, or the line
//      after an article's closing URL line);
//   2. assemble: read each segment's header (title, outlet, date, byline, bullets), then its body,
//      moving the dateline out, the URL into `url` and noise lines into `dropped`.
// No pattern runs over the whole text; every classifier looks at one short line.

import { isBuiltInPlace } from '../extract/gazetteer.js';
import { GIVEN_NAMES } from '../extract/lexicon.js';
import type { Article, ArticleKind, Dropped, ParseResult, Warning } from '../types.js';
import { wordTable } from '../util/word-table.js';
import { makeArticle } from './article.js';
import { type DatelineMatch, loneDatelinePlace, matchDateline } from './dateline.js';
import { type ExportLayout, readExport } from './exports.js';
import {
  type Contents,
  dropFooter,
  dropPageFrames,
  findContents,
  GREETING,
  isPreamble,
  mailHeaderEnd,
} from './frame.js';
import { hasFieldBreak, isServiceFieldsLine, parseHeaderFields } from './header-fields.js';
import { readDocumentLayouts } from './layouts.js';
import {
  bulletText,
  bylineOutlet,
  endsLikeSentence,
  INSTITUTION_NAME,
  isDigitCode,
  isNewsroomCredit,
  isSeparatorLine,
  isUrlLine,
  isWriterPostLine,
  looksLikePersonName,
  OFFICIAL_OUTLET,
  OUTLET_START,
  officeWithoutAddress,
  parseByline,
  parseDateBylineLine,
  parseDateLine,
  parseOutletDateLine,
  parseRelativeTimeLine,
  parseTimeLine,
  siteOfWriterPost,
  titleCaseName,
  wordCount,
} from './lines.js';
import { isTopHeading, normaliseMarkdown } from './markdown.js';
import { classifyBodyLines, isAuthorBio, isCreditLine, isPageChrome, isPhotoCaption } from './noise.js';
import { endsLikeMasthead, hasMastheadWord, knownOutlet, nameSpellsHost, outletFromUrl } from './outlets.js';
import { dropBracketedMessageHeads } from './team-chat.js';
import { normaliseTelegram } from './telegram.js';

export interface DigestOptions {
  /** ISO date used when an article states none (e.g. from the file name). */
  fallbackDate?: string | null;
}

interface Header {
  /** Index of the outlet line, when there is one. */
  outletLine: number | null;
  /** Index of the date or time line; null for a header that is a title over an outlet line only. */
  dateLine: number | null;
  /** The place a database export's dateline field names. */
  dateline?: string | null;
  /** Whether an export's fields file the document under an opinion section ("Page No : 8 (Editorial)"). */
  opinion?: boolean;
}

/** Splits a digest's text into articles. `file` is only recorded as provenance. */
export function readDigest(text: string, file: string, options: DigestOptions = {}): ParseResult {
  const lines = text.split('\n');
  const result: ParseResult = { articles: [], dropped: [], warnings: [] };
  const exported =
    readExport(lines, file, result.dropped) ?? readDocumentLayouts(lines, file, result.dropped);
  if (exported) return readExportedDocuments(exported, file, result, options);
  // A Telegram copy opens with a "Channel, [dd.mm.yyyy hh:mm]" or "Forwarded from" line: its first
  // few kilobytes say if, without a search through a large digest.
  const head = text.slice(0, 4096);
  if (head.includes(', [') || head.includes('orwarded from') || BARE_POST_STAMP.test(head))
    normaliseTelegram(lines);
  // ("[10:02] Priya Natarajan": a Teams chat's message heads between the articles pasted in it.)
  if (head.includes('] ')) dropBracketedMessageHeads(lines, file, result.dropped);
  const separators = blankSeparators(lines, file, result.dropped);
  dropPageFrames(lines, file, result.dropped);
  const opensWithTopHeading = isTopHeading(lines[nextNonBlank(lines, 0)] ?? '');
  const headingLinks = normaliseMarkdown(lines);
  const labelledOutletLines = normaliseLabelledHeaders(lines, file, result.dropped, mailHeaderEnd(lines));
  const fieldedOutletLines = normaliseFieldedHeaders(lines);
  for (const line of labelledOutletLines) fieldedOutletLines.add(line);
  normaliseItemHeaders(lines);
  moveTitlesAboveHeaderBlocks(lines);
  moveOfficesBelowTitles(lines);
  moveReadingTimesBelowDates(lines);
  dropFooter(lines, separators, file, result.dropped);
  const starts = findArticleStarts(lines, separators);
  addFieldedOutletHeaders(lines, starts, fieldedOutletLines);
  const contents = findContents(lines);
  if (contents) startUnderContents(lines, starts, contents);
  const listed = startListAtItemOne(lines, starts);
  if (starts.size === 0 && !hasClosingUrl(lines, 0, lines.length))
    return readWithoutLayout(lines, file, result, options.fallbackDate ?? null);
  if (starts.size === 0) starts.set(nextNonBlank(lines, 0), null);

  const ordered = [...starts.keys()].sort((a, b) => a - b);
  const firstContent = lines.findIndex((line) => !isBlank(line));
  const firstStart = segmentStart(lines, ordered[0]!);
  if (firstContent >= 0 && firstContent < firstStart) {
    const isArticle = readTextBeforeFirstArticle(
      lines,
      firstContent,
      firstStart,
      separators,
      listed || opensWithTopHeading,
      contents !== null,
      file,
      result,
    );
    if (isArticle) {
      ordered.unshift(firstContent);
      starts.set(firstContent, null);
    }
  }
  // Where the digest's heading ends: above the first article, or under a first "article" that is the
  // heading itself ("IRAQ & SYRIA MEDIA SUMMARY / Tuesday 10 June 2025 | …", dropped as empty or as
  // the heading block), whose date line dates the digest.
  let headingEnd = firstStart;
  ordered.forEach((start, k) => {
    const next = ordered[k + 1];
    const end = next === undefined ? lines.length : segmentStart(lines, next);
    const kicker = dropKicker(lines, start, file, result.dropped);
    const article = assembleArticle(lines, start, end, starts.get(start) ?? null, file, result);
    if (article && kicker && OPINION_MARKER.test(kicker)) article.kind = 'opinion';
    if (article && !article.url) article.url = headingLinks.get(start) ?? null;
    if (article) result.articles.push(article);
    else if (k === 0 && next !== undefined) headingEnd = end;
  });
  const headingArticle = result.articles[0];
  if (dropHeadingBlock(lines, result, file) && headingArticle) headingEnd = headingArticle.source.endLine;
  readNumericDatesMonthFirst(result.articles);
  const heading = firstContent >= 0 && firstContent < headingEnd ? lines.slice(firstContent, headingEnd) : [];
  fillMissingDates(result.articles, options.fallbackDate ?? dateInPreamble(heading));
  return result;
}

/** "[10.06.25 15:02]": a channel's post stamp alone at a line's start (a Telegram copy without senders). */
const BARE_POST_STAMP = /^\[\d{1,2}\.\d{1,2}\.\d{2}(?:\d{2})? \d{1,2}:\d{2}/m;

/**
 * "Daily Media Summary: River flooding / Monday, 10 March 2025 / Prepared 18:00.": a digest's heading
 * block reads like a title over a date line, with one short note for a body. As the first "article",
 * with no outlet or link and others after it that have one, it is the digest's own heading.
 */
function dropHeadingBlock(lines: string[], result: ParseResult, file: string): boolean {
  const [first, ...rest] = result.articles;
  if (!first || first.outlet || first.url || !rest.some((a) => a.outlet)) return false;
  // ("HARBOUR BRIEF / Thursday, 27 March 2025 · Issue No. 88 / Good morning. …": a greeting of any
  // length, one paragraph, under a masthead and its dated issue line.)
  const greeting = GREETING.test(first.text) && wordCount(first.text, GREETING_WORDS + 1) <= GREETING_WORDS;
  if (first.text.includes('\n') || (wordCount(first.text, 16) > 15 && !greeting)) return false;
  result.articles.shift();
  const line = first.source.startLine;
  result.dropped.push({ file, line, text: first.title, reason: 'preamble' });
  // (Its date line, "Friday, 28 March 2025 · Issue No. 41", is the heading's too.)
  for (let k = line; k < first.source.endLine - 1; k++) {
    const text = lines[k]!.trim();
    if (text !== '' && isDatingLine(text) && !first.text.includes(text))
      result.dropped.push({ file, line: k + 1, text, reason: 'preamble' });
  }
  result.dropped.push({ file, line: first.source.endLine, text: first.text, reason: 'preamble' });
  return true;
}

/** The longest greeting a newsletter's heading block holds. */
const GREETING_WORDS = 60;

/** A database export's documents, rewritten into the plain layout with each one's header known. */
function readExportedDocuments(
  layout: ExportLayout,
  file: string,
  result: ParseResult,
  options: DigestOptions,
): ParseResult {
  const { lines, headers } = layout;
  headers.forEach((header, k) => {
    const end = headers[k + 1]?.title ?? lines.length;
    const article = assembleArticle(lines, header.title, end, header, file, result);
    if (!article) return;
    // The article's provenance is the document as the file has it, codes and fields included.
    article.source = { file, startLine: header.startLine, endLine: header.endLine };
    result.articles.push(article);
  });
  fillMissingDates(result.articles, options.fallbackDate ?? null);
  return result;
}

/** The first day the lines above the first article name: the digest's heading, or a date line under it. */
function dateInPreamble(preamble: string[]): string | null {
  for (const line of preamble) {
    const date = line.length <= 200 ? (parseDateLine(line) ?? dateInHeading(line)) : null;
    if (date) return date;
  }
  return null;
}

/**
 * "Border region: press monitoring, 3 May 2024 (TASS)", "WIRE ROUNDUP — FRIDAY 14 JUNE 2024": the day
 * a digest's own heading names, for articles that give none (used when the file's name gives none).
 */
function dateInHeading(heading: string): string | null {
  const m = HEADING_DATE.exec(heading);
  return m ? parseDateLine(m[0]) : null;
}

const HEADING_DATE =
  /\b(?:\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9}\.?,? \d{4}|[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})\b/;

/** Drops the kicker above an article's title ("ANALYSIS") as a sub-heading; returns its text. */
function dropKicker(lines: string[], title: number, file: string, dropped: Dropped[]): string | null {
  const kicker = segmentStart(lines, title);
  if (kicker === title || isDateOverTitle(lines, title)) return null;
  const text = lines[kicker]!.trim();
  dropped.push({ file, line: kicker + 1, text, reason: 'subheading' });
  return text;
}

/**
 * Where an article's lines begin: its title, the kicker line right above it, or an opinion label set
 * off by a blank line above it ("OPINION / blank / title"), as a page copied from a site shows it.
 */
function segmentStart(lines: string[], title: number): number {
  if (title > 0 && !standsAlone(lines, title) && kickerAbove(lines, title) >= 0) return title - 1;
  if (isDateOverTitle(lines, title)) return title - 1;
  // ("GRANMA — English edition / Title": the masthead above the title is the article's.)
  if (title > 0 && !standsAlone(lines, title) && isMastheadAboveTitle(lines, title)) return title - 1;
  const label = title - 2;
  if (
    label >= 0 &&
    isBlank(lines[title - 1]!) &&
    OPINION_LABEL.test(lines[label]!) &&
    standsAlone(lines, label)
  )
    return label;
  return title;
}

/**
 * "Saturday, May 11th 2024 - 09:45 UTC / Title / body", "Oct 10, 2024 - Politics & Policy / Title":
 * some sites print the date above the headline; the date line stands alone above, glued to the title.
 */
function isDateOverTitle(lines: string[], title: number): boolean {
  const date = title - 1;
  if (date < 0 || isBlank(lines[date]!) || (date > 0 && !isBlank(lines[date - 1]!))) return false;
  return isDateOrTimeLine(lines[date]!) && !isDateOrTimeLine(lines[title]!);
}

/**
 * The title a date line standing alone over it heads (see isDateOverTitle): a headline glued under
 * the date, with more text glued under it. -1 when the lines do not fit.
 */
function titleBelowDate(lines: string[], dateLine: number): number {
  const title = dateLine + 1;
  if (!isDateOverTitle(lines, title) || isBlank(lines[title + 1] ?? '')) return -1;
  const text = lines[title]!;
  return readsLikeTitle(text) && !parseByline(text) && !isPageChrome(text.trim()) ? title : -1;
}

/**
 * A line that is only an opinion section's label: "OPINION", "Op-Ed", "Editorial", "COMMENT" (in
 * capitals only: "Comment" alone is also a page's button, which may close the item above).
 */
const OPINION_LABEL =
  /^\s*(?:[Oo]pinion|OPINION|[Oo]p-[Ee]d|OP-ED|[Cc]ommentary|COMMENTARY|[Ee]ditorial|EDITORIAL|COMMENT)\s*$/;

/**
 * Text above the first article header is the digest's own heading, its preamble (a heading and a
 * greeting, or a contents list), or else an article of its own; returns true for an article. An
 * article whose layout was not recognised gets a warning unless a URL line closes it like one.
 */
function readTextBeforeFirstArticle(
  lines: string[],
  from: number,
  to: number,
  separators: Set<number>,
  beforeList: boolean,
  aboveContents: boolean,
  file: string,
  result: ParseResult,
): boolean {
  if (!aboveContents && isDigestHeading(lines, from, to)) {
    // "Health security digest — 15 August 2024": the digest's own heading, not an article.
    result.dropped.push({ file, line: from + 1, text: lines[from]!.trim(), reason: 'empty-article' });
    return false;
  }
  // A contents list, however long, and the heading above it are the newsletter's own; so are a
  // few heading lines with no sentence in them ("Media monitoring export | … | 12 Mar 2025", "Results: 2").
  if (
    aboveContents ||
    isPreamble(lines, from, to, separators, beforeList) ||
    isHeadingLines(lines, from, to)
  ) {
    for (let i = from; i < to; i++) {
      if (!isBlank(lines[i]!))
        result.dropped.push({ file, line: i + 1, text: lines[i]!.trim(), reason: 'preamble' });
    }
    return false;
  }
  if (!hasClosingUrl(lines, from, to)) {
    result.warnings.push({ file, line: from + 1, message: 'text before the first article header' });
  }
  return true;
}

/** Two or three short lines before the first article, none of them a sentence: the digest's heading. */
function isHeadingLines(lines: string[], from: number, to: number): boolean {
  const content = lines.slice(from, to).filter((line) => !isBlank(line));
  return (
    content.length >= 2 &&
    content.length <= 3 &&
    content.every((line) => line.trim().length <= 160 && !endsLikeSentence(line.trim()) && !isUrlLine(line))
  );
}

/** One short line alone before the first article: a heading for the whole digest. */
function isDigestHeading(lines: string[], from: number, to: number): boolean {
  const content = lines.slice(from, to).filter((line) => !isBlank(line));
  if (content.length !== 1 || content[0]!.trim().length > 120) return false;
  // "Kursk region: press monitoring, 7 August 2024 (TASS, RIA Novosti)": a closing parenthesis after
  // the list of sources ends a heading too, not a sentence.
  return !endsLikeSentence(content[0]!.replace(/\s*\([^()]*\)\s*$/, ''));
}

// ── pass 1: segmentation ────────────────────────────────────────────────────

/** Separator lines ("-----", "* * *") between or inside articles count as blank lines; returns where they were. */
function blankSeparators(lines: string[], file: string, dropped: Dropped[]): Set<number> {
  const separators = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let k = 0;
    while (k < line.length && line.charCodeAt(k) <= 32) k++;
    if (k < line.length && opensSeparator(line.charCodeAt(k)) && isSeparatorLine(line)) {
      dropped.push({ file, line: i + 1, text: lines[i]!.trim(), reason: 'separator' });
      lines[i] = '';
      separators.add(i);
    }
  }
  return separators;
}

/**
 * "-", "=", "*", "_", "~", "#", "—", "–", "―", and the box-drawing horizontals ("─", "━", "═", dashed
 * ones): what a separator line is made of (by code: no string per line).
 */
function opensSeparator(c: number): boolean {
  return (
    c === 45 ||
    c === 61 ||
    c === 42 ||
    c === 95 ||
    c === 126 ||
    c === 35 ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x2015 ||
    (c >= 0x2500 && c <= 0x2501) ||
    (c >= 0x2504 && c <= 0x2509) ||
    c === 0x254c ||
    c === 0x254d ||
    c === 0x2550
  );
}

const HEADER_LABEL =
  /^\s*(title|headline|source|outlet|publication|publisher|newspaper|agency|date|published|posted|updated|authors?|writers?|reporters?|correspondent|by|byline|url|link|permalink)\s*:\s*(\S.*)$/i;
/** Any other short field in a labelled header: "Section: Africa", "Tags: Congo, M23". */
const OTHER_LABEL = /^\s*[A-Za-z]+(?: [A-Za-z]+)?\s*:\s+\S.{0,80}$/;
const LABEL_ROLE: Record<string, 'title' | 'outlet' | 'date' | 'author' | 'url'> = wordTable({
  title: 'title',
  headline: 'title',
  source: 'outlet',
  outlet: 'outlet',
  publication: 'outlet',
  publisher: 'outlet',
  newspaper: 'outlet',
  agency: 'outlet',
  date: 'date',
  published: 'date',
  posted: 'date',
  updated: 'date',
  author: 'author',
  authors: 'author',
  writer: 'author',
  writers: 'author',
  reporter: 'author',
  reporters: 'author',
  correspondent: 'author',
  by: 'author',
  byline: 'author',
  url: 'url',
  link: 'url',
  permalink: 'url',
});

/**
 * Some digests label each header field ("Source: Azatutyun", "Date: 26.09.2023", "Title: …"). Such a
 * block is rewritten in place, line count kept, into the usual layout: title, outlet, date, "By …",
 * and the URL last, so that one segmentation serves both. A block needs a title (labelled, or the
 * line right above it) and an outlet or date. Other fields in the block ("Section: Africa") are
 * dropped as site metadata. The search starts `from` below an e-mail's own header.
 */
function normaliseLabelledHeaders(
  lines: string[],
  file: string,
  dropped: Dropped[],
  from: number,
): Set<number> {
  // The outlet lines of blocks without a date, which head their article all the same.
  const outletOnly = new Set<number>();
  for (let i = from; i < lines.length; i++) {
    if (!hasEarlyColon(lines[i]!) || !HEADER_LABEL.test(lines[i]!)) continue;
    let end = i;
    const fields: Partial<Record<'title' | 'outlet' | 'date' | 'author' | 'url', string>> = {};
    const others: number[] = [];
    // "Title / Format: News and Press Release / Source: WFP / Posted: …": other fields may open the
    // block, above its first known label.
    // (Only a catalogue's field names: "Sudan: Humanitarian Update" above them is the title.)
    while (i - 1 >= from && hasEarlyColon(lines[i - 1]!) && CATALOGUE_LABEL.test(lines[i - 1]!))
      others.push(--i);
    let bodyText: string | null = null;
    for (; end < lines.length && end - i < 10; end++) {
      const line = lines[end]!;
      // "Body:" ends the header: the text follows, on the same line or under it.
      const body = end > i && hasEarlyColon(line) ? BODY_LABEL.exec(line) : null;
      if (body) {
        bodyText = body[1]!.trim();
        end++;
        break;
      }
      const m = HEADER_LABEL.exec(line);
      if (m) fields[LABEL_ROLE[m[1]!.toLowerCase()]!] ??= m[2]!.trim();
      else if (end > i && hasEarlyColon(line) && OTHER_LABEL.test(line)) others.push(end);
      // "Date:" with nothing after it, as a form leaves a field it has no value for.
      else if (end > i && hasEarlyColon(line) && EMPTY_LABEL.test(line)) others.push(end);
      else break;
    }
    // "Source: Reuters, 4 October 2023" right under an unlabelled title line is a header too, and so
    // under its "By …" line. ("Source: OCHA" under a paragraph is a credit: the line above must read
    // like a lone title.)
    const above = firstBylineAbove(lines, i) - 1;
    const lineAboveIsTitle =
      above >= 0 &&
      readsLikeTitle(lines[above]!) &&
      !HEADER_LABEL.test(lines[above]!) &&
      (above < 1 || lines[above - 1]!.trim() === '');
    if (!(fields.title || lineAboveIsTitle) || !(fields.outlet || fields.date)) {
      i = end;
      continue;
    }
    for (const k of others) {
      dropped.push({ file, line: k + 1, text: lines[k]!.trim(), reason: 'site-metadata' });
    }
    const rewritten = [
      fields.title,
      fields.outlet,
      fields.date,
      // "Author: By Jane Doe" is written "By Jane Doe", not "By By Jane Doe".
      fields.author && `By ${fields.author.replace(/^by\s+/i, '')}`,
      fields.url,
    ].filter((line): line is string => !!line);
    for (let k = i; k < end; k++) lines[k] = rewritten[k - i] ?? '';
    if (bodyText) lines[end - 1] = bodyText;
    if (fields.outlet && !fields.date) outletOnly.add(fields.title ? i + 1 : i);
    i = end;
  }
  return outletOnly;
}

/** Fields a catalogue of reports lists before the source and date: "Format: Situation Report". */
const CATALOGUE_LABEL =
  /^\s*(?:format|content type|type|section|category|categories|tags?|topics?|themes?|language|countr(?:y|ies)|primary country|region|disaster type)\s*:\s+\S/i;

/** A field label alone, its value left empty: "Date:", "Author:\t". */
const EMPTY_LABEL = /^\s*[A-Za-z]+(?: [A-Za-z]+)?\s*:\s*$/;
/** "Body:", "Text: The army said …": the label of an article's text, the last field of its header. */
const BODY_LABEL = /^\s*(?:body|text|content|story|article text|full text)\s*:\s*(.*)$/i;

/** A label's colon comes within a line's first 14 characters: a cheap test before the pattern. */
function hasEarlyColon(line: string): boolean {
  const end = Math.min(line.length, 15);
  for (let k = 2; k < end; k++) if (line.charCodeAt(k) === 58) return true;
  return false;
}

/** "1. ", "2) ", "[3] ", "(4) ": an item's number in front of a line. */
const ITEM_NUMBER = /^\s*(?:\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\))\s+(?=\S)/;

/** An item's number comes first on a line: a figure, or a bracket before one (a cheap test first). */
function itemNumber(line: string): string | null {
  let k = 0;
  while (k < line.length && line.charCodeAt(k) <= 32) k++;
  const c = line.charCodeAt(k);
  const opens = c === 91 || c === 40 ? isDigitAt(line, k + 1) : isDigitAt(line, k);
  return opens ? (ITEM_NUMBER.exec(line)?.[0] ?? null) : null;
}

function isDigitAt(line: string, k: number): boolean {
  const c = line.charCodeAt(k);
  return c >= 48 && c <= 57;
}

/**
 * A header line of fields ("Reuters | International | 25.06.2024 16:05 EAT | Reach: 48.2M", a clip's
 * "[1]<TAB>2024-07-01T12:35:00-04:00<TAB>Associated Press") is rewritten in place into the outlet and
 * date line the reader knows ("Reuters | 25.06.2024 16:05 EAT"), its item number kept; one that gives
 * no date becomes the outlet's line alone. Lines the outlet and date reader reads already are left as
 * they are. Returns the lines of outlets without a date.
 */
function normaliseFieldedHeaders(lines: string[]): Set<number> {
  const outletOnly = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 200 || !hasFieldBreak(line)) continue;
    const number = itemNumber(line) ?? '';
    const rest = line.slice(number.length);
    const fields = parseHeaderFields(rest);
    if (!fields || parseOutletDateLine(rest)) continue;
    // ("Outlet | date | By …" is a fielded line the reader knows; without a date the byline is lost.)
    const dated = fields.dateText ? ` | ${fields.dateText}${fields.byline ? ` | ${fields.byline}` : ''}` : '';
    lines[i] = `${number}${fields.outlet}${dated}`;
    const moved = !number && standsAlone(lines, i) && headerAboveTitle(lines, i);
    if (!fields.dateText) outletOnly.add(moved ? i + 1 : i);
    if (moved) i++;
  }
  return outletOnly;
}

/**
 * "IL SOLE 24 ORE — 14 luglio 2022 / blank / Title / blank / text", "CORRIERE DELLA SERA / by Name /
 * 15 luglio 2022 / blank / Title": some pages put their header block (masthead, byline, date) above the
 * title. Such a block follows the end of the article before (a full stop, a link) and a title of
 * headline length follows it; the title is moved up above the block, line count kept, into the
 * usual layout "Title / header lines / blank / text".
 */
function moveTitlesAboveHeaderBlocks(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!isDatingLine(lines[i]!)) continue;
    let first = i;
    while (first > 0 && !isBlank(lines[first - 1]!) && isHeaderBlockLine(lines[first - 1]!)) first--;
    if (first > 0 && !isBlank(lines[first - 1]!)) continue;
    const before = previousNonBlank(lines, first - 1);
    if (before >= 0 && !closesAnArticle(lines, before)) continue;
    const title = isBlank(lines[i + 1] ?? '') ? i + 2 : i + 1;
    if (!isHeadlineBelowBlock(lines, title)) continue;
    const text = lines[title]!;
    for (let k = title; k > first; k--) lines[k] = lines[k - 1]!;
    lines[first] = text;
    i = title;
  }
}

/**
 * "Prime Minister's Office / PM chairs review meeting … / Posted On: 12 JUN 2024 10:50PM by PIB Delhi":
 * a government press service prints the issuing office above the release's title and its posting
 * desk after the date. Where such a block follows the end of the article before, the office is moved
 * below the title and the desk taken off the date, line count kept, into the usual "Title / Office /
 * date" layout.
 */
function moveOfficesBelowTitles(lines: string[]): void {
  for (let i = 2; i < lines.length; i++) {
    const line = lines[i]!;
    // Cheap tests first: a posting line has a figure and is short; its office and title are glued above.
    if (line.length > 100 || !HAS_FIGURE.test(line) || isBlank(lines[i - 1]!) || isBlank(lines[i - 2]!))
      continue;
    const office = i - 2;
    if (office > 0 && !isBlank(lines[office - 1]!)) continue;
    const dated = isDatingLine(line) ? line : withoutPostingDesk(line);
    if (!dated || !isOfficialMasthead(lines[office]!) || !readsLikeTitle(lines[i - 1]!)) continue;
    if (isMastheadLine(lines[i - 1]!)) continue;
    const before = previousNonBlank(lines, office - 1);
    if (before >= 0 && !closesAnArticle(lines, before)) continue;
    [lines[office], lines[i - 1]] = [lines[i - 1]!, lines[office]!];
    lines[i] = dated;
  }
}

/**
 * "Mathrubhumi English / 1 min read / Published: Jun 13, 2024, …": a page's reading time glued between
 * the masthead and the date is moved under the date (line count kept), where the reader drops it as
 * the page's metadata, so the masthead stands right above its date.
 */
function moveReadingTimesBelowDates(lines: string[]): void {
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i]!;
    if (!line.trimEnd().endsWith('read') || isBlank(lines[i - 1]!) || !READING_TIME.test(line)) continue;
    if (!isDatingLine(lines[i + 1]!)) continue;
    lines[i] = lines[i + 1]!;
    lines[i + 1] = line;
    i++;
  }
}

/** An office's line: a government body or a press service, as OFFICIAL_OUTLET or isOfficeLine reads it. */
function isOfficialMasthead(line: string): boolean {
  return line.length <= 120 && (OFFICIAL_OUTLET.test(line.trim()) || isOfficeLine(line));
}

/** "Posted On: 12 JUN 2024 10:50PM by PIB Delhi" → the date line without its desk; null for other lines. */
function withoutPostingDesk(line: string): string | null {
  const m = POSTING_DESK.exec(line);
  return m && isDatingLine(m[1]!) ? m[1]! : null;
}

const POSTING_DESK = /^(.*\d.*?)\s+by\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s*$/u;

/**
 * The last line of an article: a sentence, a link, a photo's credit in brackets, or the last line of a
 * signature block ("Min Aung Hlaing / Acting President").
 */
function closesAnArticle(lines: string[], line: number): boolean {
  const text = lines[line]!;
  if (endsLikeSentence(text) || isUrlLine(text) || /\)$/.test(text.trim())) return true;
  // "Source: Reuters", "Listen to this article": a credit or a page's button after the text.
  if (isCreditLine(text) || isPageChrome(text)) return true;
  // "Most read / 1. … / 2. …": a list of links after the text.
  if (itemNumber(text) !== null || bulletText(text) !== null) return true;
  return line > 0 && !isBlank(lines[line - 1]!) && wordCount(text, 6) <= 5;
}

/** A line that dates an article: a date or time line, or an outlet's line with its date. */
function isDatingLine(line: string): boolean {
  // Every date and time has a figure in it: most short lines are passed over at once.
  if (line.length > 100 || !HAS_FIGURE.test(line)) return false;
  return parseDateLine(line) !== null || parseTimeLine(line) !== null || isOutletDateLine(line);
}

const HAS_FIGURE = /\d/;

/** A line of a header block: a dating line, a byline, an outlet's or a masthead's line. */
function isHeaderBlockLine(line: string): boolean {
  return (
    isDatingLine(line) ||
    parseByline(line) !== null ||
    isKnownOutletLine(line) ||
    isShortOutletLine(line) ||
    /^[\p{Lu}\d .&'’-]{3,40}$/u.test(line.trim()) ||
    // ("Ministry of Foreign Affairs of Egypt": an office's name over its release's place and date.)
    (line.length <= 120 && OFFICIAL_OUTLET.test(line.trim()) && !endsLikeSentence(line))
  );
}

/** A headline under a header block: short, no full stop, and the article's text or byline right after. */
function isHeadlineBelowBlock(lines: string[], title: number): boolean {
  const line = lines[title];
  if (line === undefined || isBlank(line) || !readsLikeTitle(line) || endsLikeBodyLine(line)) return false;
  if (wordCount(line, HEADLINE_WORDS + 1) > HEADLINE_WORDS || isDatingLine(line) || isHeaderBlockLine(line))
    return false;
  const next = lines[title + 1] ?? '';
  // (A release's text may follow its title glued, a long sentence as no header line is.)
  if (!isBlank(next)) return parseByline(next) !== null || opensBodyRightBelow(next);
  // The text may come after a line of page chrome ("Share", "Listen to this article") or a byline.
  let text = nextNonBlank(lines, title + 1);
  const passed = (line: string) => (wordCount(line, 5) <= 4 && !isDatingLine(line)) || parseByline(line);
  for (let k = 0; k < 2 && text >= 0 && passed(lines[text]!); k++) text = nextNonBlank(lines, text + 1);
  return text >= 0 && wordCount(lines[text]!, 13) >= 12 && endsLikeSentence(lines[text]!);
}

/**
 * A header line standing alone above its title ("2024-07-01T12:35:00-04:00<TAB>Coast Radio / Title /
 * …"), as a numbered one does: the title is moved up and the header under it, line count kept, when
 * a title line with text below it follows right under the header. Returns whether it was moved.
 */
function headerAboveTitle(lines: string[], header: number): boolean {
  const title = lines[header + 1];
  if (title === undefined || isBlank(title) || nextNonBlank(lines, header + 2) < 0) return false;
  // ("Title / blank / header / By …": a byline under a header is no title.)
  if (!readsLikeTitle(title) || parseByline(title) || parseOutletDateLine(title) || parseHeaderFields(title))
    return false;
  lines[header + 1] = lines[header]!;
  lines[header] = title;
  return true;
}

/**
 * An outlet's line that came from a header line of fields without a date ("AFP | International |
 * Sentiment: Negative") heads the article whose title stands above it, whatever the outlet.
 */
function addFieldedOutletHeaders(
  lines: string[],
  starts: Map<number, Header | null>,
  outletLines: Set<number>,
): void {
  if (outletLines.size === 0) return;
  const inHeader = headerLines(starts);
  for (const i of outletLines) {
    const title = titleAbove(lines, i);
    // A title the closing URL above marked opens the article already, without its header.
    if (inHeader.has(i) || title < 0 || starts.get(title) || inHeader.has(title)) continue;
    if (isTitleCandidate(lines[title]!) && opensArticle(lines, title))
      starts.set(title, { outletLine: i, dateLine: null });
  }
}

/**
 * A monitoring report numbers its items on the outlet and date line, above the title: "[1] Associated
 * Press | Tuesday, March 26, 2024 / Title / By …". Such an item is rewritten in place, line count
 * kept, into the usual layout: "[1] Title" over the outlet and date line (a blank line between the
 * header line and the title is taken out).
 */
function normaliseItemHeaders(lines: string[]): void {
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    if (line.length > 120) continue;
    if (line.length <= 8 && joinLoneItemNumber(lines, i)) continue;
    const number = itemNumber(line);
    if (!number) continue;
    const header = line.slice(number.length).trim();
    const parsed = parseOutletDateLine(header);
    if (!parsed || !looksLikeOutletLine(splitCredit(parsed.outlet).outlet)) continue;
    const title = isBlank(lines[i + 1]!) ? i + 2 : i + 1;
    const titleLine = lines[title];
    if (titleLine === undefined || !readsLikeTitle(titleLine) || parseOutletDateLine(titleLine)) continue;
    lines[i] = `${number.trim()} ${titleLine.trim()}`;
    lines[i + 1] = header;
    if (title === i + 2) lines[title] = '';
  }
}

/**
 * "1. / Title / By … / date": a list that sets each item's number on a line of its own, over the
 * title glued under it (a PDF's or a web list's copy). The number goes onto the title's line and its
 * own line is left blank, line count kept, so the title stands alone as a numbered title does.
 */
function joinLoneItemNumber(lines: string[], i: number): boolean {
  const line = lines[i]!;
  const title = lines[i + 1]!;
  if (!LONE_ITEM_NUMBER.test(line) || isBlank(title) || !readsLikeTitle(title) || itemNumber(title))
    return false;
  lines[i] = '';
  lines[i + 1] = `${line.trim()} ${title.trim()}`;
  return true;
}

/** "1.", "2)", "[3]", "(4)": an item's number alone on its line. */
const LONE_ITEM_NUMBER = /^\s*(?:\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\))\s*$/;

/**
 * A newsletter's contents list is its preamble: no article starts in it or above it, and each title
 * it lists opens an article where it comes back below (closing credits are then all such an article
 * has to mark it).
 */
function startUnderContents(lines: string[], starts: Map<number, Header | null>, contents: Contents): void {
  for (const start of [...starts.keys()]) if (start <= contents.last) starts.delete(start);
  const inHeader = headerLines(starts);
  for (const title of contents.titles) {
    if (!starts.has(title) && !inHeader.has(title) && nextNonBlank(lines, title + 1) >= 0)
      starts.set(title, null);
  }
}

/**
 * A digest of numbered items starts at item 1: a header found above it (a press review's heading over
 * its date line) belongs to the review's own preamble. Returns whether such a list was found.
 */
function startListAtItemOne(lines: string[], starts: Map<number, Header | null>): boolean {
  let first = -1;
  for (const start of starts.keys()) {
    const number = itemNumber(lines[start]!);
    if (number && /^\D*1\D*$/.test(number) && (first < 0 || start < first)) first = start;
  }
  if (first < 0) return false;
  for (const start of [...starts.keys()]) if (start < first) starts.delete(start);
  return true;
}

/**
 * "UN agency raises landslide toll [Reuters]" → the title and the outlet in brackets after it; also
 * "[AFP] Aid convoy reaches the town", the outlet in brackets before it, when sitrep knows the outlet.
 */
function bracketedOutlet(line: string): { title: string; outlet: string } | null {
  if (line.charCodeAt(0) === 91) return outletBracketFirst(line);
  if (lastCharCode(line) !== 93) return null;
  const m = /^(.*\S)\s+\[([^[\]]{2,60})\]\s*$/.exec(line);
  if (!m) return null;
  // "[ABC News (Australia)]": the country in parentheses, written as an outlet line writes it.
  const country = /^(.*\S)\s*\(([^()]{2,30})\)$/.exec(m[2]!.trim());
  const outlet = country ? country[1]! : m[2]!.trim();
  if (!looksLikeOutletLine(outlet) || NOT_OUTLET_TAG.test(outlet)) return null;
  return { title: m[1]!.trim(), outlet: country ? `${outlet}, ${country[2]!.trim()}` : outlet };
}

function outletBracketFirst(line: string): { title: string; outlet: string } | null {
  const m = /^\[([^[\]]{2,40})\]\s+(\S.*)$/.exec(line.trim());
  if (!m || knownOutlet(m[1]!.trim()) === null) return null;
  return { title: m[2]!.trim(), outlet: m[1]!.trim() };
}

/** Tags a title may end in that name no outlet: "[VIDEO]", "[Updated]", "[Photos]". */
const NOT_OUTLET_TAG =
  /^(?:video|videos|photos?|pictures|gallery|audio|podcast|live|updated?|update \d+|corrected|correction|exclusive|analysis|opinion|explainer|watch|listen|paywall|subscribers? only|pdf|map|graphic|interactive)$/i;

/**
 * "Gunmen storm TV studio during live broadcast (9 January 2024)", "… (Reuters, 3 Oct 2023)": a
 * clipping's date (maybe after its outlet) in parentheses closing its title → the title, and the
 * parentheses' text. Null when they hold no date.
 */
function titleDate(line: string): { title: string; date: string } | null {
  if (line.length > 300) return null;
  if (lastCharCode(line) !== 41) return titleThenFields(line);
  const close = line.lastIndexOf(')');
  const open = line.lastIndexOf('(', close);
  // The parentheses hold a date's length ("9 Jan 2024" to "Tuesday, 9 January 2024, 14:05 GMT"),
  // after a space: "Title (2)" and "Title(s)" are no dates, and are ruled out before any pattern.
  if (open < 1 || close - open - 1 < 6 || close - open - 1 > 48 || line.charCodeAt(open - 1) > 32)
    return null;
  const date = line.slice(open + 1, close);
  if (!(parseDateLine(date) || parseTimeLine(date) || outletAndDateIn(date))) return null;
  const title = line.slice(0, open).trim();
  return title ? { title, date } : null;
}

/**
 * "Talks resume in the capital — Reuters — 3 October 2023": a title, its outlet and its date on one
 * line, between dashes or bars → the title, and the outlet and date as an outlet line writes them.
 */
function titleThenFields(line: string): { title: string; date: string } | null {
  if (!isDigitCode(lastCharCode(line)) || !FIELD_DASH.test(line)) return null;
  const fields = line.trim().split(FIELD_DASH_SPLIT);
  if (fields.length < 3) return null;
  const date = fields.at(-1)!;
  const outlet = fields.at(-2)!;
  const title = fields.slice(0, -2).join(' — ');
  if (!(parseDateLine(date) || parseTimeLine(date))) return null;
  // A headline of a few words, not a writer's name ("Jane Doe | Reuters | 3 October 2023" is a header).
  if (!looksLikeOutletLine(outlet) || !readsLikeTitle(title) || wordCount(title, 4) < 4) return null;
  return { title, date: `${outlet}, ${date}` };
}

const FIELD_DASH = / [—–|] /;
const FIELD_DASH_SPLIT = /\s+[—–|]\s+/;

/** "Reuters, 3 Oct 2023" in a title's closing parentheses: the outlet's name and the date. */
function outletAndDateIn(text: string): boolean {
  const parsed = parseOutletDateLine(text);
  return parsed !== null && looksLikeOutletLine(splitCredit(parsed.outlet).outlet);
}

/**
 * A title line that carries its own header, standing alone with text below, opens an article:
 * - "Title (9 January 2024)", the date in parentheses, with the outlet's line right under it (or a
 *   blank line and its text);
 * - "1. UN agency raises landslide toll [Reuters]", a numbered item (or one crediting a known outlet)
 *   with its outlet in brackets; its text may follow at once.
 * `last` is the line's last character: only lines closing with a parenthesis or a bracket are asked.
 */
function addSelfHeadedTitle(
  lines: string[],
  i: number,
  last: number,
  starts: Map<number, Header | null>,
): void {
  const line = lines[i]!;
  if (line.length > 400 || starts.has(i)) return;
  if (last !== 93) {
    if (!titleDate(line) || !standsAlone(lines, i) || !readsLikeTitle(line)) return;
    const below = lines[i + 1] ?? '';
    if (!isBlank(below) && looksLikeOutletLine(below)) starts.set(i, { outletLine: i + 1, dateLine: i });
    // "Title (Reuters, 15 April 2023)": a blank line or the body's first paragraph right under it.
    // (Its outlet and date in brackets mark it a header: a shorter first sentence will do.)
    else if ((isBlank(below) && nextNonBlank(lines, i + 1) >= 0) || opensBodyRightBelow(below, 40))
      starts.set(i, { outletLine: null, dateLine: i });
  } else {
    const item = bracketedOutlet(line);
    if (!item || !standsAlone(lines, i) || !readsLikeTitle(item.title) || nextNonBlank(lines, i + 1) < 0)
      return;
    if (itemNumber(line) || knownOutlet(item.outlet)) starts.set(i, null);
  }
}

/**
 * Separator lines ("* * *") between clippings: the line after one opens an article when it reads like
 * a title and text follows it before the next separator; an outlet's line may stand right under it.
 */
function addSeparatedArticles(
  lines: string[],
  starts: Map<number, Header | null>,
  separators: Set<number>,
): void {
  if (separators.size === 0) return;
  const inHeader = headerLines(starts);
  for (const separator of separators) {
    let title = nextNonBlank(lines, separator + 1);
    // "----- / General News / Title": a kicker under the separator stands above the title.
    if (title >= 0 && isKicker(lines[title]!) && readsLikeTitle(lines[title + 1] ?? '')) title++;
    if (title < 0 || starts.has(title) || inHeader.has(title) || !readsLikeTitle(lines[title]!)) continue;
    const text = nextNonBlank(lines, title + 1);
    if (text < 0 || hasSeparatorBetween(separators, title, text)) continue;
    const below = lines[title + 1] ?? '';
    const outletLine = !isBlank(below) && looksLikeOutletLine(below) ? title + 1 : null;
    starts.set(title, outletLine === null ? null : { outletLine, dateLine: null });
  }
  addFirstClipping(lines, starts, separators);
}

/**
 * The first clipping stands under the digest's heading line, not under a separator: it opens an
 * article when it is a title over an outlet's line and text follows before the first separator.
 */
function addFirstClipping(
  lines: string[],
  starts: Map<number, Header | null>,
  separators: Set<number>,
): void {
  const heading = nextNonBlank(lines, 0);
  if (heading < 0 || !isBlank(lines[heading + 1] ?? '') || !isDigestHeading(lines, heading, heading + 1))
    return;
  const title = nextNonBlank(lines, heading + 1);
  if (title < 0 || starts.has(title) || hasSeparatorBetween(separators, heading, title)) return;
  const below = lines[title + 1] ?? '';
  if (isBlank(below) || !readsLikeTitle(lines[title]!) || !looksLikeOutletLine(below)) return;
  const text = nextNonBlank(lines, title + 2);
  if (text < 0 || hasSeparatorBetween(separators, title, text)) return;
  // (A loop, not Math.min(...starts.keys()): a large digest has more starts than arguments fit.)
  for (const start of starts.keys()) if (start <= text) return;
  starts.set(title, { outletLine: title + 1, dateLine: null });
}

/** The code of a line's last character that is not white space (NaN for a blank line), without trimming. */
function lastCharCode(line: string): number {
  let end = line.length - 1;
  while (end >= 0 && line.charCodeAt(end) <= 32) end--;
  return line.charCodeAt(end);
}

/** A separator on one of the (blanked) lines between two lines. */
function hasSeparatorBetween(separators: Set<number>, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (separators.has(k)) return true;
  return false;
}

/** Start line of each article → its header (null for an article with no outlet/date header). */
function findArticleStarts(lines: string[], separators: Set<number>): Map<number, Header | null> {
  const starts = new Map<number, Header | null>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // (A header found later, under this line, replaces the one this line carries.)
    const last = lastCharCode(line);
    if (last === 41 || last === 93 || (isDigitCode(last) && FIELD_DASH.test(line)))
      addSelfHeadedTitle(lines, i, last, starts);
    else if (line.charCodeAt(0) === 91) addSelfHeadedTitle(lines, i, 93, starts);
    // (A byline may carry the date, and runs longer: "By …, Staff Writer | @site | Published on …",
    // "Published on 12/05/2024 - 19:40 By … - Agência Brasil reporter - Brasília".)
    // (And a date line may run longer with a page's stamps and counters after the date: "28 Mar, 2025
    // - 18:30 2025-03-28T18:30:44+00:00 … 1,204 Views".)
    if (line.length > 80 && !(line.length <= 120 && carriesByline(line)) && !longDateFirst(line)) continue;
    if (isBlank(line)) continue;
    if (
      // (A time line may carry the page's update after it: "… 9:14 PM [ Last Update: … ]".)
      (line.length <= 100 && (parseDateLine(line) || parseTimeLine(line) || parseRelativeTimeLine(line))) ||
      (parseDateBylineLine(line) !== null && !isOutletDateLine(line))
    ) {
      // "The Scotsman | 21 October 2022 / Published 21st Oct 2022, 17:42 BST": the page's own time
      // under a header line that dated the article already.
      if (isOutletDateLine(lines[previousNonBlank(lines, i - 1)] ?? '')) continue;
      // "Tue 3 Sep 2019 20.14 BST / Last modified on Tue 3 Sep 2019 22.40 BST": the page's update
      // right under the date line that opened the header.
      if (i > 0 && isDateOrTimeLine(lines[i - 1]!)) continue;
      const header = mastheadBlockAbove(lines, i) ?? headerAbove(lines, i);
      const outletLine = header ? outletOfHeader(lines, header.outletLine, i) : null;
      // "Last updated: 4 March 2025, 16:05" set apart under an article's last lines is the page's foot,
      // not a header: such a line opens an article only under an outlet's line or glued to its title.
      if (header && (outletLine !== null || !isLastUpdateLine(line) || !isBlank(lines[i - 1] ?? '')))
        starts.set(header.title, { outletLine, dateLine: i });
      else if (!header) {
        const below = titleBelowDate(lines, i);
        if (below >= 0 && !starts.has(below)) starts.set(below, { outletLine: null, dateLine: i });
      }
    } else if (isOutletDateLine(line)) {
      const signed = mastheadBlockAbove(lines, i) ?? outletAboveSignedDate(lines, i);
      if (signed) {
        starts.set(signed.title, { outletLine: signed.outletLine, dateLine: i });
        continue;
      }
      // "Reuters | 26 September 2023": one line is both the outlet line and the date line. A sentence
      // with its full stop a blank line above "La Paz, 26 June 2024" is the close of a communiqué
      // (its place and date of signing), not a title.
      const title = titleAbove(lines, i);
      const closesBody = title >= 0 && title < i - 1 && !readsLikeTitle(lines[title]!);
      if (title >= 0 && isTitleCandidate(lines[title]!) && opensArticle(lines, title) && !closesBody)
        starts.set(title, { outletLine: i, dateLine: i });
    }
  }
  addOutletOnlyHeaders(lines, starts);
  addSeparatedArticles(lines, starts, separators);
  addDatelineHeaders(lines, starts);
  // An article's URL alone on a line closes it, and so does a closing credit ("— Malawi24, 13 March
  // 2023"); the next line, when it reads like a title and has text below it, opens the next article.
  // (A URL inside a body is followed by a sentence instead.)
  const inHeader = headerLines(starts);
  addFirstCreditedArticle(lines, starts, inHeader);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const closes = isUrlLine(line) || (closingCredit(line) !== null && !isUrlLine(lines[i + 1] ?? ''));
    if (!closes && !(line.length < 400 && endsInLink(line) && closingUrl(line))) continue;
    const next = nextNonBlank(lines, i + 1);
    if (next < 0 || starts.has(next) || inHeader.has(next)) continue;
    if (readsLikeTitle(lines[next]!) && nextNonBlank(lines, next + 1) >= 0) starts.set(next, null);
  }
  return starts;
}

/**
 * The outlet's line of a header found above the date, or else the one below it. "Title / News /
 * 11.06.2025 09:14 / ERR News": a site's section right over the date names no outlet; the line under
 * the date may. So too under a writer's name: "Title / Dylan Baddour / June 10, 2025 / Inside Climate
 * News / Share this article / body".
 */
function outletOfHeader(lines: string[], above: number | null, dateLine: number): number | null {
  if (above === null) return outletBelow(lines, dateLine);
  if (above !== dateLine - 1) return above;
  const line = lines[above]!;
  // (A writer's name glued under the title: one set apart may be a masthead, "Title / blank /
  // Kyongbuk Maeil / date".)
  const writer = isWriterLine(line) && !isKnownOutletLine(line) && !isBlank(lines[above - 1] ?? '');
  if (!isSectionName(line) && !writer) return above;
  return outletBelow(lines, dateLine) ?? above;
}

/** A line of up to 100 characters that opens with a figure, as a date line may (cheap tests only). */
function longDateFirst(line: string): boolean {
  return line.length <= 100 && isDigitCode(line.charCodeAt(0));
}

/** "By …" opens the line, or a capital " By " stands in it after the date. */
function carriesByline(line: string): boolean {
  return opensWithBy(line) || line.includes(' By ') || line.includes(' BY ');
}

/** "By …" opens the line (by its first three characters, without a pattern). */
function opensWithBy(line: string): boolean {
  return (line.charCodeAt(0) | 32) === 98 && (line.charCodeAt(1) | 32) === 121 && line.charCodeAt(2) === 32;
}

/** "Last updated: …", "Last modified …": a page's note of its last change (cheap test on the first letter). */
function isLastUpdateLine(line: string): boolean {
  return (line.trimStart().charCodeAt(0) | 32) === 108 && LAST_UPDATE.test(line);
}

const LAST_UPDATE = /^\s*last\s+(?:updated|modified)\b/i;

/**
 * "— Malawi24, 13 March 2023", "(Source: Daily Monitor, 25/06/2024)", "Source: Nation Africa, 25 June
 * 2024": the outlet and date written after an article's body, on a line of its own after a dash, a
 * "Source:" label or in parentheses.
 */
function closingCredit(line: string): { outlet: string; date: string } | null {
  if (line.length > 100 || !opensCredit(line)) return null;
  const m = CLOSING_CREDIT.exec(line);
  const credit = m ? (m[1] ?? m[2]!) : null;
  if (!credit) return null;
  const parsed = parseOutletDateLine(credit);
  return parsed ? (looksLikeOutletLine(parsed.outlet) ? parsed : null) : institutionAndDate(credit);
}

/**
 * "International Federation of Red Cross and Red Crescent Societies, 20 March 2024": under an
 * article, after a dash, an institution signs with its long name, longer than a header's outlet may be.
 */
function institutionAndDate(credit: string): { outlet: string; date: string } | null {
  const comma = credit.lastIndexOf(', ');
  if (comma < 0) return null;
  const outlet = credit.slice(0, comma).trim();
  const date = parseDateLine(credit.slice(comma + 2));
  return date && INSTITUTION_NAME.test(outlet) ? { outlet, date } : null;
}

/**
 * "Source: Eye Radio", "Manila Bulletin", "Nippon.com", "The Daily Telegraph": an outlet's name alone
 * on an article's last line, labelled as its source, or a name a masthead would have (a known
 * outlet's, a site's host, words that make mastheads); null for a tag ("Ireland", "Politics") or a
 * page's button. Its name, or null.
 */
function closingOutlet(line: string): string | null {
  if (line.length > 50 || endsLikeSentence(line)) return null;
  const labelled = sourceLabel(line);
  const text = (labelled ?? line).trim();
  if (wordCount(text, 5) > 4 || isPageChrome(text) || isSectionName(text) || isBuiltInPlace(text))
    return null;
  if (!looksLikeOutletLine(text) || parseByline(text)) return null;
  if (labelled || isKnownOutletLine(text) || SITE_HOST.test(text)) return text;
  return isMastheadName(text) ? text : null;
}

/** "Nippon.com", "Rappler.com": a site's host as its name. */
const SITE_HOST = /^[A-Za-z][\w-]*\.(?:com|net|org|co|news|info)(?:\.[a-z]{2})?$/;

/** "Manila Bulletin", "Graphic Online": two to four capitalised words, one of those mastheads are made of. */
function isMastheadName(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length >= 2 &&
    words.every((w) => /^[\p{Lu}&]/u.test(w) || NAME_LINKS.has(w)) &&
    hasMastheadWord(text)
  );
}

/** Groups: the credit in brackets, or after a dash or label. */
const CLOSING_CREDIT =
  /^\s*(?:[([](?:(?:source|via)\s*:\s*)?([^()[\]]+?)[)\]]|(?:[—–-]{1,2}|(?:source|via)\s*:)\s*(\S.*?))\s*$/i;

/** A credit line opens with a dash, a bracket or a "Source:"/"Via:" label (a cheap test first). */
function opensCredit(line: string): boolean {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) <= 32) i++;
  const c = line.charCodeAt(i);
  // A dash, "(" or "[".
  if (c === 45 || c === 0x2013 || c === 0x2014 || c === 40 || c === 91) return true;
  const letter = c | 32; // lower case
  return (letter === 115 && /^\s*source\s*:/i.test(line)) || (letter === 118 && /^\s*via\s*:/i.test(line));
}

/** A paragraph's closing full stop, before a closing quotation mark or not (a title has none). */
function endsWithFullStop(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && line.charCodeAt(i) <= 32) i--;
  const last = line.charCodeAt(i);
  if (last === 34 || last === 39 || last === 0x201d || last === 0x2019) return line.charCodeAt(i - 1) === 46;
  return last === 46;
}

/**
 * A digest whose items end in closing credits starts with an item: its first line, when it reads
 * like a title above a paragraph and nothing else opens an article before the first credit.
 */
function addFirstCreditedArticle(
  lines: string[],
  starts: Map<number, Header | null>,
  inHeader: Set<number>,
): void {
  const credit = lines.findIndex((line) => closingCredit(line) !== null);
  if (credit < 0 || [...starts.keys()].some((start) => start < credit)) return;
  const first = nextNonBlank(lines, 0);
  if (first < 0 || first >= credit || inHeader.has(first) || !readsLikeTitle(lines[first]!)) return;
  if (nextNonBlank(lines, first + 1) < credit) starts.set(first, null);
}

/**
 * A headline: not a full sentence with a closing full stop, and not a paragraph's length. A line
 * indented with a tab is a paragraph, as exports mark one, even without its full stop.
 */
function readsLikeTitle(line: string): boolean {
  // A title is at most 30 words, so a line of over 300 characters is none (checked before trimming).
  if (line.length > 400 || line.charCodeAt(0) === 9) return false;
  const text = line.trim();
  return isTitleCandidate(text) && !/\.["”’']?$/.test(text) && wordCount(text, 30) <= 30;
}

/** "Read more: https://…", "Full story: https://…": the article's own link, labelled. */
const LABELLED_URL =
  /^\s*(?:read (?:more|on|at [\w.-]+|(?:the )?full (?:story|article|report))|full (?:story|article|report)|source|link|original|continue reading)(?:\s*:|\s+at:?)\s*(https?:\/\/\S+)\s*$/i;

/** "<https://…>": a URL in angle brackets, as mail clients write links. */
const BRACKETED_URL = /^\s*<(https?:\/\/[^\s<>]+)>\s*$/;

/** The URL an article's last line gives: a URL alone (or in angle brackets), or one after a "Read more:" label. */
function closingUrl(line: string): string | null {
  if (isUrlLine(line)) return line.trim();
  return LABELLED_URL.exec(line)?.[1] ?? BRACKETED_URL.exec(line)?.[1] ?? null;
}

/** The last word is a link ("… at https://…", "<https://…>"): found from the end, without a pattern. */
function endsInLink(line: string): boolean {
  let end = line.length - 1;
  while (end >= 0 && line.charCodeAt(end) <= 32) end--;
  let start = end;
  while (start > 0 && line.charCodeAt(start - 1) > 32) start--;
  return line.startsWith('http', start) || line.startsWith('<http', start);
}

/** True when the last non-blank line of lines[from, to) is a URL, alone or labelled ("Read more at …"). */
function hasClosingUrl(lines: string[], from: number, to: number): boolean {
  const last = previousNonBlank(lines, to - 1);
  return last >= from && closingUrl(lines[last]!) !== null;
}

/**
 * "Title / MOSCOW, August 7. /TASS/. Russian troops …": an item with no outlet or date line, whose
 * first paragraph opens with a wire dateline crediting an agency, right under the title or one blank
 * line below it. A dateline opens only an article's first paragraph, so the line above is its title.
 */
function addDatelineHeaders(lines: string[], starts: Map<number, Header | null>): void {
  const inHeader = headerLines(starts);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Most lines are paragraphs: their closing full stop rules them out before anything else.
    if (line.length > 200 || endsWithFullStop(line) || (i > 0 && !isBlank(lines[i - 1]!))) continue;
    if (isBlank(line) || starts.has(i) || inHeader.has(i)) continue;
    const body = isBlank(lines[i + 1] ?? '') ? i + 2 : i + 1;
    const first = lines[body];
    if (!first || !mayOpenWithDateline(first) || !readsLikeTitle(line) || !matchDateline(first)?.agency)
      continue;
    // "By A and B" over the dateline is the byline of the article above, set off by blank lines; a
    // page's "Share" button over it belongs to the header above it.
    if (parseByline(line) || isPageChrome(line)) continue;
    starts.set(i, null);
  }
}

/**
 * A cheap test before matchDateline, which the reader would otherwise run on every paragraph: an
 * agency dateline has a bracket, a slash or a dash in its first 60 characters ("KYIV, Aug 8 (Reuters)
 * -", "MOSCOW, August 7. /TASS/.", "MOSCOW, 7 Aug - RIA Novosti.").
 */
function mayOpenWithDateline(line: string): boolean {
  // The place comes first: a word in capitals ("MOSCOW,"), or one in title case right before the
  // agency's bracket ("Herat (AFP) –"). "The army said …" opens no dateline.
  let word = 0;
  while (word < line.length && isLetterCode(line.charCodeAt(word))) word++;
  if (word === 0) return false;
  const capitals = word >= 2 && line.slice(0, word) === line.slice(0, word).toUpperCase();
  // (A place in title case may also stand before a comma: "Havana, Jun 10 (Prensa Latina) …",
  // "Damascus, SANA-The …".)
  if (!capitals && !line.startsWith(' (', word) && !PLACE_THEN_COMMA.test(line)) return false;
  const end = Math.min(line.length, 60);
  for (let i = word; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 40 || c === 47 || c === 45 || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/** "Santiago de Cuba, …": a place of up to four words in title case, then a comma. */
const PLACE_THEN_COMMA = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3},/u;

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * Some items have a known outlet's line under the title but no date line: "Title / [blank] / Reuters /
 * blank / body". Only outlets sitrep knows, a feed's "via …" line, or an outlet the digest's other
 * headers name count here, so that a short body line can't open an article.
 */
function addOutletOnlyHeaders(lines: string[], starts: Map<number, Header | null>): void {
  const inHeader = headerLines(starts);
  // An outlet another item of the same digest names on its outlet line counts as known here too.
  const seen = new Set<string>();
  for (const header of starts.values())
    if (header?.outletLine != null) seen.add(outletPart(lines[header.outletLine]!).toLowerCase());
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 60 || isBlank(line) || inHeader.has(i)) continue;
    // The outlet line stands right under the title or one blank line below it, and ends the header:
    // a blank line follows, or the body's first paragraph, a sentence as long as no header line is.
    // Or a byline ends it, over a body opening with a dateline (see bylineOverDateline).
    const below = lines[i + 1] ?? '';
    const byline = bylineOverDateline(lines, i + 1);
    if (!byline && !isBlank(below) && !opensBodyRightBelow(below)) continue;
    const title = previousNonBlank(lines, i - 1);
    if (title < 0 || starts.has(title) || inHeader.has(title)) continue;
    if (!readsLikeTitle(lines[title]!) || !standsAlone(lines, title) || nextNonBlank(lines, i + 1) < 0)
      continue;
    if (!byline && !namesOutlet(line, seen) && !spellsItsLink(lines, i) && !creditedByDateline(line, below))
      continue;
    if (byline && !looksLikeOutletLine(line)) continue;
    if (isWriterOverDesk(lines, title)) continue;
    starts.set(title, { outletLine: i, dateLine: null });
  }
}

/**
 * "Title / Jiji Press / Tokyo, Jan. 4 (Jiji Press)--About 33,000 people …": the body's first line
 * opens with a dateline crediting the agency the line above it names, however unknown.
 */
function creditedByDateline(line: string, first: string): boolean {
  // (A cheap test first: the agency's bracket within the dateline's length; the place may be in title case.)
  const bracket = first.indexOf('(');
  if (bracket < 1 || bracket > 60) return false;
  const agency = matchDateline(first)?.agency;
  return agency != null && agency.toLowerCase() === line.trim().toLowerCase();
}

/**
 * "Title / Garhwal Post / By Our Staff Reporter / HALDWANI, 8 Feb: Violence broke out …": a byline
 * line right under an outlet's line, over a first paragraph that opens with a dateline. The three
 * together show an article's head even when sitrep doesn't know the outlet: a body sentence may
 * start with "By" ("By nine in the morning, …"), but is no byline, and a dateline opens only an
 * article's first paragraph.
 */
function bylineOverDateline(lines: string[], line: number): boolean {
  const text = lines[line] ?? '';
  if (text.length > 60 || !/^by\s/i.test(text) || endsWithFullStop(text) || !parseByline(text)) return false;
  const body = isBlank(lines[line + 1] ?? '') ? line + 2 : line + 1;
  const first = lines[body] ?? '';
  return first.length > BODY_LINE_CHARS && matchDateline(first) !== null;
}

/**
 * A paragraph glued under an outlet line is longer than any header line (a title, a byline, a date
 * line): such a line ending like a sentence is the body.
 */
const BODY_LINE_CHARS = 80;

/**
 * The body's first paragraph glued under a header line: longer than a header line, ending like a
 * sentence. A search alert's snippet cut short ("… to extend their strike for a ...") is no body.
 */
function opensBodyRightBelow(line: string, longerThan = BODY_LINE_CHARS): boolean {
  const text = line.trimEnd();
  return text.length > longerThan && endsLikeBodyLine(text) && !/(?:\.\.\.|…)$/.test(text);
}

/** How far below an outlet line its item's link is looked for. */
const LINK_SEARCH_LINES = 200;

/**
 * "Mada Masr" over an item whose link is https://www.madamasr.com/…: an outlet sitrep does not know,
 * named by the item's own link (the first link line below it). A sub-heading never spells a host.
 */
function spellsItsLink(lines: string[], outletLine: number): boolean {
  const line = lines[outletLine]!;
  if (!looksLikeOutletLine(line) || wordCount(line, 7) > 6) return false;
  const end = Math.min(lines.length, outletLine + LINK_SEARCH_LINES);
  for (let k = outletLine + 1; k < end; k++) {
    const url = closingUrl(lines[k]!);
    if (url) return nameSpellsHost(outletName(line).trim(), url);
  }
  return false;
}

/** A known outlet's line, a feed's "via …" line, or the name of an outlet the digest names elsewhere. */
function namesOutlet(line: string, seen: Set<string>): boolean {
  if (isKnownOutletLine(line) || isViaLine(line)) return true;
  // "Coastal Courier · By Lena Ortiz": a byline after the name shows the line is an outlet's credit.
  if (hasByAfterSeparator(line) && outletThenByline(line)) return true;
  // A name is a few words: a line with many spaces is passed over before a copy of it is made.
  let spaces = 0;
  for (let k = 0; k < line.length && spaces <= 6; k++) if (line.charCodeAt(k) === 32) spaces++;
  return spaces <= 6 && seen.has(outletName(line).trim().toLowerCase());
}

/**
 * A paragraph's end: sentence punctuation, or a quotation closed after it. A headline may end in a
 * quoted phrase ("… burns: 'the worst has been avoided'"), its closing mark right after a letter.
 */
function endsLikeBodyLine(line: string): boolean {
  if (!endsLikeSentence(line)) return false;
  const text = line.trimEnd();
  const last = text.charCodeAt(text.length - 1);
  const quote = last === 39 || last === 0x2019 || last === 34 || last === 0x201d;
  return !(quote && isLetterCode(text.charCodeAt(text.length - 2)));
}

/** A date or time line: "4 October 2023", "Tue 3 Sep 2019 20.14 BST". */
function isDateOrTimeLine(line: string): boolean {
  return (
    line.length <= 100 && !isBlank(line) && (parseDateLine(line) !== null || parseTimeLine(line) !== null)
  );
}

/** "Reuters | 26 September 2023": an outlet and a date on one line. */
function isOutletDateLine(line: string): boolean {
  const outlet = parseOutletDateLine(line)?.outlet;
  return outlet !== undefined && looksLikeOutletLine(splitCredit(outlet).outlet);
}

/**
 * "Title / Ukrainska Pravda / Oksana Levchenko — Sunday, 9 October 2022, 09:48", "Title / Mail &
 * Guardian / Opinion | April 21, 2021", "Title / 14ymedio / Havana | July 07, 2021": the outlet on a
 * short line of its own right above a line that dates the article with another field (the writer, the
 * section, the place, the time); the title stands above the outlet.
 */
function outletAboveSignedDate(
  lines: string[],
  dateLine: number,
): { title: number; outletLine: number } | null {
  const outletLine = dateLine - 1;
  if (outletLine < 1) return null;
  const outlet = lines[outletLine]!.trim();
  // ("PT Indonesia Morowali Industrial Park (IMIP) / Morowali, 24 December 2023": over a release's
  // place and date, any line that looks like an outlet's is its issuer's.)
  const issuer = isPlaceDateLine(lines[dateLine]!) && looksLikeOutletLine(outlet);
  if (!isKnownOutletLine(outlet) && !isShortOutletLine(outlet) && !officeBeforeItsUnits(outlet) && !issuer)
    return null;
  const title = titleAbove(lines, outletLine);
  const headline = title >= 0 && title < outletLine && !endsLikeSentence(lines[title]!);
  return headline && isTitleCandidate(lines[title]!) && opensArticle(lines, title)
    ? { title, outletLine }
    : null;
}

/** "Morowali, 24 December 2023", "New York, 15 April 2023": a place of one or two words, a comma, a date. */
function isPlaceDateLine(line: string): boolean {
  const place = parseOutletDateLine(line)?.outlet;
  return place !== undefined && PLACE_WORDS.test(place) && line.trimStart().startsWith(`${place},`);
}

const PLACE_WORDS = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$/u;

/** The person's name an outlet-and-date line opens with ("Oksana Levchenko — 9 October 2022"), or null. */
function signerOf(line: string): string | null {
  const signer = parseOutletDateLine(line)?.outlet;
  if (signer === undefined || !looksLikePersonName(signer) || knownOutlet(signer) !== null) return null;
  // ("Por Lesly Ordóñez | 13 de julio de 2023": a byline, read as one by parseDateBylineLine.)
  if (parseByline(signer)) return null;
  // "New York, 15 April 2023", "Geneva, 3 May 2024": a comma after the name is a release's place and
  // date; a writer's name is set apart with a dash or a bar ("Jane Doe — 9 October 2022").
  return line.trimStart().startsWith(`${signer},`) ? null : signer;
}

/** Lines a page's header block may hold between its masthead and its date line. */
const MAX_BLOCK_FIELDS = 3;

/**
 * A page's header block copied whole, a blank line under its title: the masthead on the block's first
 * line, then up to three lines that each name a field of the header (a byline, a desk, a place, a
 * section, the writer's post, the publisher's group), and the date line last, maybe a blank line
 * apart: "Nation / By Brian Kiptoo / Nation Media Group / date", "Prothom Alo English / Prothom Alo
 * English Desk / Dhaka / Updated: …", "The Indian Express / Written by … / Ahmedabad | Updated: …",
 * "THE WHITE HOUSE / Briefing Room — Statements and Releases / JUNE 25, 2021", "Adnkronos / blank /
 * ROME - 15/07/2022 - 18:03". Whatever the lines between say, the first is the outlet and the
 * headline above the block the title; null when the block or the headline does not fit.
 */
function mastheadBlockAbove(lines: string[], dateLine: number): { title: number; outletLine: number } | null {
  let last = dateLine - 1;
  if (last > 0 && isBlank(lines[last]!)) last--;
  if (last < 1 || isBlank(lines[last]!)) return null;
  let top = last;
  while (top > 0 && last - top < MAX_BLOCK_FIELDS && !isBlank(lines[top - 1]!)) top--;
  if (!isBlank(lines[top - 1] ?? '')) return null;
  // "Title / blank / Reuters / date" is headerAbove's; a single line here is only an office's long name
  // or a masthead set apart from its date by a blank line.
  if (top === last && last === dateLine - 1 && !isOfficeOfGovernment(lines[top]!)) return null;
  if (!isMastheadLine(lines[top]!)) return gluedToTitle(lines, top, last, dateLine);
  for (let k = top + 1; k <= last; k++) {
    if (isHeaderFieldLine(lines[k]!)) continue;
    // "GRANMA — English edition / Title / date": the masthead above its title.
    const aboveTitle = k === top + 1 && k === last && last === dateLine - 1 && isMastheadAboveTitle(lines, k);
    return aboveTitle ? { title: k, outletLine: top } : null;
  }
  const title = previousNonBlank(lines, top - 1);
  return title >= 0 && top - title <= 3 && isHeadlineAboveBlock(lines, title)
    ? { title, outletLine: top }
    : null;
}

/** "Updated", "Published on", "News release", "Statement": a label, not a name. */
function isFieldLabel(text: string): boolean {
  return text.length <= 20 && (DATE_LABEL.test(text) || RELEASE_LABEL.test(text));
}

/**
 * "PRESS RELEASE", "News release", "STATEMENT", "Briefing notes" (a UN agency's summary of its
 * spokesperson's words), "Media advisory": a line naming the kind of item, above its office.
 */
const RELEASE_LABEL =
  /^\s*(?:(?:press|news|media) release|statement|press statement|communiqu[ée]|(?:press )?briefing notes?|media advisory)\s*$/i;

/**
 * The same block with no blank line under the title: "Title / Haaretz / blank / Jonathan Lis | Aug. 5,
 * 2020 | 11:34 PM", "Title / Outlet / Desk / date". The block's first line is the title when the
 * masthead follows it, with only fields of the header after that; a block that the date line closes
 * right under the masthead is headerAbove's ("Title / Outlet / date").
 */
function gluedToTitle(
  lines: string[],
  top: number,
  last: number,
  dateLine: number,
): { title: number; outletLine: number } | null {
  // "Title / PRESS RELEASE / Ministry of … / Cairo, 16 April 2023": the kind of item above the office.
  const labelled = top + 2 <= last && RELEASE_LABEL.test(lines[top + 1]!);
  let masthead = labelled ? top + 2 : top + 1;
  // "Title / Sasa Dragojlo / BIRN / Sarajevo / date": the writer's name over the masthead.
  if (masthead < last && isWriterOverMasthead(lines, masthead)) masthead++;
  if (
    masthead > last ||
    (masthead === last && last === dateLine - 1 && !labelled) ||
    !isMastheadLine(lines[masthead]!)
  )
    return null;
  for (let k = masthead + 1; k <= last; k++) {
    // "Title / The Guardian / Standfirst. / Ben Doherty in Sydney / date": the standfirst under the
    // masthead, over the writer's credit.
    const standfirst = k === masthead + 1 && k < last && isStandfirstLine(lines[k]!);
    if (!standfirst && !isHeaderFieldLine(lines[k]!) && !writerCredit(lines[k]!)) return null;
  }
  return isHeadlineAboveBlock(lines, top) ? { title: top, outletLine: masthead } : null;
}

/** "News", "Asia", "World", "Project Update": a site's section or the kind of page, no outlet's name. */
function isSectionName(line: string): boolean {
  const text = line.trim();
  return text.length <= 20 && SECTION_NAMES.has(text.toLowerCase());
}

const SECTION_NAMES = new Set([
  ...'news world asia africa europe americas politics business sport sports national local region regional health science climate environment economy tech technology lifestyle culture international'.split(
    ' ',
  ),
  'middle east',
  'top stories',
  'breaking news',
  'project update',
  'news update',
  // The kind of piece a page files the article under ("Analysis", "Exclusive", "Explainer").
  ...'analysis exclusive explainer feature features interview investigation disaster disasters weather'.split(
    ' ',
  ),
  ...['general', 'local', 'world', 'regional', 'national', 'business'].map((word) => `${word} news`),
  'special report',
  'fact check',
  'in depth',
  // Topics a humanitarian or UN site files items under, and the kinds of its reports.
  'humanitarian aid',
  'human rights',
  'peace and security',
  'climate change',
  'migrants and refugees',
  'flash update',
  'situation report',
]);

/** How many lines of page buttons and blanks may stand between a date and the writer's credit. */
const CHROME_LINES = 6;

/**
 * "3 hours ago / blank / Share / blank / Katy Watson / BBC News, Sydney / blank": under the date, past
 * blank lines and the page's buttons, the writer's name over a known outlet's line (its desk's place
 * after a comma), set off from the body by a blank line. The writer's line, or -1.
 */
function writerAndDeskBelow(lines: string[], from: number): number {
  let k = from;
  while (k < lines.length && k - from < CHROME_LINES && (isBlank(lines[k]!) || isPageChrome(lines[k]!))) k++;
  const name = lines[k] ?? '';
  const desk = lines[k + 1] ?? '';
  if (name.length > 40 || desk.length > 60 || !isBlank(lines[k + 2] ?? '')) return -1;
  return looksLikePersonName(name) && !isKnownOutletLine(name) && isKnownOutletLine(desk) ? k : -1;
}

/**
 * "Katy Watson / BBC News, Sydney" above the body: a writer's name glued above a known outlet's line,
 * itself under the page's buttons or a date, is no title over an outlet line.
 */
function isWriterOverDesk(lines: string[], title: number): boolean {
  const above = lines[previousNonBlank(lines, title - 1)] ?? '';
  const header = isPageChrome(above) || isDateOrTimeLine(above) || parseRelativeTimeLine(above) !== null;
  return header && looksLikePersonName(lines[title]!) && wordCount(lines[title]!, 5) <= 4;
}

/** A standfirst: a sentence of eight words or more, with its full stop. */
function isStandfirstLine(line: string): boolean {
  return line.length <= 400 && endsWithFullStop(line) && wordCount(line, 8) >= 8;
}

/**
 * "Ben Doherty in Sydney", "Ben Doherty and agencies", "Lina Farah | Reuters": a writer's credit
 * without "By", a person's name first; the names, or null.
 */
function writerCredit(line: string): string[] | null {
  if (line.length > 80) return null;
  const bare = bareCredit(line);
  if (bare) return bare;
  const first = line.trim().split(/\s+(?:and|&)\s+/)[0]!;
  if (first === line.trim() || !looksLikePersonName(first) || isKnownOutletLine(first)) return null;
  const names = parseByline(`By ${line.trim()}`);
  return names && names.length > 0 ? names : null;
}

/**
 * "Jim Pickard and George Parker in London", "Maya Chen in Singapore": writers' names (no outlet's,
 * no office's: "El País in English", "U.S. Embassy in Kenya") and the place they file from; the
 * names, or null.
 */
function writersFiledFrom(line: string): string[] | null {
  if (line.length > 80 || !line.includes(' in ')) return null;
  const names = writerCredit(line);
  return names?.every(isWriterLine) ? names : null;
}

/**
 * "GRANMA — English edition / Title / date": a paper's masthead, standing alone right above the
 * title, under the close of the article before.
 */
function isMastheadAboveTitle(lines: string[], title: number): boolean {
  const masthead = lines[title - 1] ?? '';
  if (!standsAlone(lines, title - 1) || isBlank(masthead)) return false;
  if (brandAndEdition(masthead) === null && !isKnownOutletLine(masthead)) return false;
  const line = lines[title]!;
  if (!readsLikeTitle(line) || parseByline(line) || wordCount(line, 4) < 4) return false;
  // Under the close of the article before, not under another headline.
  const before = previousNonBlank(lines, title - 2);
  return before < 0 || (closesAnArticle(lines, before) && !isHeadlineAboveBlock(lines, before));
}

/** A masthead: an outlet's name, a site's name in lower case, an office's name. No headline. */
function isMastheadLine(line: string): boolean {
  if (line.length > 120) return false;
  if (isKnownOutletLine(line) || isShortOutletLine(line) || isOfficeLine(line)) return true;
  if (isLowerCaseSiteName(line) || isOfficeOfGovernment(line) || brandAndEdition(line) !== null) return true;
  return looksLikeOutletLine(line) && wordCount(line, 7) <= 6 && !hasLowerCaseWord(line);
}

/**
 * "GRANMA — English edition", "El País | English Edition", "Kathimerini – International edition": a
 * paper's name and the edition copied; the name, or null for any other line.
 */
function brandAndEdition(line: string): string | null {
  if (line.length > 70 || !hasFieldBreakChar(line)) return null;
  const m = BRAND_AND_EDITION.exec(line.trim());
  return m && looksLikeOutletLine(m[1]!) ? m[1]! : null;
}

const BRAND_AND_EDITION = /^(\S.{1,40}?)\s+[—–|]\s+\p{Lu}\p{Ll}+ [Ee]dition$/u;

/**
 * "Ministry of Disaster Management and Relief, Government of the People's Republic of Bangladesh",
 * "Directorate of Information & Public Relations, Government of Mizoram": an office's name, a comma,
 * and the government it belongs to.
 */
function isOfficeOfGovernment(line: string): boolean {
  const comma = line.indexOf(', ');
  if (comma < 8 || line.length > 160) return false;
  const office = line.slice(0, comma).trim();
  const government = line.slice(comma + 2).trim();
  return (
    (OFFICIAL_OUTLET.test(government) || NAMED_STATE.test(government)) &&
    OFFICE_NAME.test(office) &&
    !endsLikeSentenceOrQuote(government) &&
    wordCount(line, 21) <= 20
  );
}

/** An office's name: capitalised words, joined by "of", "and", "for", "the", "&". */
/** "State of Kuwait", "Republic of Kenya", "Kingdom of Thailand": a state's formal name after its office's. */
const NAMED_STATE =
  /^(?:the )?(?:State|(?:(?:Federal|Islamic|People['’]s|Democratic|United) )?Republic|Kingdom|Sultanate|Emirate|Principality|Commonwealth) of \p{Lu}/u;

const OFFICE_NAME = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|of|and|for|the|on|&)){1,10}$/u;

/**
 * "General Department of Relations and Security Media", "Directorate of Public Information": the unit
 * of an office that issued a release, under the office's line.
 */
function isOfficeUnitLine(line: string): boolean {
  const text = line.trim();
  return OFFICE_UNIT.test(text) && OFFICE_NAME.test(text) && wordCount(text, 11) <= 10;
}

/** "Briefing by Deputy Spokesperson Lee Jae-myoung", "Remarks by the President": an item's kind and its speaker. */
const CREDITED_ITEM =
  /^\s*(?:(?:[Pp]ress |[Dd]aily |[Ww]ritten )?[Bb]riefing|[Ss]tatement|[Rr]emarks|[Rr]eadout|[Mm]essage|[Aa]ddress|[Ss]peech|[Ii]nterview)\s+(?:by|of)\s+(?:the\s+)?\p{Lu}/u;

const OFFICE_UNIT = /\b(?:Department|Directorate|Division|Bureau|Unit|Section)\b/;

/**
 * A field of a page's header on a line of its own: a byline ("By …", "Written by …", "Jane Tan"), a
 * desk or staff credit, an office's unit, a place, a date's label, or a short name with no word in lower case (a
 * section, "Opinion", a writer's post, the publisher's group, a brand's line "Briefing Room —
 * Statements and Releases"). A headline has words in lower case, or runs longer.
 */
function isHeaderFieldLine(line: string): boolean {
  if (line.length > 80 || isBlank(line)) return false;
  if (parseByline(line) || labelledByline(line) || isStaffCredit(line) || isPlaceOrDeskLine(line))
    return true;
  if (isDateLabel(line) || isOfficeUnitLine(line) || CREDITED_ITEM.test(line)) return true;
  // "Editorial board (The Jakarta Post)", "Newsroom (Coastal Wire)": the newsroom's credit, the paper
  // named in brackets after it.
  if (lastCharCode(line) === 41 && isNewsroomCredit(line.replace(BRACKETED_END, ''))) return true;
  return (
    wordCount(line, 7) <= 6 &&
    !endsLikeSentenceOrQuote(line.trim()) &&
    !hasLowerCaseWord(line) &&
    isTitleCandidate(line) &&
    !isUrlLine(line)
  );
}

/** A name in brackets closing a line ("… (The Jakarta Post)"). */
const BRACKETED_END = /\s*\([^()]{2,60}\)\s*$/;

/**
 * The headline above a page's header block: it opens an article (a blank line above it, or a kicker),
 * reads like a title, and is no body's last line (a sentence, a credit, a link).
 */
function isHeadlineAboveBlock(lines: string[], title: number): boolean {
  const line = lines[title]!;
  if (!readsLikeTitle(line) || wordCount(line, 31) > 30) return false;
  // "Press release: Damage caused by Cyclone Remal (as of 3:00 pm, 27 May 2024)": a headline may close
  // with a note in brackets; what stands before it must not end a sentence.
  const open = lastCharCode(line) === 41 ? line.lastIndexOf(' (') : -1;
  if (endsLikeBodyLine(open > 0 ? line.slice(0, open) : line)) return false;
  if (isCreditLine(line) || isPageChrome(line) || isDatingLine(line) || isKicker(line)) return false;
  return opensArticle(lines, title);
}

/**
 * Looks above a date line for "title, blank, [outlet]"; null when the lines there don't fit. "By …"
 * lines may stand between the title and the outlet line, and between the outlet line and the date.
 */
function headerAbove(lines: string[], dateLine: number): { title: number; outletLine: number | null } | null {
  const numbered = releaseNumberAbove(lines, dateLine);
  const top = firstBylineAbove(lines, numbered);
  const adjacent = lines[top - 1] ?? '';
  // "Title / https://… / Sat, 24 Jun 2023 07:41:00 GMT": a feed reader's export puts the item's link
  // between its title and its date, and the link alone names the outlet.
  if (isUrlLine(adjacent)) {
    const title = top - 2;
    return title >= 0 && isTitleCandidate(lines[title]!) && opensArticle(lines, title)
      ? { title, outletLine: null }
      : null;
  }
  const nearest = previousNonBlank(lines, top - 1);
  // The outlet line sits right above the date, or (known outlets, short site names and an office
  // before its press desk) one blank line higher.
  const known = nearest >= 0 && isKnownOutletLine(lines[nearest]!);
  const outletCandidate = !isBlank(adjacent)
    ? top - 1
    : known || (nearest >= 0 && (isShortOutletLine(lines[nearest]!) || isOfficeLine(lines[nearest]!)))
      ? nearest
      : -1;
  const rightAbove = outletCandidate === top - 1 && outletCandidate >= 0;
  const outletLike =
    outletCandidate >= 0 &&
    (looksLikeOutletLine(lines[outletCandidate]!) ||
      (rightAbove && isLowerCaseSiteName(lines[outletCandidate]!)));
  // Right above the date, a brand and its tagline ("Focus Taiwan – CNA English News"), or a short
  // name right above a byline ("i news / By Harriet Lowe / date"), is the outlet's line too, under a
  // headline: a headline in title case may look like either.
  const named =
    rightAbove &&
    !outletLike &&
    (brandAndTagline(lines[outletCandidate]!) !== null ||
      (top < numbered && isShortName(lines[outletCandidate]!)));
  // "Title / Senate committee advances rail safety bill / By … - date": a line right above the date
  // with four words in lower case or more is a headline in sentence case; a masthead has one or two
  // at most ("Notes from Poland", "Hong Kong government press release"), an office's units more.
  const candidate = lines[outletCandidate] ?? '';
  if (
    rightAbove &&
    !known &&
    lowerCaseWords(candidate) >= HEADLINE_LOWER_CASE_WORDS &&
    !isOfficeLine(candidate) &&
    !OFFICIAL_OUTLET.test(candidate.trim())
  )
    return nearestTitle(lines, nearest);
  if (outletLike || named) {
    const title = titleAbove(lines, outletCandidate);
    // A short line a blank above the date is a site's name only under a title of headline length
    // and no full stop: under a body's last paragraph it is the title itself.
    const shortSite = outletCandidate === nearest && isBlank(adjacent) && !known;
    const above = lines[title] ?? '';
    const long = wordCount(above, HEADLINE_WORDS + 1) > HEADLINE_WORDS;
    if (
      (shortSite && (long || endsLikeBodyLine(above))) ||
      (named && (long || endsWithFullStop(above))) ||
      headlineUnderBody(lines[outletCandidate]!, above, rightAbove)
    )
      return nearestTitle(lines, nearest);
    // "EXCLUSIVE / Taliban ask for aid / date": under a kicker, a line in sentence case is the title.
    const underKicker = isKicker(lines[title] ?? '') && hasLowerCaseWord(lines[outletCandidate]!);
    if (title >= 0 && isTitleCandidate(lines[title]!) && opensArticle(lines, title) && !underKicker) {
      return { title, outletLine: outletCandidate };
    }
  }
  return nearestTitle(lines, nearest);
}

/**
 * "… were affected. / blank / Landslide blocks hill country railway line / 12 August 2024": a line
 * in sentence case right above the date, under a paragraph's closing full stop, is the next headline,
 * not an outlet's name under a title (a masthead's words are capitalised but for "of", "de" …).
 */
function headlineUnderBody(candidate: string, above: string, rightAbove: boolean): boolean {
  return rightAbove && endsWithFullStop(above) && hasLowerCaseWord(candidate);
}

/** "Suez Canal Authority – Office of the Chairman, Media and Public Relations Department": an office and its units. */
function isOfficeLine(line: string): boolean {
  return line.length > 20 && officeBeforeItsUnits(line.trim()) !== null;
}

/**
 * "ekathimerini", "tribune242", "lefaso.net": a site's name in lower case, one word, on the line right
 * above its date (not a page's own chrome: "share", "advertisement").
 */
function isLowerCaseSiteName(line: string): boolean {
  const text = line.trim();
  return /^[a-z][a-z\d.-]{3,30}$/.test(text) && !PAGE_CHROME_WORDS.has(text);
}

/**
 * "Focus Taiwan – CNA English News", "Diwan · Carnegie Middle East Center", "ewnews | Eyewitness News
 * Bahamas", "EMERGENCY – Life Support for Civilian War Victims (ONG ONLUS)": a site's short name, a
 * dash, dot or bar, and the tagline or the owner's name after it, every word capitalised. The brand
 * is the outlet; null for any other line.
 */
function brandAndTagline(line: string): string | null {
  if (line.length > 90 || !hasFieldBreakChar(line)) return null;
  const m = BRAND_AND_TAGLINE.exec(line.trim());
  if (!m) return null;
  const [, brand, tagline] = m;
  const name = looksLikeOutletLine(brand!) || isLowerCaseSiteName(brand!);
  // ("Planalto – Presidency of the Republic": a site's name before the office it speaks for is the
  // office's, read as a whole by looksLikeOutletLine.)
  const office = OFFICIAL_OUTLET.test(tagline!);
  return name && !office && !parseDateLine(tagline!) && !parseByline(tagline!) ? brand! : null;
}

/** A dash, a middle dot or a bar: what a brand line's two parts stand apart by (by code, no pattern). */
function hasFieldBreakChar(line: string): boolean {
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x2013 || c === 0x2014 || c === 0xb7 || c === 124) return true;
  }
  return false;
}

/**
 * Groups: the brand (up to four words), the tagline (up to eight capitalised words, joined by "of",
 * "for", "and", "the"; maybe an acronym in brackets after them).
 */
const BRAND_AND_TAGLINE =
  /^(\S+(?: \S+){0,3}) [–—·|] ((?:\p{Lu}|\d)[\p{L}\d&.'’-]*(?: (?:(?:\p{Lu}|\d)[\p{L}\d&.'’-]*|of|for|and|the|in|on)){0,7}(?: \([\p{Lu} ]{2,20}\))?)$/u;

const PAGE_CHROME_WORDS = new Set(
  'share advertisement advert comments print email subscribe related listen video photos photo updated more menu search home edit'.split(
    ' ',
  ),
);

/** Headlines run to 18 words at most; a longer line above a site's name is a body's last paragraph. */
const HEADLINE_WORDS = 18;

function nearestTitle(lines: string[], nearest: number): { title: number; outletLine: null } | null {
  if (nearest < 0 || !isTitleCandidate(lines[nearest]!)) return null;
  if (opensArticle(lines, nearest)) return { title: nearest, outletLine: null };
  // "Title / Standfirst sentence. / By … / date": the headline stands over its standfirst.
  const title = nearest - 1;
  const standfirst =
    title >= 0 &&
    (isStandfirstLine(lines[nearest]!) || isShortStandfirst(lines[nearest]!)) &&
    readsLikeTitle(lines[title]!);
  return standfirst && opensArticle(lines, title) ? { title, outletLine: null } : null;
}

/**
 * "Title / Civil Defense says 125 people remain missing / date": a second headline in sentence case,
 * with no full stop, glued under the title. (A kicker over the title opens the article itself, and
 * an outlet's or a writer's name has no lower-case word.)
 */
function isShortStandfirst(line: string): boolean {
  return line.length <= 160 && hasLowerCaseWord(line) && readsLikeTitle(line) && wordCount(line, 4) >= 4;
}

/**
 * "Outlet / Press Release No. 275/2021 / 26 August 2021", "… / SC/14617 / 27 August 2021": a press
 * office numbers its release on a line between its name and the date, and a page may label its date on
 * a line of its own ("Published / 20 April 2021"); returns that line (the date line itself when there is
 * none), so the outlet is looked for above it.
 */
function releaseNumberAbove(lines: string[], dateLine: number): number {
  const above = lines[dateLine - 1] ?? '';
  if (dateLine < 2) return dateLine;
  if (isReleaseNumber(above) || isDateLabel(above)) return dateLine - 1;
  // "Hürriyet Daily News / BARTIN / date", "The Daily Star / Star Online Report / date": a page's place
  // or desk between its name and the date, passed over only under a line that names an outlet.
  // ("Marko Petrovic / BIRN / date": under a person's name, an acronym is the outlet's.)
  const outlet = lines[dateLine - 2]!;
  const writerOverAcronym = isAcronym(above.trim()) && isWriterLine(outlet);
  const named = isKnownOutletLine(outlet) || (isShortOutletLine(outlet) && !writerOverAcronym);
  return isPlaceOrDeskLine(above) && named ? dateLine - 1 : dateLine;
}

/** "BARTIN", "NEW DELHI", "Star Online Report", "Tribune Desk": a place in capitals or a newsroom's desk. */
function isPlaceOrDeskLine(line: string): boolean {
  if (line.length > 32 || line.length < 3) return false;
  const text = line.trim();
  return CAPITALS_PLACE.test(text) || NEWS_DESK.test(text);
}

const CAPITALS_PLACE = /^\p{Lu}[\p{Lu}'.-]+(?: \p{Lu}[\p{Lu}'.-]+){0,2}$/u;
const NEWS_DESK =
  /^(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:Online\s+|News\s+)?(?:Report|Desk|Staff|Staff Reporter|Correspondent)$/u;

/** "Published", "Updated": a page's label on a line of its own above the date it labels. */
function isDateLabel(line: string): boolean {
  return line.length <= 14 && DATE_LABEL.test(line);
}

const DATE_LABEL = /^\s*(?:published|updated|posted|last updated)(?: on)?:?\s*$/i;

function isReleaseNumber(line: string): boolean {
  // Short, with a figure at its end: cheap tests before the patterns.
  if (line.length > 48 || !isDigitCode(lastCharCode(line))) return false;
  const text = line.trim();
  return RELEASE_NUMBER.test(text) || DOCUMENT_SYMBOL.test(text);
}

/** "Press Release No. 275/2021", "News release no. 12", "Statement No 4/2024": a release and its number. */
const RELEASE_NUMBER =
  /^(?:(?:press|news|media) release|release|statement|communiqu[ée]|press statement)\s+(?:no\.?|number|nº|#)\s*\d[\d/.-]{0,15}$/i;
/** "SC/14617", "SG/SM/20912": the United Nations' document symbol of a press release, with no words. */
const DOCUMENT_SYMBOL = /^[A-Z]{2,4}(?:\/[A-Z]{2,4}){0,2}\/\d{3,6}$/;

/**
 * The first of the "By …" lines right above a header line (the header line itself when there are
 * none): a newsletter puts the byline between the title and the outlet and date line.
 */
function firstBylineAbove(lines: string[], headerLine: number): number {
  let top = headerLine;
  // "By … / [blank] / 4 minute read / date": the page's reading time may stand between the byline and
  // the date.
  // ("By Citizen Reporter / More by this Author / date": a page's button may stand among them.)
  const credit = (line: string) =>
    parseByline(line) !== null ||
    (line.length <= 40 && top - 1 > 0 && isPageChrome(line) && !isBlank(line)) ||
    isStaffCredit(line) ||
    writerDashOutlet(line) !== null ||
    postThenOutlet(line) !== null ||
    // ("Jim Pickard and George Parker in London": writers without "By", and the place they file from.)
    writersFiledFrom(line) !== null;
  if (top > 0 && READING_TIME.test(lines[top - 1]!)) {
    const above = previousNonBlank(lines, top - 2);
    if (above >= 0 && credit(lines[above]!)) top = above + 1;
  }
  while (top > 0 && credit(lines[top - 1]!)) top--;
  // "Title / [blank] / By Ramon Villanueva / [blank] / date": a byline set apart by blank lines.
  if (top > 2 && isBlank(lines[top - 1]!)) {
    const byline = top - 2;
    if (credit(lines[byline]!) && isBlank(lines[byline - 1] ?? '') && byline > 1) {
      const title = previousNonBlank(lines, byline - 1);
      if (title >= 0 && readsLikeTitle(lines[title]!) && !parseByline(lines[title]!)) return byline;
    }
  }
  // "Huda Saleh / Contributor / Gaza City, 13 June 2024": a writer's name over the post.
  if (top > 1 && isWriterPostLine(lines[top - 1]!) && isWriterLine(lines[top - 2]!)) top -= 2;
  return top;
}

/**
 * "Ramon Efren Lazaro - The Philippine Star": a writer's name, a spaced dash, and the paper's name (a
 * known outlet's, or one made like a masthead); the two, or null.
 */
function writerDashOutlet(line: string): { writer: string; outlet: string } | null {
  if (line.length > 80 || !FIELD_DASH_CHAR.test(line)) return null;
  const m = WRITER_DASH_OUTLET.exec(line.trim());
  // (A person's name, not a brand before its tagline: "Focus Taiwan - CNA English News".)
  if (!m || !isWriterLine(m[1]!)) return null;
  const outlet = m[2]!;
  const paper = isKnownOutletLine(outlet) || (looksLikeOutletLine(outlet) && hasMastheadWord(outlet));
  return paper && !isWriterPostLine(outlet) ? { writer: titleCaseName(m[1]!), outlet } : null;
}

/**
 * "Jane Doe / Reuters", "Sasa Dragojlo / BIRN": a person's name right above a line that can only be a
 * masthead (a known outlet's, an acronym's, or a name with a masthead's word and no person's).
 */
function isWriterOverMasthead(lines: string[], line: number): boolean {
  const next = lines[line + 1] ?? '';
  const text = lines[line]!;
  if (!isWriterLine(text) || isWriterPostLine(text) || isBlank(next) || isWriterLine(next)) return false;
  const name = next.trim();
  // ("Tomasz Wierzbicki / Health Reporter": a post, not a paper, however its words read.)
  if (isWriterPostLine(name)) return false;
  return isKnownOutletLine(name) || isAcronym(name) || (looksLikeOutletLine(name) && hasMastheadWord(name));
}

/**
 * "Political editor·NZ Herald·", "Senior reporter, The Citizen", "Chief correspondent | Daily Post": the
 * writer's post, then the outlet after a dot, a comma or a bar (under the byline). The outlet, or null.
 */
function postThenOutlet(line: string): string | null {
  if (line.length > 80 || !hasPostWord(line)) return null;
  const m = POST_THEN_OUTLET.exec(line.trim());
  if (!m || !isWriterPostLine(m[1]!)) return null;
  const outlet = m[2]!.trim();
  const paper = isKnownOutletLine(outlet) || (looksLikeOutletLine(outlet) && hasMastheadWord(outlet));
  return paper && !isWriterPostLine(outlet) ? outlet : null;
}

/** Groups: the post, the outlet (a closing dot or bar left over). */
const POST_THEN_OUTLET = /^([^·•|,]{3,40}?)\s*[·•|,]\s*([^·•|,]{2,40}?)\s*[·•|]?$/u;

/** A cheap test before POST_THEN_OUTLET: a post's word in the line. */
function hasPostWord(line: string): boolean {
  const lower = line.toLowerCase();
  return (
    lower.includes('editor') ||
    lower.includes('reporter') ||
    lower.includes('correspondent') ||
    lower.includes('writer')
  );
}

/** A spaced dash, the cheap test before WRITER_DASH_OUTLET. */
const FIELD_DASH_CHAR = / [-–—] /;
/** Groups: the writer's name, the outlet's. */
const WRITER_DASH_OUTLET = /^(\p{Lu}[^-–—]{2,40}?) [-–—] (\p{Lu}[^-–—]{2,40})$/u;

/** "Scroll Staff", "Dawn Newsdesk", "Staff Reporter": a newsroom's credit line, which names no one. */
function isStaffCredit(line: string): boolean {
  return line.length <= 40 && STAFF_CREDIT.test(line);
}

const STAFF_CREDIT =
  /^\s*(?:\p{Lu}[\p{L}\d.'’-]*(?: \p{Lu}[\p{L}\d.'’-]*){0,2} (?:[Ss]taff(?: [Ww]riters?| [Rr]eporters?)?|[Nn]ewsdesk|[Nn]ews [Dd]esk|[Ww]eb [Dd]esk)|Staff Reporter|Staff Writer)\s*$/u;

/** "i news", "The Conversation": a name of up to four words, no sentence punctuation, no date. */
function isShortName(line: string): boolean {
  const text = line.trim();
  return text.length <= 30 && wordCount(text, 5) <= 4 && !endsLikeSentence(text) && isTitleCandidate(text);
}

/**
 * The title line above a header line, past a byline between them; -1 when there is none. A title
 * may have a one-line standfirst under it ("Title / Standfirst / By … / Outlet, date").
 */
function titleAbove(lines: string[], headerLine: number): number {
  let top = firstBylineAbove(lines, headerLine);
  // "Title / NEWS PROVIDED BY / Company Inc. / date", "Title / Author of the article: / The Canadian
  // Press / date": a field's label on its own line, over its value.
  const label = top - 1;
  if (label > 0 && isOpenLabel(lines[label]!) && !isBlank(lines[label - 1]!)) top = label;
  const nearest = previousNonBlank(lines, top - 1);
  const above = nearest - 1;
  // "Title / Listen to this article / Outlet / date": a page's button between the title and its header.
  if (nearest > 0 && standsAlone(lines, nearest) && isPageChrome(lines[nearest]!)) {
    const title = previousNonBlank(lines, nearest - 1);
    if (title >= 0 && readsLikeTitle(lines[title]!) && standsAlone(lines, title)) return title;
  }
  // "Title / [blank] / https://… / Outlet / date": the item's link right above its header line, under
  // its title (a link that closes the article before stands above the next title, not above a header).
  if (nearest === top - 1 && nearest > 0 && isUrlLine(lines[nearest]!)) {
    const title = previousNonBlank(lines, nearest - 1);
    // (Not "Source: Reuters" closing the article before.)
    const credit =
      isCreditLine(lines[title] ?? '') || /^\s*(?:sources?|credits?)\s*:/i.test(lines[title] ?? '');
    if (title >= 0 && readsLikeTitle(lines[title]!) && standsAlone(lines, title) && !credit) return title;
  }
  // ("SWI swissinfo.ch / Title / Standfirst / Keystone-SDA / date": a masthead or kicker may stand
  // over the title.)
  if (
    nearest > 0 &&
    !standsAlone(lines, nearest) &&
    !isKicker(lines[above]!) &&
    readsLikeTitle(lines[above]!) &&
    opensArticle(lines, above)
  )
    return above;
  return nearest;
}

/** "NEWS PROVIDED BY", "Author of the article:", "Posted by:": a label whose value is on the next line. */
function isOpenLabel(line: string): boolean {
  return line.length <= 40 && OPEN_LABEL.test(line);
}

const OPEN_LABEL = /^\s*\p{L}[\p{L} ]{1,30}?(?:\s+by:?|:)\s*$/iu;

/** "4 October 2023" then "Reuters": a known outlet's line right under the date, ending the header. */
function outletBelow(lines: string[], dateLine: number): number | null {
  const below = lines[dateLine + 1];
  if (below === undefined) return null;
  // "Title / blank / April 16, 2019 / blank / AP / blank / PARIS (AP) —": a known outlet's name set
  // apart by blank lines under a date that stands alone.
  if (isBlank(below)) return outletApartBelow(lines, dateLine);
  if (!isBlank(lines[dateLine + 2] ?? '')) return outletOverGluedBody(lines, dateLine);
  // "4 August 2020 · 4 min read / L'Orient Today": under a page's date and reading time, any outlet;
  // so too under a header block glued to its title ("Title / By … / date / MarketWatch / blank").
  const pageMeta =
    (READS_IN.test(lines[dateLine]!) || !isBlank(lines[dateLine - 1] ?? '')) &&
    looksLikeOutletLine(below) &&
    below.trim().split(/\s+/).length <= 4;
  return isKnownOutletLine(below) || pageMeta ? dateLine + 1 : null;
}

/**
 * "Title / 11.06.2025 09:14 / ERR News / Share / Estonia's defence ministry said …": a compact copy
 * glues the body under the outlet's line below the date (past the page's buttons). A short name
 * there, glued to the header above, and no writer's, desk's, place's or section's, is the outlet.
 */
function outletOverGluedBody(lines: string[], dateLine: number): number | null {
  const below = lines[dateLine + 1]!;
  if (below.length > 40 || isBlank(lines[dateLine - 1] ?? '')) return null;
  // ("The Yomiuri Shimbun / Title / date / Japan News": a masthead over the title names the outlet.)
  const masthead = lines[dateLine - 2] ?? '';
  if (!isBlank(masthead) && standsAlone(lines, dateLine - 2) && isShortOutletLine(masthead)) return null;
  let body = dateLine + 2;
  while (body < dateLine + 4 && isButtonLine(lines[body] ?? '')) body++;
  if (!opensBodyRightBelow(lines[body] ?? '')) return null;
  // ("Coastal Post Staff Writers", "Reporter Park Dong-hyun": a newsroom's or a writer's credit.)
  if (isStaffCredit(below) || isPostOrDesk(below) || hasPostWord(below)) return null;
  if (isKnownOutletLine(below)) return dateLine + 1;
  const named =
    isShortOutletLine(below) && !isWriterLine(below) && !isSectionName(below) && !isPlaceOrDeskLine(below);
  // ("Edit", "Advertisement": a page's button there is no outlet; nor "6", a page's counter.)
  const text = below.trim();
  const button = isPageChrome(text) || PAGE_CHROME_WORDS.has(text.toLowerCase()) || !LETTERS.test(text);
  return named && !button ? dateLine + 1 : null;
}

/** Two letters: a name has them, a page's counter ("6", "1.2K") may not. */
const LETTERS = /\p{L}.*\p{L}/u;

/** "Share", "Share this article", "Listen": a page's button or short label, no sentence. */
function isButtonLine(line: string): boolean {
  const text = line.trim();
  return (
    isPageChrome(text) ||
    (text.length <= 30 && wordCount(text, 5) <= 4 && !/[.!?]$/.test(text) && !isBlank(text))
  );
}

function outletApartBelow(lines: string[], dateLine: number): number | null {
  let outlet = dateLine + 2;
  // "July 7, 2021 3:47 PM ET / blank / Carmen Whitley / blank / NPR": the writer's name set apart
  // between the date and the outlet.
  if (isWriterApart(lines, outlet)) outlet += 2;
  const line = lines[outlet] ?? '';
  if (line.length > 40 || !isBlank(lines[outlet + 1] ?? '') || !isBlank(lines[dateLine - 1] ?? ''))
    return null;
  return isKnownOutletLine(line) && nextNonBlank(lines, outlet + 1) >= 0 ? outlet : null;
}

/** A writer's name alone between blank lines, under a date. */
function isWriterApart(lines: string[], line: number): boolean {
  const text = lines[line] ?? '';
  if (text.length > 40 || !isBlank(lines[line + 1] ?? '') || isBlank(text)) return false;
  return wordCount(text, 5) <= 4 && looksLikePersonName(text) && !isKnownOutletLine(text);
}

/**
 * "Imtiaz Ali", "Ng Wei Kai", "Naiara Galarraga Gortázar": many sites print the writer's name alone
 * between the title (or its standfirst) and the date, where other digests put the outlet's. A person's
 * name of two to four words, that no known outlet spells and with no word mastheads are made of
 * ("Premium Times", "Daily Maverick", "The Hindu"), is the writer's.
 */
function isWriterLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 40 || wordCount(text, 5) > 4 || !looksLikePersonName(text)) return false;
  if (isKnownOutletLine(text) || hasMastheadWord(text) || NOT_A_FIRST_NAME.test(text)) return false;
  return !OFFICIAL_OUTLET.test(text) && !text.split(' ').some((word) => BODY_WORDS.has(word.toLowerCase()));
}

/**
 * The writers a line where an outlet's name would stand credits, or null. A name alone may be an
 * outlet's ("Enab Baladi", "Sixth Tone"), so it needs a sign that it is a person's: a standfirst
 * above it, a post under it ("Priya Deshmukh / CTVNews.ca Writer"), a common given name first; or
 * writers' names joined by "and" ("Darcy Henton and Marie Tremblay"), which no outlet is called.
 */
function writersUnderTitle(
  lines: string[],
  title: number,
  nameLine: number,
  dateLine: number | null,
): string[] | null {
  const line = lines[nameLine]!.trim();
  if (line.length > 80) return null;
  if (isWriterLine(line)) {
    const person =
      underStandfirst(lines, title, nameLine) ||
      isWriterPostLine(lines[nameLine + 1] ?? '') ||
      GIVEN_NAMES.has(line.slice(0, line.indexOf(' ')).toLowerCase()) ||
      (nameLine === title + 1 &&
        dateLine !== null &&
        dateLine > nameLine &&
        pageChromeUnder(lines, dateLine));
    return person ? [titleCaseName(line)] : null;
  }
  if (!line.includes(' and ')) return null;
  const names = line.split(WRITERS_JOINED);
  return names.length >= 2 && names.every(isWriterLine) ? names.map(titleCaseName) : null;
}

/**
 * "date / 3 min read / Share", "date / Listen | 3 minutes", "Published: … / Last updated: …": the
 * page's own buttons, reading time or update glued under the date show a page copied from its site,
 * which prints its writer's name under the title, seldom its own.
 */
function pageChromeUnder(lines: string[], dateLine: number): boolean {
  const below = lines[dateLine + 1] ?? '';
  if (isBlank(below)) return false;
  // ("Sep 13, 2023 / Residents wait to be rescued. (Photo: Supplied)": the page's photo and its caption.)
  if (isPhotoCaption(below.trim())) return true;
  if (below.length > 40) return false;
  return (
    isPageChrome(below) ||
    READING_TIME.test(below) ||
    LISTEN_BUTTON.test(below) ||
    isLastUpdateLine(below) ||
    isDateLabel(below)
  );
}

/** "Listen | 3 minutes", "Listen · 4 min": a page's audio button with its length. */
// ("Listen In English", "Listen in Arabic": a button that reads the page aloud in a language.)
const LISTEN_BUTTON = /^\s*listen\b.{0,20}\d\s*min|^\s*listen in \p{L}+\s*$/iu;

/** "A and B", "A, B and C": the joins between writers' names on one line. */
const WRITERS_JOINED = /\s*,\s*|\s+and\s+/;

/**
 * "Title / Standfirst sentence. / Name / date": the line above the writer's name is the title's
 * standfirst, a sentence glued under it. An outlet's line stands right under its title.
 */
function underStandfirst(lines: string[], title: number, nameLine: number): boolean {
  const standfirst = nameLine - 1;
  if (standfirst !== title + 1) return false;
  const text = lines[standfirst]!;
  // (Some sites print it without a full stop: then it runs longer than most headlines do.)
  const words = wordCount(text, STANDFIRST_MIN_WORDS);
  return words >= STANDFIRST_MIN_WORDS || (words >= 8 && endsLikeSentence(text));
}

const STANDFIRST_MIN_WORDS = 10;

/** Words that name a body of people, never a person ("Lowland Relief Agency", "Prime Minister's Office"). */
const BODY_WORDS = new Set(
  `agency union federation office office's newsroom ministry department council commission committee
  authority service services bureau corporation company group organisation organization association
  society fund programme program bank army police forces command mission secretariat government
  presidency embassy cross crescent corriere gazzetta giornale stampa tribuna agenzia agencia
  secretaría secretaria ministerio ministère desk staff team editors editorial`.split(/\s+/),
);

/** Words that open an outlet's name, never a person's ("The Hindu", "Al Mayadeen" is a channel). */
const NOT_A_FIRST_NAME = /^(?:The|Daily|Radio|El|La|Le|Al|Der|Die|Il|O|A)\s/;

/** "· 4 min read" closing a date line. */
const READS_IN = /\b\d{1,2}\s*min(?:ute)?s?\.?\s+(?:to\s+)?read\s*$/i;

/** The title opens an article: it stands alone, or right under a kicker line that does. */
function opensArticle(lines: string[], title: number): boolean {
  return standsAlone(lines, title) || kickerAbove(lines, title) >= 0;
}

/** The line of a kicker right above a title ("LEBANON", "ANALYSIS"), or -1. */
function kickerAbove(lines: string[], title: number): number {
  const above = title - 1;
  if (above < 0 || !standsAlone(lines, above) || isBlank(lines[above]!)) return -1;
  return isKicker(lines[above]!) || isLabelOverHeadline(lines[above]!, lines[title]!) ? above : -1;
}

/**
 * "Floods in Southern Germany / "The Water Came Faster…"", "Global Views / Aid cuts leave camps short
 * of doctors", "The Yomiuri Shimbun / Noto quake toll rises to 73": a page's kicker, section or
 * masthead in title case, a few words with no figure and no sentence's end, over a headline in
 * sentence case. (A known outlet's name, a credit or a byline there is the header's or the article's
 * before.)
 */
function isLabelOverHeadline(label: string, headline: string): boolean {
  const text = label.trim();
  if (text.length > 40 || wordCount(text, 6) > 5 || HAS_FIGURE.test(text) || endsLikeSentence(text))
    return false;
  if (isUrlLine(text) || isKnownOutletLine(text) || parseByline(text) || isCreditLine(text)) return false;
  if (!/^[\p{Lu}"“‘']/u.test(text)) return false;
  // (A line of fields under a masthead, "Translator: … | Editor: …", is no headline.)
  return wordCount(headline, 4) >= 4 && readsLikeTitle(headline) && !headline.includes(' | ');
}

/**
 * "LEBANON", "ANALYSIS", "EXCLUSIVE": a newsletter's section or kicker line above a title, in
 * capitals, up to four words, no sentence punctuation.
 */
function isKicker(line: string): boolean {
  const text = line.trim();
  // ("Analysis", "General News": a site's section in title case is its kicker too.)
  if (text.length <= 20 && isSectionName(text)) return true;
  return (
    text.length >= 3 &&
    text.length <= 40 &&
    text === text.toUpperCase() &&
    /\p{Lu}{3}/u.test(text) &&
    text.split(/\s+/).length <= 4 &&
    !/[.!?]$/.test(text) &&
    !parseDateLine(text) &&
    !isUrlLine(text)
  );
}

/** A word in lower case that is no particle ("for", "ask"): outlet names have none ("Voice of America"). */
function hasLowerCaseWord(line: string): boolean {
  return line.trim().split(/\s+/).some(isLowerCaseWord);
}

function isLowerCaseWord(word: string): boolean {
  return /^\p{Ll}[\p{Ll}'’-]*$/u.test(word) && !NAME_PARTICLE.test(word);
}

const NAME_PARTICLE = /^(?:of|the|and|de|du|des|la|le|el|al|da|di|van|von|y|e|on|upon)$/;

/** How many words in lower case, particles aside, a line has. */
function lowerCaseWords(line: string): number {
  return line.length > 200
    ? HEADLINE_LOWER_CASE_WORDS
    : line.trim().split(/\s+/).filter(isLowerCaseWord).length;
}

/** Lower-case words enough to make a line a headline, no masthead. */
const HEADLINE_LOWER_CASE_WORDS = 4;

/** A title stands alone: the line above it is blank, a URL, or the start of the file. */
function standsAlone(lines: string[], title: number): boolean {
  const before = lines[title - 1];
  return before === undefined || isBlank(before) || isUrlLine(before);
}

/**
 * "Local10.com", "Tampa Bay Times", "tribune242": a site's name of a few words on a line of its own,
 * which may stand a blank line above the date as a known outlet's does ("Title / blank / Outlet /
 * blank / Published: …"). The title must stand above it for the line to be read so (see headerAbove).
 */
function isShortOutletLine(line: string): boolean {
  const text = line.trim();
  // ("The Citizen (Tanzania)": the edition in brackets is no word of the name.)
  const words = text.replace(/\s*\([^()]{2,30}\)$/, '').split(/\s+/);
  // A site's name capitalises its words ("Tampa Bay Times", "Mail & Guardian"); a title need not.
  const named = words.every((word, k) => k === 0 || /^[\p{Lu}\d&]/u.test(word) || NAME_LINKS.has(word));
  return text.length <= 40 && words.length <= 4 && named && looksLikeOutletLine(text) && !parseByline(text);
}

const NAME_LINKS = new Set(['of', 'and', 'the', 'de', 'du', 'la', 'el', 'al']);

function isKnownOutletLine(line: string): boolean {
  const text = outletName(line).trim();
  if (text.length > 60) return false;
  if (knownOutlet(text) !== null) return true;
  // "Reuters, UK": the outlet before a comma (a line without one was asked already).
  const comma = text.indexOf(',');
  return comma >= 0 && knownOutlet(text.slice(0, comma)) !== null;
}

function isTitleCandidate(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 300 || isUrlLine(text) || bulletText(line) !== null) return false;
  return text.length > 64 || (!parseDateLine(text) && !parseTimeLine(text));
}

/** "Reuters", "The Guardian, UK", "Daily Sabah, Turkey": short, capitalised, no sentence punctuation. */
export function looksLikeOutletLine(line: string): boolean {
  // An institution with its press office after a dash is one, however long its name.
  if (officeBeforeItsUnits(line)) return true;
  const text = outletName(line).trim();
  // ("Ministry of Foreign Affairs of the People's Republic of China": an office's name runs longer,
  // maybe with its country after a comma: "Beijing Municipal … Headquarters, China".)
  const official = text.length <= 120 && OFFICIAL_OUTLET.test(text.replace(COUNTRY_AFTER_COMMA, ''));
  const long = text.length > 60 && !official;
  if (long || endsLikeSentenceOrQuote(text) || parseDateLine(text) || parseByline(text)) return false;
  // "4 minute read": a page's reading time, whatever its figure looks like; "No. 17", "Issue 112": a
  // newsletter's number.
  if (READING_TIME.test(text) || ISSUE_NUMBER.test(text)) return false;
  if (isKnownOutletLine(text)) return true;
  // "By Pacific affairs reporter Jane Doe": a credit whose writer's post parseByline does not read.
  if (BY_FIRST.test(text)) return false;
  // "PT Indonesia Morowali Industrial Park (IMIP)": a company or an office with its initials after it.
  if (lastCharCode(text) === 41 && INITIALS_IN_BRACKETS.test(text))
    return looksLikeOutletLine(text.replace(INITIALS_IN_BRACKETS, ''));
  const words = text.split(/\s+/);
  // Brands may open with lower-case letters before a capital or a figure: "iWitness News", "eNCA", "g1",
  // "openDemocracy";
  // and with a capital outside ASCII: "ČTK", "Új Szó", "Élysée".
  // An office's own name may run longer: "Ministry of Foreign Affairs of the Republic of Iraq".
  if (
    (words.length <= 6 || official) &&
    OUTLET_START.test(text) &&
    /^[\p{L}\d&.'’/ -]+(, [\p{L} .'’-]+)?$/u.test(text)
  )
    return true;
  // "Planalto – Presidency of the Republic", "La Fortaleza, Office of the Governor": a site's short
  // name, a dash or a comma, and the office it speaks for.
  const dash = SITE_DASH_OFFICE.exec(text);
  return dash !== null && OFFICIAL_OUTLET.test(dash[1]!);
}

const BY_FIRST = /^by\s/i;
/** "No. 17", "Issue 112", "Vol. 3, No. 12", "#45": a newsletter's issue, never an outlet's name. */
const ISSUE_NUMBER = /^(?:(?:vol(?:ume)?\.?\s*\d{1,4},?\s*)?(?:no\.?|number|issue|edition|#)\s*\d{1,5})$/i;
const COUNTRY_AFTER_COMMA = /, \p{Lu}[\p{L} .'’-]*$/u;
const INITIALS_IN_BRACKETS = /\s+\(\p{Lu}[\p{Lu}\d&/-]{1,9}\)$/u;

/**
 * Sentence punctuation or a closing quotation mark at the end: no outlet's name ends so, but for the
 * full stop of initials ("City A.M.", "U.S. News").
 */
function endsLikeSentenceOrQuote(text: string): boolean {
  return /[.!?:;"“”]$/.test(text) && !INITIALS_END.test(text);
}

/** "U.N.", "Blue Ridge Grocers Inc.", "Mountain Logistics Corp.": initials or a company's form close a name. */
const INITIALS_END = /(?:^|\s)(?:(?:\p{Lu}\.){2,}|Inc\.|Ltd\.|Corp\.|Co\.|Plc\.|S\.A\.|N\.V\.|AG\.)$/u;

const SITE_DASH_OFFICE =
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}(?: [–—-]|,) (\p{Lu}[\p{L}\d&.'’ -]+)$/u;

/**
 * "Presidency of the Republic of Lebanon – Press and Information Office", "International Federation of
 * Red Cross and Red Crescent Societies (IFRC) – Press release", "Governo Italiano – Presidenza del
 * Consiglio dei Ministri": an institution, then after dashes its press office, its desk or the kind
 * of item. The institution is the outlet; null for any other line.
 */
function officeBeforeItsUnits(text: string): string | null {
  if (text.length > 220 || !/\s[–—]\s/.test(text)) return null;
  const [first, ...units] = text.trim().split(/\s+[–—]\s+/);
  if (!first || units.length === 0 || units.length > 3 || !/^[\p{Lu}\d]/u.test(first)) return null;
  if (!units.every((unit) => /^[\p{Lu}\d]/u.test(unit)) || /[.!?:;]$/.test(first)) return null;
  // "The Presidency, Republic of South Africa": the office's name may come before its country's.
  const comma = first.indexOf(', ');
  const institution =
    OFFICIAL_OUTLET.test(first) ||
    (comma > 0 && OFFICIAL_OUTLET.test(first.slice(0, comma))) ||
    INSTITUTION_NAME.test(first.replace(/\s*\([A-Z]{2,8}\)$/, '')) ||
    knownOutlet(first) !== null ||
    PRESS_UNIT.test(units.join(' '));
  return institution && wordCount(first, 16) <= 15 ? first : null;
}

/** A press office or communications desk named after an institution's name ("– Media Relations"). */
const PRESS_UNIT =
  /\b(?:Press|Media|Communications?|Public Relations|Public Affairs|Spokesperson|Information|Newsroom|News release|Comunica[çc][ãa]o|Comunicaciones|Ufficio [Ss]tampa|Service de presse)\b/;

/**
 * "The Hindu (Kozhikode)", "via Reuters": the outlet's name without the print edition after it or the
 * "via" a feed digest puts before it.
 */
function outletName(text: string): string {
  // Most lines have neither: a "v" at the start or a parenthesis at the end is looked for first.
  let start = 0;
  let end = text.length - 1;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end) <= 32) end--;
  const office = officeWithoutAddress(text) ?? officeBeforeItsUnits(text);
  if (office) return office;
  // "NWS National Hurricane Center Miami FL       AL052019": a weather office and its storm's number.
  if (isDigitCode(text.charCodeAt(end)) && text.includes('   ')) return text.replace(STORM_NUMBER, '');
  if ((text.charCodeAt(start) | 32) !== 118 && text.charCodeAt(end) !== 41) return text;
  const trimmed = text.trim();
  let name = trimmed;
  if ((name.charCodeAt(0) | 32) === 118) name = name.replace(VIA_FEED, '');
  if (name.charCodeAt(name.length - 1) === 41) name = name.replace(PRINT_EDITION, '');
  return name === trimmed ? text : name;
}

/** A storm's number after wide spacing: the basin, its number that season and the year ("AL052019"). */
const STORM_NUMBER = /\s{3,}[A-Z]{2}\d{6}\s*$/;

/** "via Valor International": a feed digest's outlet line, which names an outlet sitrep may not know. */
function isViaLine(line: string): boolean {
  return (line.charCodeAt(0) | 32) === 118 && VIA_FEED.test(line) && looksLikeOutletLine(line);
}

/** "via Reuters", "via g1", "via eNCA": a brand may open in lower case before a capital or a figure. */
const VIA_FEED = /^via\s+(?=\p{Lu}|\p{Ll}[\p{Lu}\d]|\d)/u;
/** "(Kozhikode)", "(Dakar edition)", "(New York)": up to three words in brackets, the first capitalised. */
const PRINT_EDITION = /\s+\(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,2}\)$/u;

/** Lines that belong to a recognised header (outlet and date lines), as a set for quick lookup. */
function headerLines(starts: Map<number, Header | null>): Set<number> {
  const lines = new Set<number>();
  for (const header of starts.values()) {
    if (header?.outletLine != null) lines.add(header.outletLine);
    if (header?.dateLine != null) lines.add(header.dateLine);
  }
  return lines;
}

/** Blank without allocating: the reader asks this of every line, several times. */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 32) return false;
  return true;
}

function nextNonBlank(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i]!)) return i;
  return -1;
}

function previousNonBlank(lines: string[], from: number): number {
  for (let i = from; i >= 0; i--) if (!isBlank(lines[i]!)) return i;
  return -1;
}

// ── pass 2: assembling one article ──────────────────────────────────────────

/** The outlet of an outlet line, which may carry the date too ("Reuters | 26 September 2023"). */
function outletPart(line: string): string {
  const outlet = parseOutletDateLine(line)?.outlet ?? line.trim();
  const credit = splitCredit(outletName(outlet));
  // ("Jane Doe | Reuters": a writer's credit before the outlet is no brand before its tagline.)
  if (credit.byline !== null) return credit.outlet;
  return brandAndTagline(credit.outlet) ?? brandAndEdition(credit.outlet) ?? credit.outlet;
}

/**
 * "Meduza · By Svetlana Reiter", "Valley Post | By Grace Mwale": an outlet line with the byline after
 * a dot, bar or dash, and no date; null for any other line.
 */
function outletThenByline(text: string): { outlet: string; byline: string } | null {
  const m = OUTLET_THEN_BYLINE.exec(text);
  if (!m || parseByline(m[2]!) === null || !looksLikeOutletLine(m[1]!)) return null;
  return { outlet: m[1]!.trim(), byline: m[2]!.trim() };
}

/** An outlet line without a date carries a byline only after a separator ("Meduza · By …"). */
function outletOnlyCredit(line: string): string {
  return hasByAfterSeparator(line) ? line : '';
}

/** A cheap test before the pattern: " By " or " by " after one of the separators. */
function hasByAfterSeparator(line: string): boolean {
  return / [|·•—–] [Bb]y /.test(line);
}

const OUTLET_THEN_BYLINE = /^\s*([^|·•—–]{2,60}?)\s+[|·•—–]\s+([Bb]y\s.+)$/;

/** "Jane Doe | Reuters": a writer's name with no "By", a bar, and an outlet sitrep knows. */
function writerThenOutlet(text: string): { outlet: string; byline: string } | null {
  const bar = text.lastIndexOf('|');
  if (bar < 0 || /^\s*by\s/i.test(text)) return null;
  const outlet = text.slice(bar + 1).trim();
  const writer = text.slice(0, bar).trim();
  if (knownOutlet(outlet) === null || !looksLikePersonName(writer)) return null;
  return { outlet, byline: `By ${writer}` };
}

/**
 * "Al Jazeera Staff", "Le Monde with AFP": a known outlet's name with its newsroom's credit or the
 * agency it worked with after it is that outlet.
 */
function outletProper(text: string): string {
  const m = OUTLET_WITH_CREDIT.exec(text);
  return m && knownOutlet(m[1]!) !== null ? m[1]! : text;
}

const OUTLET_WITH_CREDIT =
  /^\s*(.{2,40}?)\s+(?:staff(?: writers?| reporters?)?|newsroom|desk|with (?:AFP|Reuters|AP|agencies|wires)(?: and (?:AFP|Reuters|AP|agencies))?)\s*$/i;

/**
 * "By Bassem Haddad | Associated Press": a byline and the outlet on one line → the outlet (the part
 * after the last bar, or after the last comma when it is a known outlet or no person's name) and the
 * byline. Any other text is all outlet.
 */
function splitCredit(text: string): { outlet: string; byline: string | null } {
  const after = outletThenByline(text);
  if (after) return after;
  const writer = writerThenOutlet(text);
  if (writer) return writer;
  if (!/^\s*by\s/i.test(text) || parseByline(text) === null)
    return { outlet: outletProper(text), byline: null };
  const bar = text.lastIndexOf('|');
  const comma = text.lastIndexOf(',');
  const outlet = text.slice(Math.max(bar, comma) + 1).trim();
  const isOutlet =
    outlet.length > 0 &&
    (bar > comma || knownOutlet(outlet) !== null || !looksLikePersonName(outlet)) &&
    looksLikeOutletLine(outlet);
  return isOutlet
    ? { outlet, byline: text.slice(0, Math.max(bar, comma)).trim() }
    : { outlet: text, byline: null };
}

interface Draft {
  title: string;
  outletLine: string | null;
  published: string | null;
  time: string | null;
  byline: string[];
  bullets: string[];
  /** A URL line inside the header (labelled headers put it there). */
  url: string | null;
  /** The known outlet a header byline credits ("By Nadim Saleh, Reuters"). */
  creditedOutlet: string | null;
  /** A dateline the header line gives ("(Reuters) — 8 December 2024 — DAMASCUS —"). */
  dateline: string | null;
  /** Days before the digest's date, for a "Yesterday, 18:40" time line (0 for "Today"). */
  daysBack?: number;
  /** An "Opinion" section line in the page's header. */
  opinionLabel?: boolean;
  /** "Press Statement", "Press Release" where the masthead would stand: an office's item. */
  releaseLabel?: boolean;
  /** The figures of a numeric date line ("9/3/2019"), read day first into `published`. */
  numeric?: NumericDate | null;
  bodyStart: number;
}

function assembleArticle(
  lines: string[],
  start: number,
  end: number,
  header: Header | null,
  file: string,
  result: ParseResult,
): Article | null {
  const draft = readHeader(lines, start, header, file, result.dropped);
  if (header?.opinion) draft.opinionLabel = true;
  let last = previousNonBlank(lines, end - 1);
  // "… / Daily Monitor / Tone: Neutral | Reach: 410K": a monitoring service's fields closing its clip.
  while (last > draft.bodyStart && isServiceFieldsLine(lines[last]!)) {
    result.dropped.push({ file, line: last + 1, text: lines[last]!.trim(), reason: 'site-metadata' });
    last = previousNonBlank(lines, last - 1);
  }
  let url: string | null = draft.url;
  const closing = last > draft.bodyStart - 1 ? closingUrl(lines[last]!) : null;
  if (closing) {
    url = closing;
    last = previousNonBlank(lines, last - 1);
  }
  // "— Malawi24, 13 March 2023" under the body says whose article it is and when.
  const credit = last > draft.bodyStart - 1 ? closingCredit(lines[last]!) : null;
  if (credit) {
    draft.outletLine ??= credit.outlet;
    draft.published ??= credit.date;
    last = previousNonBlank(lines, last - 1);
  }
  // "Written by … / New Delhi | Updated: …", "Title / ANKARA / date": a place where other sites put
  // their masthead is the article's dateline, not its outlet (the outlet may close the article).
  const placeOnOutletLine =
    draft.outletLine && !knownOutlet(draft.outletLine) && isBuiltInPlace(draft.outletLine)
      ? draft.outletLine.trim()
      : null;
  if (placeOnOutletLine) draft.outletLine = null;
  // "… more rain was expected on Friday. / Eyewitness News": an outlet's name closing an article
  // whose header named none (the page's buttons may follow it: "Nippon.com / Share / Tweet").
  // "Title / Lindiwe Mokoena / 13 June 2024 | 14:30 / … / Eyewitness News": a person's name where
  // the outlet's would stand, and the outlet's name closing the article, make the name the writer's.
  const writerOnOutletLine =
    !credit &&
    header?.outletLine != null &&
    header.outletLine !== header.dateLine &&
    draft.outletLine !== null &&
    draft.byline.length === 0 &&
    isWriterLine(lines[header.outletLine]!);
  if ((!credit && draft.outletLine === null && !draft.creditedOutlet) || writerOnOutletLine) {
    let k = last;
    while (k > draft.bodyStart && isPageChrome(lines[k]!)) k = previousNonBlank(lines, k - 1);
    // (Under a name that may be a site's, "Source: Reuters" names the copy's source, not the site.)
    const closer =
      k > draft.bodyStart && !(writerOnOutletLine && sourceLabel(lines[k]!))
        ? closingOutlet(lines[k]!)
        : null;
    if (closer && writerOnOutletLine) draft.byline.push(titleCaseName(draft.outletLine!.trim()));
    if (closer) {
      draft.outletLine = closer;
      for (let c = k + 1; c <= last; c++)
        if (!isBlank(lines[c]!))
          result.dropped.push({ file, line: c + 1, text: lines[c]!.trim(), reason: 'site-metadata' });
      last = previousNonBlank(lines, k - 1);
    }
  }
  // A credit as the last line ("By Anna Kovalenko and Suren Hakobyan") is a byline, not body text:
  // syndicated copies that place it elsewhere or drop it still have the same body.
  // A newsroom's credit there ("By Beirut Newsdesk") names no one but is no body text either.
  // So is a labelled one ("Author: Ruth Novak"), as some broadcasters' sites close an article.
  const trailingByline =
    last > draft.bodyStart ? (parseByline(lines[last]!) ?? labelledByline(lines[last]!)) : null;
  if (trailingByline) {
    if (draft.byline.length === 0) draft.byline.push(...trailingByline);
    last = previousNonBlank(lines, last - 1);
  }
  const first = nextNonBlank(lines, draft.bodyStart);
  const lonePlace =
    first >= 0 && first < last && isBlank(lines[first + 1] ?? '') ? loneDatelinePlace(lines[first]!) : null;
  const bodyStart = lonePlace ? first + 1 : draft.bodyStart;
  const body = classifyBodyLines(lines, bodyStart, last + 1, draft.title, file, result.dropped);
  const paragraphs = body.paragraphs.map((p) => p.text);
  if (draft.byline.length === 0) draft.byline.push(...body.bylineNames);

  let dateline: string | null = draft.dateline ?? lonePlace;
  let agency: string | null = null;
  let datelineDay: DayOfYear | null = null;
  const datelined = datelineParagraph(paragraphs);
  if (datelined) {
    const { index, match } = datelined;
    dateline = match.place;
    agency = match.agency;
    datelineDay = match.month && match.day ? { month: match.month, day: match.day } : null;
    paragraphs[index] = paragraphs[index]!.slice(match.length);
    if (!paragraphs[index].trim()) paragraphs.splice(index, 1);
  }

  dateline ??= placeOnOutletLine;
  outletFromByline(draft, url);
  const outlet = resolveOutlet(draft, agency, url);
  const title = cleanTitle(draft.title, outlet.name, draft.outletLine, agency);
  const textParts =
    draft.bullets.length > 0 ? [draft.bullets.map((b) => `• ${b}`).join('\n'), ...paragraphs] : paragraphs;
  const textBody = textParts.join('\n\n');
  if (!textBody.trim()) {
    // A title over no text at all is a heading ("Media monitoring export | … | 12 Mar 2025") or a
    // one-line note, not an article; feeds drop such items the same way.
    result.dropped.push({ file, line: start + 1, text: title.text, reason: 'empty-article' });
    return null;
  }
  const article = makeArticle({
    title: title.text,
    outlet: outlet.name ?? title.outlet,
    outletCountry: outlet.country,
    published: draft.published ?? dateFromUrl(url),
    time: draft.time,
    dateline,
    byline: draft.byline,
    url,
    kind: draft.opinionLabel
      ? 'opinion'
      : draft.releaseLabel
        ? 'statement'
        : detectKind(title.text, paragraphs, url, outlet.name ?? title.outlet),
    text: textBody,
    source: { file, startLine: start + 1, endLine: Math.max(last, start) + 1 },
  });
  if (!article.published && datelineDay) datelineDays.set(article, datelineDay);
  if (article.published && draft.numeric) numericDates.set(article, draft.numeric);
  if (!article.published && draft.daysBack) daysBeforeDigest.set(article, draft.daysBack);
  return article;
}

/**
 * "CCTV: … What is China's comment?" / "Wang Wenbin: We are …": a briefing's transcript, each turn
 * opened by the speaker's name and a colon. A question there is a reporter's outlet asking, no
 * dateline's place.
 */
function isTranscriptTurn(paragraph: string, match: DatelineMatch, next: string | undefined): boolean {
  if (match.agency !== null || paragraph.charCodeAt(match.length - 2) !== 58) return false;
  return endsWithQuestion(paragraph) && next !== undefined && SPEAKER_TURN.test(next);
}

/** "Wang Wenbin: …", "Lin Jian: …", "Spokesperson: …": a speaker's name and a colon opening a turn. */
const SPEAKER_TURN = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}: \S/u;

function endsWithQuestion(text: string): boolean {
  return /\?["”’']?\s*$/.test(text);
}

/** Longest standfirst (in words) that may stand above the dateline's paragraph. */
const STANDFIRST_WORDS = 40;

/**
 * The paragraph that opens with the dateline: the first, or the second under a one-line standfirst
 * ("Residents slept on the streets as aftershocks rattled the north" / "BOGO CITY, Cebu — At least
 * …"). Below a standfirst only a place in capitals or an agency's credit counts, as wires write them.
 */
function datelineParagraph(paragraphs: string[]): { index: number; match: DatelineMatch } | null {
  const first = paragraphs[0];
  if (first === undefined) return null;
  const match = matchDateline(first);
  if (match && !isTranscriptTurn(first, match, paragraphs[1])) return { index: 0, match };
  const second = paragraphs[1];
  if (second === undefined || !isStandfirst(first)) return null;
  const below = matchDateline(second);
  const wireStyle =
    below && (below.agency !== null || (below.place !== null && below.place === below.place.toUpperCase()));
  return below && wireStyle ? { index: 1, match: below } : null;
}

/** A standfirst: one line, one sentence at most, short. */
function isStandfirst(paragraph: string): boolean {
  return (
    !paragraph.includes('\n') &&
    bulletText(paragraph) === null &&
    wordCount(paragraph, STANDFIRST_WORDS + 1) <= STANDFIRST_WORDS &&
    !/[.!?]["”’]?\s+\p{Lu}/u.test(paragraph)
  );
}

interface DayOfYear {
  month: number;
  day: number;
}

/** The day an undated article's dateline names ("MOSCOW, August 7. /TASS/."), until its year is known. */
const datelineDays = new WeakMap<Article, DayOfYear>();
/** Articles dated "Yesterday, 18:40": how many days before the digest's date they were published. */
const daysBeforeDigest = new WeakMap<Article, number>();

/** "9/3/2019": the first two figures of a numeric date line and its year. */
interface NumericDate {
  first: number;
  second: number;
  year: number;
}

/** Articles dated by a numeric date line, read day first (the reading numericDateIn checked). */
const numericDates = new WeakMap<Article, NumericDate>();

/**
 * "Posted 7/9/2024 5:12 PM", "07/10/2024 11:02 AM": a date in figures split by slashes or dashes (not
 * dots, which only day-first writers use), when the line's date was read from it day first (or, the
 * day being over 12, month first); null for any other line.
 */
function numericDateIn(line: string, published: string | null): NumericDate | null {
  if (!published || line.length > 120 || (!line.includes('/') && !line.includes('-'))) return null;
  const m = NUMERIC_DATE_IN_LINE.exec(line);
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[3]);
  const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
  const dayFirst = `${year}-${String(second).padStart(2, '0')}-${String(first).padStart(2, '0')}`;
  const monthFirst = `${year}-${String(first).padStart(2, '0')}-${String(second).padStart(2, '0')}`;
  return published === dayFirst || published === monthFirst ? { first, second, year } : null;
}

/** Groups: the first figures, the separator, the second figures, the year ("12/25/2023", "7-9-24"). */
const NUMERIC_DATE_IN_LINE = /(?<![\d./-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d./-])/;

/**
 * "Posted 7/9/2024" and "Posted 7/13/2024" in one digest: a numeric date is read day first, as most of
 * the world writes it, but a digest (its pages copied from the same sites) whose dates in figures
 * show month first wherever the order is plain ("7/13/2024", "12/25/2023") and never day first
 * ("25/12/2023") writes the ambiguous ones month first too.
 */
function readNumericDatesMonthFirst(articles: Article[]): void {
  let monthFirst = 0;
  let dayFirst = 0;
  for (const article of articles) {
    const n = numericDates.get(article);
    if (n && n.first <= 12 && n.second > 12) monthFirst++;
    else if (n && n.first > 12 && n.second <= 12) dayFirst++;
  }
  if (monthFirst === 0 || dayFirst > 0) return;
  for (const article of articles) {
    const n = numericDates.get(article);
    if (!n || n.first > 12 || n.second > 12 || n.first === n.second) continue;
    article.published = `${n.year}-${String(n.first).padStart(2, '0')}-${String(n.second).padStart(2, '0')}`;
  }
}

/** Reads title, outlet, date or time, byline and bullet lines; returns where the body starts. */
function readHeader(
  lines: string[],
  start: number,
  header: Header | null,
  file: string,
  dropped: Dropped[],
): Draft {
  const draft: Draft = {
    title: lines[start]!.trim(),
    outletLine: header?.outletLine != null ? outletPart(lines[header.outletLine]!) : null,
    published: null,
    time: null,
    byline: [],
    bullets: [],
    url: null,
    creditedOutlet: null,
    dateline: null,
    bodyStart: start + 1,
  };
  // "Title / Imtiaz Ali / Published August 25, 2024": a writer's name alone over the date is the byline.
  const writers =
    header?.outletLine != null && header.outletLine !== header.dateLine
      ? writersUnderTitle(lines, start, header.outletLine, header.dateLine)
      : null;
  if (writers) {
    draft.byline.push(...writers);
    draft.outletLine = null;
    draft.creditedOutlet = siteOfWriterPost(lines[header!.outletLine! + 1] ?? '');
  }
  // "BY TOMOHIRO OSAKI / STAFF WRITER / date", "Title / Web Desk / date": a writer's post or a desk's
  // credit where a masthead would stand names no outlet.
  if (
    draft.outletLine !== null &&
    header?.outletLine !== header?.dateLine &&
    isPostOrDesk(draft.outletLine)
  ) {
    draft.outletLine = null;
  }
  // "Title / Asia / Tan Jun Hao / date": a site's section where a masthead would stand names no outlet.
  if (draft.outletLine !== null && header?.outletLine !== header?.dateLine && isSectionName(draft.outletLine))
    draft.outletLine = mastheadUnderSection(lines, header!);
  // "Updated / Monday, 22 Jan 2024 07:10", "12 June 2024 | News release | Reading time: 2 min": a
  // field's label or the kind of item, in the field where an outlet's name may stand.
  if (draft.outletLine !== null && isFieldLabel(draft.outletLine)) {
    // ("Press Statement", "News release": the kind of item says it is an office's statement.)
    if (RELEASE_LABEL.test(draft.outletLine)) draft.releaseLabel = true;
    draft.outletLine = null;
  }
  // "NEWS PROVIDED BY / Blue Ridge Grocers Inc.": a label where the outlet would stand, over its value.
  if (draft.outletLine !== null && isOpenLabel(draft.outletLine)) {
    const value = header!.outletLine! + 1;
    const named = value !== header!.dateLine && looksLikeOutletLine(lines[value] ?? '');
    draft.outletLine = named ? outletPart(lines[value]!) : null;
  }
  // "1. Landslide toll rises to 670 [Reuters]": a press review names the outlet in brackets.
  const bracketed = draft.outletLine === null ? bracketedOutlet(draft.title) : null;
  if (bracketed) {
    draft.title = bracketed.title;
    draft.outletLine = bracketed.outlet;
  }
  // "Title (9 January 2024)": the title line carries the date.
  const dated = header?.dateLine === start ? titleDate(draft.title) : null;
  if (dated) draft.title = dated.title;
  if (!header) return draft;
  // The outlet line usually sits above the date line, sometimes below it.
  const lastHeaderLine = Math.max(header.dateLine ?? -1, header.outletLine ?? -1);
  if (lastHeaderLine < 0) return draft;
  const credit =
    header.outletLine !== null
      ? splitCredit(
          parseOutletDateLine(lines[header.outletLine]!)?.outlet ??
            outletOnlyCredit(lines[header.outletLine]!),
        )
      : null;
  if (credit?.byline) addByline(draft, credit.byline, parseByline(credit.byline) ?? []);
  // Between the title and the outlet or date line there are only blanks, "By …" lines and a standfirst.
  for (let k = start + 1; k < lastHeaderLine; k++) {
    const names = parseByline(lines[k]!);
    if (names) addByline(draft, lines[k]!, names);
    else if (isUrlLine(lines[k]!) && !draft.url) draft.url = lines[k]!.trim();
    else if (k === header.outletLine || k === header.dateLine || isBlank(lines[k]!)) continue;
    else if (isStaffCredit(lines[k]!)) draft.creditedOutlet ??= bylineOutlet(`By ${lines[k]!.trim()}`);
    else if (isWriterPostLine(lines[k + 1] ?? '') && isWriterLine(lines[k]!))
      draft.byline.push(titleCaseName(lines[k]!.trim()));
    else if (k + 1 === header.outletLine && isWriterOverMasthead(lines, k))
      draft.byline.push(titleCaseName(lines[k]!.trim()));
    else if (postThenOutlet(lines[k]!)) draft.creditedOutlet ??= postThenOutlet(lines[k]!);
    else if (writerDashOutlet(lines[k]!)) {
      const { writer, outlet } = writerDashOutlet(lines[k]!)!;
      draft.byline.push(writer);
      draft.creditedOutlet ??= outlet;
    } else if (k === header.dateLine! - 1 && (isReleaseNumber(lines[k]!) || isDateLabel(lines[k]!)))
      dropped.push({ file, line: k + 1, text: lines[k]!.trim(), reason: 'site-metadata' });
    // "Title / Dylan Baddour / June 10, 2025 / Inside Climate News": the writer right above the date,
    // the outlet's line under it.
    else if (
      draft.byline.length === 0 &&
      k === (header.dateLine ?? -1) - 1 &&
      (header.outletLine ?? -1) > k + 1 &&
      isWriterLine(lines[k]!)
    )
      draft.byline.push(titleCaseName(lines[k]!.trim()));
    else if (k === start + 1 && continuesTitle(draft.title, lines[k]!.trim()))
      draft.title = `${draft.title} ${lines[k]!.trim()}`;
    else if (header.dateLine !== null && k > header.dateLine && isWriterApart(lines, k))
      draft.byline.push(titleCaseName(lines[k]!.trim()));
    else if (
      k > (header.outletLine ?? lastHeaderLine) &&
      k < (header.dateLine ?? -1) &&
      writerCredit(lines[k]!)
    )
      draft.byline.push(...writerCredit(lines[k]!)!);
    // "Title / Standfirst / Jim Pickard and George Parker in London / date": the writers right above
    // the date, with no outlet's line.
    else if (header.outletLine === null && k === (header.dateLine ?? -1) - 1 && writersFiledFrom(lines[k]!))
      draft.byline.push(...writersFiledFrom(lines[k]!)!);
    // "The Southern Chronicle / Maya Pillai / Updated - …": a person's name alone between the
    // masthead and the date is the writer's (with the writer named above the masthead, a place:
    // "Ivana Kostic / BIRN / Novi Sad / date").
    else if (
      draft.byline.length === 0 &&
      k === (header.outletLine ?? -2) + 1 &&
      k === (header.dateLine ?? -1) - 1 &&
      isWriterLine(lines[k]!) &&
      !isPlaceOrDeskLine(lines[k]!) &&
      !isStaffCredit(lines[k]!)
    )
      draft.byline.push(titleCaseName(lines[k]!.trim()));
    else if (
      k === (header.outletLine ?? -2) + 1 &&
      k < (header.dateLine ?? -1) &&
      isStandfirstLine(lines[k]!)
    )
      dropped.push({ file, line: k + 1, text: lines[k]!.trim(), reason: 'subheading' });
    else if (k > (header.outletLine ?? lastHeaderLine) && k < (header.dateLine ?? -1)) {
      // A field of the page's header between its masthead and its date (a desk, a place, a section,
      // the publisher's group): the page's metadata; a section named "Opinion" says what the item is.
      if (OPINION_MARKER.test(lines[k]!.trim()) && wordCount(lines[k]!, 3) <= 2) draft.opinionLabel = true;
      dropped.push({ file, line: k + 1, text: lines[k]!.trim(), reason: 'site-metadata' });
    } else dropped.push({ file, line: k + 1, text: lines[k]!.trim(), reason: 'subheading' });
  }
  if (header.dateLine !== null) {
    const dateText = dated ? dated.date : lines[header.dateLine]!;
    const timed = parseTimeLine(dateText);
    // "By Jane Doe, Reuters | date" credits an outlet; "By Jane Doe - date" only its writer.
    const credited = timed ? null : parseOutletDateLine(dateText);
    const outletAndDate =
      timed || (credited && splitCredit(credited.outlet).outlet)
        ? credited
        : (parseDateBylineLine(dateText) ?? credited);
    draft.published = timed?.date ?? parseDateLine(dateText) ?? outletAndDate?.date ?? null;
    draft.numeric = numericDateIn(dateText, draft.published);
    // "Title (Reuters, 3 Oct 2023)": the title's parentheses name the outlet too.
    const namedOutlet = dated ? parseOutletDateLine(dateText)?.outlet : undefined;
    if (namedOutlet && draft.outletLine === null) draft.outletLine = namedOutlet;
    draft.time = timed?.time ?? outletAndDate?.time ?? null;
    if (outletAndDate?.byline) draft.byline.push(...outletAndDate.byline);
    // "By Jane Doe - 06/25/21 10:38 AM EDT": a date line that a byline opens.
    const signed = parseDateBylineLine(dateText);
    for (const name of signed?.byline ?? []) if (!draft.byline.includes(name)) draft.byline.push(name);
    draft.creditedOutlet ??= signed?.creditedOutlet ?? null;
    // Under an outlet line of its own, the date line's name is the writer's ("Jane Doe — 9 October 2022").
    const signer =
      header.outletLine !== null && header.outletLine !== header.dateLine ? signerOf(dateText) : null;
    if (signer) draft.byline.push(signer);
    draft.dateline = outletAndDate?.dateline ?? null;
    // "Today, 2:15 pm": the time, and the day left to the digest's date.
    const recent = draft.published ? null : parseRelativeTimeLine(dateText);
    if (recent) {
      draft.time = recent.time;
      draft.daysBack = recent.daysBack;
    }
  }
  draft.dateline ??= header.dateline ?? null;
  // "Huda Saleh / Contributor / Gaza City, 13 June 2024": under a writer's post, a place and a date
  // say where the writer filed from; the place is no outlet.
  const filedFrom =
    header.dateLine !== null &&
    isWriterPostLine(lines[header.dateLine - 1] ?? '') &&
    isPlaceDateLine(lines[header.dateLine]!)
      ? parseOutletDateLine(lines[header.dateLine]!)!.outlet
      : null;
  if (filedFrom) {
    draft.dateline ??= filedFrom;
    if (header.outletLine === header.dateLine) draft.outletLine = null;
  }

  // (A date line above the title leaves the lines under the title to read.)
  let i = Math.max(lastHeaderLine, start) + 1;
  const clock = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(lines[i] ?? '');
  if (clock && !draft.time && Number(clock[1]) < 24) {
    draft.time = `${clock[1]!.padStart(2, '0')}:${clock[2]}`;
    i++;
  }
  const metadata: { line: number; text: string; raw: string }[] = [];
  // Lines directly under the date (no blank between) are bylines or bullets.
  for (; i < lines.length && !isBlank(lines[i]!); i++) {
    const line = lines[i]!;
    // ("1 May 2024 / Humanitarian Aid": the site's section under the date, no writer's name.)
    if (READING_TIME.test(line) || isSectionName(line)) {
      dropped.push({ file, line: i + 1, text: line.trim(), reason: 'site-metadata' });
      continue;
    }
    // "12:30 p.m., June 12, 2024 / Source: Meduza": the page names its outlet under the date.
    const source = draft.outletLine === null ? sourceLabel(line) : null;
    if (source) {
      draft.outletLine = source;
      dropped.push({ file, line: i + 1, text: line.trim(), reason: 'site-metadata' });
      continue;
    }
    const labelled = AUTHOR_LABEL.exec(line);
    const names =
      (labelled ? parseByline(`By ${labelled[1]}`) : parseByline(line)) ??
      (draft.byline.length === 0 ? bareCredit(line) : null);
    const bullet = bulletText(line);
    if (names) addByline(draft, labelled ? `By ${labelled[1]}` : line, names);
    else if (isUrlLine(line) && !draft.url) draft.url = line.trim();
    // ("MEE staff", "Scroll Staff" under the date: the outlet's own newsroom, no one's name.)
    else if (draft.byline.length === 0 && isStaffCredit(line))
      draft.creditedOutlet ??= bylineOutlet(`By ${line.trim()}`);
    else if (bullet !== null) metadata.push({ line: i, text: bullet, raw: line.trim() });
    else if (draft.byline.length === 0 && looksLikePersonName(line)) {
      // A bare "Staff Reporter" line under the date is a credit line that names no one.
      if (!isNewsroomCredit(line)) draft.byline.push(titleCaseName(line.trim()));
      // ("Al Jazeera Staff", "The Hindu Bureau": the outlet's own newsroom names the outlet.)
      else draft.creditedOutlet ??= bylineOutlet(`By ${line.trim()}`);
    } else break;
  }
  // "3 hours ago / Share / Katy Watson / BBC News, Sydney": the writer and the outlet's desk below
  // the page's buttons.
  const desk = draft.byline.length === 0 ? writerAndDeskBelow(lines, i) : -1;
  if (desk >= 0) {
    for (let k = i; k < desk; k++)
      if (!isBlank(lines[k]!))
        dropped.push({ file, line: k + 1, text: lines[k]!.trim(), reason: 'site-metadata' });
    draft.byline.push(titleCaseName(lines[desk]!.trim()));
    draft.outletLine ??= outletPart(lines[desk + 1]!);
    i = desk + 2;
  }
  // A "By Name" line may also stand after one blank line.
  const next = nextNonBlank(lines, i);
  if (
    next >= 0 &&
    draft.byline.length === 0 &&
    parseByline(lines[next]!) &&
    !parseByline(lines[nextNonBlank(lines, next + 1)] ?? '')
  ) {
    addByline(draft, lines[next]!, parseByline(lines[next]!)!);
    i = next + 1;
  }
  if (metadata.length === 0) i = summaryAfterBlank(lines, i, metadata);
  splitBullets(metadata, draft, file, dropped);
  draft.bodyStart = i;
  return draft;
}

/**
 * "Staff Writer", "Senior Correspondent", "Web Desk": a writer's post or a desk's credit alone on a
 * line, in words no masthead is made of ("Greek Reporter" and "The Reporter" are papers).
 */
function isPostOrDesk(text: string): boolean {
  return GENERIC_DESK.test(text) || GENERIC_POST.test(text);
}

/** A post opened by a rank or a beat ("Staff Writer", "Senior Political Correspondent"). */
const GENERIC_POST =
  /^\s*(?:staff|senior|chief|special|contributing|associate|assistant|deputy|political|diplomatic|foreign|city)\b[\p{L} '’-]{0,30}?\b(?:writer|reporter|correspondent|editor)s?\s*$/iu;

/** A desk named by its beat or medium, not by its outlet ("Web Desk", "News Desk", "Online Desk"). */
const GENERIC_DESK =
  /^\s*(?:web|news|online|digital|city|metro|foreign|national|international|world|sports?|business|political|news ?room)\s+desk\s*$/i;

/**
 * "Title / NEWS / Coastal Herald / May 2, 2024": a masthead right under the site's section, over the
 * date, is the outlet the section would have stood for. Its name, or null.
 */
function mastheadUnderSection(lines: string[], header: Header): string | null {
  const below = header.outletLine! + 1;
  if (header.dateLine === null || below >= header.dateLine) return null;
  const line = lines[below]!;
  const masthead = isKnownOutletLine(line) || (looksLikeOutletLine(line) && hasMastheadWord(line));
  return masthead && !isWriterLine(line) && !isPostOrDesk(line) ? outletPart(line) : null;
}

/**
 * A wire's summary bullets may stand one blank line below the date: a run of bullets of three words or
 * more at the top of the body, followed by a paragraph that opens with the wire's dateline, is the
 * summary (related headlines follow the story's text, not a dateline). Returns where the body starts.
 */
function summaryAfterBlank(
  lines: string[],
  from: number,
  metadata: { line: number; text: string; raw: string }[],
): number {
  const first = nextNonBlank(lines, from);
  if (first < 0 || first - from > 2) return from;
  const run: { line: number; text: string; raw: string }[] = [];
  let k = first;
  for (; k < lines.length && !isBlank(lines[k]!); k++) {
    const text = bulletText(lines[k]!);
    if (text === null || wordCount(text, 3) < 3) return from;
    run.push({ line: k, text, raw: lines[k]!.trim() });
  }
  const after = nextNonBlank(lines, k);
  if (run.length === 0 || after < 0 || !matchDateline(lines[after]!)) return from;
  metadata.push(...run);
  return k;
}

/**
 * A title wrapped over two lines, as a PDF's narrow column leaves it: the second line goes on in lower
 * case ("… as the river keeps / rising"), or is a few words under a long title that ends without
 * punctuation. A standfirst under a title opens with a capital and says more.
 */
function continuesTitle(title: string, line: string): boolean {
  if (/[.!?:]["”’']?$/.test(title) || parseByline(line) || RELEASE_LABEL.test(line)) return false;
  if (/^\p{Ll}/u.test(line)) return true;
  // ("Title / 2025-06-11 09:30 / Astana • June 11, 2025": a date line is no part of the title.)
  if (isDateOrTimeLine(line)) return false;
  // ("Title / NEWS / Name / …": a site's section under the title is no part of it.)
  if (isSectionName(line)) return false;
  return title.length >= 50 && wordCount(line, 4) <= 3 && !/[.!?:]$/.test(line);
}

/**
 * "Bassem Haddad, Associated Press" or "Lina Farah | Reuters" under the date: a credit without "By",
 * read only when a person's name comes first and something follows it ("Shaun Walker in Kyiv" too).
 */
function bareCredit(line: string): string[] | null {
  const parts = line.split(/\s*[,|]\s*/);
  // "Shaun Walker in Kyiv": a name and the place the writer files from, as the Guardian credits.
  const filedFrom = parts.length === 1 ? FILED_FROM.exec(line.trim()) : null;
  if (filedFrom && looksLikePersonName(filedFrom[1]!)) return [titleCaseName(filedFrom[1]!)];
  if (parts.length < 2 || !looksLikePersonName(parts[0]!)) return null;
  const names = parseByline(`By ${line}`);
  return names && names.length > 0 ? names : null;
}

const FILED_FROM = /^(.+?) in \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$/u;

/** "Source: Meduza" → "Meduza": an outlet's name after a "Source:" label; null for any other line. */
function sourceLabel(line: string): string | null {
  if (line.length > 70 || (line.trimStart().charCodeAt(0) | 32) !== 115) return null;
  const name = SOURCE_LABEL.exec(line)?.[1];
  return name && looksLikeOutletLine(name) && wordCount(name, 6) <= 5 ? name : null;
}

const SOURCE_LABEL = /^\s*source\s*:\s*(\S.*?)\s*$/i;

/** "3 min read", "5 minutes read": a site's reading time under the date. */
// ("3 mins to read", as some sites word it.)
const READING_TIME = /^\s*\d{1,2}\s*min(?:ute)?s?\.?\s+(?:to\s+)?read\s*$/i;
/** "Author: Martin Fornusek", "Authors: A and B", "Written by: …": a labelled byline under the date. */
const AUTHOR_LABEL = /^\s*(?:authors?|written by|text)\s*:\s*(\S.*)$/i;

/** "Author: Ruth Novak" → ["Ruth Novak"], when the label is followed by people's names; else null. */
function labelledByline(line: string): string[] | null {
  const labelled = AUTHOR_LABEL.exec(line);
  return labelled ? parseByline(`By ${labelled[1]!.replace(/^by\s+/i, '')}`) : null;
}

/** A byline line's names, and the outlet it credits when no other byline line named one. */
function addByline(draft: Draft, line: string, names: string[]): void {
  draft.byline.push(...names);
  draft.creditedOutlet ??= bylineOutlet(/^\s*by\s/i.test(line) ? line : `By ${line}`);
}

/**
 * Bullets under the date are either a summary (kept at the top of the text) or site metadata such as
 * "• JAMnews" / "• Yerevan" (a house author and a place: dropped). Metadata bullets are one or two words.
 */
function splitBullets(
  bullets: { line: number; text: string; raw: string }[],
  draft: Draft,
  file: string,
  dropped: Dropped[],
): void {
  // "• JAMnews", "• Yerevan", "• The New Arab Staff", "• Santa Cruz de la Sierra": a house author, a
  // place or a newsroom's credit.
  const isMetadata = (text: string) =>
    text.split(/\s+/).length <= 2 || isNewsroomCredit(text) || isPlaceOfWords(text);
  // Among summary bullets, a short one with a verb in lower case is a summary too ("• Government
  // denies" under "• General says president asked for it").
  const summary = bullets.some((b) => !isMetadata(b.text));
  for (const bullet of bullets) {
    const text = bullet.text;
    const shortSummary =
      summary && text.split(/\s+/).length === 2 && /\s\p{Ll}{3,}$/u.test(text) && !isNewsroomCredit(text);
    if (isMetadata(text) && !shortSummary) {
      dropped.push({ file, line: bullet.line + 1, text: bullet.raw, reason: 'site-metadata' });
    } else {
      draft.bullets.push(bullet.text);
    }
  }
}

/**
 * "Santa Cruz de la Sierra", "Rio de Janeiro": a place of several words as a site's bullet writes it,
 * every word capitalised but the particles between them. A summary bullet is a sentence in lower case.
 */
function isPlaceOfWords(text: string): boolean {
  return PLACE_OF_WORDS.test(text);
}

const PLACE_OF_WORDS =
  /^\p{Lu}[\p{Ll}'’-]+(?:\s(?:(?:de|del|da|do|dos|das|di|des|du|la|las|los|le|el|al|y)\s){0,2}\p{Lu}[\p{Ll}'’-]+){1,4}$/u;

/**
 * "Title / Oct 4 2023 / Kathmandu Chronicle / text … / https://kathmanduchronicle.example/…": a name
 * under the date that spells the item's own link is its outlet, not its byline.
 */
function outletFromByline(draft: Draft, url: string | null): void {
  if (draft.outletLine !== null || draft.byline.length !== 1 || !url) return;
  const name = draft.byline[0]!;
  if (!nameSpellsHost(name, url)) return;
  draft.outletLine = name;
  draft.byline.length = 0;
}

interface ResolvedOutlet {
  name: string | null;
  country: string | null;
}

/** Outlet line first, then an outlet the byline credits, then the dateline's agency credit, then the URL's host. */
function resolveOutlet(draft: Draft, agency: string | null, url: string | null): ResolvedOutlet {
  if (draft.outletLine) {
    const line = draft.outletLine;
    const comma = line.lastIndexOf(',');
    // "Rudaw, Iraq" splits; "Hurriyet Daily News" and "RFE/RL" stay whole.
    if (comma > 0 && !knownOutlet(line)) {
      return { name: outletAsWritten(line.slice(0, comma)), country: line.slice(comma + 1).trim() || null };
    }
    return { name: outletAsWritten(line), country: null };
  }
  if (draft.creditedOutlet) return { name: draft.creditedOutlet, country: null };
  if (agency)
    return { name: isAcronym(agency) ? agency : (knownOutlet(agency) ?? agencyName(agency)), country: null };
  if (url) return { name: outletFromUrl(url), country: null };
  return { name: null, country: null };
}

/**
 * An agency sitrep does not know, as its dateline credits it: "PTI", "KUNA" (an acronym of up to four
 * capitals) stay as written; a name in capitals ("ARMENPRESS") is written in title case, its joining
 * words in lower case ("PRÉSIDENCE DE LA RÉPUBLIQUE" → "Présidence de la République").
 */
function agencyName(agency: string): string {
  if (/^[A-Z]{2,4}$/.test(agency)) return agency;
  // "FAMa GENERAL STAFF" → "FAMa General Staff": an acronym in mixed case stays, the words in capitals
  // are written in title case.
  if (agency !== agency.toUpperCase())
    return agency
      .replace(/\b\p{Lu}{5,}\b/gu, (word) => titleCaseName(word))
      .replace(NAME_JOINER, (w) => w.toLowerCase());
  return titleCaseName(agency).replace(NAME_JOINER, (word) => word.toLowerCase());
}

/** Words that join the parts of an institution's name, after its first word. */
const NAME_JOINER =
  /(?<=\s)(?:Of|The|And|For|De|Del|Della|Di|Da|Du|Des|La|Le|Les|Y|Et|Und|Der|Die|Van|Von)(?=\s)/g;

/**
 * An outlet line names the outlet as the digest's editor wrote it ("Associated Press" stays so); only
 * a shouted or lower-case spelling of a known outlet is replaced by its usual one ("ARMENPRESS").
 */
function outletAsWritten(name: string): string {
  const text = withoutDesk(name.trim());
  const mixedCase = text !== text.toUpperCase() && text !== text.toLowerCase();
  if (mixedCase || isAcronym(text)) return text;
  // (A single word in capitals may be an acronym the reader does not know: "ČTK", "1TV".)
  const words = text.includes(' ');
  return knownOutlet(text) ?? (words && text === text.toUpperCase() ? mastheadInTitleCase(text) : text);
}

/**
 * "The Hindu Bureau", "DTNEXT Bureau", "Tribune Desk", "Prothom Alo English Desk", "Written by: TNM":
 * the paper's desk or a credit's label signs for the paper, whose name is the outlet.
 */
function withoutDesk(name: string): string {
  if (name.includes(':')) name = name.replace(CREDIT_LABEL, '');
  const desk = DESK_SUFFIX.exec(name);
  if (!desk || desk.index === 0) return name;
  const paper = name.slice(0, desk.index);
  // "Press Information Bureau", "Federal Statistics Bureau": a bureau that is an office's own name,
  // unless what stands before it is a paper's ("The Hindu", "DTNEXT").
  const papers = !/bureau$/i.test(name) || knownOutlet(paper) !== null || /^The\s|^\S+$/.test(paper);
  return papers && knownOutlet(name) === null ? paper : name;
}

const CREDIT_LABEL = /^(?:written|posted|published|edited)\s+by\s*:\s*/i;
const DESK_SUFFIX = /\s+(?:(?:news|web|english|city|metro)\s+)?(?:bureau|desk)$/i;

/**
 * "THE ISLAND TIMES" → "The Island Times", "KHOU 11 NEWS" → "KHOU 11 News": a masthead copied in
 * capitals, written as its paper writes its name; an acronym among its words stays ("BBC", "NDTV").
 */
function mastheadInTitleCase(name: string): string {
  return name
    .split(' ')
    .map((word, k) => {
      if (isAcronymWord(word)) return word;
      const lower = word.toLowerCase();
      return k > 0 && NAME_JOINER_WORDS.has(lower) ? lower : titleCaseName(word);
    })
    .join(' ');
}

/**
 * An acronym in a masthead: a known outlet's ("BBC", "AP"), or two to four capitals with no vowel
 * ("NDTV", "KTN"); a word of a name has one ("VOZ", "SUN").
 */
function isAcronymWord(word: string): boolean {
  if (!/^[\p{Lu}\d]{2,4}$/u.test(word)) return false;
  return !/[AEIOUY]/.test(word) || knownOutlet(word) === word;
}

/** Words that join a name's words, in lower case after its first ("Office of the Governor"). */
const NAME_JOINER_WORDS = new Set(
  'of the and for de del la las los le les el il lo du des der die das y'.split(' '),
);

/**
 * "DW", "ONA", "KUNA": an outlet's acronym is how the digest names it, not a shouted spelling of its
 * long name ("Deutsche Welle"); "ARMENPRESS" is a name in capitals.
 */
function isAcronym(name: string): boolean {
  return /^[A-Z]{2,4}$/.test(name);
}

/** Strips "Outlet: " in front of a title and the outlet's name repeated after it. */
function cleanTitle(
  raw: string,
  outlet: string | null,
  outletLine: string | null,
  agency: string | null = null,
): { text: string; outlet: string | null } {
  // "1. Hasina resigns …", "2) …", "[3] …": a digest's numbering is not part of the title.
  const number = itemNumber(raw);
  let text = number ? raw.slice(number.length) : raw;
  let prefixOutlet: string | null = null;
  const colon = text.indexOf(': ');
  if (colon > 0 && colon <= 40) {
    const prefix = text.slice(0, colon);
    const known = knownOutlet(prefix);
    // "Reuters: Russian system hit the plane" under the outlet line "Azernews": another outlet, named
    // as the headline's source, stays in the title.
    const sourceNamed =
      known !== null && outletLine !== null && outlet !== null && known !== (knownOutlet(outlet) ?? outlet);
    if ((known && !sourceNamed) || (outlet && prefix.toLowerCase() === outlet.toLowerCase())) {
      prefixOutlet = known ?? prefix;
      text = text.slice(colon + 2).trim();
    }
  }
  if (!outlet && !prefixOutlet) {
    // "Title - Al Jazeera" with no outlet line: a known outlet after a separator names the outlet.
    const m = /\s[-|–—]\s([^-|–—]{2,40})$/.exec(text);
    const known = m ? knownOutlet(m[1]!) : null;
    if (m && known) return { text: text.slice(0, m.index).trim(), outlet: known };
    // "… fourth election - The Jerusalem Post": a masthead's name closing a page's title.
    if (m && endsLikeMasthead(m[1]!) && wordCount(text.slice(0, m.index), 5) >= 5)
      return { text: text.slice(0, m.index).trim(), outlet: m[1]!.trim() };
  }
  // The wire a republished copy's dateline credits closes its title too: "… prisoners Reuters" over
  // the outlet line "Zawya" and "BAKU, Oct 6 (Reuters) –".
  const names = [
    outlet,
    outletLine,
    outletLine?.split(',')[0],
    otherSpellingAtEnd(text, outlet),
    agency,
  ].filter((n): n is string => !!n);
  // (The title is lower-cased once, and again only after a suffix is cut: this runs for every article.)
  let lower = text.toLowerCase();
  for (const name of names) {
    const lowerName = name.toLowerCase();
    for (const sep of TITLE_SUFFIX_SEPARATORS) {
      const length = sep.length + name.length;
      if (
        text.length > length + 10 &&
        lower.endsWith(lowerName) &&
        lower.endsWith(sep + lowerName) &&
        // "Statement from the Prime Minister's Office": the name is the phrase's own noun.
        !(sep === ' ' && LEADS_INTO_NAME.test(lower.slice(0, -length)))
      ) {
        text = text.slice(0, -length).trim();
        lower = text.toLowerCase();
      }
    }
  }
  return { text, outlet: prefixOutlet };
}

const TITLE_SUFFIX_SEPARATORS = [' - ', ' | ', ' – ', ' — ', ' '];
/**
 * A word that needs the noun after it: a title glued to its outlet does not end in one; nor in a verb
 * of saying set off by a comma, whose speaker the name is ("Army contains chemical spread at depot,
 * says ISPR"; not "…, army says Reuters", where the army speaks and the wire closes the title).
 */
const LEADS_INTO_NAME = /(?:\b(?:the|a|an|of|from)|,\s*(?:says|said|tells|told))$/;

/**
 * "… | AP News" under the outlet line "Associated Press": the outlet's other spelling closing the
 * title, after a separator or glued on with a space ("… programme AP News"), as a copied page title
 * ends in the site's name.
 */
function otherSpellingAtEnd(title: string, outlet: string | null): string | null {
  const known = outlet ? knownOutlet(outlet) : null;
  if (!known) return null;
  const m = /\s[-|–—]\s([^-|–—]{2,40})$/.exec(title);
  if (m) return knownOutlet(m[1]!) === known ? m[1]! : null;
  const words = title.split(' ');
  for (let n = 1; n <= 3 && n < words.length - 2; n++) {
    const tail = words.slice(-n).join(' ');
    if (/^\p{Lu}/u.test(tail) && knownOutlet(tail) === known) return tail;
  }
  return null;
}

/** "Opinion: …", "COMMENT": a title or kicker that marks an opinion piece. */
const OPINION_MARKER = /^(opinion|op-ed|comment|commentary|editorial|column)\b/i;
/** In a title the marker is a label before a colon, bar or dash: "Column heads north" is news. */
const TITLE_OPINION_MARKER = /^(?:opinion|op-ed|comment|commentary|editorial|column|letters?)\s*[:|–—-]\s/i;
const PAPER_VIEW = /^The ((?:\p{Lu}[\p{L}.-]*\s){1,3})view on\s/u;

/** "The Guardian view on …": a known paper's own view, its editorial ("The Kremlin view on" is news). */
function isPaperView(title: string): boolean {
  const paper = PAPER_VIEW.exec(title)?.[1]?.trim();
  return paper !== undefined && (knownOutlet(paper) ?? knownOutlet(`The ${paper}`)) !== null;
}
/** "PRESS RELEASE: …", "Statement | …", "News release – …": the title says the item is a release. */
const TITLE_STATEMENT_MARKER =
  /^(?:(?:press release|news release|media release|statement|communiqu[eé]|full text)\s*[:|–—-]\s|(?:press|news|media) release (?:no\.?|number)\s*\S*\d)/i;

const RELEASE_HEADING =
  /^(?:(?:[Jj]oint |[Pp]ress )?[Ss]tatement|[Rr]eadout|[Cc]ommuniqu[eé]) (?:from|by|of) (?:the )?\p{Lu}[^.!?]{0,160}$/u;

/**
 * A title that is a release's own heading, its author then its subject: "Statement by President Ana
 * Ruiz on the floods in the north", "Joint statement of the foreign ministers following their meeting".
 * The subject after "on", "following" … keeps out news about a statement ("Statement by the Kremlin
 * angers Kyiv").
 */
const TITLE_RELEASE_HEADING =
  /^(?:(?:[Jj]oint |[Pp]ress )?[Ss]tatement|[Rr]eadout|[Cc]ommuniqu[eé]) (?:from|by|of) (?:the )?\p{Lu}(?:[^.!?:]|(?<=\s\p{Lu})\.){0,100}? (?:on|regarding|concerning|following|after|ahead of) [^.!?]{3,160}$/u;

/**
 * A lead that announces the statement the item goes on to give: "The ministry issued the following
 * statement on Monday:", "President Ana Ruiz made the following statement:", "The following statement
 * was issued by the Spokesperson for …:".
 */
const LEAD_ANNOUNCES_STATEMENT = /\b[Tt]he following (?:[\p{L}-]+\s+)?statement\b[^.!?"“”]{0,120}:$/u;

/** "X issued the following communiqué on Sunday", colon or not. */
const LEAD_FOLLOWING_STATEMENT =
  /\b(?:issued|published|released|made|put out|read out)\s+the following (?:[\p{L}-]+\s+)?(?:statement|communiqu[eé]|declaration)(?![\p{L}])/u;

/**
 * Opinion: a title marker or an author bio closing the piece. Statement: a press release (its URL
 * says so), or a report whose lead cites a statement and whose other paragraphs mostly go on giving
 * it, quoted or told ("The ministry stressed …").
 */
function detectKind(
  title: string,
  paragraphs: string[],
  url: string | null,
  outlet: string | null,
): ArticleKind {
  if (TITLE_OPINION_MARKER.test(title) || isPaperView(title)) return 'opinion';
  if (TITLE_STATEMENT_MARKER.test(title)) return 'statement';
  // "Statement from President Joe Biden on …", "Readout of the Secretary's call with …": a release's
  // own heading under the title.
  if (RELEASE_HEADING.test(paragraphs[0] ?? '')) return 'statement';
  if (TITLE_RELEASE_HEADING.test(title)) return 'statement';
  // A statement given in full after the lead that announces it, quoted or not.
  const opening = paragraphs[0] ?? '';
  if (paragraphs.length > 1 && opening.endsWith(':') && LEAD_ANNOUNCES_STATEMENT.test(opening))
    return 'statement';
  // "The presidency issued the following communiqué on Sunday." without the colon: the quoted
  // paragraphs after it give it.
  if (LEAD_FOLLOWING_STATEMENT.test(opening)) {
    const quoted = paragraphs.slice(1).filter((p) => /^["“]/.test(p)).length;
    if (quoted >= 2 && quoted >= (paragraphs.length - 1) / 2) return 'statement';
  }
  const last = paragraphs[paragraphs.length - 1] ?? '';
  // Section headings alone don't make an op-ed (long reads have them too); the author's bio does.
  if (isAuthorBio(last)) return 'opinion';
  // "…/commentisfree/…", "…/opinion/…": the site files the piece as opinion, bio or not.
  if (url && OPINION_PATH.test(url)) return 'opinion';
  if (url && (PRESS_RELEASE_PATH.test(url) || GOVERNMENT_HOST.test(url))) return 'statement';
  // A government's, a ministry's or an embassy's own item is its statement, however it is written.
  if (outlet && OFFICIAL_OUTLET.test(outlet)) return 'statement';
  const lead = paragraphs[0] ?? '';
  const rest = paragraphs.slice(1);
  // The lead names the statement, or a later paragraph credits it ("…, the ministry said in a
  // statement.", "the statement added."): a statement mentioned inside a quotation credits nothing.
  const told = () => countTold(rest, lead);
  const mostlyTold = () => told() >= 2 && told() >= (rest.length * 2) / 3;
  if (namesStatement(lead) || rest.some((p) => creditsStatement(p) && creditedToLeadAuthor(p, lead))) {
    const quoted = rest.filter((p) => /^["“]/.test(p)).length;
    if (quoted >= 2 && quoted >= rest.length / 2) return 'statement';
    if (mostlyTold()) return 'statement';
  }
  // A lead crediting an office, with no statement named: a statement only when every paragraph after
  // it but one goes on giving the office's words (a wire report quotes a second official or a witness
  // as well, or gives more than one paragraph of its own).
  if (LEAD_CREDITS_OFFICE.test(lead) && told() >= 2 && rest.length - told() <= 1) return 'statement';
  // A lead in which an office speaks ("Bolivia's Ministry of Government said on Thursday that …",
  // "…, the press service of the Investigative Committee told TASS."): an agency relaying its words.
  // A statement when every paragraph after it but one goes on giving them, and at least half do.
  // (An official speaking in person — a spokesman, a minister — is news, as the shared gold reads
  // an agency's report of a ministry official's words.)
  if (LEAD_OFFICE_SPEAKS.test(lead)) {
    const untold = rest.length - told();
    if (told() >= 1 && told() >= untold && untold <= 1) return 'statement';
    // Or two paragraphs of the office's words at least, then up to two of the agency's background
    // closing the item ("The contingent was deployed in 2020 …").
    const flags = toldFlags(rest, lead);
    const closing = flags.length - 1 - flags.lastIndexOf(true);
    if (told() >= 2 && untold === closing && closing <= 2) return 'statement';
  }
  return 'news';
}

/**
 * An office named in capitals as the subject of the verb that gives its words, opening the lead or
 * its last clause: "Bolivia's Ministry of Government said", "…, the Ministry of Defence of Azerbaijan
 * said", "…, the Prosecutor General's Office has told APA", "…, the press service of the Investigative
 * Committee of Russia (SK) told TASS", "The Russian Foreign Ministry has described". Not an official
 * whose title names the office ("…, Masaki Ikegami, Deputy Assistant Minister at Japan's Ministry of
 * Foreign Affairs has said"), nor an office acting ("has opened criminal proceedings").
 */
const LEAD_OFFICE_SPEAKS =
  /(?:^|,\s)(?:[Tt]he\s)?(?:press service of the\s)?(?:\p{Lu}[\p{L}'’-]*\s){0,4}(?:Ministry|Office|Committee)(?:\s(?:of|for)(?:\sthe)?(?:\s\p{Lu}[\p{L}'’-]*){1,3}){0,2}(?:\s\(\p{Lu}{2,6}\))?\s(?:has\s|have\s)?(?:said|says|told|announced|stated|described)\b/u;

/**
 * A lead that gives a statement as its source: "…, the ministry said in a statement", "The embassy
 * issued a statement …", "In a statement on Monday, …", "according to a statement". Not a statement
 * that is the news itself ("Pashinyan has signed a statement with the presidents …").
 */
const LEAD_NAMES_STATEMENT =
  /\bin (?:a|an|its|their|the|his|her)\s+(?:[\p{L}-]+\s+){0,2}statement\b|\b(?:issued|released|published|put out|made)\s+(?:a|an|its|the)\s+(?:[\p{L}-]+\s+){0,2}statement\b|\baccording to (?:a|an|the|its)\s+(?:[\p{L}-]+\s+){0,2}statement\b|\bstatement (?:from|by|issued|released|published)\b|\bthe statement (?:said|says|read|reads|added)\b/iu;

/**
 * The long patterns are tried only on text that has the word: most paragraphs do not, and the
 * patterns' alternatives each start anywhere (this check was 8% of reading a digest).
 */
const STATEMENT_WORD = /statement/i;
const namesStatement = (lead: string) => STATEMENT_WORD.test(lead) && LEAD_NAMES_STATEMENT.test(lead);
const creditsStatement = (paragraph: string) =>
  STATEMENT_WORD.test(paragraph) && STATEMENT_CREDIT.test(paragraph);

/**
 * Whether the statement a later paragraph credits is the lead's source's: its author is written in
 * lower case ("…," the ministry said in a statement") or with names the lead gives; "Thailand's
 * Ministry of Foreign Affairs said in a statement" under a lead in which a prime minister speaks is
 * another party's statement, reported in a news item.
 */
function creditedToLeadAuthor(paragraph: string, lead: string): boolean {
  const credit = STATEMENT_CREDIT.exec(paragraph);
  if (!credit) return false;
  const before = paragraph.slice(0, credit.index);
  const clauseStart = Math.max(
    before.lastIndexOf('. ') + 1,
    before.lastIndexOf('”') + 1,
    before.lastIndexOf('"') + 1,
  );
  // '"…," he said in a statement.': the one named before the quotation, outside it, is the author.
  const subject = PRONOUN_SUBJECT.test(before.slice(clauseStart))
    ? before.slice(0, before.search(/["“]/) + 1 || before.length)
    : before.slice(clauseStart);
  const names = subject.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
  return names.every((name) => lead.includes(name.replace(/['’]s$/, '')));
}

/** The words between a closing quotation mark and "said in a statement" when they are a pronoun. */
const PRONOUN_SUBJECT = /^[,\s]*(?:he|she)\s*$/i;

/** "…," the ministry said in a statement.", "the statement added.", "According to the statement, …". */
const STATEMENT_CREDIT =
  /\b(?:said|says) in (?:a|its|the) (?:written )?statement\b|\bthe statement (?:said|says|added|reads|read|stated)\b|\baccording to the statement\b/i;

/**
 * "…, the Russian Defense Ministry said on Monday.", "…, Foreign Ministry Spokeswoman Maria Zakharova
 * said at a briefing on Friday.": a lead that closes by crediting a ministry, an office or a
 * spokesperson, as an agency relaying an official announcement writes it. (A wire report may credit a
 * ministry too; it is a statement only when the other paragraphs go on giving it.)
 */
const LEAD_CREDITS_OFFICE =
  /,\s+(?:the\s+)?[^,.;"“”]{0,60}\b(?:Ministry|Office|[Ss]pokes(?:man|woman|person))\b[^,.;"“”]{0,60}\s(?:said|says|announced|reported)\b[^,.;"“”]{0,40}\.$/u;

/** "…, the ministry said.", "…, the ministry added.", "…, according to the ministry.": credited at its end. */
const STATEMENT_CREDIT_AT_END =
  /,\s+(?:the\s+(?:ministry|department|office|agency|council|embassy|spokes(?:man|woman|person))\s+(?:said|added|stressed|noted|reported)|according to the (?:ministry|statement|department|office|agency|council|embassy))\.["”]?$/i;

/**
 * The paragraphs after the lead that go on giving the statement. A speaker named in one counts when
 * the lead or a paragraph counted before names them ("Minister Eduardo del Castillo said …", then
 * "…," del Castillo said."): "Operators said …" and "…," said Marta Gil." are someone else speaking.
 */
function countTold(rest: string[], lead: string): number {
  return toldFlags(rest, lead).filter(Boolean).length;
}

/** For each paragraph after the lead, whether it goes on giving the statement (see countTold). */
function toldFlags(rest: string[], lead: string): boolean[] {
  let known = lead;
  return rest.map((paragraph) => {
    if (!givesStatement(paragraph, known)) return false;
    known += `\n${paragraph}`;
    return true;
  });
}

/** A paragraph that goes on giving the statement: quoted, told by its author, or credited to it. */
function givesStatement(paragraph: string, known: string): boolean {
  const isKnown = (name: string | undefined) => !name || known.includes(name.replace(ARABIC_ARTICLE, ''));
  const named = (m: RegExpExecArray | null) => m !== null && isKnown(m[1]);
  return (
    (/^["“]/.test(paragraph) && isKnown(QUOTE_SPEAKER.exec(paragraph)?.slice(1).find(Boolean))) ||
    STATEMENT_GIVEN_AGAIN.test(paragraph) ||
    named(ASKED_THEN_ANSWERS.exec(paragraph)) ||
    STATEMENT_CREDIT_AT_END.test(paragraph) ||
    STATEMENT_GOES_ON.test(paragraph) ||
    named(STATEMENT_TOLD_BY_NAME.exec(paragraph)) ||
    (paragraph.includes('According to the ') && STATEMENT_ACCORDING_TO.test(paragraph)) ||
    /^The statement\b/.test(paragraph) ||
    STATEMENT_CREDIT.test(paragraph)
  );
}

/**
 * The author goes on speaking, named again by title and name or by pronoun, or credited at the end
 * of any sentence, after a quotation too: "Minister Eduardo del Castillo said at a news conference
 * that …", "According to her, …", "…, the committee said. The SK said …".
 */
const STATEMENT_GIVEN_AGAIN =
  /^(?:Minister|Spokes(?:man|woman|person)|Prosecutor General|Attorney General)(?: (?:\p{Lu}[\p{L}'’-]+|de|del|da|dos|van|von|bin|al|el|la)){1,4} (?:also )?said\b|^According to (?:him|her|them|the (?:committee|press service|spokes(?:man|woman|person)|minister|prosecutor)),|[,.]["”]? the (?:ministry|office|committee|press service|council|department|spokes(?:man|woman|person)) (?:said|added|stressed|noted|reported)\.(?: |$)/u;

/** "Al-Mashat praised …" after "Mahdi al-Mashat" in the lead: the article's case differs. */
const ARABIC_ARTICLE = /^(?:Al|El|Ad|An|Ar|As|Ash|Az)-/;

/**
 * The person a quotation is credited to by name: "…," said lieutenant Paul Mbusa.", "…," Peskov
 * said.", "…," Foreign Ministry spokesman Aykhan Hajizada said." (groups: the name after the verb,
 * the name before it; its last word).
 */
const QUOTE_SPEAKER =
  /["”],?\s+(?:said|says|told|added)\s+(?:\p{Ll}+\s+){0,3}?(?:\p{Lu}[\p{L}'’-]+\s)*(\p{Lu}[\p{L}'’-]+)\b|["”],?\s+(?:[^\s.,;"“”]+\s+){0,6}?(\p{Lu}[\p{L}'’-]+)\s+(?:said|says|told|added)\b/u;

/** "Asked whether …, the spokesperson said …", "Asked about …, Peskov said …" (group: the name). */
const ASKED_THEN_ANSWERS =
  /^Asked [^.]{0,160}, (?:the (?:spokes(?:man|woman|person)|minister|ministry)|he|she|(\p{Lu}[\p{Ll}'’-]+)) (?:said|added|replied)\b/u;

/** "Rubio said …", "Zakharova also said …": the author, named again by surname (group), speaking on. */
const STATEMENT_TOLD_BY_NAME =
  /^(\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}\p{Ll}+)?)\s+(?:also\s+)?(?:said|says|stressed|added|noted|emphasi[sz]ed|reiterated|recalled|praised)\b/u;

/**
 * "According to the ministry, …": the statement's author credited for what follows, at the start of
 * the paragraph or of a later sentence in it ("… on Friday. According to the committee, …").
 */
const STATEMENT_ACCORDING_TO =
  /(?:^|[.!?]["”]?\s+)According to the (?:ministry|statement|department|office|agency|council|committee|embassy|spokesperson|spokesman|spokeswoman)\b/;

/** "…/opinion/…", "…/opinions/…", "…/commentisfree/…", "…/op-ed/…", "…/editorials/…", "…/columnists/…". */
const OPINION_PATH = /\/(?:opinions?|commentisfree|op-?eds?|editorials?|columns?|columnists?)\//i;

/**
 * A government's own site: "….gov", "….gov.uk", "….gob.mx", "….gouv.fr", "….go.jp", "….govt.nz",
 * "….gc.ca", "….gv.at", "….mil", and a head of state's ("president.…", "presidencia.…", "kremlin.ru",
 * "akorda.kz", "elysee.fr"). Not "abcnews.go.com": "go" counts only before a country's code.
 */
const GOVERNMENT_HOST =
  /^https?:\/\/(?:[^/\s]+\.)?(?:[a-z0-9-]+\.(?:gov(?:\.[a-z]{2})?|gob\.[a-z]{2}|gouv\.[a-z]{2}|go\.[a-z]{2}|govt\.nz|gc\.ca|gv\.at|mil(?:\.[a-z]{2})?)|(?:president|presidency|presidencia|presidence|presidenza|prezident|kremlin|akorda|elysee)\.[a-z.]{2,10})(?::\d+)?(?:\/|$)/i;

/** "…/press-release/…", "…/press-releases/…", "…/news-release/…", "…/pressemitteilung…". */
const PRESS_RELEASE_PATH = /\/(?:press|news|media)[-_]?releases?\b|\/pressemitteilung/i;

/**
 * "The ministry stressed …", "The Kingdom called for …": the statement's author goes on speaking; "The
 * ministry also drew attention to …": or goes on acting, named again by its lower-case head word.
 */
const STATEMENT_GOES_ON =
  /^(?:The|It|She|He)\s+(?:\p{L}+\s+){0,2}(?:said|says|stressed|added|called|urged|noted|emphasi[sz]ed|expressed|reiterated|affirmed|underlined|warned|recalled)\b|^The (?:ministry|office|committee|council|embassy|department) also \p{Ll}+\b/u;

function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = /(20\d{2}|19\d{2})[/-](\d{2})[/-](\d{2})(?!\d)/.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * Articles with no date of their own take the date in the digest's file name, when it has one: a
 * daily digest names its day. Otherwise the date stays unknown rather than guessed.
 */
function fillMissingDates(articles: Article[], fallback: string | null): void {
  if (!fallback) {
    datelinesInDatedDigest(articles);
    return;
  }
  for (const a of articles) {
    if (!a.published)
      a.published = datelineDate(a, fallback) ?? daysBefore(fallback, daysBeforeDigest.get(a) ?? 0);
    else a.published = monthFirstIfNearer(a.published, fallback);
  }
}

/**
 * "03/08/2025" under a digest of 8 March 2025: a numeric date is read day first ("3 August"), but when
 * that lies weeks from the digest's own day and the month-first reading falls within a day of it, an
 * American outlet wrote it month first. (Only a date whose day could be a month can be read so.)
 */
function monthFirstIfNearer(published: string, digestDay: string): string {
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  if (!year || !month || !day || day > 12 || day === month) return published;
  const swapped = `${year}-${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}`;
  const gap = (iso: string) => Math.abs(Date.parse(iso) - Date.parse(digestDay)) / 86_400_000;
  return gap(published) > 7 && gap(swapped) <= 1 ? swapped : published;
}

/**
 * "NAINITAL, 14 Mar: …" in a digest whose name gives no day: the dateline's day in the year of the
 * latest date the digest's other articles carry, or the year before when that day would come more
 * than DIGEST_SPAN_DAYS after it (a digest is a few days' news). Without any dated article the
 * date stays unknown.
 */
function datelinesInDatedDigest(articles: Article[]): void {
  let latest: string | null = null;
  for (const a of articles) if (a.published && (!latest || a.published > latest)) latest = a.published;
  if (!latest) return;
  const reference = daysBefore(latest, -DIGEST_SPAN_DAYS);
  for (const a of articles) if (!a.published) a.published = datelineDate(a, reference);
}

const DIGEST_SPAN_DAYS = 7;

/** The ISO day `days` before `iso`. */
function daysBefore(iso: string, days: number): string {
  if (days === 0) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * "MOSCOW, August 7. /TASS/." in a digest of 8 August: the dateline's own day, in the year of the
 * digest's date (the year before, when that day would come after the digest).
 */
function datelineDate(article: Article, fallback: string): string | null {
  const named = datelineDays.get(article);
  if (!named) return null;
  const year = Number(fallback.slice(0, 4));
  const iso = (y: number) =>
    `${y}-${String(named.month).padStart(2, '0')}-${String(named.day).padStart(2, '0')}`;
  return iso(year) > fallback ? iso(year - 1) : iso(year);
}

/**
 * Text in which no article header was recognised: one article titled by its first line, dated by the
 * file's name when that names a day (as the articles of a digest read in full are).
 */
function readWithoutLayout(
  lines: string[],
  file: string,
  result: ParseResult,
  fallbackDate: string | null,
): ParseResult {
  const first = nextNonBlank(lines, 0);
  if (first < 0) return result;
  const last = previousNonBlank(lines, lines.length - 1);
  const paragraphs = splitParagraphs(lines, first + 1, last + 1);
  result.articles.push(
    makeArticle({
      title: lines[first]!.trim(),
      published: fallbackDate,
      text: paragraphs.join('\n\n'),
      source: { file, startLine: first + 1, endLine: last + 1 },
    }),
  );
  const warning: Warning = {
    file,
    line: first + 1,
    message: 'no article layout recognised (title, outlet and date lines): read as one article',
  };
  result.warnings.push(warning);
  return result;
}

function splitParagraphs(lines: string[], from: number, to: number): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!.trim();
    if (line) current.push(line);
    else if (current.length > 0) {
      paragraphs.push(current.join('\n'));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join('\n'));
  return paragraphs;
}
