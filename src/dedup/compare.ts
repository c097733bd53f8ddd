// A side-by-side comparison of two articles, for `sitrep diff`: the relation dedup would report, and
// the sentence alignment with what each side added or dropped.
import type { Article, DuplicateRelation } from '../types.js';
import { alignSentences } from './align.js';
import { classifyPair } from './classify.js';
import { fingerprint, sentenceTerms } from './fingerprint.js';
import { scanText, sentenceRanges } from './scan.js';

export interface ArticleComparison {
  relation: DuplicateRelation | null;
  similarity: number;
  sentencesA: string[];
  sentencesB: string[];
  /** Aligned sentence pairs (indices into sentencesA / sentencesB) with their Dice overlap. */
  pairs: { a: number; b: number; dice: number }[];
  /** Sentences only A has (B dropped them) and only B has (B added them). */
  onlyA: number[];
  onlyB: number[];
}

/** The sentences of a text as the fingerprint sees them, from first to last word plus closing marks. */
export function sentenceTexts(text: string): string[] {
  const scan = scanText(text);
  return sentenceRanges(scan).map(([from, to]) => {
    const start = scan.starts[from]!;
    const next = scan.starts[to] ?? text.length;
    // An opening quote before the next sentence's first word belongs to that sentence.
    return text
      .slice(start, next)
      .replace(/[\s“"‘(]+$/u, '')
      .replace(/\s+/g, ' ');
  });
}

/** `a` is taken as the earlier article. */
export function compareArticles(a: Article, b: Article): ArticleComparison {
  const first = fingerprint(a);
  const second = fingerprint(b);
  const verdict = classifyPair(first, second);
  const alignment = alignSentences(sentenceTerms(first), sentenceTerms(second));
  return {
    relation: verdict?.relation ?? null,
    similarity: verdict?.similarity ?? Math.round(alignment.similarity * 1000) / 1000,
    sentencesA: sentenceTexts(a.text),
    sentencesB: sentenceTexts(b.text),
    pairs: alignment.pairs,
    onlyA: alignment.onlyA,
    onlyB: alignment.onlyB,
  };
}
