// Extractive story summaries: the two or three sentences that best represent what the story's
// articles share. A sentence scores by how many of the story's articles use its words, with a bonus
// for leads (news puts the event first); near-repeats and quotations are skipped.
import { cleanSentence } from '../analyze/clean-sentence.js';
import { sentencesOf } from '../analyze/sentences.js';
import { isCreditLine } from '../read/noise.js';
import type { Article } from '../types.js';

export interface SummarySentence {
  text: string;
  article: string;
}

/** Articles and sentences per article looked at: leads carry the story, and reports stay fast. */
const MAX_ARTICLES = 5;
const LEAD_SENTENCES = 6;
const MAX_CHARS = 480;
const BULLETS = /•/;
/**
 * A sentence that opens on a pronoun names its subject in a sentence the summary may not show; "His
 * Highness the Amir", "Her Majesty" are styles of address, which name their subject.
 */
const OPENS_ON_PRONOUN =
  /^\s*(?:he|she|they|it|his|her|their|its)\b(?!\s+(?:Highness|Majesty|Excellency|Holiness|Royal)\b)/i;

interface Candidate extends SummarySentence {
  words: Set<string>;
  position: number;
  order: number;
  score: number;
}

/**
 * `articles` in published order. A story longer than MAX_ARTICLES is read from its first report
 * (what happened, whose best sentence opens the summary) and its latest ones (where it stands now):
 * a situation report that summed up only the first day of a three-day story would tell the reader
 * what is no longer true.
 */
export function summarize(articles: Article[], count = 3): SummarySentence[] {
  const long = articles.length > MAX_ARTICLES;
  const used = long ? [articles[0]!, ...articles.slice(articles.length - (MAX_ARTICLES - 1))] : articles;
  const candidates = used.flatMap((article, order) => candidatesOf(article, order));
  const frequency = documentFrequency(candidates);
  for (const c of candidates) c.score = scoreOf(c, frequency, used.length);
  candidates.sort((a, b) => b.score - a.score);
  const chosen: Candidate[] = [];
  const first = long ? candidates.find((c) => c.order === 0) : undefined;
  if (first) chosen.push(first);
  let length = first?.text.length ?? 0;
  for (const candidate of candidates) {
    if (chosen.length >= count) break;
    if (chosen.some((c) => similarity(c.words, candidate.words) > 0.5)) continue;
    if (chosen.length > 0 && length + candidate.text.length > MAX_CHARS) continue;
    chosen.push(candidate);
    length += candidate.text.length;
  }
  if (chosen.length === 0) return leadOnly(used);
  chosen.sort((a, b) => a.order - b.order || a.position - b.position);
  return chosen.map(({ text, article }) => ({ text, article }));
}

/**
 * When every lead sentence was ruled out ("The army published the following statement:" over a
 * quoted text), the first article's opening sentence all the same: a story with no summary at all
 * tells the reader less than one whose summary announces a statement.
 */
function leadOnly(articles: Article[]): SummarySentence[] {
  for (const article of articles) {
    const first = sentencesOf(article.text)[0];
    const text = first ? cleanSentence(first.text, 240) : '';
    if (text.length >= 20) return [{ text, article: article.id }];
  }
  return [];
}

function candidatesOf(article: Article, order: number): Candidate[] {
  return (
    sentencesOf(article.text)
      .slice(0, LEAD_SENTENCES)
      .map((s, position) => ({ raw: s.text, position, quoted: opensInQuotation(article.text, s.start) }))
      // Quotations speak for someone else; run-together summary bullets and wire credits are not prose;
      // "She arrived on Tuesday" leaves the reader asking who; "… published the following statement:"
      // announces words the summary does not show.
      .filter(
        ({ raw, quoted }) =>
          !quoted &&
          !/:\s*$/.test(raw) &&
          !BULLETS.test(raw) &&
          !OPENS_ON_PRONOUN.test(raw) &&
          !/^\s*[“"‘]/.test(raw) &&
          !insideQuotation(raw) &&
          !isCreditLine(raw.trim()),
      )
      .map(({ raw, position }) => ({ text: cleanSentence(raw, 240), article: article.id, position, order }))
      .filter((c) => c.text.length >= 40)
      .map((c) => ({ ...c, words: wordsOf(c.text), score: 0 }))
  );
}

/**
 * Whether a sentence starts inside a quotation its paragraph opened before it: the second sentence
 * of "“Peace is here. I know many of you doubt it,” he said." has no quotation mark of its own.
 */
function opensInQuotation(text: string, start: number): boolean {
  const paragraph = text.lastIndexOf('\n\n', start) + 1;
  const before = text.slice(paragraph, start);
  const opening = (before.match(/“/g) ?? []).length;
  const closing = (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opening > closing || straight % 2 === 1;
}

/** A piece of someone's words cut off by the sentence splitter: its quotation marks do not pair up. */
function insideQuotation(sentence: string): boolean {
  const opening = (sentence.match(/“/g) ?? []).length;
  const closing = (sentence.match(/”/g) ?? []).length;
  const straight = (sentence.match(/"/g) ?? []).length;
  return opening !== closing || straight % 2 === 1;
}

function documentFrequency(candidates: Candidate[]): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const c of candidates) {
    for (const w of c.words) {
      const set = seen.get(w) ?? new Set<string>();
      set.add(c.article);
      seen.set(w, set);
    }
  }
  return new Map([...seen].map(([w, set]) => [w, set.size]));
}

function scoreOf(c: Candidate, frequency: Map<string, number>, articleCount: number): number {
  let shared = 0;
  for (const w of c.words) shared += (frequency.get(w) ?? 1) / articleCount;
  const density = c.words.size > 0 ? shared / Math.sqrt(c.words.size) : 0;
  const lead = 1 / (1 + c.position);
  return density + lead;
}

function wordsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return new Set(words);
}

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
