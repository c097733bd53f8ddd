// The entity passes' view of the shared tokens: possessives cut off ("Armenia’s" → "Armenia"),
// words the tagger split at non-Latin-1 letters glued back ("Xank|ə|ndi"), and each word marked
// when it sits in a reporter credit ("Reporting by …") or a title-case sub-heading.

import type { Annotated, Token } from './annotate.js';
import { tokenKey } from './gazetteer.js';

export const HYPHEN = /^[-\u2010\u2011]$/;

/** A token as the entity passes see it: possessive removed, key for gazetteer lookups. */
export interface Word {
  text: string;
  start: number;
  end: number;
  key: string;
  pos: string;
  /** "’s" or "’" was cut off the end (or the next token is a possessive). */
  possessive: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** First word of its sentence. */
  sentenceStart: boolean;
  skip: boolean;
  /** A line break comes before this word: names never run across lines. */
  newlineBefore: boolean;
  /** In a title-case heading line ("A False Friend in Moscow"): only the gazetteer applies there. */
  heading: boolean;
}

const POSSESSIVE = /(?:['\u2019]s|(?<=s)['\u2019])$/;
const SIGN_OFF =
  /(?:^|[(;.]\s*)(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|produced)\s+by\b/i;

export function toWords(annotated: Annotated): Word[] {
  const signOffs = new SpanCursor(signOffStarts(annotated));
  const headings = new SpanCursor(headingSpans(annotated));
  const words: Word[] = [];
  let sentence = 0;
  for (const [i, token] of annotated.tokens.entries()) {
    while (sentence < annotated.sentences.length && annotated.sentences[sentence]!.endToken <= i) sentence++;
    const sentenceStart = annotated.sentences[sentence]?.firstToken === i;
    const word = toWord(token, annotated.tokens[i + 1], sentenceStart, signOffs.covers(token.start));
    word.heading = headings.covers(token.start);
    const previous = annotated.tokens[i - 1];
    word.newlineBefore =
      previous !== undefined && annotated.text.slice(previous.end, token.start).includes('\n');
    const last = words[words.length - 1];
    if (last && splitLetters(last, token)) {
      const rest = mergeInto(last, word);
      if (rest) words.push(rest);
    } else words.push(word);
  }
  return words;
}

/** The tagger cuts words at letters outside Latin-1 ("Xank|ə|ndi", "Qaraba|ğ"): glue them back. */
function splitLetters(last: Word, token: Token): boolean {
  if (last.end !== token.start || !/^\p{L}+$/u.test(last.text) || !/^\p{L}/u.test(token.text)) return false;
  return /[^\x00-\xff]/.test(token.text) || /[^\x00-\xff]$/.test(last.text);
}

/** Appends the letters of `next` to `last`; returns what follows them ("a." → "."), if anything. */
function mergeInto(last: Word, next: Word): Word | null {
  const letters = /^\p{L}+/u.exec(next.text)?.[0] ?? '';
  last.text += letters;
  last.end = next.start + letters.length;
  last.key = tokenKey(last.text);
  last.pos = 'PROPN';
  last.cap = /^\p{Lu}/u.test(last.text);
  if (letters.length === next.text.length) {
    last.possessive = next.possessive;
    return null;
  }
  const text = next.text.slice(letters.length);
  return { ...next, text, start: last.end, key: tokenKey(text), pos: 'PUNCT', cap: false, possessive: false };
}

/** Answers "is this offset inside one of the spans?" for offsets asked in increasing order. */
class SpanCursor {
  private next = 0;
  constructor(private readonly spans: { start: number; end: number }[]) {}

  covers(at: number): boolean {
    while (this.next < this.spans.length && this.spans[this.next]!.end <= at) this.next++;
    const span = this.spans[this.next];
    return span !== undefined && at >= span.start;
  }
}

function toWord(token: Token, next: Token | undefined, sentenceStart: boolean, skip: boolean): Word {
  const cut = POSSESSIVE.exec(token.text);
  const text = cut && cut.index > 0 ? token.text.slice(0, cut.index) : token.text;
  const nextIsPossessive = next !== undefined && next.start === token.end && /^['\u2019]s?$/.test(next.text);
  return {
    text,
    start: token.start,
    end: token.start + text.length,
    key: tokenKey(text),
    pos: token.pos,
    possessive: Boolean(cut && cut.index > 0) || nextIsPossessive,
    cap: /^\p{Lu}/u.test(text),
    sentenceStart,
    skip,
    heading: false,
    newlineBefore: false,
  };
}

/** Offsets where a reporter credit line begins; everything from there to the paragraph end is skipped. */
function signOffStarts(annotated: Annotated): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const para of annotated.paragraphs) {
    // A credit is short and ends its paragraph: "(Reporting by …; Editing by …)" or a line of its own.
    const from = Math.max(para.start, para.end - 300);
    const hit = SIGN_OFF.exec(annotated.text.slice(from, para.end));
    if (hit) spans.push({ start: from + hit.index, end: para.end });
  }
  return spans;
}

/** Short paragraphs without a full stop whose words are mostly capitalised: sub-headings. */
function headingSpans(annotated: Annotated): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const para of annotated.paragraphs) {
    const body = annotated.text.slice(para.start, para.end).trim();
    if (body.length > 90 || /[.!?:;"”]$/.test(body)) continue;
    const words = body.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
    const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (words.length >= 2 && caps >= words.length * 0.75) spans.push(para);
  }
  return spans;
}

/** A hyphen written between two words without spaces joins them ("Nagorno-Karabakh"). */
export function isJoiningHyphen(words: Word[], j: number): boolean {
  const word = words[j]!;
  const prev = words[j - 1];
  const next = words[j + 1];
  return HYPHEN.test(word.text) && prev?.end === word.start && next?.start === word.end;
}

export function textBetween(words: Word[], from: number, to: number): string {
  const parts: string[] = [];
  for (let j = from; j <= to; j++) {
    const word = words[j]!;
    const gap = j > from && words[j - 1]!.end < word.start ? ' ' : '';
    parts.push(gap + word.text);
  }
  return parts.join('');
}
