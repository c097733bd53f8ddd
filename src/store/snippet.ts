// Search snippets made from the article text in JavaScript. FTS5's snippet() re-runs the query for
// each hit and, for a prefix query, rebuilds the merged list of every matching term each time: it
// cost more than the ranking itself (0.1 s a query on 200,000 articles). The text is at hand
// (inflating a body costs microseconds), so the passage is cut here: the window of SNIPPET_TOKENS
// tokens that holds the most distinct query terms, matches wrapped in the highlight markers, and
// "…" where the passage does not reach the start or the end of the column.

/** A positive query term as folded tokens; a phrase has several; `prefix` applies to the last one. */
export interface SnippetTerm {
  tokens: string[];
  prefix: boolean;
}

export const SNIPPET_TOKENS = 16;
const CONTEXT_BEFORE = 2;

interface Token {
  start: number;
  end: number;
}

/** Characters the index's tokenizer (unicode61, remove_diacritics 2) keeps in tokens, as a regex class body. */
export const TOKEN_CLASS = '\\p{L}\\p{N}\\p{Co}\\p{M}';
const TOKEN_CHAR = new RegExp(`[${TOKEN_CLASS}]`, 'u');
const NOT_ASCII = /[^\u0000-\u007f]/;

export function foldToken(token: string): string {
  const lower = token.toLowerCase();
  return NOT_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

/** Whether the character at `at` (its code unit `code`) belongs in a token. */
export function isTokenChar(code: number, text: string, at: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // General punctuation (U+2000–U+206F: spaces, dashes, curly quotes, ellipses) holds no letter,
  // digit or mark, and news texts are full of it: no regular expression for it.
  if (code >= 0x2000 && code <= 0x206f) return false;
  return TOKEN_CHAR.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

/** Tokens with their offsets, in one pass over the characters (no regular expression per token). */
export function tokenize(text: string): Token[] {
  const { bounds, count } = tokenBounds(text, new Bounds());
  const tokens: Token[] = [];
  for (let i = 0; i < count; i++) tokens.push({ start: bounds[2 * i]!, end: bounds[2 * i + 1]! });
  return tokens;
}

/**
 * Token offsets as one flat list, start and end of each token in turn (no object per token), in a
 * typed array that is reused: a text's list grown one push at a time was a sixth of the memory a
 * search allocated.
 */
class Bounds {
  bounds = new Int32Array(256);
  count = 0;

  push(start: number, end: number): void {
    if (2 * this.count + 2 > this.bounds.length) {
      const bigger = new Int32Array(this.bounds.length * 2);
      bigger.set(this.bounds);
      this.bounds = bigger;
    }
    this.bounds[2 * this.count] = start;
    this.bounds[2 * this.count + 1] = end;
    this.count++;
  }
}

/** The tokens of `text` into `into` (emptied first). */
function tokenBounds(text: string, into: Bounds): Bounds {
  into.count = 0;
  const length = text.length;
  let start = -1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    // A low surrogate belongs to the character before it.
    const inside =
      code < 128
        ? ASCII_TOKEN[code] === 1
        : code >= 0xdc00 && code <= 0xdfff
          ? start >= 0
          : isTokenChar(code, text, i);
    if (inside) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      into.push(start, i);
      start = -1;
    }
  }
  if (start >= 0) into.push(start, length);
  return into;
}

/** 1 for the ASCII characters that belong in tokens (letters and digits). */
const ASCII_TOKEN = Uint8Array.from({ length: 128 }, (_, code) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0,
);

interface Passage {
  text: string;
  /** Token offsets, flat: start and end of token k at 2k and 2k + 1. */
  bounds: Int32Array;
  tokenCount: number;
  /** [first token, end token, term index] of each match, flat, in token order. */
  hits: number[];
}

/** Which ASCII characters (lower case) start a token of some term: only tokens starting so are folded. */
function termInitials(terms: SnippetTerm[]): Uint8Array {
  const initials = new Uint8Array(128);
  for (const term of terms)
    for (const token of term.tokens) {
      const code = token.charCodeAt(0);
      if (code < 128) initials[code] = 1;
    }
  return initials;
}

/** Token `i` folded, or '' when its first character starts no term (most tokens: not folded). */
function foldedAt(text: string, bounds: Int32Array, i: number, initials: Uint8Array): string {
  const start = bounds[2 * i]!;
  const code = text.charCodeAt(start);
  const lower = code >= 65 && code <= 90 ? code + 32 : code;
  return code >= 128 || initials[lower] === 1 ? foldToken(text.slice(start, bounds[2 * i + 1])) : '';
}

function findHits(text: string, terms: SnippetTerm[], initials: Uint8Array, into: Bounds): Passage {
  const { bounds, count } = tokenBounds(text, into);
  const hits: number[] = [];
  for (let i = 0; i < count; i++) {
    const first = foldedAt(text, bounds, i, initials);
    if (first === '') continue;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      const n = term.tokens.length;
      if (n === 0 || i + n > count) continue;
      let k = 0;
      for (; k < n; k++) {
        // A phrase's later tokens are folded as they are compared (phrases are rare).
        const token = k === 0 ? first : foldedAt(text, bounds, i + k, initials);
        const wanted = term.tokens[k]!;
        if (k === n - 1 && term.prefix ? !token.startsWith(wanted) : token !== wanted) break;
      }
      if (k === n) hits.push(i, i + n, t);
    }
  }
  return { text, bounds, tokenCount: count, hits };
}

/** Best window start and its score: distinct terms first, then the number of matches. */
function bestWindow(passage: Passage, size: number): { start: number; score: number } {
  const { hits } = passage;
  const { tokenCount } = passage;
  const hitCount = hits.length / 3;
  let best = { start: 0, score: hitCount === 0 ? 0 : -1 };
  // Hits are in token order; the window [start, start + size) slides over them with two pointers.
  const inWindow = new Map<number, number>();
  let first = 0;
  let last = 0;
  for (let h = 0; h < hitCount; h++) {
    const start = Math.max(0, Math.min(hits[3 * h]! - CONTEXT_BEFORE, tokenCount - size));
    while (first < hitCount && hits[3 * first]! < start) {
      if (first < last) drop(inWindow, hits[3 * first + 2]!);
      first++;
    }
    last = Math.max(last, first);
    while (last < hitCount && hits[3 * last + 1]! <= start + size) {
      if (hits[3 * last]! >= start) {
        const term = hits[3 * last + 2]!;
        inWindow.set(term, (inWindow.get(term) ?? 0) + 1);
      }
      last++;
    }
    let matches = 0;
    for (const n of inWindow.values()) matches += n;
    const score = inWindow.size * 1000 + matches;
    if (score > best.score) best = { start, score };
  }
  return best;
}

function drop(counts: Map<number, number>, term: number): void {
  const n = (counts.get(term) ?? 0) - 1;
  if (n <= 0) counts.delete(term);
  else counts.set(term, n);
}

function render(passage: Passage, start: number, size: number, [open, close]: [string, string]): string {
  const { bounds, text, hits, tokenCount } = passage;
  if (tokenCount === 0) return text;
  const end = Math.min(tokenCount, start + size);
  const from = start === 0 ? 0 : bounds[2 * start]!;
  const to = end === tokenCount ? text.length : bounds[2 * (end - 1) + 1]!;
  // Overlapping matches (a term inside a phrase) become one highlighted span.
  const spans: [number, number][] = [];
  for (let h = 0; h < hits.length; h += 3) {
    const first = hits[h]!;
    const last = hits[h + 1]!;
    if (first < start || last > end) continue;
    const span: [number, number] = [bounds[2 * first]!, bounds[2 * (last - 1) + 1]!];
    const previous = spans.at(-1);
    if (previous && span[0] < previous[1]) previous[1] = Math.max(previous[1], span[1]);
    else spans.push(span);
  }
  spans.sort((x, y) => x[0] - y[0]);
  let out = start === 0 ? '' : '…';
  let at = from;
  for (const [s, e] of spans) {
    out += text.slice(at, s) + open + text.slice(s, e) + close;
    at = e;
  }
  out += text.slice(at, to);
  return end === tokenCount ? out : `${out}…`;
}

/** The token lists of the title and the text being cut (makeSnippet runs to its end in one go). */
const SCRATCH = { title: new Bounds(), text: new Bounds() };

/** The passage of the title or the text that shows the most query terms (the title on a tie). */
export function makeSnippet(
  title: string,
  text: string,
  terms: SnippetTerm[],
  highlight: [string, string],
  size = SNIPPET_TOKENS,
): string {
  const initials = termInitials(terms);
  const passages = [
    findHits(title, terms, initials, SCRATCH.title),
    findHits(text, terms, initials, SCRATCH.text),
  ];
  let chosen = passages[0]!;
  let window = bestWindow(chosen, size);
  const body = bestWindow(passages[1]!, size);
  if (body.score > window.score || (window.score <= 0 && text.length > 0)) {
    chosen = passages[1]!;
    window = body;
  }
  return render(chosen, window.start, size, highlight);
}
