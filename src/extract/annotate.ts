// The one tokenisation pass that every extractor shares. wink-nlp gives tokens, part-of-speech tags
// and sentence boundaries; we add character offsets into the article text, which wink does not keep.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

export interface Token {
  /** The token as written in the text. */
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink ("PROPN", "NUM", "VERB", …). */
  pos: string;
  /** wink's token type: "word", "number", "punctuation", "url", … */
  type: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the sentence's first token in `Annotated.tokens`, and one past its last. */
  firstToken: number;
  endToken: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

export interface Annotated {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Paragraph spans: the text split on blank lines. */
  paragraphs: { start: number; end: number }[];
}

// Only sentence boundaries and part-of-speech tags: wink's default pipe also runs negation, sentiment
// and its own entity patterns, which we don't use and which cost 45% of the time.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Tokenises once and returns tokens and sentences with offsets into `text`. */
export function annotate(text: string): Annotated {
  const result: Annotated = { text, tokens: [], sentences: [], paragraphs: paragraphSpans(text) };
  for (const [index, para] of result.paragraphs.entries()) annotateParagraph(text, para, index, result);
  return result;
}

/** Paragraphs are separated by one or more blank lines; sentences never cross them. */
export function paragraphSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n\n', start);
    if (end < 0) end = text.length;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end + 2;
    while (text[start] === '\n') start++;
  }
  return spans;
}

function annotateParagraph(
  text: string,
  para: { start: number; end: number },
  paragraph: number,
  out: Annotated,
): void {
  const doc = nlp.readDoc(text.slice(para.start, para.end));
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const base = out.tokens.length;
  let cursor = para.start;
  values.forEach((value, i) => {
    // wink keeps the surface form, so the next occurrence at or after the cursor is the token.
    const found = text.indexOf(value, cursor);
    const start = found >= 0 && found < para.end ? found : cursor;
    const end = Math.min(start + value.length, para.end);
    out.tokens.push({ text: value, start, end, pos: tags[i] ?? 'X', type: types[i] ?? 'word' });
    cursor = end;
  });
  for (const [first, last] of doc.sentences().out(its.span) as [number, number][]) {
    const a = out.tokens[base + first];
    const b = out.tokens[base + last];
    if (!a || !b) continue;
    out.sentences.push({
      start: a.start,
      end: b.end,
      firstToken: base + first,
      endToken: base + last + 1,
      paragraph,
    });
  }
}

/** The sentence that contains offset `at`, or undefined. */
export function sentenceAt(annotated: Annotated, at: number): Sentence | undefined {
  let lo = 0;
  let hi = annotated.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = annotated.sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
