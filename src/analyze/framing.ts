// Framing: for each contested concept, which term each outlet uses, in its own voice. Words inside
// a quotation (a Quote span from extraction, or text between quotation marks) belong to whoever is
// quoted, so they are counted apart: an outlet quoting a ministry's "counterterrorism operation"
// does not itself call it that.
import type { Article, Framing, FramingExample, Quote } from '../types.js';
import { cleanSentence } from './clean-sentence.js';
import { compileVariant, type FramingLexicon } from './lexicon.js';
import { sentenceAround } from './sentences.js';

/** A concept's variants as one alternation, one named group per term: one scan per concept. */
interface CompiledConcept {
  concept: string;
  terms: string[];
  pattern: RegExp;
}

interface Match {
  term: string;
  start: number;
  end: number;
}

/** Examples kept per term: enough to show usage, few enough to read. */
const EXAMPLES_PER_TERM = 3;

export const UNKNOWN_OUTLET = 'unknown outlet';

export function analyzeFraming(articles: Article[], quotes: Quote[], lexicon: FramingLexicon): Framing[] {
  const compiled = lexicon.map(compileConcept);
  const quotesByArticle = groupBy(quotes, (q) => q.article);
  const results = compiled.map(
    (c) => ({ concept: c.concept, terms: {}, quoted: {}, examples: {} }) as Required<Framing>,
  );
  for (const article of articles) {
    const quoted = quotedSpans(article.text, quotesByArticle.get(article.id) ?? []);
    for (const [i, concept] of compiled.entries()) countConcept(concept, article, quoted, results[i]!);
  }
  return results.filter((f) => Object.keys(f.terms).length + Object.keys(f.quoted).length > 0);
}

function compileConcept(concept: FramingLexicon[number]): CompiledConcept {
  const terms = Object.keys(concept.terms);
  const groups = terms.map((term, i) => {
    const variants = (concept.terms[term] ?? []).map((v) => compileVariant(v).source);
    return `(?<t${i}>${variants.join('|')})`;
  });
  return { concept: concept.concept, terms, pattern: new RegExp(groups.join('|'), 'giu') };
}

function countConcept(
  concept: CompiledConcept,
  article: Article,
  quoted: Span[],
  out: Required<Framing>,
): void {
  const outlet = article.outlet ?? UNKNOWN_OUTLET;
  for (const match of matchesOf(concept, article.text)) {
    const inQuote = quoted.some((s) => match.start >= s.start && match.end <= s.end);
    const table = inQuote ? out.quoted : out.terms;
    const row = table[match.term] ?? {};
    row[outlet] = (row[outlet] ?? 0) + 1;
    table[match.term] = row;
    if (!inQuote) addExample(out.examples, match, article, outlet);
  }
}

/** Every match of the concept's terms, left to right, never overlapping. */
function matchesOf(concept: CompiledConcept, text: string): Match[] {
  const matches: Match[] = [];
  for (const m of text.matchAll(concept.pattern)) {
    const group = Object.entries(m.groups ?? {}).find(([, value]) => value !== undefined)?.[0];
    const term = concept.terms[Number(group?.slice(1))];
    if (term) matches.push({ term, start: m.index, end: m.index + m[0].length });
  }
  return matches;
}

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

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item)) ?? [];
    list.push(item);
    map.set(key(item), list);
  }
  return map;
}
