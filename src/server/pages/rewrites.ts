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
  /** Each sentence's terms by its text. */
  byText: Map<string, Uint32Array>;
}

// Keyed by the article object (read from the store per request and never changed), so an entry lives
// as long as the request's articles do.
const prepared = new WeakMap<Article, Sentences>();

/**
 * The article's sentences and terms. A sentence `other` has too (copies and rewrites share most
 * of theirs word for word) takes its terms from there instead of hashing its words again.
 */
function sentencesOf(article: Article, other?: Sentences): Sentences {
  let found = prepared.get(article);
  if (!found) {
    const texts = splitSentences(article.text).map((span) => article.text.slice(span.start, span.end));
    const terms = texts.map((text) => other?.byText.get(text) ?? sentenceTerms(text));
    found = { texts, terms, byText: new Map(texts.map((text, i) => [text, terms[i]!])) };
    prepared.set(article, found);
  }
  return found;
}

export function diffRows(a: Article, b: Article): DiffRow[] {
  const preparedA = sentencesOf(a);
  const { texts: sentencesA, terms: termsA } = preparedA;
  const { texts: sentencesB, terms: termsB } = sentencesOf(b, preparedA);
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

/** A sentence's words: runs of letters and digits, joined inside by ' . or , ("U.S.", "1,200"). */
interface Words {
  /** [start, end) offsets of each word, flattened. */
  spans: number[];
  lower: string[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the character at `i` is a letter or digit (one scan of char codes: a regular expression per sentence cost more than the diff). */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // The second half of a surrogate pair belongs with the first.
  const at = code >= 0xdc00 && code <= 0xdfff && i > 0 ? i - 1 : i;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

function wordsOf(sentence: string): Words {
  const spans: number[] = [];
  const lower: string[] = [];
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(sentence, i)) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordChar(sentence, i)) i++;
      const joiner = sentence.charCodeAt(i);
      if ((joiner === 39 || joiner === 44 || joiner === 46) && i + 1 < n && isWordChar(sentence, i + 1)) i++;
      else break;
    }
    spans.push(start, i);
    lower.push(sentence.slice(start, i).toLowerCase());
  }
  return { spans, lower };
}

/**
 * A sentence with the words the other side lacks wrapped in `tag` (<del> on the left, <ins> on the
 * right). Built as one escaped string: an Html object per word made long diffs costly to render.
 * Most aligned sentences lack none of the other's words, and are only escaped.
 */
function marked(sentence: string, words: Words, otherWords: Set<string>, tag: 'del' | 'ins'): string {
  if (words.lower.every((word) => otherWords.has(word))) return escapeHtml(sentence);
  let out = '';
  let last = 0;
  words.lower.forEach((word, k) => {
    if (otherWords.has(word)) return;
    const start = words.spans[2 * k]!;
    const end = words.spans[2 * k + 1]!;
    out += `${escapeHtml(sentence.slice(last, start))}<${tag}>${escapeHtml(sentence.slice(start, end))}</${tag}>`;
    last = end;
  });
  return out + escapeHtml(sentence.slice(last));
}

function markedPair(a: string, b: string): Html {
  // Copies mostly align sentences word for word: nothing to mark.
  if (a === b) {
    const escaped = escapeHtml(a);
    return raw(`<tr class="same"><td>${escaped}</td><td>${escaped}</td></tr>`);
  }
  const wordsA = wordsOf(a);
  const wordsB = wordsOf(b);
  const left = marked(a, wordsA, new Set(wordsB.lower), 'del');
  const right = marked(b, wordsB, new Set(wordsA.lower), 'ins');
  return raw(`<tr class="same"><td>${left}</td><td>${right}</td></tr>`);
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
