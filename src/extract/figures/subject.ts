// The subject of a figure: a short, normalised phrase saying what is counted, taken from the sentence.
// It groups the same quantity across articles, so it must be deterministic: the counted noun phrase
// and the clause that follows it, without numbers, qualifiers or leading articles. Names keep their
// capitals ("fled Nagorno-Karabakh"): whoever compares subjects (analyze/subject-key) folds case.

import type { Annotated } from '../annotate.js';

const MAX_WORDS = 10;
/** The words a subject may take when it names a list of places. */
const LIST_WORDS = 18;
/** "22 people had been killed and 300 injured": "and" before a second count. */
export const SECOND_COUNT =
  /\s(?:and|or|but|while)\s+(?:(?:about|around|some|nearly|almost|more than|at least|over)\s+)?\d/;

/**
 * "… and India flew in tents", "… and said a navy ship was in the region": "and" bringing in a new
 * subject with a verb of its own, or a verb of saying that starts another clause.
 */
export const NEW_CLAUSE =
  /\s(?:and|but|while)\s+(?=\p{Lu}[\p{L}.'’-]*\s+(?:\p{Ll}+ed|said|says|sent|flew|gave|has|have|had|is|was|were|are|will|would)\b|(?:said|says|added|told|warned|announced)\b)/u;
/**
 * Where a subject's clause ends: punctuation, or a second count joined by "and" ("22 people had been
 * killed and 300 injured": the first count's subject is "people killed", not "killed and injured";
 * "killed three people in Haiti and injured five others": the second count has a verb of its own;
 * "1 million pounds in emergency funding and India flew in tents": so has a new subject).
 */
const CLAUSE_ENDS = new RegExp(
  String.raw`[,;:()\u2013\u2014"“”]|\s-\s|(?<!\b[A-Z][a-z]?)\.(?:\s|$)|${SECOND_COUNT.source}|\s(?:and|but|while)\s+(?:injured|wounded|killed|displaced|left|destroyed|damaged)\s+(?=(?:at least|about|some|more than|nearly|over|another|\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)|${NEW_CLAUSE.source}`,
  'gu',
);
/** A comma inside a list of names: "in Grenada, St. Vincent and the Grenadines and Venezuela". */
const NAME_BEFORE_COMMA = /\p{Lu}[\p{L}.'-]*$/u;
const NAME_LIST_AFTER_COMMA = /^,\s+\p{Lu}[^,;:]{0,40}?\s(?:and|or)\s+(?:the\s+)?\p{Lu}/u;

/** Where the clause starting `raw` ends; a list of names goes on past its commas. */
function clauseEnd(raw: string): number {
  const end = CLAUSE_ENDS;
  end.lastIndex = 0;
  for (let cut = end.exec(raw); cut; cut = end.exec(raw)) {
    const inList =
      cut[0] === ',' &&
      NAME_BEFORE_COMMA.test(raw.slice(0, cut.index)) &&
      NAME_LIST_AFTER_COMMA.test(raw.slice(cut.index, cut.index + 80));
    if (!inList) return cut.index;
  }
  return raw.length;
}

/** "of about 120,000 " right before the counted noun. */
const OF_BEFORE_COUNT =
  /\bof\s+(?:(?:about|around|some|nearly|almost|roughly|more than|at least|over|fewer than|just)\s+)?[\d.,]+(?:\s+(?:million|thousand|billion))?\s+$/;
/** The finite verb of the noun a count describes ("… people is recognised"). */
const HEAD_NOUN_VERB = /\s(?:is|are|was|were|has|have|had|will|would|remains?|lies|sits|stands)\b/;

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
  let clause = raw.slice(0, clauseEnd(raw));
  // "The region of about 120,000 people is recognised …": a count after "of" describes the noun
  // before it, and the verb that follows is that noun's: the subject is the counted noun alone.
  if (OF_BEFORE_COUNT.test(annotated.text.slice(Math.max(0, from - 48), from))) {
    const verb = HEAD_NOUN_VERB.exec(clause);
    if (verb) clause = clause.slice(0, verb.index);
  }
  // A list of names is kept whole: a toll for three places is not the first place's.
  const listed = clause.includes(',');
  const words = normalise(clause.replaceAll(',', ''))
    .split(' ')
    .filter(Boolean)
    .slice(0, listed ? Math.max(maxWords, LIST_WORDS) : maxWords);
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
      // Numbers go, but not the digits of a name ("M23 rebels", "F-16s").
      .replace(/(?<![\p{L}\d]|\p{L}-)\d[\d,.]*/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
