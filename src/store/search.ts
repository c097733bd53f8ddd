// Turns what a person types into an FTS5 MATCH expression. Every word is quoted, so punctuation in
// the query ("Nagorno-Karabakh", "U.S.", "don't") can never be an FTS5 syntax error: the tokenizer
// splits a quoted word exactly as it split the indexed text, which makes it a phrase.
//
// The index keeps which columns hold a token but not where (detail=column, schema 5: 45% of the
// index's size), so FTS5 cannot answer a phrase of several tokens itself. The expression given to
// FTS5 (`indexMatch`) asks for the phrase's tokens anywhere in the article instead, a superset, and
// `queryTest` checks the candidates against the text, folded as the tokenizer folds tokens.
import { SitrepError } from '../util/errors.js';
import { foldToken, isTokenChar, type SnippetTerm, TOKEN_CLASS, tokenize } from './snippet.js';

/** One quoted word or phrase of a query: its text as typed and its folded tokens. */
interface QueryTerm extends SnippetTerm {
  text: string;
}

/**
 * A query as FTS5 reads toMatchExpression's output: `positive` is a list of terms and ORs (AND, the
 * implicit operator, binds tighter than OR); every `negative` term must be absent.
 */
interface ParsedQuery {
  positive: (QueryTerm | 'OR')[];
  negative: QueryTerm[];
}

/** Supported syntax: words (all must match), "exact phrases", prefix*, OR between terms, -word or NOT word. */
export function toMatchExpression(query: string): string {
  return render(parseQuery(query), quoteTerm);
}

/**
 * The expression for the index (detail=column): a phrase of several tokens becomes its tokens, each
 * a part of the AND the phrase stands in, and an excluded phrase is left to queryTest. Equal to
 * toMatchExpression for a query without phrases. The tokens are not grouped in parentheses: FTS5
 * allows no implicit AND next to a parenthesised group ("(a b) c" is a syntax error), and AND binds
 * tighter than OR, so "a b OR c" already means "(a AND b) OR c".
 */
export function indexMatch(query: string): string {
  const parsed = parseQuery(query);
  const single = (term: QueryTerm) => term.tokens.length === 1;
  const positive = parsed.positive.flatMap((part) =>
    part === 'OR' || single(part)
      ? [part]
      : part.tokens.map((token, i) => ({
          text: token,
          tokens: [token],
          prefix: part.prefix && i === part.tokens.length - 1,
        })),
  );
  return render({ positive, negative: parsed.negative.filter(single) }, quoteTerm);
}

/**
 * For a query with a phrase of several tokens, the test an article's title and text must pass (the
 * index answers the rest exactly); null when the index's answer is exact.
 */
export function queryTest(query: string): ((title: string, text: string) => boolean) | null {
  const test = foldedTest(parseQuery(query));
  return test && ((title, text) => test(foldText(title), foldText(text)));
}

/** queryTest on texts already folded (foldText). */
function foldedTest(parsed: ParsedQuery): ((title: string, text: string) => boolean) | null {
  const terms = [...parsed.positive.filter(isTerm), ...parsed.negative];
  if (terms.every((term) => term.tokens.length === 1)) return null;
  const patterns = new Map(terms.map((term) => [term, termPattern(term)]));
  const groups = orGroups(parsed.positive);
  return (title, text) => {
    const has = (term: QueryTerm) => patterns.get(term)?.test(title) || patterns.get(term)?.test(text);
    return groups.some((group) => group.every(has)) && !parsed.negative.some(has);
  };
}

/** One phrase of the index expression, as BM25 scores it: a single token, maybe a prefix. */
export interface RankTerm {
  /** The phrase as FTS5 reads it alone ("token" or "token"*), to count the rows that hold it. */
  match: string;
  /** Counts the phrase's occurrences in a folded text. */
  count: (folded: string) => number;
}

/** What ranking needs from a query: the index expression, its phrases and the text test. */
export interface CompiledQuery {
  match: string;
  /** The phrases of `match` that can occur in a matching article, in order (repeats kept). */
  terms: RankTerm[];
  /** The phrase test on folded title and text; null when the index's answer is exact. */
  test: ((title: string, text: string) => boolean) | null;
  /**
   * Whether `match` only asks for all of `terms` (no OR, no NOT, no prefix): its rows are then the
   * rows every term's own list holds, which ranking can intersect itself (rank.ts).
   */
  conjunctive: boolean;
}

export function compileQuery(query: string): CompiledQuery {
  const parsed = parseQuery(query);
  const terms = parsed.positive.filter(isTerm).flatMap((term) =>
    term.tokens.map((token, i) => {
      const prefix = term.prefix && i === term.tokens.length - 1;
      return rankTerm(token, prefix);
    }),
  );
  // An excluded phrase of several tokens is not in `match` (queryTest checks it).
  const conjunctive =
    parsed.positive.every((part) => isTerm(part) && !part.prefix) &&
    parsed.negative.every((term) => term.tokens.length > 1);
  return { match: indexMatch(query), terms, test: foldedTest(parsed), conjunctive };
}

function rankTerm(token: string, prefix: boolean): RankTerm {
  return {
    match: `"${token.replace(/"/g, '""')}"${prefix ? '*' : ''}`,
    // indexOf and a look at the characters on either side: a regular expression with lookbehind and
    // Unicode classes cost several times more.
    count: (folded) => {
      let n = 0;
      for (let at = folded.indexOf(token); at >= 0; at = folded.indexOf(token, at + token.length)) {
        if (at > 0 && endsInToken(folded, at)) continue;
        const end = at + token.length;
        if (!prefix && end < folded.length && isTokenChar(folded.charCodeAt(end), folded, end)) continue;
        n++;
      }
      return n;
    },
  };
}

/** Whether the character before `at` belongs in a token (an astral one is two code units). */
function endsInToken(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  const start = code >= 0xdc00 && code <= 0xdfff && at > 1 ? at - 2 : at - 1;
  return isTokenChar(text.charCodeAt(start), text, start);
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/**
 * Lower case without diacritics, as the tokenizer folds tokens (foldToken). Only the runs of
 * characters beyond ASCII are normalised: normalising a whole text costs more than the search.
 * General punctuation (U+2002–U+206F: dashes, curly quotes, ellipses) is left out of the runs:
 * news texts are full of it, and normalising never changes it.
 */
export function foldText(text: string): string {
  return text.toLowerCase().replace(FOLDED_RUN, (run) => run.normalize('NFD').replace(/\p{M}/gu, ''));
}

const FOLDED_RUN = /[^\u0000-\u007f\u2002-\u206f]+/g;

/**
 * A term's tokens in a row in folded text: whole tokens (a prefix term's last one may go on), with
 * only characters the tokenizer drops between them. A regular expression scans a text several
 * times faster than tokenizing it in JavaScript.
 */
function termPattern(term: QueryTerm): RegExp {
  const tokens = term.tokens.map(escapeRegExp);
  const end = term.prefix ? '' : `(?![${TOKEN_CLASS}])`;
  return new RegExp(`(?<![${TOKEN_CLASS}])${tokens.join(`[^${TOKEN_CLASS}]+`)}${end}`, 'u');
}

/** The positive terms of a query, as the snippet maker looks for them in the text. */
export function snippetTerms(query: string): SnippetTerm[] {
  const terms: SnippetTerm[] = [];
  let negate = false;
  for (const token of splitQuery(query)) {
    if (token.kind === 'operator') {
      negate = token.text === 'NOT';
      continue;
    }
    const excluded = negate || token.negated;
    negate = false;
    const tokens = foldedTokens(token.text);
    if (!excluded && tokens.length > 0) terms.push({ tokens, prefix: token.prefix });
  }
  return terms;
}

function foldedTokens(text: string): string[] {
  return tokenize(text).map((t) => foldToken(text.slice(t.start, t.end)));
}

function parseQuery(query: string): ParsedQuery {
  const parts: (QueryTerm | 'OR' | 'NOT')[] = [];
  let negate = false;
  let positives = 0;
  for (const token of splitQuery(query)) {
    if (token.kind === 'operator') {
      if (token.text === 'NOT') negate = true;
      else if (token.text === 'OR' && parts.length > 0 && !isOperator(parts.at(-1))) parts.push('OR');
      continue;
    }
    const term = queryTerm(token.text, token.prefix);
    if (!term) continue;
    if (negate || token.negated) {
      negate = false;
      if (parts.at(-1) === 'OR') parts.pop();
      parts.push('NOT', term);
    } else {
      positives++;
      parts.push(term);
    }
  }
  while (isOperator(parts.at(-1))) parts.pop();
  if (positives === 0) throw new SitrepError(`search: "${query}" has no word to look for`, 'E_BAD_ARGUMENT');
  return splitNegations(parts);
}

interface QueryToken {
  kind: 'term' | 'operator';
  text: string;
  prefix: boolean;
  negated: boolean;
}

/** Splits into "phrases", words and upper-case operators, keeping a trailing * and a leading -. */
function splitQuery(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  const pattern = /(-?)"([^"]*)"(\*?)|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    if (match[2] !== undefined) {
      tokens.push({ kind: 'term', text: match[2], prefix: match[3] === '*', negated: match[1] === '-' });
      continue;
    }
    const word = match[4] ?? '';
    if (word === 'OR' || word === 'NOT' || word === 'AND') {
      tokens.push({ kind: 'operator', text: word, prefix: false, negated: false });
      continue;
    }
    const negated = word.startsWith('-') && word.length > 1;
    const body = negated ? word.slice(1) : word;
    tokens.push({ kind: 'term', text: body.replace(/\*+$/, ''), prefix: body.endsWith('*'), negated });
  }
  return tokens;
}

/** A term with its tokens; null when nothing searchable is left (only punctuation). */
function queryTerm(text: string, prefix: boolean): QueryTerm | null {
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const tokens = foldedTokens(text);
  return tokens.length > 0 ? { text, tokens, prefix } : null;
}

/** A term as an FTS5 string. */
function quoteTerm(term: QueryTerm): string {
  const quoted = `"${term.text.replace(/"/g, '""')}"`;
  return term.prefix ? `${quoted}*` : quoted;
}

function isOperator(part: unknown): part is 'OR' | 'NOT' {
  return part === 'OR' || part === 'NOT';
}

function isTerm(part: QueryTerm | 'OR'): part is QueryTerm {
  return part !== 'OR';
}

/** FTS5's NOT is binary ("a NOT b"), so exclusions go after all the positive terms. */
function splitNegations(parts: (QueryTerm | 'OR' | 'NOT')[]): ParsedQuery {
  const positive: (QueryTerm | 'OR')[] = [];
  const negative: QueryTerm[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === 'NOT') {
      const next = parts[++i];
      if (next && !isOperator(next)) negative.push(next);
    } else if (part) positive.push(part);
  }
  while (isOperator(positive.at(-1))) positive.pop();
  while (isOperator(positive[0])) positive.shift();
  return { positive, negative };
}

/** The expression: the positive part (in parentheses when it has several terms), then each NOT. */
function render(parsed: ParsedQuery, write: (term: QueryTerm) => string): string {
  const positive = parsed.positive.map((part) => (part === 'OR' ? part : write(part)));
  const head = positive.length > 1 ? `(${positive.join(' ')})` : (positive[0] ?? '');
  return [head, ...parsed.negative.map((term) => `NOT ${write(term)}`)].join(' ');
}

/** The positive part as alternatives, each a list of terms that must all be present. */
function orGroups(positive: (QueryTerm | 'OR')[]): QueryTerm[][] {
  const groups: QueryTerm[][] = [[]];
  for (const part of positive) {
    if (part === 'OR') groups.push([]);
    else groups.at(-1)?.push(part);
  }
  return groups.filter((group) => group.length > 0);
}
