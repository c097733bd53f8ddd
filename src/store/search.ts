// Turns what a person types into an FTS5 MATCH expression. Every word is quoted, so punctuation in
// the query ("Nagorno-Karabakh", "U.S.", "don't") can never be an FTS5 syntax error: the tokenizer
// splits a quoted word exactly as it split the indexed text, which makes it a phrase.
import { SitrepError } from '../util/errors.js';
import { foldToken, type SnippetTerm, tokenize } from './snippet.js';

/** Supported syntax: words (all must match), "exact phrases", prefix*, OR between terms, -word or NOT word. */
export function toMatchExpression(query: string): string {
  const parts: string[] = [];
  let negate = false;
  let positives = 0;
  for (const token of splitQuery(query)) {
    if (token.kind === 'operator') {
      if (token.text === 'NOT') negate = true;
      else if (token.text === 'OR' && parts.length > 0 && !isOperator(parts.at(-1))) parts.push('OR');
      continue;
    }
    const term = quoteTerm(token.text, token.prefix);
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
  return orderNegations(parts).join(' ');
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
    const tokens = tokenize(token.text).map((t) => foldToken(token.text.slice(t.start, t.end)));
    if (!excluded && tokens.length > 0) terms.push({ tokens, prefix: token.prefix });
  }
  return terms;
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

/** A term as an FTS5 string; null when nothing searchable is left (only punctuation). */
function quoteTerm(text: string, prefix: boolean): string | null {
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const quoted = `"${text.replace(/"/g, '""')}"`;
  return prefix ? `${quoted}*` : quoted;
}

function isOperator(part: string | undefined): boolean {
  return part === 'OR' || part === 'NOT';
}

/** FTS5's NOT is binary ("a NOT b"), so exclusions go after all the positive terms. */
function orderNegations(parts: string[]): string[] {
  const positive: string[] = [];
  const negative: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === 'NOT') {
      negative.push('NOT', parts[++i] ?? '');
    } else positive.push(parts[i] ?? '');
  }
  while (isOperator(positive.at(-1))) positive.pop();
  while (isOperator(positive[0])) positive.shift();
  const head = positive.length > 1 ? [`(${positive.join(' ')})`] : positive;
  return [...head, ...negative];
}
