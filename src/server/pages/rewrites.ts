// The diff of a rewrite, as rows of two columns: sentences the dedup stage aligned side by side
// (words only one side has are marked), and sentences only one side has on their own row.
import { alignSentences } from '../../dedup/align.js';
import { sentenceTerms, splitSentences } from '../../dedup/sentences.js';
import { escapeHtml } from '../../report/escape.js';
import type { Article } from '../../types.js';
import { type Html, html, raw } from '../html.js';

export interface DiffRow {
  a: string | null;
  b: string | null;
  /** Dice similarity of an aligned pair; null for a sentence only one side has. */
  dice: number | null;
}

/** An article's sentences and their terms: a story page diffs one article against several others. */
interface Sentences {
  texts: string[];
  terms: Uint32Array[];
}

// Keyed by the article object (read from the store per request and never changed), so an entry lives
// as long as the request's articles do.
const prepared = new WeakMap<Article, Sentences>();

function sentencesOf(article: Article): Sentences {
  let found = prepared.get(article);
  if (!found) {
    const texts = splitSentences(article.text).map((span) => article.text.slice(span.start, span.end));
    found = { texts, terms: texts.map(sentenceTerms) };
    prepared.set(article, found);
  }
  return found;
}

export function diffRows(a: Article, b: Article): DiffRow[] {
  const { texts: sentencesA, terms: termsA } = sentencesOf(a);
  const { texts: sentencesB, terms: termsB } = sentencesOf(b);
  const alignment = alignSentences(termsA, termsB);
  // Each row gets a position in A's order; a B-only sentence goes after the pair that precedes it in B.
  const keyed: { key: number; row: DiffRow }[] = [];
  for (const pair of alignment.pairs)
    keyed.push({
      key: pair.a,
      row: { a: sentencesA[pair.a] ?? null, b: sentencesB[pair.b] ?? null, dice: pair.dice },
    });
  for (const index of alignment.onlyA)
    keyed.push({ key: index, row: { a: sentencesA[index] ?? null, b: null, dice: null } });
  for (const index of alignment.onlyB) {
    const before = alignment.pairs.filter((pair) => pair.b < index).at(-1);
    keyed.push({
      key: (before?.a ?? -1) + 0.5 + index / 1e6,
      row: { a: null, b: sentencesB[index] ?? null, dice: null },
    });
  }
  return keyed.sort((x, y) => x.key - y.key).map((entry) => entry.row);
}

const WORD = /[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu;

/** A sentence's lower-case words, in order. */
function lowerWords(sentence: string): string[] {
  return (sentence.match(WORD) ?? []).map((word) => word.toLowerCase());
}

/**
 * A sentence with the words the other side lacks wrapped in `tag` (<del> on the left, <ins> on the
 * right). Built as one escaped string: an Html object per word made long diffs costly to render.
 * `words` are the sentence's lowerWords; most aligned sentences lack none of them, and are only escaped.
 */
function marked(sentence: string, words: string[], otherWords: Set<string>, tag: 'del' | 'ins'): Html {
  if (words.every((word) => otherWords.has(word))) return raw(escapeHtml(sentence));
  let out = '';
  let last = 0;
  for (const match of sentence.matchAll(WORD)) {
    if (otherWords.has(match[0].toLowerCase())) continue;
    out += `${escapeHtml(sentence.slice(last, match.index))}<${tag}>${escapeHtml(match[0])}</${tag}>`;
    last = match.index + match[0].length;
  }
  return raw(out + escapeHtml(sentence.slice(last)));
}

function markedPair(a: string, b: string): Html {
  const wordsA = lowerWords(a);
  const wordsB = lowerWords(b);
  return html`<tr class="same"><td>${marked(a, wordsA, new Set(wordsB), 'del')}</td><td>${marked(b, wordsB, new Set(wordsA), 'ins')}</td></tr>`;
}

export function renderDiff(a: Article, b: Article, rows: DiffRow[]): Html {
  return html`<table class="diff">
<thead><tr><th scope="col">${a.outlet ?? 'unknown outlet'}: ${a.title}</th><th scope="col">${b.outlet ?? 'unknown outlet'}: ${b.title}</th></tr></thead>
<tbody>${rows.map((row) => {
    if (row.a !== null && row.b !== null) return markedPair(row.a, row.b);
    if (row.a !== null)
      return html`<tr class="only-a"><td>${row.a}</td><td class="gap">(not in this version)</td></tr>`;
    return html`<tr class="only-b"><td class="gap">(not in this version)</td><td>${row.b}</td></tr>`;
  })}</tbody>
</table>`;
}
