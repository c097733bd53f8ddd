// What the clusterer sees of an article: weighted term counts by zone (title, lead, body), entity and
// quotation terms from the extraction when there is one, and background paragraphs marked so that
// boilerplate every article on a conflict repeats cannot glue different events together.

import { clauseAfter } from '../analyze/figure-series.js';
import { subjectKey, unitKey } from '../analyze/subject-key.js';
import { hashString } from '../dedup/hash.js';
import type { WordHashes } from '../dedup/tokens.js';
import type { Article, DateMention, EntityMention, Extraction } from '../types.js';
import { TermTable } from './term-table.js';
import { extractTerms, stemTerm, type TermList, TermScanner } from './terms.js';
import type { Vocabulary } from './vocabulary.js';

/** Zone weights: the title and lead say what happened; the body repeats context. */
export const TITLE_WEIGHT = 3;
export const LEAD_WEIGHT = 2;
export const BODY_WEIGHT = 0.5;
export const PROPER_BOOST = 1.5;
export const ENTITY_WEIGHT = 1.5;
export const QUOTE_WEIGHT = 2;
/** Prefix of the terms made of extracted entity names (canonical, aliases resolved). */
export const ENTITY_PREFIX = 'e:';
/** Prefix of the terms made of calendar days the text names ("1 January 2024" → d:2024-01-01). */
export const DATE_PREFIX = 'd:';
export const DATE_WEIGHT = 1;
/** Bullet that opens the summary paragraph the reader builds from a digest's bullets. */
const BULLET = 0x2022;
/** Prefix of the terms naming what a figure of the opening sentence counts, and where. */
export const FIGURE_PREFIX = 'f:';
/** Prefix of the terms naming what a figure of the lead counts, whatever the place (see countMentions). */
export const MENTION_PREFIX = 'n:';
/** The lead is the opening paragraphs up to this many words. */
const LEAD_WORDS = 45;
/** A paragraph's key: its first this many terms, which survive trailing edits and re-punctuation. */
const KEY_TERMS = 12;

/** An article's terms as ids of the reader's vocabulary; valid until the reader reads the next one. */
export interface ArticleTerms {
  /** Term → weighted count (before IDF), in order of first appearance. */
  counts: TermTable;
  /** The same for the title and lead alone: what the article is about, without its context. */
  head: TermTable;
  titleTerms: number[];
  /** Names and numbers of the title and lead (and extracted entities): what makes an event this one. */
  specifics: TermTable;
  /** Keys of the body paragraphs after the lead, for background detection: the first paragraphCount. */
  paragraphKeys: Uint32Array;
  paragraphCount: number;
  /**
   * What the figures of people in the opening sentence count, and where, as `f:` terms
   * ("f:deaths people@Derna"), each once: reports that open with a count of the same thing (a death
   * toll, people displaced) are likely one developing story, however they word it.
   */
  headFigures: number[];
  /**
   * The counts behind headFigures, flat: term id, value, 1 when written as a total that rose ("the
   * toll rose to 95") else 0, term id, value, …
   */
  headCounts: number[];
  /**
   * Every count of people the lead reports, with what it counts whatever the place, flat: `n:` kind
   * term id ("n:deaths people"), value, 1 when in the opening sentence (else 0), … Two counts of one
   * kind on one day that are far apart are two events' counts.
   */
  countMentions: number[];
}

/**
 * The paragraphs of a text, trimmed, empty ones left out: text.split(/\n\s*\n/) with each piece
 * trimmed, by hand, since it runs on every article (no regular expression, no untrimmed pieces).
 */
export function splitParagraphs(text: string, out: string[] = []): string[] {
  out.length = 0;
  const ranges = paragraphRanges(text, scratchRanges);
  for (let i = 0; i < ranges.size; i += 2) out.push(text.slice(ranges.values[i], ranges.values[i + 1]));
  return out;
}

/** Offsets, reused from one text to the next (an array emptied by `length = 0` loses its storage). */
class Offsets {
  values = new Int32Array(64);
  size = 0;

  push(from: number, to: number): void {
    if (this.size + 2 > this.values.length) {
      const bigger = new Int32Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.size++] = from;
    this.values[this.size++] = to;
  }
}

const scratchRanges = new Offsets();

/** The paragraphs of splitParagraphs as [from, to) offsets into the text, flat: from₀, to₀, from₁, … */
function paragraphRanges(text: string, out: Offsets): Offsets {
  out.size = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    // A break is a newline, blank space, and a newline: it ends at the last newline of that space.
    let last = -1;
    for (let j = i + 1; j < text.length && isSpace(text.charCodeAt(j)); j++)
      if (text.charCodeAt(j) === 10) last = j;
    if (last < 0) continue;
    pushTrimmed(text, start, i, out);
    start = last + 1;
    i = last;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, from: number, to: number, out: Offsets): void {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (to > from) out.push(from, to);
}

/** Reads articles into term tables it reuses from one article to the next. */
export class ArticleReader {
  private readonly scanner: TermScanner;
  private readonly counts = new TermTable(256);
  private readonly head = new TermTable(128);
  private readonly specifics = new TermTable(32);
  private readonly paragraphs = new Offsets();
  /** What `read` returns, filled anew by each read (nothing per article is allocated but the title's ids). */
  private readonly terms: ArticleTerms = {
    counts: this.counts,
    head: this.head,
    titleTerms: [],
    specifics: this.specifics,
    paragraphKeys: new Uint32Array(16),
    paragraphCount: 0,
    headFigures: [],
    headCounts: [],
    countMentions: [],
  };
  /** Term ids of each outlet's name (words of the outlet's name are not evidence of an event). */
  private readonly outlets = new Map<string, number[]>();

  constructor(private readonly vocabulary: Vocabulary) {
    this.scanner = new TermScanner(vocabulary);
  }

  /**
   * `backgroundWeight(key)` says how far a body paragraph is down-weighted (1 = not at all), from how
   * many earlier articles carried it. `words`, when given, is dedup's scan of article.text (see
   * DedupIndex.words), which spares scanning the text again.
   */
  read(
    article: Article,
    backgroundWeight: (key: number) => number,
    extraction?: Extraction,
    words?: WordHashes,
  ): ArticleTerms {
    const { counts, head, specifics } = this;
    const out = this.terms;
    counts.clear();
    head.clear();
    specifics.clear();
    out.paragraphCount = 0;
    const outletWords = this.outletTerms(article.outlet ?? '');
    const title = this.scanner.scan(article.title, isHeadlineCase(article.title));
    out.titleTerms = copyIds(title);
    this.addTerms(title, TITLE_WEIGHT, outletWords, true);
    let leadWords = 0;
    /** The opening paragraph, [from, to): its first sentence says what the report is about. */
    let openingFrom = -1;
    let openingTo = -1;
    /** Where the lead ends. */
    let leadTo = 0;
    const { text } = article;
    const paragraphs = paragraphRanges(text, this.paragraphs);
    let word = 0;
    for (let p = 0; p < paragraphs.size; p += 2) {
      const from = paragraphs.values[p]!;
      const to = paragraphs.values[p + 1]!;
      let terms: TermList;
      if (words) {
        // A paragraph's words are those that start inside it (no word spans a paragraph break).
        terms = this.scanner.read(words, word, words.count, false, to);
        word = this.scanner.next;
      } else terms = this.scanner.scan(text.slice(from, to));
      if (leadWords < LEAD_WORDS) {
        // Only whether the lead has reached LEAD_WORDS matters: words past that are not counted.
        leadWords += wordCount(text, from, to, LEAD_WORDS - leadWords);
        leadTo = to;
        // The reader puts summary bullets ("• …") first: the opening is then the sentence after them.
        if (openingFrom < 0 && text.charCodeAt(from) !== BULLET) {
          openingFrom = from;
          openingTo = to;
        }
        this.addTerms(terms, LEAD_WEIGHT, outletWords, true);
        continue;
      }
      const key = this.termsKey(terms);
      this.pushParagraphKey(key);
      this.addTerms(terms, BODY_WEIGHT * backgroundWeight(key), outletWords, false);
    }
    out.headFigures.length = 0;
    out.headCounts.length = 0;
    out.countMentions.length = 0;
    // Figures are looked up by their offsets, known only once the paragraphs are read.
    if (extraction) {
      this.addExtraction(extraction);
      const end = openingFrom >= 0 ? sentenceEnd(text, openingFrom, openingTo) : -1;
      this.addFigures(text, extraction, end, leadTo, TOLL_RISES.test(article.title));
    }
    return out;
  }

  private pushParagraphKey(key: number): void {
    const out = this.terms;
    if (out.paragraphCount === out.paragraphKeys.length) {
      const bigger = new Uint32Array(out.paragraphKeys.length * 2);
      bigger.set(out.paragraphKeys);
      out.paragraphKeys = bigger;
    }
    out.paragraphKeys[out.paragraphCount++] = key;
  }

  /** Adds a text's terms, leaving out the outlet's name; head texts (title, lead) also give head and specifics. */
  private addTerms(terms: TermList, weight: number, outletWords: readonly number[], inHead: boolean): void {
    const { counts, head, specifics } = this;
    for (let i = 0; i < terms.length; i++) {
      const id = terms.ids[i]!;
      if (outletWords.length > 0 && inOutletName(terms, i, outletWords)) continue;
      const proper = terms.proper[i] === 1;
      const weighted = proper ? weight * PROPER_BOOST : weight;
      counts.add(id, weighted);
      if (!inHead) continue;
      head.add(id, weighted);
      if (proper || terms.figure[i] === 1) specifics.add(id, 1);
    }
  }

  /** hashString of the paragraph's first KEY_TERMS terms joined by spaces. */
  private termsKey(terms: TermList): number {
    let hash = hashString('');
    for (let i = 0; i < Math.min(KEY_TERMS, terms.length); i++) {
      if (i > 0) hash = hashString(' ', hash);
      hash = this.vocabulary.hashTerm(terms.ids[i]!, hash);
    }
    return hash;
  }

  private outletTerms(outlet: string): number[] {
    let ids = this.outlets.get(outlet);
    if (!ids) {
      const terms = this.scanner.scan(outlet, true);
      ids = copyIds(terms);
      this.outlets.set(outlet, ids);
    }
    return ids;
  }

  /** Entities and quotations weigh in the whole text and the head, and entities are specifics. */
  private addExtraction(extraction: Extraction): void {
    const add = (term: string, weight: number) => {
      const id = this.vocabulary.intern(term);
      this.counts.add(id, weight);
      this.head.add(id, weight);
    };
    for (const name of new Set(
      extraction.mentions.filter(ownName).map((mention) => mention.name.toLowerCase()),
    ))
      add(`${ENTITY_PREFIX}${name}`, ENTITY_WEIGHT);
    for (const quote of extraction.quotes) {
      const words = extractTerms(quote.text).slice(0, 6);
      if (words.length >= 4) add(`q:${words.map((w) => stemTerm(w.term)).join(' ')}`, QUOTE_WEIGHT);
    }
    for (const date of new Set(extraction.dates.filter(namedDay).map((mention) => mention.date)))
      add(`${DATE_PREFIX}${date}`, DATE_WEIGHT);
    const { counts, specifics } = this;
    for (let i = 0; i < counts.size; i++) {
      const term = this.vocabulary.term(counts.ids[i]!);
      if (term.startsWith(ENTITY_PREFIX) || term.startsWith(DATE_PREFIX)) specifics.add(counts.ids[i]!, 1);
    }
  }

  /**
   * The counts of people the lead (up to `leadTo`) reports (countMentions), and what those that
   * start before `end` (the end of the opening sentence) count, once per place the opening names:
   * "f:deaths people@Derna". Later paragraphs often repeat a toll as background to another event,
   * and a count of deaths somewhere else is another event's, so only the opening's counts say which
   * story an article is.
   */
  private addFigures(
    text: string,
    extraction: Extraction,
    end: number,
    leadTo: number,
    titleRises: boolean,
  ): void {
    const places = new Set<string>();
    for (const mention of extraction.mentions)
      if (mention.type === 'place' && mention.start < end) places.add(mention.name);
    const { headFigures, headCounts, countMentions } = this.terms;
    for (const figure of extraction.figures) {
      const value = figure.value ?? figure.low ?? figure.high;
      // "Dozens were killed" names no count another report could confirm or contradict.
      if (figure.start >= leadTo || value === null || figure.approximate) continue;
      const counted = PEOPLE_BY_TRADE.has(figure.unit) ? 'people' : figure.unit;
      if (unitKey(counted) !== 'people') continue;
      const { unit, event } = subjectKey({
        unit: counted,
        text: figure.text,
        subject: figure.subject,
        // "At least 121 people were crushed to death": a bare "people" says what befell them after it.
        clause: clauseAfter(text, figure.end),
        entityNames: [],
      });
      if (!event || unit !== 'people') continue;
      const opening = figure.start < end;
      countMentions.push(this.vocabulary.intern(`${MENTION_PREFIX}${event} ${unit}`), value, opening ? 1 : 0);
      if (!opening) continue;
      const rose =
        titleRises || ROSE_TO.test(text.slice(Math.max(0, figure.start - 24), figure.start)) ? 1 : 0;
      for (const place of places) {
        const id = this.vocabulary.intern(`${FIGURE_PREFIX}${event} ${unit}@${place}`);
        if (!headFigures.includes(id)) headFigures.push(id);
        headCounts.push(id, value, rose);
      }
    }
  }
}

/**
 * Counts of people by what they did or were ("46 miners killed", "21 soldiers dead"): for the toll of
 * an event, people like any others (the figures keep the word; the analysis tracks them apart).
 */
const PEOPLE_BY_TRADE = new Set(
  'miners workers soldiers troops passengers pilgrims students journalists officers policemen guards fighters militants crew sailors fishermen firefighters rescuers teachers doctors nurses tourists commuters'.split(
    ' ',
  ),
);

/** "rose to", "has climbed to more than": a running total that grew, right before its new value. */
const ROSE_TO =
  /\b(?:(?:rose|rises|risen|climbed|climbs|jumped|jumps|increased|increases|grew|grown)\s+to|reached|reaches|hit|hits)\s+(?:more than\s+|over\s+|at least\s+|nearly\s+|almost\s+)?$/i;
/** "Mine fire toll reaches 46", "Death toll rises to 275": a title announcing that a toll grew. */
const TOLL_RISES = /\btoll\s+(?:rises|rose|climbs|jumps|reaches|hits|passes|tops|nears)\b/i;

/** Words shorter than this are left out when telling headline case from sentence case ("of", "in", "the"). */
const CASE_WORD = 4;

/**
 * Whether a title capitalises its words (Headline Case), so that a capital says nothing about a
 * name, rather than only its first word and its names (Sentence case, as many outlets write titles):
 * more than half the longer words after the first are capitalised. A title with no such word counts
 * as headline case (nothing to tell names by).
 */
export function isHeadlineCase(title: string): boolean {
  let words = 0;
  let capitalised = 0;
  let start = -1;
  let first = true;
  for (let i = 0; i <= title.length; i++) {
    const space = i === title.length || isSpace(title.charCodeAt(i));
    if (!space) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    if (!first && i - start >= CASE_WORD && isLetter(title.charCodeAt(start))) {
      words++;
      if (isUpper(title.charCodeAt(start))) capitalised++;
    }
    first = false;
    start = -1;
  }
  return words === 0 || capitalised * 2 > words;
}

/** Upper case letter (ASCII by range, others by whether lower-casing changes them). */
function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase();
}

/** A letter with a case: digits, quotes and dashes are not words to count. */
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const char = String.fromCharCode(code);
  return char.toLowerCase() !== char.toUpperCase();
}

/**
 * Whether a mention's name comes from the article alone. A person written as one word ("Lohan") is
 * named after a full name found in other articles of the same batch, so the name (and whether the
 * word is a mention at all) would depend on how articles were batched, and ingesting one file at a
 * time must give the stories of analysing all at once. The word itself still counts as a proper noun
 * of the text.
 */
function ownName(mention: EntityMention): boolean {
  return mention.type !== 'person' || /\s/.test(mention.text.trim());
}

/**
 * A day written as a calendar date with its month named ("1 January 2024", "Sept. 20"), not a weekday
 * or "yesterday": the day a report refers to, which reports of one event share and reports of
 * another event of the same kind rarely do.
 */
function namedDay(mention: DateMention): boolean {
  return mention.precision === 'day' && MONTH_NAME.test(mention.text);
}

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/**
 * Where the first sentence of text[from, to) ends: after the first '.', '!' or '?' (and a closing
 * quote) that a space follows, or at `to`. An abbreviation ("U.S. troops") ends it early, which only
 * narrows what counts as the opening.
 */
function sentenceEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63) continue;
    let next = i + 1;
    if (next < to && CLOSING_QUOTES.includes(text[next]!)) next++;
    if (next < to && isSpace(text.charCodeAt(next))) return next;
  }
  return to;
}

const CLOSING_QUOTES = '"\'”’';

/**
 * Whether term `i` belongs to the outlet's whole name written out ("told the Kathmandu Post"). A
 * word of a longer name alone is kept: "protesters in Kathmandu" names the place, whoever wrote it.
 */
function inOutletName(terms: TermList, i: number, outlet: readonly number[]): boolean {
  const id = terms.ids[i]!;
  for (let k = 0; k < outlet.length; k++) {
    if (outlet[k] !== id) continue;
    const from = i - k;
    if (from < 0 || from + outlet.length > terms.length) continue;
    let whole = true;
    for (let m = 0; m < outlet.length && whole; m++) whole = terms.ids[from + m] === outlet[m];
    if (whole) return true;
  }
  return false;
}

function copyIds(terms: TermList): number[] {
  const ids: number[] = [];
  for (let i = 0; i < terms.length; i++) ids.push(terms.ids[i]!);
  return ids;
}

/**
 * paragraph.split(/\s+/).length for the trimmed paragraph text[from, to), without the array: one
 * more than its gaps; counted up to `limit` only (then `limit`).
 */
function wordCount(text: string, from: number, to: number, limit = Number.POSITIVE_INFINITY): number {
  const spaces = SPACES;
  let count = 1;
  let inGap = false;
  for (let i = from; i < to && count < limit; i++) {
    const space = spaces[text.charCodeAt(i)] === 1;
    if (space && !inGap) count++;
    inGap = space;
  }
  return count;
}

/** The characters of the regular expression class \s. */
function isSpace(code: number): boolean {
  return SPACES[code] === 1;
}

/** 1 for each UTF-16 code unit of \s: one lookup per character in the loops over every lead. */
const SPACES = Uint8Array.from({ length: 0x10000 }, (_, code) => (isSpaceCode(code) ? 1 : 0));

function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
