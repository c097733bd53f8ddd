// The subject of a figure: a short, normalised phrase saying what is counted, taken from the sentence.
// It groups the same quantity across articles, so it must be deterministic: the counted noun phrase
// and the clause that follows it, without numbers, qualifiers or leading articles. Names keep their
// capitals ("fled Nagorno-Karabakh"): whoever compares subjects (analyze/subject-key) folds case.

import type { Annotated } from '../annotate.js';

const MAX_WORDS = 10;
const CLAUSE_END = /[,;:()\u2013\u2014"“”]|\s-\s|\.(?:\s|$)/;
const FUNCTION_WORDS =
  /^(?:the|a|an|of|and|or|to|in|on|at|for|by|with|from|who|which|that|have|has|had|been|are|is|were|was)$/;

const isFunctionWord = (word: string) => FUNCTION_WORDS.test(word.toLowerCase());

/** The phrase from `from` (the counted noun) to the end of its clause, normalised. */
export function subjectFrom(
  annotated: Annotated,
  from: number,
  sentenceEnd: number,
  unit: string,
  nounWritten: boolean,
  maxWords = MAX_WORDS,
): string {
  const raw = annotated.text.slice(from, sentenceEnd);
  const cut = CLAUSE_END.exec(raw);
  const clause = cut ? raw.slice(0, cut.index) : raw;
  const words = normalise(clause).split(' ').filter(Boolean).slice(0, maxWords);
  while (words.length && isFunctionWord(words[words.length - 1]!)) words.pop();
  while (words.length && isFunctionWord(words[0]!)) words.shift();
  const phrase = words.join(' ');
  if (!phrase) return unit;
  // A bare count ("100,000 fled") names its unit only through us: say it, so the subject reads.
  return nounWritten || !/^[a-z]/.test(unit) ? phrase : `${unit} ${phrase}`;
}

function normalise(text: string): string {
  return (
    text
      .replace(/[’']s\b/g, '')
      .replace(/[\u2018\u2019'"“”]/g, '')
      // Numbers go, but not the digits of a name ("M23 rebels").
      .replace(/(?<![\p{L}\d])\d[\d,.]*/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
