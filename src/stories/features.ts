// What the clusterer sees of an article: weighted term counts by zone (title, lead, body), entity and
// quotation terms from the extraction when there is one, and background paragraphs marked so that
// boilerplate every article on a conflict repeats cannot glue different events together.

import { hashString } from '../dedup/hash.js';
import type { Article, Extraction } from '../types.js';
import { extractTerms, stemTerm, type Term } from './terms.js';

/** Zone weights: the title and lead say what happened; the body repeats context. */
export const TITLE_WEIGHT = 3;
export const LEAD_WEIGHT = 2;
export const BODY_WEIGHT = 0.5;
export const PROPER_BOOST = 1.5;
export const ENTITY_WEIGHT = 1.5;
export const QUOTE_WEIGHT = 2;
/** The lead is the opening paragraphs up to this many words. */
const LEAD_WORDS = 45;

export interface ArticleTerms {
  /** Term → weighted count (before IDF). */
  counts: Map<string, number>;
  /** The same for the title and lead alone: what the article is about, without its context. */
  head: Map<string, number>;
  titleTerms: string[];
  /** Names and numbers of the title and lead (and extracted entities): what makes an event this one. */
  specifics: Set<string>;
  /** Keys of the body paragraphs after the lead, for background detection. */
  paragraphKeys: number[];
}

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** A paragraph's key: its first twelve words, which survive trailing edits and re-punctuation. */
export function paragraphKey(paragraph: string): number {
  return termsKey(extractTerms(paragraph));
}

function termsKey(terms: Term[]): number {
  return hashString(
    terms
      .slice(0, 12)
      .map((t) => t.term)
      .join(' '),
  );
}

/**
 * `backgroundWeight(key)` says how far a body paragraph is down-weighted (1 = not at all), from how
 * many earlier articles carried it.
 */
export function articleTerms(
  article: Article,
  backgroundWeight: (key: number) => number,
  extraction?: Extraction,
): ArticleTerms {
  const counts = new Map<string, number>();
  const head = new Map<string, number>();
  const specifics = new Set<string>();
  let inHead = true;
  const add = (term: string, weight: number) => {
    counts.set(term, (counts.get(term) ?? 0) + weight);
    if (inHead) head.set(term, (head.get(term) ?? 0) + weight);
  };
  const outletWords = new Set(extractTerms(article.outlet ?? '', true).map((t) => t.term));
  const addTerms = (terms: Term[], weight: number) => {
    for (const { term, proper } of terms) {
      if (outletWords.has(term)) continue;
      add(term, proper ? weight * PROPER_BOOST : weight);
      if (inHead && (proper || /\d/.test(term))) specifics.add(term);
    }
  };
  const title = extractTerms(article.title, true);
  const titleTerms = title.map((t) => t.term);
  addTerms(title, TITLE_WEIGHT);
  const paragraphs = splitParagraphs(article.text);
  let leadWords = 0;
  const paragraphKeys: number[] = [];
  for (const paragraph of paragraphs) {
    if (leadWords < LEAD_WORDS) {
      leadWords += paragraph.split(/\s+/).length;
      addTerms(extractTerms(paragraph), LEAD_WEIGHT);
      continue;
    }
    inHead = false;
    const terms = extractTerms(paragraph);
    const key = termsKey(terms);
    paragraphKeys.push(key);
    addTerms(terms, BODY_WEIGHT * backgroundWeight(key));
  }
  inHead = true;
  if (extraction) addExtraction(extraction, add);
  for (const term of counts.keys()) if (term.startsWith('e:')) specifics.add(term);
  return { counts, head, titleTerms, specifics, paragraphKeys };
}

function addExtraction(extraction: Extraction, add: (term: string, weight: number) => void): void {
  for (const name of new Set(extraction.mentions.map((mention) => mention.name.toLowerCase())))
    add(`e:${name}`, ENTITY_WEIGHT);
  for (const quote of extraction.quotes) {
    const words = extractTerms(quote.text).slice(0, 6);
    if (words.length >= 4) add(`q:${words.map((w) => stemTerm(w.term)).join(' ')}`, QUOTE_WEIGHT);
  }
}
