// Finds quoted spans character by character. Curly marks say which way they face, so they nest;
// treebank-style ``…'' marks count as double quotes;
// a straight " opens after a space or bracket and closes otherwise; ‘…’ counts only when ’ is not an
// apostrophe (a letter follows it: "don’t"), and so does a straight '…' (which never runs on). A quote still open at the end of its paragraph ends there,
// and when the next paragraph opens with a mark again, that quote `continues` the previous one.
import { firstAtOrAfter } from '../util/collections.js';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  /** The quoted words: marks and surrounding spaces excluded. */
  start: number;
  end: number;
  paragraph: number;
  closed: boolean;
  /** Opened in an earlier paragraph that ended without closing it. */
  continues: boolean;
}

type Kind = 'curly' | 'straight' | 'single' | 'ptb' | 'apostrophe';

/** Words that begin with an elided letter: "'tis", "'em" open no quotation. */
const ELISION = /^(?:tis|twas|em|cause|n)\b/i;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const OPEN_CURLY = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSE_CURLY = new Set(['\u201d', '\u00bb']);

export function scanQuotes(text: string, paragraphs: { start: number; end: number }[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const marks = markOffsets(text);
  let runsOn = false;
  for (const [index, para] of paragraphs.entries()) {
    const found = scanParagraph(text, marks, para.start, para.end, index);
    if (runsOn && found[0] && found[0].open === firstNonSpace(text, para.start)) found[0].continues = true;
    spans.push(...found);
    const last = found[found.length - 1];
    runsOn = last !== undefined && !last.closed;
  }
  return spans;
}

function firstNonSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

/** Every character the scanner acts on; the text between them is skipped by one regex search. */
const MARK = /[\u201c\u201e\u00ab\u201d\u00bb"`'\u2018\u2019]/g;

/**
 * Where the marks are, in one pass over the text. A search per paragraph went on past the
 * paragraph's end to the next mark, which in a text with few quotations was often the text's end:
 * most of the text was scanned again for every paragraph.
 */
function markOffsets(text: string): number[] {
  const offsets: number[] = [];
  MARK.lastIndex = 0;
  for (let hit = MARK.exec(text); hit; hit = MARK.exec(text)) offsets.push(hit.index);
  return offsets;
}

function scanParagraph(
  text: string,
  marks: number[],
  from: number,
  to: number,
  paragraph: number,
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let kind: Kind | null = null;
  let open = -1;
  let depth = 0;
  for (
    let m = firstAtOrAfter(marks.length, (i) => marks[i]!, from);
    m < marks.length && marks[m]! < to;
    m++
  ) {
    const i = marks[m]!;
    const ch = text[i]!;
    let closeAt = -1;
    if (kind === null) {
      if (OPEN_CURLY.has(ch)) [kind, open, depth] = ['curly', i, 1];
      else if (ch === '`' && text[i + 1] === '`') [kind, open] = ['ptb', i];
      else if (ch === '"' && opensHere(text, i, from)) [kind, open] = ['straight', i];
      else if (ch === '\u2018' && opensHere(text, i, from)) [kind, open] = ['single', i];
      else if (ch === "'" && opensHere(text, i, from) && opensStraightSingle(text, i))
        [kind, open] = ['apostrophe', i];
    } else if (kind === 'curly') {
      // „…“: German and Central European style closes a low opening mark with a high one.
      if (ch === '\u201c' && depth === 1 && text[open] === '\u201e') closeAt = i;
      else if (OPEN_CURLY.has(ch)) depth++;
      else if (CLOSE_CURLY.has(ch) && --depth === 0) closeAt = i;
    } else if (kind === 'ptb') {
      if (ch === "'" && text[i + 1] === "'") closeAt = i;
    } else if (kind === 'straight') {
      if (ch === '"') closeAt = i;
    } else if (kind === 'apostrophe') {
      // Closes after a word or its punctuation, before a space or punctuation: not "don't".
      if (
        ch === "'" &&
        /[\p{L}\p{N},.!?]/u.test(text[i - 1] ?? '') &&
        !LETTER_OR_DIGIT.test(text[i + 1] ?? '')
      )
        closeAt = i;
    } else if (ch === '\u2019' && !/\p{L}/u.test(text[i + 1] ?? '') && !/\s/.test(text[i - 1] ?? ' ')) {
      closeAt = i;
    }
    if (closeAt >= 0) {
      pushSpan(spans, makeSpan(text, open, kind === 'ptb' ? 2 : 1, closeAt, paragraph, true));
      kind = null;
      depth = 0;
    }
  }
  // A straight single mark left open was an apostrophe after all: it never runs on.
  if (kind !== null && kind !== 'apostrophe')
    pushSpan(spans, makeSpan(text, open, kind === 'ptb' ? 2 : 1, to, paragraph, false));
  return spans;
}

/** A straight ' opens a quotation ('We have lost everything,' …) before a letter, not an elision. */
function opensStraightSingle(text: string, i: number): boolean {
  return /\p{L}/u.test(text[i + 1] ?? '') && !ELISION.test(text.slice(i + 1, i + 6));
}

function pushSpan(spans: QuoteSpan[], span: QuoteSpan | null): void {
  if (span) spans.push(span);
}

/** An opening mark stands at the paragraph start or after a space, bracket or dash. */
function opensHere(text: string, i: number, from: number): boolean {
  const prev = i === from ? ' ' : text[i - 1]!;
  const next = text[i + 1] ?? ' ';
  return /[\s([{\u2013\u2014-]/.test(prev) && !/\s/.test(next);
}

function makeSpan(
  text: string,
  open: number,
  markLength: number,
  close: number,
  paragraph: number,
  closed: boolean,
): QuoteSpan | null {
  let start = open + markLength;
  let end = close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { open, close, start, end, paragraph, closed, continues: false };
}
