// The entity passes' view of the shared tokens: possessives cut off ("Armenia’s" → "Armenia"), and
// each word marked when it sits in a reporter credit ("Reporting by …") or a title-case sub-heading.
// This runs once per token, so it tests characters by code instead of with regexes.

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
  /** A word in capitals the article also gives in brackets, "(NDRRMC)": a short name, not shouting. */
  declared: boolean;
}

const SIGN_OFF =
  /(?:^|[(;.]\s*)(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|produced)\s+by\b/i;

export function toWords(annotated: Annotated): Word[] {
  const { text, tokens, sentences } = annotated;
  const signOffs = new SpanCursor(signOffStarts(annotated));
  const headings = new SpanCursor(headingSpans(annotated));
  const words: Word[] = [];
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    while (sentence < sentences.length && sentences[sentence]!.endToken <= i) sentence++;
    const sentenceStart = sentences[sentence]?.firstToken === i;
    const word = toWord(token, tokens[i + 1], sentenceStart, signOffs.covers(token.start));
    word.heading = headings.covers(token.start);
    word.newlineBefore = i > 0 && hasNewline(text, tokens[i - 1]!.end, token.start);
    words.push(word);
  }
  return markDeclared(joinIzafa(joinSyllables(joinInitials(words))));
}

/**
 * One name's word made of the words from `first` to `last` that the tagger cut apart, written `text`:
 * the fields in toWord's order (see joinSyllables).
 */
function joinedName(text: string, first: Word, last: Word): Word {
  return {
    text,
    start: first.start,
    end: last.end,
    key: wordKey(text),
    pos: 'PROPN',
    possessive: last.possessive,
    cap: true,
    sentenceStart: first.sentenceStart,
    skip: last.skip,
    heading: last.heading,
    newlineBefore: first.newlineBefore,
    declared: false,
  };
}

/**
 * "D.Batbayar", "Ts.Oyunchimeg", "B.Bold-Erdene": the Mongolian press writes a person's patronymic
 * initial glued to the given name, which the tagger cuts into two or three tokens. Rejoined, the word
 * is the person's name (see GLUED_INITIAL_NAME). Only without spaces, so "J. Smith" and "St. Petersburg"
 * stay as they are, and only with initials of one letter or a Mongolian digraph ("St.Petersburg" is
 * not one).
 */
function joinInitials(words: Word[]): Word[] {
  const joined: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const end = initialNameEnd(words, i);
    if (end < 0) {
      joined.push(word);
      continue;
    }
    const last = words[end]!;
    const text = words
      .slice(i, end + 1)
      .map((w) => w.text)
      .join('');
    joined.push(joinedName(text, word, last));
    i = end;
  }
  return joined;
}

/** The index of the last word of a glued-initial name that starts at words[i], or -1. */
function initialNameEnd(words: Word[], i: number): number {
  const word = words[i]!;
  let k: number;
  if (INITIAL_WITH_STOP.test(word.text)) k = i + 1;
  else if (INITIAL.test(word.text) && words[i + 1]?.text === '.' && words[i + 1]!.start === word.end)
    k = i + 2;
  else return -1;
  const name = words[k];
  if (!name || name.start !== words[k - 1]!.end || !GIVEN_NAME_WORD.test(name.text)) return -1;
  // "B.Bold-Erdene": a hyphenated given name, written without spaces.
  const hyphen = words[k + 1];
  const second = words[k + 2];
  if (
    hyphen?.text === '-' &&
    hyphen.start === name.end &&
    second?.start === hyphen.end &&
    GIVEN_NAME_WORD.test(second.text)
  )
    return k + 2;
  return k;
}

/** A patronymic initial: one capital, or a Mongolian digraph ("Ts", "Kh", "Ch", "Sh", "Zh", "Ya", "Yu", "Ye", "Yo"). */
const INITIAL = /^(?:\p{Lu}|[CKSZ]h|Ts|Y[aeou])$/u;
const INITIAL_WITH_STOP = /^(?:\p{Lu}|[CKSZ]h|Ts|Y[aeou])\.$/u;
const GIVEN_NAME_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/** A name written with a glued patronymic initial, as joinInitials makes it: a person's by its shape. */
export const GLUED_INITIAL_NAME = /^(?:\p{Lu}|[CKSZ]h|Ts|Y[aeou])\.\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?$/u;

/**
 * "Tehreek-e-Insaf", "Jamaat-e-Islami", "Lashkar-e-Taiba", "Hizb-ul-Mujahideen": two capitalised words
 * joined by the Persian and Urdu linking particle between hyphens (the tagger splits all five parts)
 * are one word of a name.
 */
function joinIzafa(words: Word[]): Word[] {
  const joined: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const last = words[i + 4];
    if (!word.cap || word.possessive || !last?.cap || !isIzafa(words, i)) {
      joined.push(word);
      continue;
    }
    const text = `${word.text}-${words[i + 2]!.text}-${last.text}`;
    joined.push(joinedName(text, word, last));
    i += 4;
  }
  return joined;
}

/** words[i + 1 .. i + 3] are "-", a linking particle and "-", written without spaces. */
function isIzafa(words: Word[], i: number): boolean {
  const [first, hyphen, particle, second, next] = words.slice(i, i + 5);
  return (
    hyphen?.text === '-' &&
    second?.text === '-' &&
    particle !== undefined &&
    IZAFA.test(particle.text) &&
    first!.end === hyphen.start &&
    hyphen.end === particle.start &&
    particle.end === second.start &&
    second.end === next!.start
  );
}

const IZAFA = /^(?:e|i|ul|ud|ut|us|un|al)$/;

/** Marks every use of a word in capitals that the article gives in brackets somewhere (see Word.declared). */
function markDeclared(words: Word[]): Word[] {
  const declared = new Set<string>();
  for (let i = 1; i + 1 < words.length; i++)
    if (words[i - 1]!.text === '(' && words[i + 1]!.text === ')' && CAPITALS.test(words[i]!.text))
      declared.add(words[i]!.text);
  if (declared.size > 0) for (const word of words) word.declared = declared.has(word.text);
  return words;
}

const CAPITALS = /^\p{Lu}{2,10}$/u;

/**
 * "Kim Jong-un", "Moon Jae-in", "Hsu Ching-kuang": a given name's lower-case second syllable after a
 * hyphen (the tagger splits it off) belongs to the name. Only after another capitalised word, and
 * never a compound's second part ("Iran-backed", "Kyiv-based").
 */
function joinSyllables(words: Word[]): Word[] {
  const joined: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const hyphen = words[i + 1];
    const syllable = words[i + 2];
    const before = joined[joined.length - 1];
    if (
      word.cap &&
      !word.possessive &&
      before?.cap &&
      !before.possessive &&
      hyphen &&
      syllable &&
      hyphen.text === '-' &&
      hyphen.start === word.end &&
      syllable.start === hyphen.end &&
      /^[a-z]{2,6}$/.test(syllable.text) &&
      !COMPOUND_PARTS.has(syllable.text)
    ) {
      const text = `${word.text}-${syllable.text}`;
      // The fields in toWord's order (a spread of the syllable would give the word another hidden
      // class, and the code reading words was compiled for one: V8 threw it away on meeting this).
      joined.push({
        text,
        start: word.start,
        end: syllable.end,
        key: wordKey(text),
        pos: 'PROPN',
        possessive: syllable.possessive,
        cap: true,
        sentenceStart: word.sentenceStart,
        skip: syllable.skip,
        heading: syllable.heading,
        newlineBefore: syllable.newlineBefore,
        declared: false,
      });
      i += 2;
    } else joined.push(word);
  }
  return joined;
}

/** Second parts of hyphenated compounds, which follow a name without being part of it. */
const COMPOUND_PARTS = new Set(
  'backed based led run born era style owned made linked allied bound wide like type class held free only armed'.split(
    ' ',
  ),
);

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
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
  const cut = possessiveLength(token.text);
  const text = cut > 0 ? token.text.slice(0, token.text.length - cut) : token.text;
  return {
    text,
    start: token.start,
    end: token.start + text.length,
    key: wordKey(text),
    pos: token.pos,
    possessive: cut > 0 || (next !== undefined && next.start === token.end && isPossessiveMark(next.text)),
    cap: startsUpper(text),
    sentenceStart,
    skip,
    heading: false,
    newlineBefore: false,
    declared: false,
  };
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 115;

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_QUOTE;
}

/** How many characters of possessive end the token: 2 for "Armenia’s", 1 for "Ministers’", else 0. */
function possessiveLength(text: string): number {
  const n = text.length;
  if (n < 2) return 0;
  const last = text.charCodeAt(n - 1);
  if (last === LOWER_S) return n > 2 && isApostrophe(text.charCodeAt(n - 2)) ? 2 : 0;
  return isApostrophe(last) && text.charCodeAt(n - 2) === LOWER_S ? 1 : 0;
}

/** "’", "'s": the possessive the tagger split off as a token of its own. */
function isPossessiveMark(text: string): boolean {
  if (text.length === 0 || text.length > 2 || !isApostrophe(text.charCodeAt(0))) return false;
  return text.length === 1 || text.charCodeAt(1) === LOWER_S;
}

export function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(text);
}

/** tokenKey, without its regex for the plain ASCII words that make up nearly all of the text. */
export function wordKey(text: string): string {
  let upper = false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 128) return tokenKey(text);
    if (code >= 65 && code <= 90) upper = true;
  }
  return upper ? text.toLowerCase() : text;
}

/** Offsets where a reporter credit line begins; everything from there to the paragraph end is skipped. */
const CONTRIBUTED = /\bcontributed (?:to this (?:report|story|article)|reporting)\.?\s*$/;

function signOffStarts(annotated: Annotated): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const para of annotated.paragraphs) {
    // A credit is short and ends its paragraph: "(Reporting by …; Editing by …)" or a line of its own.
    const from = Math.max(para.start, para.end - 300);
    // "Associated Press writer Li Ming in Beijing contributed to this report.": a credit in a sentence.
    if (para.end - para.start < 300 && CONTRIBUTED.test(annotated.text.slice(from, para.end))) {
      spans.push({ start: para.start, end: para.end });
      continue;
    }
    if (!holdsBy(annotated.text, from, para.end)) continue;
    const hit = SIGN_OFF.exec(annotated.text.slice(from, para.end));
    if (hit) spans.push({ start: from + hit.index, end: para.end });
  }
  return spans;
}

/**
 * Whether "by" (any case) occurs in text[from, to): every credit holds it, and this test is far
 * cheaper than the credit pattern, which most paragraphs would fail only after trying every offset.
 */
function holdsBy(text: string, from: number, to: number): boolean {
  for (let k = text.indexOf('y', from + 1); k >= 0 && k < to; k = text.indexOf('y', k + 1))
    if ((text.charCodeAt(k - 1) | 32) === 98 /* b */) return true;
  for (let k = text.indexOf('Y', from + 1); k >= 0 && k < to; k = text.indexOf('Y', k + 1))
    if ((text.charCodeAt(k - 1) | 32) === 98) return true;
  return false;
}

/** Short paragraphs without a full stop whose words are mostly capitalised: sub-headings. */
function headingSpans(annotated: Annotated): { start: number; end: number }[] {
  return annotated.paragraphs.filter((para) => isHeadingText(annotated.text.slice(para.start, para.end)));
}

/** A short line in title case with no closing punctuation: an op-ed's sub-heading. */
export function isHeadingText(paragraph: string): boolean {
  const body = paragraph.trim();
  if (body.length > 90 || /[.!?:;"”]$/.test(body)) return false;
  const words = body.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 2 && caps >= words.length * 0.75;
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

/**
 * A person's name that names someone in full: more than one word, or a given name with its glued
 * patronymic initial ("D.Batbayar"). A lone given name ("Ani") is a voice in a story, not an entity.
 */
export function isFullName(name: string): boolean {
  return name.includes(' ') || GLUED_INITIAL_NAME.test(name);
}
