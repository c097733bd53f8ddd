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
  folded: string;
}

/** The index's tokenizer (unicode61, remove_diacritics 2) as far as highlighting needs it. */
const TOKEN = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

export function foldToken(token: string): string {
  return token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: foldToken(match[0]),
  }));
}

interface Passage {
  text: string;
  tokens: Token[];
  /** [first token, end token, term index] of each match. */
  hits: [number, number, number][];
}

function findHits(text: string, terms: SnippetTerm[]): Passage {
  const tokens = tokenize(text);
  const hits: [number, number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    terms.forEach((term, t) => {
      const n = term.tokens.length;
      if (n === 0 || i + n > tokens.length) return;
      for (let k = 0; k < n; k++) {
        const token = tokens[i + k]!.folded;
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
  let best = { start: 0, score: -1 };
  const starts = passage.hits.length > 0 ? passage.hits.map(([first]) => first) : [0];
  for (const hitStart of starts) {
    const start = Math.max(0, Math.min(hitStart - CONTEXT_BEFORE, passage.tokens.length - size));
    const inside = passage.hits.filter(([first, end]) => first >= start && end <= start + size);
    const score = new Set(inside.map(([, , term]) => term)).size * 1000 + inside.length;
    if (score > best.score) best = { start, score };
  }
  return best;
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
