// The article texts search scores, folded for matching and kept per connection. Scoring a candidate
// needs its whole text (the index keeps no positions, rank.ts): inflating and folding it was two
// fifths of a search's CPU time. The window of a query is its newest matches, so the newest
// articles come back query after query (on the server bench's search sequence, 71% of the texts
// scored had been scored before): each is inflated and folded once and kept, least recently used
// first out, until the database changes.
import type { Db } from './open.js';
import { foldText } from './search.js';

/**
 * About 16 MB: a text folded for matching is mostly one byte a character (matchText), 700 or so
 * for a generated news article, so some 20,000 texts.
 */
export const MAX_KEPT_CHARACTERS = 16_000_000;

interface Kept {
  /** The database state the texts belong to (rank.ts changeStamp). */
  stamp: string;
  texts: Map<number, KeptText>;
  characters: number;
}

const kept = new WeakMap<Db, Kept>();

/**
 * A text as the scorer matches terms in it: folded (foldText), with general punctuation (U+2000–
 * U+206F: dashes, curly quotes) as spaces. Neither the tokenizer nor a term's count or a phrase's
 * pattern takes such a character for part of a token, so every match is the same; and without
 * them most texts fit in one byte a character, which halves what keeping them costs.
 */
export function matchText(text: string): string {
  return asciiMatchText(text.toLowerCase()) ?? flat(foldText(text).replace(GENERAL_PUNCTUATION, ' '));
}

/** The bytes of the last text made by asciiMatchText, grown as needed. */
let scratch = Buffer.allocUnsafe(4096);

/**
 * matchText of a lower-cased text that holds only ASCII and general punctuation (most news texts),
 * in one pass and as a one-byte string; null for any other text.
 */
function asciiMatchText(lower: string): string | null {
  const length = lower.length;
  if (length > scratch.length) scratch = Buffer.allocUnsafe(Math.max(length, scratch.length * 2));
  for (let i = 0; i < length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x80) scratch[i] = code;
    else if (code >= 0x2000 && code <= 0x206f) scratch[i] = 0x20;
    else return null;
  }
  return scratch.toString('latin1', 0, length);
}

const GENERAL_PUNCTUATION = /[\u2000-\u206f]/g;
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * The string as one flat copy, one byte a character when it fits. A replacement's result is a
 * tree of the pieces between the replaced characters, which holds the whole folded text too: a
 * kept text cost seven bytes a character, and the collector marked every piece.
 */
function flat(text: string): string {
  return BEYOND_LATIN1.test(text)
    ? Buffer.from(text, 'utf16le').toString('utf16le')
    : Buffer.from(text, 'latin1').toString('latin1');
}

/** What scoring needs of an article, kept: its title, its size in tokens and its folded text. */
export interface KeptText {
  title: string;
  size: number;
  /** The text folded for matching (matchText). */
  folded: string;
}

/**
 * Article `n` as kept while the database is in state `stamp`; undefined when it is not kept. A
 * null `stamp` (inside a transaction, which may be rolled back) keeps nothing.
 */
export function keptText(db: Db, stamp: string | null, n: number): KeptText | undefined {
  if (stamp === null) return undefined;
  const memory = memoryOf(db, stamp);
  const known = memory.texts.get(n);
  if (known !== undefined) {
    // Least recently used first: a text used again goes to the end of the map's order.
    memory.texts.delete(n);
    memory.texts.set(n, known);
  }
  return known;
}

/** Keeps article `n` for the searches that follow while the database stays in state `stamp`. */
export function keepText(db: Db, stamp: string | null, n: number, text: KeptText): void {
  if (stamp === null) return;
  const memory = memoryOf(db, stamp);
  if (memory.texts.has(n)) return;
  memory.texts.set(n, text);
  memory.characters += characters(text);
  for (const [oldest, evicted] of memory.texts) {
    if (memory.characters <= MAX_KEPT_CHARACTERS) break;
    memory.texts.delete(oldest);
    memory.characters -= characters(evicted);
  }
}

function characters(text: KeptText): number {
  return text.folded.length + text.title.length;
}

function memoryOf(db: Db, stamp: string): Kept {
  let memory = kept.get(db);
  if (!memory || memory.stamp !== stamp) {
    memory = { stamp, texts: new Map(), characters: 0 };
    kept.set(db, memory);
  }
  return memory;
}
