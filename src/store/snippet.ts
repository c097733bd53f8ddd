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
  return TOKEN_CHAR.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

/** Tokens with their offsets, in one pass over the characters (no regular expression per token). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    // A low surrogate belongs to the character before it.
    const inside = code >= 0xdc00 && code <= 0xdfff ? start >= 0 : isTokenChar(code, text, i);
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) {
      tokens.push({ start, end: i });
      start = -1;
    }
  }
  return tokens;
}

interface Passage {
  text: string;
  tokens: Token[];
  /** [first token, end token, term index] of each match. */
  hits: [number, number, number][];
}

function findHits(text: string, terms: SnippetTerm[]): Passage {
  const tokens = tokenize(text);
  // Only tokens whose first letter starts some term are folded and compared: most are not.
  const initials = new Set(terms.flatMap((term) => term.tokens.map((token) => token.charAt(0))));
  const folded: (string | undefined)[] = new Array(tokens.length);
  const fold = (i: number): string => {
    let value = folded[i];
    if (value === undefined) {
      const token = tokens[i]!;
      const first = text.charAt(token.start).toLowerCase();
      value =
        NOT_ASCII.test(first) || initials.has(first) ? foldToken(text.slice(token.start, token.end)) : '';
      folded[i] = value;
    }
    return value;
  };
  const hits: [number, number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (fold(i) === '') continue;
    terms.forEach((term, t) => {
      const n = term.tokens.length;
      if (n === 0 || i + n > tokens.length) return;
      for (let k = 0; k < n; k++) {
        const token = fold(i + k);
        const wanted = term.tokens[k]!;
        const last = k === n - 1;
        if (last && term.prefix ? !token.startsWith(wanted) : token !== wanted) return;
      }
      hits.push([i, i + n, t]);
    });
  }
  return { text, tokens, hits };
}

/** Best window start and its score: distinct terms first, then the number of matches. */
function bestWindow(passage: Passage, size: number): { start: number; score: number } {
  const { hits, tokens } = passage;
  let best = { start: 0, score: hits.length === 0 ? 0 : -1 };
  // Hits are in token order; the window [start, start + size) slides over them with two pointers.
  const inWindow = new Map<number, number>();
  let first = 0;
  let last = 0;
  for (const [hitStart] of hits) {
    const start = Math.max(0, Math.min(hitStart - CONTEXT_BEFORE, tokens.length - size));
    while (first < hits.length && hits[first]![0] < start) {
      if (first < last) drop(inWindow, hits[first]![2]);
      first++;
    }
    last = Math.max(last, first);
    while (last < hits.length && hits[last]![1] <= start + size) {
      if (hits[last]![0] >= start) inWindow.set(hits[last]![2], (inWindow.get(hits[last]![2]) ?? 0) + 1);
      last++;
    }
    const count = [...inWindow.values()].reduce((sum, n) => sum + n, 0);
    const score = inWindow.size * 1000 + count;
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
  const { tokens, text } = passage;
  if (tokens.length === 0) return text;
  const end = Math.min(tokens.length, start + size);
  const from = start === 0 ? 0 : tokens[start]!.start;
  const to = end === tokens.length ? text.length : tokens[end - 1]!.end;
  // Overlapping matches (a term inside a phrase) become one highlighted span.
  const spans: [number, number][] = [];
  for (const [first, last] of passage.hits) {
    if (first < start || last > end) continue;
    const span: [number, number] = [tokens[first]!.start, tokens[last - 1]!.end];
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
  return end === tokens.length ? out : `${out}…`;
}

/** The passage of the title or the text that shows the most query terms (the title on a tie). */
export function makeSnippet(
  title: string,
  text: string,
  terms: SnippetTerm[],
  highlight: [string, string],
  size = SNIPPET_TOKENS,
): string {
  const passages = [findHits(title, terms), findHits(text, terms)];
  let chosen = passages[0]!;
  let window = bestWindow(chosen, size);
  const body = bestWindow(passages[1]!, size);
  if (body.score > window.score || (window.score <= 0 && text.length > 0)) {
    chosen = passages[1]!;
    window = body;
  }
  return render(chosen, window.start, size, highlight);
}
