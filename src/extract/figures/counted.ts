// What a number counts: the unit written after it ("euros", "%", "tons"), else the head noun of the
// noun phrase that follows ("50 aid trucks" → "trucks"), else clues from the sentence ("100,000 fled"
// counts people). Uses the shared wink tokens; never tokenises again.

import { wordTable } from '../../util/word-table.js';
import type { Annotated, Token } from '../annotate.js';
import { currencyAfter } from './currencies.js';
import { measureAfter } from './measures.js';
import { subjectFrom } from './subject.js';
import { isPersonNoun, MONTH, PARTY_SUFFIX, TIME_UNIT, unitWord } from './units.js';

export interface Counted {
  unit: string;
  /** End offset of the unit or noun phrase when it directly follows the number, else the number's end. */
  end: number;
  /** Index of the head noun token, when there is one. */
  head: number | null;
  /** What is counted, when the sentence said it before the number ("the number of people killed … rose to"). */
  subject?: string;
}

const PERCENT_AFTER =
  /^\s?(?:%|per ?cent(?:age points?)?\b|percent(?:age points?|s)?\b|percentage points?\b|percentage\b|pct\b)/i;
const POPULATION_BEFORE =
  /\b(?:country|nation|city|town|population|region|village|community|home to)\s+(?:of\s+)?(?:[a-z]+\s+){0,2}$/i;

/** The first token index at or after offset `at` (tokens are sorted by start). */
export function tokenIndexAt(annotated: Annotated, at: number): number {
  let lo = 0;
  let hi = annotated.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (annotated.tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The unit of the number ending at `end`, or null when it is a duration or cannot be told. */
export function countedAfter(
  annotated: Annotated,
  numberStart: number,
  end: number,
  sentenceEnd: number,
  allowBare: boolean,
): Counted | null {
  const text = annotated.text;
  const after = text.slice(end, Math.min(sentenceEnd, end + 40));
  const percent = PERCENT_AFTER.exec(after);
  if (percent) {
    const unit = /point/i.test(percent[0]) ? 'percentage points' : 'percent';
    return { unit, end: end + percent[0].length, head: null };
  }
  const rate = exchangeRateAfter(text, numberStart, end) ?? rateTradedAt(text, numberStart, end);
  if (rate) return rate;
  const money = currencyAfter(text, end);
  if (money)
    return {
      unit: poundOrMoney(text, numberStart, end, money.code, after),
      end: money.end,
      head: unitToken(annotated, end, money.end),
    };
  const measure = measureAfter(text, end);
  if (measure) return { unit: measure.code, end: measure.end, head: unitToken(annotated, end, measure.end) };
  const compound = /^-([A-Za-z]+)/.exec(after);
  if (compound?.[1]) return compoundUnit(compound[1], end + compound[0].length);
  const first = tokenIndexAt(annotated, end);
  const nounPhrase = headNoun(annotated, first, sentenceEnd);
  if (nounPhrase) return nounPhrase;
  return allowBare ? bareCount(annotated, first, numberStart, end, sentenceEnd) : null;
}

/** "392 to the dollar", "32 against the euro", "41.5 per dollar": what one unit of the other currency costs. */
const RATE_AFTER =
  /^\s+(?:(?:to|per|against)\s+(?:the|one|a|each)|per)\s+(?:(?:US|U\.S\.)\s+)?(dollar|greenback|euro|pound|yen|yuan|rouble|ruble)\b/i;
const RATE_QUOTE: Record<string, string> = wordTable({
  dollar: 'USD',
  greenback: 'USD',
  euro: 'EUR',
  pound: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  rouble: 'RUB',
  ruble: 'RUB',
});

/** The words that put a currency after a rate's number: "per", "to the", "against one". */
const RATE_QUOTE_BEFORE = /\b(?:(?:to|per|against)\s+(?:the|one|a|each)|per)\s+(?:(?:US|U\.S\.)\s+)?$/i;

/**
 * An exchange rate: "the dram was little changed at around 392 to the dollar", "the manat is pegged at
 * 1.7 to the dollar". The unit is "AMD per USD": the currency named before the number in the sentence,
 * per the one after it. Without a currency named before, the number is no rate.
 */
function exchangeRateAfter(text: string, numberStart: number, end: number): Counted | null {
  const m = RATE_AFTER.exec(text.slice(end, end + 40));
  if (!m?.[1]) return null;
  const quote = RATE_QUOTE[m[1].toLowerCase()]!;
  const before = sentenceTail(text.slice(Math.max(0, numberStart - 200), numberStart));
  const offset = numberStart - before.length;
  let base: string | null = null;
  for (const word of before.matchAll(/ [A-Za-z]+/g)) {
    // "38.0 per dollar, or about 41.3 against the euro": the dollar there is a rate's other currency.
    if (RATE_QUOTE_BEFORE.test(before.slice(0, word.index + 1))) continue;
    const code = currencyAfter(text, offset + word.index)?.code;
    if (code && code !== quote) base = code;
  }
  return base ? { unit: `${base} per ${quote}`, end: end + m[0].length, head: null } : null;
}

/**
 * "paring losses to trade at 38.0 by late afternoon. It had closed at 36.7 on Tuesday": a decimal a
 * currency trades or closes at, in a report that has just given a rate ("41.5 per dollar"), is that
 * rate again, in its unit.
 */
function rateTradedAt(text: string, numberStart: number, end: number): Counted | null {
  if (!/^\d+\.\d+$/.test(text.slice(numberStart, end))) return null;
  if (!TRADED_AT.test(text.slice(Math.max(0, numberStart - 24), numberStart))) return null;
  // Not "Brent rose to 74.2 a barrel": nothing that names another unit may follow.
  if (!NOTHING_COUNTED_AFTER.test(text.slice(end, end + 12))) return null;
  // Not "the index closed at 102.4": the sentence is about a currency, by name or as "It".
  const sentence = sentenceTail(text.slice(Math.max(0, numberStart - 200), numberStart));
  const offset = numberStart - sentence.length;
  const namesCurrency = [...sentence.matchAll(/ [A-Za-z]+/g)].some((w) =>
    currencyAfter(text, offset + w.index),
  );
  if (!namesCurrency && !/^\s*It\b/.test(sentence)) return null;
  const earlier = text.slice(Math.max(0, numberStart - 400), numberStart);
  let last: RegExpExecArray | null = null;
  for (const m of earlier.matchAll(RATE_NUMBER)) last = m;
  if (!last) return null;
  const at = numberStart - earlier.length + last.index;
  const unit = exchangeRateAfter(text, at, at + last[1]!.length)?.unit;
  return unit ? { unit, end, head: null } : null;
}

/** A currency's verb of trading right before the number: "trade at", "closed at", "stood at". */
const TRADED_AT =
  /\b(?:trade[ds]?|trading|closed|closes|closing|opened|opening|stood|stands|ended|settled|firmed|eased|weakened|strengthened|recovered|slid|fell|rose)\s+(?:at|to)\s+(?:around\s+|about\s+)?$/i;
const NOTHING_COUNTED_AFTER =
  /^(?:$|[.,;:)]|\s+(?:on|by|in|at|late|early|from|after|before|and|as|when|while)\b|\s+[—–-])/;
/** An exchange rate's number: "41.5 per dollar", "392 to the dollar". */
const RATE_NUMBER =
  /(\d[\d,]*(?:\.\d+)?)(?=\s+(?:(?:to|per|against)\s+(?:the|one|a|each)|per)\s+(?:(?:US|U\.S\.)\s+)?(?:dollar|greenback|euro|pound|yen|yuan|rouble|ruble)\b)/g;

/** The token where a unit written as a word starts (the subject starts there), or null when it is glued. */
function unitToken(annotated: Annotated, from: number, to: number): number | null {
  const i = tokenIndexAt(annotated, from);
  const t = annotated.tokens[i];
  return t && t.start < to && /^[A-Za-z]/.test(t.text) ? i : null;
}

/** "five-sided", "three-way": participants; "six-mile": a measure; any other compound is not a count. */
function compoundUnit(suffix: string, end: number): Counted | null {
  if (PARTY_SUFFIX.test(suffix)) return { unit: 'parties', end, head: null };
  const unit = unitWord(suffix);
  return unit && !TIME_UNIT.test(suffix) ? { unit, end, head: null } : null;
}

const SKIPPABLE = new Set(['ADJ', 'ADV', 'NUM']);

/** Walks adjectives and participles to the head noun: "100,625 forcibly displaced persons" → people. */
function headNoun(annotated: Annotated, from: number, sentenceEnd: number): Counted | null {
  const tokens = annotated.tokens;
  let i = from;
  const first = tokens[i];
  if (!first || first.start >= sentenceEnd) return null;
  const direct = unitWord(first.text);
  if (direct && first.text !== 't' && first.text !== 'g') return { unit: direct, end: first.end, head: i };
  // "one civilian was killed": a person noun the tagger reads as an adjective, with nothing after it
  // for it to describe, is the counted noun itself.
  if (
    first.pos === 'ADJ' &&
    isPersonNoun(first.text, 'NOUN') &&
    !CASUALTY_AFTER.test(first.text) &&
    !describesNext(tokens[i + 1], sentenceEnd)
  )
    return { unit: 'people', end: first.end, head: i };
  // "Six F-16s took off": a model's designation in the plural counts the machines of that model.
  if (PLURAL_MODEL.test(first.text)) return { unit: first.text.slice(0, -1), end: first.end, head: i };
  // "heard two bangs while …": after a number of two or more, a word the tagger calls a verb in -s
  // is a plural noun (a verb after a plural count takes no -s), when no noun follows it.
  if (pluralTaggedVerb(tokens, i, sentenceEnd)) return nounUnit(first, i);
  if (first.text.toLowerCase() === 'of') return ofPhrase(annotated, i + 1, sentenceEnd);
  for (let skipped = 0; skipped < 3; skipped++) {
    const t = tokens[i];
    if (!t || t.start >= sentenceEnd) return null;
    // "12 Kh-101 missiles", "two Su-25 aircraft": a model's designation before the counted noun.
    if (MODEL_DESIGNATION.test(t.text) && isNounish(tokens[i + 1])) {
      i++;
      continue;
    }
    // "25 Israeli-made drones", "12 Iran-backed fighters", "100 precision-guided munitions": an
    // adjective joined by a hyphen to a participle; "41 low-lying areas", "six fast-moving fires": to
    // one in -ing, when a noun follows for the pair to describe.
    if (
      tokens[i + 1]?.text === '-' &&
      (isParticiple(tokens[i + 2]?.text ?? '') ||
        (/^[a-z]{2,}ing$/.test(tokens[i + 2]?.text ?? '') && isNounish(tokens[i + 3])))
    ) {
      i += 3;
      continue;
    }
    // "30 long-period earthquakes", "40 low-income families": an adjective joined by a hyphen to a
    // noun, the pair describing the counted noun after it.
    if (
      t.pos === 'ADJ' &&
      tokens[i + 1]?.text === '-' &&
      isNounish(tokens[i + 3]) &&
      isNounish(tokens[i + 2])
    ) {
      i += 3;
      continue;
    }
    // "12 burned-out cars", "30 bombed-out buildings": a participle joined by a hyphen to its particle.
    if (tokens[i + 1]?.text === '-' && isParticiple(t.text) && PARTICLES.test(tokens[i + 2]?.text ?? '')) {
      i += 3;
      continue;
    }
    const participle = t.pos === 'VERB' && /(?:ed|ing|en)$/.test(t.text) && isNounish(tokens[i + 1]);
    if (!(SKIPPABLE.has(t.pos) || participle) || isNounish(t)) break;
    i++;
  }
  if (!isNounish(tokens[i]) || tokens[i]!.start >= sentenceEnd) return null;
  // "one of three flying back from …": a verb in -ing, tagged a noun, counts nothing.
  if (/ing$/i.test(tokens[i]!.text) && /^(?:ADV|ADP|PART)$/.test(tokens[i + 1]?.pos ?? '')) return null;
  // "four Frontier Corps soldiers", "two Indian Air Force jets": a name before the counted noun.
  i = pastNameBeforeNoun(tokens, i, sentenceEnd);
  // "aid workers", "border guards": compounds end on their last noun; but "people" or "persons"
  // heads its phrase ("15,300 people work at the port": "work" is the verb, tagged a noun).
  // A plural before an -ing word heads its phrase too ("195 members voting in favour").
  while (
    !PEOPLE_HEAD.test(tokens[i]!.text) &&
    !(/s$/i.test(tokens[i]!.text) && /ing$/i.test(tokens[i + 1]?.text ?? '')) &&
    isNounish(tokens[i + 1]) &&
    (tokens[i + 1]!.pos === 'NOUN' || PLURAL_ABBREVIATION.test(tokens[i + 1]!.text)) &&
    tokens[i + 1]!.start < sentenceEnd
  )
    i++;
  // "three flying home": an adverb tagged a noun counts nothing; "the figure of 88,780 given by the
  // government": a participle tagged a noun is no head either.
  if (ADVERB_NOUNS.test(tokens[i]!.text) || PARTICIPLE_NOUNS.test(tokens[i]!.text)) return null;
  return nounUnit(tokens[i]!, i);
}

/** The particle of a hyphenated phrasal adjective: "burned-out", "cut-off", "run-down". */
const PARTICLES = /^(?:out|off|up|down|in|over)$/i;
const PEOPLE_HEAD = /^(?:people|persons)$/i;
/** "F-16s", "Su-25s", "MiG-29s": a designation of letters, a hyphen and digits, then a plural s. */
const PLURAL_MODEL = /^[A-Z][A-Za-z]{0,3}-\d{1,4}s$/;

/** Whether the token after an adjective is what it describes: a noun or another adjective. */
function describesNext(next: Token | undefined, sentenceEnd: number): boolean {
  return next !== undefined && next.start < sentenceEnd && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos);
}
const MODEL_DESIGNATION = /^[A-Z][A-Za-z]{0,7}-(?:\d{1,4}[A-Za-z]{0,2}|[A-Z]{1,2}\d{0,3})$/;
/** "opposition MPs", "army NCOs": an abbreviation in the plural ends a compound as a noun would. */
const PLURAL_ABBREVIATION = /^[A-Z]{2,4}s$/;

/**
 * The lower-case noun after a run of up to three capitalised words starting at i, and up to two
 * adjectives after them ("32 Armenian military servicemen"), else i.
 */
function pastNameBeforeNoun(tokens: Token[], i: number, sentenceEnd: number): number {
  let j = i;
  while (j < i + 3 && tokens[j]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j]!.text)) j++;
  const named = j;
  while (j > i && j < named + 2 && tokens[j]?.pos === 'ADJ' && /^[a-z]/.test(tokens[j]!.text)) j++;
  const noun = tokens[j];
  if (j === i || !noun || noun.start >= sentenceEnd || noun.pos !== 'NOUN' || !/^[a-z]/.test(noun.text))
    return i;
  return j;
}

const ADVERB_NOUNS = /^(?:home|abroad|overnight|tonight|today|tomorrow|yesterday)$/i;
const PARTICIPLE_NOUNS = /^(?:given|taken|reported|confirmed|recorded|announced|cited|quoted)$/i;

const MADE_BY = /^(?:made|built|backed|supplied|funded|designed|produced|owned|operated|based|led)$/i;

function isParticiple(word: string): boolean {
  return MADE_BY.test(word) || /^[a-z]{3,}(?:ed|en)$/.test(word);
}

function pluralTaggedVerb(tokens: Token[], i: number, sentenceEnd: number): boolean {
  const word = tokens[i]!;
  const number = tokens[i - 1];
  if (word.pos !== 'VERB' || !/^[a-z]{3,}[^s]s$/.test(word.text) || number?.pos !== 'NUM') return false;
  if (/^(?:one|1)$/i.test(number.text)) return false;
  const next = tokens[i + 1];
  return !next || next.start >= sentenceEnd || /^(?:SCONJ|ADP|PUNCT|CCONJ)$/.test(next.pos);
}

function isNounish(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN') && /^[A-Za-z][A-Za-z'-]*$/.test(t.text);
}

function nounUnit(head: Token, index: number): Counted | null {
  if (TIME_UNIT.test(head.text) || MONTH.test(head.text)) return null;
  const unit =
    unitWord(head.text) ?? (isPersonNoun(head.text, head.pos) ? 'people' : head.text.toLowerCase());
  return { unit, end: head.end, head: index };
}

/** "of them", "of the 100,625 displaced persons": the counted noun comes after "of". */
function ofPhrase(annotated: Annotated, from: number, sentenceEnd: number): Counted | null {
  const t = annotated.tokens[from];
  if (!t || t.start >= sentenceEnd) return null;
  // "five jets, three of them Rafales": what "them" stands for is what the count before it counted.
  if (/^(?:them|whom|those|us)$/i.test(t.text)) {
    const number = annotated.tokens[from - 2];
    const unit = number ? elidedUnit(annotated, number.start, sentenceEnd) : null;
    return { unit: unit ?? 'people', end: t.end, head: null };
  }
  // "of Karabakh's roughly 120,000 ethnic Armenians": a possessor and a hedge before the larger count.
  let i = pastHedge(annotated, pastPossessor(annotated, from));
  let larger = false;
  for (; annotated.tokens[i] && /^(?:DET|NUM|PRON)$/.test(annotated.tokens[i]!.pos); i++) {
    if (annotated.tokens[i]!.pos === 'NUM') larger = true;
    i = pastHedge(annotated, pastPossessor(annotated, i + 1)) - 1;
  }
  // "Two of the dead", "three of the injured": the casualties already counted, people.
  const casualty = annotated.tokens[i];
  if (!larger && casualty && casualty.start < sentenceEnd && CASUALTY_AFTER.test(casualty.text))
    return { unit: 'people', end: casualty.end, head: null };
  // "1,100 of the 787s": a plural glued to a number is a model's, no noun the tagger can read.
  const glued = annotated.tokens[i - 1];
  if (larger && glued?.pos === 'NUM' && glued.end === annotated.tokens[i]?.start) return null;
  const found = headNoun(annotated, i, sentenceEnd);
  if (!larger && found && namesABody(annotated, found)) return countOfABody(annotated, from, sentenceEnd);
  // "4,100 of the 9,800 displaced persons": the figure's own span stops at the number, the noun
  // belongs to the larger figure after "of". "13 of its soldiers" names no larger figure: the span
  // takes the noun.
  return found ? { ...found, end: larger ? 0 : found.end } : null;
}

/** The head found after "of" is a name's first word, not a noun: "State" of "the State Disaster Response Force". */
function namesABody(annotated: Annotated, found: Counted): boolean {
  const head = found.head === null ? undefined : annotated.tokens[found.head];
  return head?.pos === 'PROPN' && /^\p{Lu}/u.test(head.text) && found.unit === head.text.toLowerCase();
}

/**
 * "18 teams of the NDRF and 12 of the State Disaster Response Force": the name after "of" says whose
 * they are; what they are is the unit of the count before (`from` is the token after "of").
 */
function countOfABody(annotated: Annotated, from: number, sentenceEnd: number): Counted | null {
  const number = annotated.tokens[from - 2];
  const unit = number ? elidedUnit(annotated, number.start, sentenceEnd) : null;
  return unit && number ? { unit, end: number.end, head: null } : null;
}

const HEDGE = /^(?:roughly|about|around|some|nearly|almost|approximately|an|estimated)$/i;

/** The first token after hedge words that stand before a number ("roughly 120,000"), or `from`. */
function pastHedge(annotated: Annotated, from: number): number {
  let i = from;
  while (HEDGE.test(annotated.tokens[i]?.text ?? '') && i < from + 2) i++;
  return annotated.tokens[i]?.pos === 'NUM' ? i : from;
}

/**
 * The token after a possessor that follows a determiner ("the city's", "the regional council's"),
 * or `from` itself: in "four of the city's six plants" the possessor is not what is counted.
 */
function pastPossessor(annotated: Annotated, from: number): number {
  for (let i = from; i < from + 3; i++) {
    const t = annotated.tokens[i];
    if (!t || !/^(?:NOUN|PROPN|ADJ)$/.test(t.pos)) break;
    if (/^['’]s?$/.test(annotated.tokens[i + 1]?.text ?? '')) return i + 2;
  }
  return from;
}

/**
 * "the death toll rose to 2,946", "put the toll at 5,500": a toll counts people. What the toll is of
 * may stand between it and its number: "taking the toll in this year's floods, landslides and storms
 * to 52" (words, commas and possessives; no sentence's end).
 */
const TOLL_BEFORE =
  /\btoll\s+(?:[\p{L}\d'’-]+,?\s+){0,10}?(?:to|at|of|reached|hit|passed|topped|past)\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+|at least\s+)?$/iu;
/** "5,500 dead", "300 wounded": a casualty word right after a bare number. */
const CASUALTY_AFTER =
  /^(?:dead|killed|injured|wounded|missing|displaced|homeless|detained|arrested|evacuated)$/i;

/**
 * "The number of people killed … rose above 11,000", "put the number of dead at 8,574", "put the
 * number of security personnel killed at 18": a tally of people named earlier in the sentence (a
 * word or two may qualify them), and a verb of reaching right before the bare number.
 */
const PEOPLE_TALLY =
  /\b(?:toll|tally|(?:number|count) of (?:the |those )?(?:[a-z-]+ ){0,2}?(?:people|persons|personnel|civilians|children|soldiers|troops|police|officers|servicemen|protesters|demonstrators|detainees|migrants|dead|deaths|killed|martyrs|victims|casualties|fatalities|refugees|displaced|injured|wounded|missing|arrivals)\b|(?:deaths|fatalities|casualties)\b)/i;
/** "the number of ethnic Armenians who have left …": a tally of a people named by its demonym. */
const DEMONYM_TALLY =
  /\b(?:[Nn]umber|[Cc]ount) of (?:the |those )?(?:ethnic )?[A-Z][a-z]+(?:ians|ans|is|ese)\b/;
const PEOPLE_TALLY_ALL = new RegExp(PEOPLE_TALLY.source, 'gi');
const DEMONYM_TALLY_ALL = new RegExp(DEMONYM_TALLY.source, 'g');
const REACHED_BEFORE =
  /\bfrom\s+[\d,.]+\s+to\s+$|\b(?:rose|risen|rising|climbed|jumped|grew|grown|increased|reached|passed|topped|exceeded|surpassed|gone|went|stood|stands|hit|was|is)\s+(?:now\s+)?(?:up\s+|down\s+)?(?:to\s+|above\s+|beyond\s+|past\s+|over\s+|at\s+)?(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+|at least\s+|some\s+)?$|\bat\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+|at least\s+|some\s+)?$/i;

/**
 * "taking the toll in this year's floods to 56", "bringing the number of dead to 80": a verb of
 * bringing, the tally (group 1, with no number and no "to" in it: those would be an earlier figure's),
 * and its "to" right before the number (group 2, with any hedge).
 */
const TAKING_TALLY_TO =
  /\b(?:taking|takes|took|bringing|brings|brought|pushing|pushes|pushed|raising|raises|raised)\s+(?:the|its|their)\s+((?:overall\s+|total\s+|death\s+)?(?:toll|tally|number|count)\b(?:(?!\bto\b)[^.;\d]){0,80}?)(\s+to\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+|at least\s+|some\s+)?)$/i;

/**
 * The tally nearest the verb in `part` (the sentence from `offset` up to the verb): "the toll … to 56,
 * while the number of people affected rose to 2.5 million" counts the affected, not the dead.
 */
function lastTally(part: string, offset: number): { index: number; 0: string } | null {
  let last: { index: number; 0: string } | null = null;
  for (const pattern of [PEOPLE_TALLY_ALL, DEMONYM_TALLY_ALL]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(part); m; m = pattern.exec(part))
      if (!last || m.index + offset > last.index) last = { index: m.index + offset, 0: m[0] };
  }
  return last;
}

/**
 * The tally a bare number completes, as the subject of the figure: "people killed by Monday's
 * earthquake" from "the number of people killed by Monday's earthquake rose above 11,000", "deaths
 * from the earthquake" from "the death toll from the earthquake rose to 17,000". Null when the
 * sentence names no tally of people or no verb of reaching comes right before the number.
 */
/**
 * Where the sentence that `before` ends in starts: after its last full stop, question or exclamation
 * mark; a decimal point ("magnitude 7.2") ends nothing. A backward scan: a regular expression anchored
 * at the end tries every start and costs the square of the length.
 */
function sentenceTail(before: string): string {
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before.charCodeAt(i);
    if (c === 33 || c === 63) return before.slice(i + 1); // ! ?
    if (c === 46 && !(isDigit(before.charCodeAt(i - 1)) && isDigit(before.charCodeAt(i + 1))))
      if (!ABBREVIATION_END.test(before.slice(Math.max(0, i - 5), i + 1))) return before.slice(i + 1);
  }
  return before;
}

/** "since Oct. 21", "Dr. Mabota", "the U.S. count": a short form's full stop ends no sentence. */
const ABBREVIATION_END =
  /(?:^|[^\p{L}])(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Gov|Sen|Rep|No|\p{Lu})\.$/u;

const isDigit = (code: number) => code >= 48 && code <= 57;

export function peopleTally(annotated: Annotated, numberStart: number): string | null {
  const text = annotated.text;
  const from = Math.max(0, numberStart - 200);
  const before = text.slice(from, numberStart);
  // A decimal point ("magnitude 7.2 earthquake") does not end the sentence.
  const sentence = sentenceTail(before);
  const sentenceAt = before.length - sentence.length;
  const taken = TAKING_TALLY_TO.exec(sentence);
  const reached = taken ? null : REACHED_BEFORE.exec(sentence);
  // "taking the toll … to 56": the tally sits between the verb and the number.
  const verbAt = taken ? taken.index + taken[0].length : (reached?.index ?? -1);
  const searchFrom = taken ? taken.index + taken[0].indexOf(taken[1]!) : 0;
  const tally = lastTally(sentence.slice(searchFrom, verbAt), searchFrom);
  if (verbAt < 0 || !tally) return null;
  const phraseStart = from + sentenceAt + tally.index;
  const phraseEnd = from + sentenceAt + (taken ? taken.index + taken[0].length - taken[2]!.length : verbAt);
  const isToll = /^t/i.test(tally[0]);
  const nounStart = isToll ? phraseStart + tally[0].length : phraseStart + tally[0].search(/\S+$/);
  // The whole tally, up to its verb: its places ("in Turkey and Syria") say what the total covers.
  return subjectFrom(annotated, nounStart, phraseEnd, isToll ? 'deaths' : 'people', !isToll, 16);
}

/**
 * "the number of relocation camps had risen to seven": a tally of things named earlier in the
 * sentence, and a verb of reaching right before the bare number; the unit is the things' noun.
 */
const NUMBER_OF_THINGS = /\bnumber of (?:the\s+)?(?:[a-z-]+\s+){0,2}?([a-z]{3,}s)\b/gi;

export function thingsTally(text: string, numberStart: number): string | null {
  const before = text.slice(Math.max(0, numberStart - 160), numberStart);
  const sentence = sentenceTail(before);
  const reached = REACHED_BEFORE.exec(sentence);
  if (!reached) return null;
  // The tally nearest the verb: "the number of kitchens grew to nine, and the number of shelters reached …".
  let tally: RegExpExecArray | null = null;
  for (const m of sentence.matchAll(NUMBER_OF_THINGS)) if (m.index < reached.index) tally = m;
  if (!tally?.[1]) return null;
  const noun = tally[1].toLowerCase();
  if (TIME_UNIT.test(noun)) return null;
  return isPersonNoun(noun, 'NOUN') ? 'people' : (unitWord(noun) ?? noun);
}

/** A bare number: "100,000 fled" counts people; "a country of 2.8 million" counts its population. */
function bareCount(
  annotated: Annotated,
  first: number,
  numberStart: number,
  end: number,
  sentenceEnd: number,
): Counted | null {
  const next = annotated.tokens[first];
  const text = annotated.text;
  // "the agency measured it at 7.1 according to …": a decimal with no scale word after it ("2.8
  // million" has one) is a reading or a measure; no head count is a fraction.
  if (UNSCALED_DECIMAL.test(text.slice(numberStart, end))) return null;
  const before = text.slice(Math.max(0, numberStart - 40), numberStart);
  const tally = peopleTally(annotated, numberStart);
  if (tally) return { unit: 'people', end, head: null, subject: tally };
  const things = thingsTally(text, numberStart);
  if (things) return { unit: things, end, head: null };
  const compared = COMPARED_BEFORE.test(before);
  const elided = compared ? elidedUnit(annotated, numberStart, sentenceEnd) : null;
  if (elided) return { unit: elided, end, head: null };
  // "the death toll rose to 38 from 32", "the number of injured rose to 29, up from 22": the earlier
  // value of a tally of people the sentence names.
  if (compared && talliesPeople(text, numberStart)) return { unit: 'people', end, head: null };
  // "the toll rose by 12 to 50", "cases rose by 300": the change of a count the sentence names.
  const change = CHANGE_BY_BEFORE.exec(before);
  if (change) {
    const tallied = talliesPeople(text, numberStart);
    const subject = change[1] ? (unitWord(change[1]) ?? change[1].toLowerCase()) : null;
    const unit = tallied ? 'people' : (elidedUnit(annotated, numberStart, sentenceEnd) ?? subject);
    if (unit) return { unit: isPersonNoun(unit, 'NOUN') ? 'people' : unit, end, head: null };
  }
  const votes = VOTES_TO_BEFORE.exec(before);
  if (votes?.[1]) return { unit: /^seat/i.test(votes[1]) ? 'seats' : 'votes', end, head: null };
  // "Police said about 400 people took part; organisers put the number at 3,000": another estimate of
  // the count before it, across the semicolon that sets the two sources apart; "the population,
  // which both sides had put at about 120,000", "gave the figure of 88,780".
  if (ESTIMATE_BEFORE.test(before)) {
    const elidedCount = elidedUnit(annotated, numberStart, sentenceEnd, true);
    // "nearly three quarters of the population, which … had put at 120,000": a fraction counts no unit.
    const unit = elidedCount && !FRACTION_UNIT.test(elidedCount) ? elidedCount : 'people';
    return { unit, end, head: null };
  }
  // The toll may lie farther back than `before` reaches: what it is of stands between (TOLL_BEFORE).
  if (
    POPULATION_BEFORE.test(before) ||
    TOLL_BEFORE.test(text.slice(Math.max(0, numberStart - 100), numberStart))
  )
    return { unit: 'people', end, head: null };
  // "16 were Russian, six were Kazakh", "destroyed 59 drones, including three over Chechnya": one
  // more count in a list, of what the count before it counted.
  if (LIST_JOIN_BEFORE.test(before) || NAMED_ITEM_BEFORE.test(before)) {
    const listed = elidedUnit(annotated, numberStart, sentenceEnd);
    if (listed) return { unit: listed, end, head: null };
  }
  if (next && next.start < sentenceEnd && CASUALTY_AFTER.test(next.text))
    return { unit: 'people', end, head: null };
  if (next && next.start < sentenceEnd && (next.pos === 'VERB' || next.pos === 'AUX'))
    return { unit: 'people', end, head: null };
  // "a mother of five": her children.
  if (PARENT_OF_BEFORE.test(before)) return { unit: 'people', end, head: null };
  // "killing five of its fighters and wounding six": what the count before it counted, else people.
  if (CASUALTY_VERB_BEFORE.test(before))
    return { unit: elidedUnit(annotated, numberStart, sentenceEnd) ?? 'people', end, head: null };
  // "the prison, built for 800 inmates, held nearly 2,500": what a place held, counted as the count
  // before it in the sentence counted.
  if (HOLDING_BEFORE.test(before)) {
    const held = elidedUnit(annotated, numberStart, sentenceEnd);
    if (held) return { unit: held, end, head: null };
  }
  return personNounBefore(annotated, numberStart) ? { unit: 'people', end, head: null } : null;
}

const UNSCALED_DECIMAL = /^\d+\.\d+$/;

/** A verb of holding right before the number: "held nearly 2,500", "housed some 300". */
const HOLDING_BEFORE =
  /\b(?:held|holds|housed|houses|sheltered|shelters|accommodated|accommodates|hosted|hosts)\s+(?:nearly|almost|about|around|some|more than|over|at least|roughly)?\s*$/i;

/**
 * "reported three deaths, Austria three and Romania seven", "100 troops, and Tajikistan about 200":
 * after a comma or "and", the name whose count this is (and maybe a hedge), then the number with the
 * noun of the count before it left out.
 */
const NAMED_ITEM_BEFORE =
  /(?:,|\band)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:(?:about|around|some|nearly|almost|roughly|more than|over|at least)\s+)?$/u;

/** What joins one count of a list to the one before it: a comma, "and", "including", "while". */
const LIST_JOIN_BEFORE = /(?:,|\band|\bincluding|\bwhile|\bamong them)\s+$/i;

/**
 * "42 were Azerbaijani, 16 were Russian, six were Kazakh", "seven were killed and nine survived": a
 * number word with no noun of its own, joined as one more item to a list whose earlier count named
 * what it counts. Number words stand alone as counts only in such a list (or after a casualty verb):
 * elsewhere "six" with no noun is too often a pronoun or part of a phrase.
 */
export function continuesCountList(annotated: Annotated, numberStart: number, sentenceEnd: number): boolean {
  const before = annotated.text.slice(Math.max(0, numberStart - 40), numberStart);
  if (NAMED_ITEM_BEFORE.test(before)) return elidedUnit(annotated, numberStart, sentenceEnd) !== null;
  if (!LIST_JOIN_BEFORE.test(before.slice(-20))) return false;
  return elidedUnit(annotated, numberStart, sentenceEnd) !== null || bareCountBefore(annotated, numberStart);
}

/** "16 were Russian, six …": a count in digits, followed by its verb, earlier in the same clause list. */
function bareCountBefore(annotated: Annotated, at: number): boolean {
  const index = tokenIndexAt(annotated, at);
  for (let i = index - 1; i >= 0 && index - i <= 12; i--) {
    const t = annotated.tokens[i]!;
    if (/^[.;!?]$/.test(t.text)) return false;
    if (t.pos !== 'NUM' || !/^\d[\d,]*$/.test(t.text) || /^(?:1[6-9]|20)\d\d$/.test(t.text)) continue;
    const next = annotated.tokens[i + 1];
    if (next && (next.pos === 'VERB' || next.pos === 'AUX')) return true;
  }
  return false;
}

/** "a mother of five", "father of three": a parent's children, counted with no noun. */
export const PARENT_OF_BEFORE = /\b(?:mother|father|parent|grandmother|grandfather)\s+of\s+$/i;

/** A casualty verb right before a count that names no noun: "and wounding six", "injuring 62". */
export const CASUALTY_VERB_BEFORE =
  /\b(?:killing|killed|wounding|wounded|injuring|injured|displacing|displaced|evacuating|evacuated|rescuing|rescued|arresting|arrested|detaining|detained)\s+(?:at least\s+|some\s+|another\s+)?$/i;

/**
 * "put the number at", "estimated the crowd at", "put it at between …": a source's own estimate of a
 * count already named.
 */
const ESTIMATE_BEFORE =
  /\b(?:put|puts|putting|estimated?|estimates|placed?|places)\s+(?:(?:the|their|its|that|this)\s+(?:number|figure|total|count|tally|turnout|crowd|population)\s+|it\s+)?at\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|between\s+)?$|\b(?:the|a|an|its|their)\s+(?:official\s+|new\s+|latest\s+|earlier\s+)?(?:figure|total|tally)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$/i;

const FRACTION_UNIT = /^(?:halves|thirds|quarters|fifths|tenths)$/i;

/** Whether the sentence up to `at` names a tally of people ("the death toll", "the number of injured"). */
export function talliesPeople(text: string, at: number, reach = 200): boolean {
  return PEOPLE_TALLY.test(sentenceTail(text.slice(Math.max(0, at - reach), at)));
}

/** A verb of change and "by" right before the number, with the plural noun before the verb when there is one. */
const CHANGE_BY_BEFORE =
  /(?:\b([a-z]+s)\s+)?\b(?:rose|risen|rising|increased|climbed|jumped|grew|grown|fell|fallen|dropped|declined|decreased|went up|went down)\s+by\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|at least\s+|another\s+)?$/i;

/** "adopted by 444 votes to 72": the votes against, counted as the votes for. */
const VOTES_TO_BEFORE = /\b\d[\d,]*\s+(votes?|seats?|ballots?)\s+to\s+$/i;

/** What a bare number is compared with: "150 homes, compared with about 60", "up from 40". */
const COMPARED_BEFORE =
  /(?:compared (?:with|to)|up from|down from|from|than|against|versus|vs\.?)\s+(?:about|around|some|nearly|almost|roughly|only|just|at least)?\s*$/i;

/**
 * The unit of the nearest counted number earlier in the sentence, which a compared bare number leaves
 * unsaid: "more than 150 homes … compared with about 60 reported on Saturday" counts homes.
 */
function elidedUnit(
  annotated: Annotated,
  at: number,
  sentenceEnd: number,
  acrossSemicolon = false,
): string | null {
  const index = tokenIndexAt(annotated, at);
  for (let i = index - 1; i >= 0 && index - i <= 30; i--) {
    const t = annotated.tokens[i]!;
    if (/^[.!?]$/.test(t.text) || (t.text === ';' && !acrossSemicolon)) return null;
    if (t.pos !== 'NUM') continue;
    const counted = headNoun(annotated, i + 1, sentenceEnd);
    if (counted) return counted.unit;
  }
  return null;
}

/** An earlier person noun in the same sentence: "Estimates of ethnic Armenians ranged from 50-1,000". */
function personNounBefore(annotated: Annotated, at: number): boolean {
  const index = tokenIndexAt(annotated, at);
  for (let i = index - 1; i >= 0 && index - i <= 12; i--) {
    const t = annotated.tokens[i]!;
    if (/^[.;!?]$/.test(t.text)) return false;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && isPersonNoun(t.text, t.pos)) return true;
  }
  return false;
}

const SCALED = /(?:thousand|million|billion|trillion|[mb]n|k|m|b)$/i;
const MONEY_CONTEXT =
  /\b(?:pa(?:y|id|ys)|cost|price|worth|fine[ds]?|fund|budget|salar|earn|spen[dt]|sold|bought|bid|raise|loan|debt|wage|fee|tax|aid|grant|deal|share|sterling)/i;

/** "25 pounds" is a weight unless an amount of money is plain: a scale ("361 million pounds") or money words. */
function poundOrMoney(text: string, start: number, end: number, code: string, after: string): string {
  if (code !== 'GBP' || !/^[\s-]*pounds?\b/i.test(after) || /^[\s-]*pounds?\s+sterling/i.test(after))
    return code;
  if (SCALED.test(text.slice(start, end))) return code;
  return MONEY_CONTEXT.test(text.slice(Math.max(0, start - 60), end + 60)) ? code : 'lb';
}
