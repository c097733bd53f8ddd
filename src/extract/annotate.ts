// The one tokenisation pass that every extractor shares. wink-nlp gives tokens, part-of-speech tags
// and sentence boundaries; we add character offsets into the article text, which wink does not keep.
//
// wink reads the whole article as one document (reading it paragraph by paragraph costs a third more),
// and we cut its sentences at paragraph boundaries ourselves, so a sentence never crosses a blank line.
// wink also splits words at letters outside Latin-1 ("Xank|ə|ndi", "Qaraba|ğ", Cyrillic): it reads a
// copy of the text in which such letters are replaced, one code unit for one, by a Latin-1 look-alike,
// and every token's text is then taken from the original at the same offsets.

import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';

export interface Token {
  /** The token as written in the text. */
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink ("PROPN", "NUM", "VERB", …). */
  pos: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the sentence's first token in `Annotated.tokens`, and one past its last. */
  firstToken: number;
  endToken: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

export interface Annotated {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Paragraph spans: the text split on blank lines. */
  paragraphs: { start: number; end: number }[];
}

type Tagger = ReturnType<typeof winkNLP>;
let tagger: Tagger | null = null;

/**
 * wink with its English model, loaded on first use or when asked: reading the model takes a tenth of
 * a second and some 30 MB, which the main thread of an ingest that leaves extraction to its workers
 * (and a server that ingests nothing) never needs. A worker loads it before it says it is ready.
 */
export function loadTagger(): Tagger {
  if (!tagger) {
    const model = createRequire(import.meta.url)('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0];
    // Only sentence boundaries and part-of-speech tags: wink's default pipe also runs negation,
    // sentiment and its own entity patterns, which we don't use and which cost 45% of the time.
    tagger = winkNLP(model, ['sbd', 'pos']);
  }
  return tagger;
}

/** Tokenises once and returns tokens and sentences with offsets into `text`. */
export function annotate(text: string): Annotated {
  const paragraphs = paragraphSpans(text);
  const result: Annotated = { text, tokens: [], sentences: [], paragraphs };
  if (paragraphs.length === 0) return result;
  const masked = maskLetters(text);
  const place: Place = { para: 0, cursor: 0, nextReplaced: 0, paragraphOf: [] };
  const nlp = loadTagger();
  for (const [from, to] of documentRanges(paragraphs)) {
    const doc = nlp.readDoc(masked.text.slice(paragraphs[from]!.start, paragraphs[to]!.end));
    const ours = placeTokens(text, masked, doc, result, place, nlp.its);
    for (const [first, last] of doc.sentences().out(nlp.its.span) as [number, number][])
      addSentence(result, ours, place.paragraphOf, first, last);
  }
  return result;
}

/** wink reads at most this much text at once (whole paragraphs), so huge inputs stay in bounded memory. */
const DOCUMENT_CHARS = 512 * 1024;

/** Runs of whole paragraphs [from, to] of at most DOCUMENT_CHARS (or one longer paragraph). */
function documentRanges(paragraphs: { start: number; end: number }[]): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (let to = 0; to < paragraphs.length; to++) {
    // Never read past the array's end: the optimised code of annotate(), where this is inlined, was
    // thrown away and compiled again the first time it did (an "out of bounds" deoptimisation).
    const next = to + 1 < paragraphs.length ? paragraphs[to + 1] : undefined;
    if (!next || next.end - paragraphs[from]!.start > DOCUMENT_CHARS) {
      ranges.push([from, to]);
      from = to + 1;
    }
  }
  return ranges;
}

/** Paragraphs are separated by one or more blank lines; sentences never cross them. */
export function paragraphSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n\n', start);
    if (end < 0) end = text.length;
    if (hasNonSpace(text, start, end)) spans.push({ start, end });
    start = end + 2;
    while (start < text.length && text.charCodeAt(start) === 10) start++;
  }
  return spans;
}

function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && (code < 127 || /\S/.test(text[i]!))) return true;
  }
  return false;
}

/**
 * Finds each wink token in the text (wink keeps the surface form, so it is the next occurrence at or
 * after the cursor) and keeps those inside a paragraph; the blank lines between paragraphs go.
 */
function placeTokens(
  text: string,
  masked: Masked,
  doc: ReturnType<Tagger['readDoc']>,
  out: Annotated,
  place: Place,
  its: Tagger['its'],
): Int32Array {
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const ours = new Int32Array(values.length).fill(-1);
  const paragraphs = out.paragraphs;
  const replaced = masked.replaced;
  let { para, cursor, nextReplaced } = place;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // Only a gap without words may lie before the token: a value the text does not hold as written
    // stays at the cursor instead of jumping to some later occurrence and dragging the rest along.
    let found = masked.text.indexOf(value, cursor);
    if (found > cursor && hasWordCharacter(masked.text, cursor, found)) found = -1;
    if (found < 0 && value.trim() === '') continue;
    const start = found >= 0 ? found : cursor;
    while (para < paragraphs.length && paragraphs[para]!.end <= start) para++;
    const span = paragraphs[para];
    if (!span || start < span.start) {
      cursor = Math.max(cursor, start + value.length);
      continue;
    }
    const end = Math.min(start + value.length, span.end);
    // Only a token that holds a replaced letter needs its text from the original.
    while (nextReplaced < replaced.length && replaced[nextReplaced]! < start) nextReplaced++;
    const original = found >= 0 && nextReplaced < replaced.length && replaced[nextReplaced]! < end;
    const tokenText = original ? text.slice(start, end) : value;
    ours[i] = out.tokens.length;
    place.paragraphOf.push(para);
    out.tokens.push({ text: tokenText, start, end, pos: tags[i] ?? 'X' });
    cursor = end;
  }
  place.para = para;
  place.cursor = cursor;
  place.nextReplaced = nextReplaced;
  return ours;
}

function hasWordCharacter(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (
      code < 128
        ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
        : WORDY.test(text[k]!)
    )
      return true;
  }
  return false;
}

const WORDY = /[\p{L}\p{N}]/u;

/** Where placing tokens has got to, carried from one wink document to the next. */
interface Place {
  para: number;
  cursor: number;
  nextReplaced: number;
  /** The paragraph of each of our tokens. */
  paragraphOf: number[];
}

/**
 * wink's sentence [first, last] (its token indices; `ours` maps them to ours, -1 for dropped ones),
 * cut where a paragraph ends.
 */
function addSentence(
  out: Annotated,
  ours: Int32Array,
  paragraphOf: number[],
  first: number,
  last: number,
): void {
  let from = -1;
  let to = -1;
  for (let i = first; i <= last; i++) {
    const k = ours[i]!;
    if (k < 0) continue;
    if (from >= 0 && paragraphOf[k] !== paragraphOf[from]) {
      pushSentence(out, from, to, paragraphOf[from]!);
      from = -1;
    }
    if (from < 0) from = k;
    to = k;
  }
  if (from >= 0) pushSentence(out, from, to, paragraphOf[from]!);
}

function pushSentence(out: Annotated, from: number, to: number, paragraph: number): void {
  // "P2.5 billion" read as "P2." and "5 billion": a sentence ends before white space, never inside a word.
  const previous = out.sentences[out.sentences.length - 1];
  if (previous?.paragraph === paragraph && previous.end === out.tokens[from]!.start) {
    previous.end = out.tokens[to]!.end;
    previous.endToken = to + 1;
    return;
  }
  out.sentences.push({
    start: out.tokens[from]!.start,
    end: out.tokens[to]!.end,
    firstToken: from,
    endToken: to + 1,
    paragraph,
  });
}

// ── letters wink does not know ──────────────────────────────────────────────

const STAND_INS = new Map<string, string>([
  ['ə', 'e'],
  ['Ə', 'E'],
  ['ı', 'i'],
  ['ł', 'l'],
  ['Ł', 'L'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['œ', 'o'],
  ['Œ', 'O'],
]);

/** The text as the tagger reads it, and the offsets of the letters that were replaced, in order. */
interface Masked {
  text: string;
  replaced: number[];
}

/**
 * A loop over the code units rather than a replace() with /(?![\x00-\xff])[\p{L}\p{M}]/gu: most
 * characters are Latin-1 and only need their code read, and the others (curly quotes and dashes,
 * nearly all) are looked up once each by code. The regex tried every offset of every article.
 */
function maskLetters(text: string): Masked {
  const replaced: number[] = [];
  let masked = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) continue;
    const astral = isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1));
    const standIn = astral ? astralStandIn(text.slice(i, i + 2)) : bmpStandIn(code);
    if (standIn !== null) {
      masked += text.slice(copied, i) + standIn;
      copied = i + standIn.length;
      replaced.push(i);
    }
    if (astral) i++;
  }
  return { text: copied === 0 ? text : masked + text.slice(copied), replaced };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Stand-ins of the code units above Latin-1 met so far; null for those that are no letter. */
const BMP_STAND_INS = new Map<number, string | null>();

function bmpStandIn(code: number): string | null {
  let found = BMP_STAND_INS.get(code);
  if (found === undefined) {
    const char = String.fromCharCode(code);
    found = LETTER_OR_MARK.test(char) ? standIn(char) : null;
    BMP_STAND_INS.set(code, found);
  }
  return found;
}

function astralStandIn(letter: string): string | null {
  return LETTER_OR_MARK.test(letter) ? standIn(letter) : null;
}

/** The text with every letter outside Latin-1 replaced by a Latin-1 letter of the same length. */
export function maskForTagger(text: string): string {
  return maskLetters(text).text;
}

function standIn(letter: string): string {
  let found = STAND_INS.get(letter);
  if (found === undefined) {
    // "ğ" → "g", "Š" → "S"; letters of other scripts become x/X, which the tagger reads as a name.
    const base = letter.normalize('NFD')[0]!;
    found = base.charCodeAt(0) <= 0xff && /\p{L}/u.test(base) ? base : /\p{Lu}/u.test(letter) ? 'X' : 'x';
    // An astral letter is two code units: its stand-in must be too, so that offsets stay the same.
    if (letter.length === 2) found += 'x';
    STAND_INS.set(letter, found);
  }
  return found;
}

/** The sentence that contains offset `at`, or undefined. */
export function sentenceAt(annotated: Annotated, at: number): Sentence | undefined {
  let lo = 0;
  let hi = annotated.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = annotated.sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
