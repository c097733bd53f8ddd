// Framing: for each contested concept, which term each outlet uses, in its own voice. Words inside
// a quotation (a Quote span from extraction, or text between quotation marks) belong to whoever is
// quoted, so they are counted apart: an outlet quoting a ministry's "counterterrorism operation"
// does not itself call it that.
import type { Article, Framing, FramingExample, Quote } from '../types.js';
import { groupBy } from '../util/collections.js';
import { cleanSentence } from './clean-sentence.js';
import { compileVariant, type FramingLexicon } from './lexicon.js';
import { sentenceAround } from './sentences.js';

/**
 * The whole lexicon as one alternation with one named group per term, inside a single pair of word
 * boundaries: each article is scanned once, whatever the number of concepts.
 */
interface CompiledLexicon {
  pattern: RegExp;
  /** Group gN → the concept (index into the lexicon) and term it stands for. */
  slots: { concept: number; term: string }[];
}

interface Match {
  concept: number;
  term: string;
  start: number;
  end: number;
}

/** Examples kept per term: enough to show usage, few enough to read. */
const EXAMPLES_PER_TERM = 3;

export const UNKNOWN_OUTLET = 'unknown outlet';

/**
 * `places`: the names of places as the articles write them (extracted place mentions and their
 * aliases), for the concepts that are about a place (see FramingConcept.about).
 */
export function analyzeFraming(
  articles: Article[],
  quotes: Quote[],
  lexicon: FramingLexicon,
  places: Iterable<string> = [],
): Framing[] {
  const compiled = compileLexicon(lexicon);
  const quotesByArticle = groupBy(quotes, (q) => q.article);
  const results = lexicon.map(
    (c) => ({ concept: c.concept, terms: {}, quoted: {}, examples: {} }) as Required<Framing>,
  );
  const placeNames = [...new Set([...places].map((name) => name.toLowerCase()))];
  for (const article of articles) {
    const matches = matchesOf(compiled, article.text);
    if (matches.length === 0) continue;
    const quoted = quotedSpans(article.text, quotesByArticle.get(article.id) ?? []);
    for (const match of matches) {
      if (lexicon[match.concept]!.about === 'place' && !namesAPlace(article.text, match.start, placeNames))
        continue;
      count(match, article, quoted, results[match.concept]!);
    }
  }
  return results.filter((f) => Object.keys(f.terms).length + Object.keys(f.quoted).length > 0);
}

/** Words that make what is seized or retaken a place, or rule over one. */
const PLACE_WORDS =
  /\b(?:control|power|territor(?:y|ies)|cit(?:y|ies)|towns?|villages?|capital|countr(?:y|ies)|regions?|areas?|enclaves?|lands?|provinces?|districts?|airports?|bases?|ports?|positions?|settlements?|oblast)\b/i;

/** Whether the sentence around `at` names a place or a word like "control" or "city". */
function namesAPlace(text: string, at: number, placeNames: readonly string[]): boolean {
  const sentence = sentenceAround(text, at).text;
  if (PLACE_WORDS.test(sentence)) return true;
  const lower = sentence.toLowerCase();
  return placeNames.some((name) => lower.includes(name));
}

function compileLexicon(lexicon: FramingLexicon): CompiledLexicon {
  const slots: CompiledLexicon['slots'] = [];
  const groups: string[] = [];
  for (const [concept, entry] of lexicon.entries()) {
    for (const [term, variants] of Object.entries(entry.terms)) {
      for (const variant of variants) compileVariant(variant); // throws a clear error on a bad pattern
      groups.push(`(?<g${slots.length}>${variants.join('|')})`);
      slots.push({ concept, term });
    }
  }
  // No leading lookbehind: it would run at every position of every article. The start of a word is
  // checked in matchesOf instead, which keeps the scan several times faster.
  const pattern = new RegExp(`(?:${groups.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return { pattern, slots };
}

function count(match: Match, article: Article, quoted: Span[], out: Required<Framing>): void {
  const outlet = article.outlet ?? UNKNOWN_OUTLET;
  const inQuote = quoted.some((s) => match.start >= s.start && match.end <= s.end);
  const table = inQuote ? out.quoted : out.terms;
  const row = table[match.term] ?? {};
  row[outlet] = (row[outlet] ?? 0) + 1;
  table[match.term] = row;
  if (!inQuote) addExample(out.examples, match, article, outlet);
}

/** Every match of the lexicon's terms that starts a word, left to right, never overlapping. */
function matchesOf(compiled: CompiledLexicon, text: string): Match[] {
  const matches: Match[] = [];
  const pattern = compiled.pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // Inside a word, or an empty match from a user's pattern: move on by one character.
    if (m[0].length === 0 || (m.index > 0 && WORD_CHAR.test(text[m.index - 1]!))) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    const group = Object.entries(m.groups ?? {}).find(([, value]) => value !== undefined)?.[0];
    const slot = compiled.slots[Number(group?.slice(1))];
    if (slot) matches.push({ ...slot, start: m.index, end: m.index + m[0].length });
  }
  return matches;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function addExample(
  examples: Record<string, FramingExample[]>,
  match: Match,
  article: Article,
  outlet: string,
): void {
  const list = examples[match.term] ?? [];
  examples[match.term] = list;
  if (list.length >= EXAMPLES_PER_TERM || list.some((e) => e.outlet === outlet)) return;
  const sentence = sentenceAround(article.text, match.start);
  list.push({
    outlet,
    article: article.id,
    sentence: cleanSentence(sentence.text, 240, article.text.slice(match.start, match.end)),
  });
}

interface Span {
  start: number;
  end: number;
}

/** Quote spans from extraction plus text between paired quotation marks within a paragraph. */
export function quotedSpans(text: string, quotes: Quote[]): Span[] {
  const spans: Span[] = quotes.map((q) => ({ start: q.start, end: q.end }));
  for (const m of text.matchAll(/“[^”\n]*”|"[^"\n]*"|«[^»\n]*»/g))
    spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
