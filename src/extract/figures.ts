// Figures: numbers that count something (people, money, tons, percent, wars), with their qualifier,
// range, unit and subject. numbers.ts finds the number phrases; the rules under figures/ decide
// whether each one is a figure (not a year, date, time, age, duration or code) and what it counts.

import type { Article, Figure } from '../types.js';
import { wordTable } from '../util/word-table.js';
import type { Annotated, Sentence } from './annotate.js';
import { asOfIn } from './figures/as-of.js';
import {
  CASUALTY_VERB_BEFORE,
  continuesCountList,
  countedAfter,
  PARENT_OF_BEFORE,
  peopleTally,
  talliesPeople,
  thingsTally,
} from './figures/counted.js';
import { isNotAFigure, isYear, wordBefore } from './figures/filters.js';
import { minorAfter } from './figures/minor.js';
import {
  CHANGED_FROM,
  findGluedMeasures,
  findImprecise,
  findMoney,
  findPercentOf,
  type Span,
} from './figures/phrases.js';
import { qualifierBefore } from './figures/qualifiers.js';
import { matchesWithin } from './figures/scan.js';
import { subjectFrom } from './figures/subject.js';
import { WORD_VALUES } from './numbers/words.js';
import { findNumbers, type NumberMatch, readNumberAt } from './numbers.js';
import { summaryBulletsEnd } from './summary.js';

// A sentence without a digit or a number word cannot hold a figure: skip it without parsing.
const MAY_HOLD_NUMBER = new RegExp(
  `\\d+|\\b(?:${Object.keys(WORD_VALUES).join('|')}|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|scores|tens|half|quarter)\\b`,
  'gi',
);

/**
 * Whether a figure is one that the contract's `figures` list gives: a number written in digits or
 * words. "Dozens of aftershocks", "tens of thousands of people" name no number (their value is the
 * least the words allow, marked approximate); the hand-made gold leaves them out of its figures, and
 * so does the list. They still count for the analysis, which reads the extractions.
 */
export function isListedFigure(figure: Pick<Figure, 'approximate'>): boolean {
  return figure.approximate !== true;
}

/** The figures of extractions that the `figures` list gives (see isListedFigure). */
export function listedFigures(extractions: readonly { figures: Figure[] }[]): Figure[] {
  return extractions.flatMap((e) => e.figures.filter(isListedFigure));
}

/** Every figure in the article, in text order, with offsets into `article.text`. */
export function extractFigures(article: Article, annotated: Annotated): Figure[] {
  const figures: Figure[] = [];
  const bodyStart = summaryBulletsEnd(annotated.text);
  for (const sentence of annotated.sentences) {
    if (sentence.start < bodyStart) continue;
    if (!matchesWithin(MAY_HOLD_NUMBER, annotated.text, sentence.start, sentence.end)) continue;
    figures.push(...figuresInSentence(article, annotated, sentence));
  }
  return figures;
}

function figuresInSentence(article: Article, annotated: Annotated, sentence: Sentence): Figure[] {
  const text = annotated.text;
  const drafts: Draft[] = [];
  // Order matters: money, glued measures and "percent of N" claim their spans before the plain
  // number reader, which would otherwise read their digits as bare counts.
  for (const money of findMoney(text, sentence.start, sentence.end))
    drafts.push(withSubject(annotated, sentence, money));
  for (const measure of findGluedMeasures(text, sentence.start, sentence.end))
    if (!overlaps(drafts, measure)) drafts.push(withSubject(annotated, sentence, measure));
  for (const percent of findPercentOf(text, sentence.start, sentence.end))
    drafts.push(withSubject(annotated, sentence, percent));
  for (const vague of findImprecise(annotated, sentence)) if (!overlaps(drafts, vague)) drafts.push(vague);
  for (const n of findNumbers(text, sentence.start, sentence.end)) {
    if (overlaps(drafts, n)) continue;
    const figure = figureFromNumber(annotated, sentence, n);
    if (figure) drafts.push(figure);
  }
  if (drafts.length === 0) return [];
  // The sentence's "as of" date is looked up once, and only when it holds a figure.
  const asOf = asOfIn(text, sentence.start, sentence.end, article.published);
  return drafts
    .sort((a, b) => a.start - b.start)
    .map((figure) => ({ article: article.id, text: text.slice(figure.start, figure.end), ...figure, asOf }));
}

type Draft = Omit<Figure, 'article' | 'text' | 'asOf'>;

/**
 * "three times higher than", "about three times as many people", "ten times its capacity", "nearly ten
 * times Jakarta's minimum wage": a multiplier compares two amounts and counts nothing ("was hit three
 * times" does count the blows, and stays).
 */
const MULTIPLIER_AFTER =
  /^\s+(?:(?:higher|more|less|fewer|larger|bigger|greater|lower|smaller|faster|slower|longer|as|the|that|this|its|their|his|her|what)\b|\p{Lu})/u;

function figureFromNumber(annotated: Annotated, sentence: Sentence, n: NumberMatch): Draft | null {
  const text = annotated.text;
  const range = rangeAfter(text, n, sentence.end);
  if (isNotAFigure(text, n) || (range && isYear(range.high))) return null;
  if (n.fraction && !range) return null;
  const last = range?.high ?? n;
  // A number word stands alone as a count only after a casualty verb ("and wounding six"), a
  // parent ("a mother of five") or as one more item of a list of counts ("16 were Russian, six were
  // Kazakh").
  const lead = text.slice(Math.max(0, n.start - 30), n.start);
  const bare =
    /^\d/.test(n.text) ||
    CASUALTY_VERB_BEFORE.test(lead) ||
    PARENT_OF_BEFORE.test(lead) ||
    thingsTally(text, n.start) !== null ||
    // "the number of people killed has risen to nine", "put the number of dead … at five".
    peopleTally(annotated, n.start) !== null ||
    continuesCountList(annotated, n.start, sentence.end) ||
    // "left two missing", "five were injured": what befell the people counted, with no noun.
    CASUALTY_STATE_AFTER.test(text.slice(n.end, n.end + 40)) ||
    // "at 12 locations, up from six on Thursday": the same count at an earlier time.
    UP_OR_DOWN_FROM.test(lead);
  // "two or more people", "10 or more deaths": a threshold; the counted noun comes after "or more".
  const orMore = range ? null : OR_MORE_AFTER.exec(text.slice(last.end, last.end + 12));
  // "enlarged from 76 to 126 seats": the old value counts what the new one does.
  const newValue = range ? null : newValueAfter(text, n, sentence.end);
  const countedFrom = newValue?.end ?? last.end + (orMore?.[0].length ?? 0);
  const counted = countedAfter(annotated, n.start, countedFrom, sentence.end, bare);
  if (!counted) return null;
  if (counted.unit === 'times' && MULTIPLIER_AFTER.test(text.slice(counted.end, counted.end + 12)))
    return null;
  const qualified = qualifierBefore(text, range?.start ?? n.start, sentence.start);
  const start = qualified?.start ?? range?.start ?? n.start;
  const draft: Draft = {
    value: range ? null : n.value,
    low: range ? range.low.value : null,
    high: range ? range.high.value : null,
    qualifier: qualified?.qualifier ?? (orMore ? 'at least' : null),
    unit: counted.unit,
    subject: '',
    start,
    end: newValue ? n.end : Math.max(counted.end, last.end),
  };
  if (!range && isMajorCurrency(counted.unit) && !SCALED.test(n.text)) {
    // "thirteen dollars and forty-five cents": the minor part belongs to the same amount.
    const minor = minorAfter(text, draft.end, sentence.end);
    if (minor && draft.value !== null) {
      draft.value = Number((draft.value + minor.value / 100).toPrecision(15));
      draft.end = minor.end;
    }
  }
  if (isSourceCount(draft, text)) return null;
  // "more than a dozen rounds", "half a dozen boats": a round number said loosely, as "dozens" is;
  // the analysis still reads it, the figures list leaves it out as the hand-made gold does.
  if (LOOSE_DOZEN.test(n.text)) draft.approximate = true;
  const subjectStart =
    counted.head !== null ? annotated.tokens[counted.head]!.start : Math.max(counted.end, last.end);
  draft.subject =
    counted.subject ??
    subjectFrom(annotated, subjectStart, sentence.end, counted.unit, counted.head !== null);
  draft.subject = withWordsBefore(text, start, sentence.start, draft.subject);
  return draft;
}

const OR_MORE_AFTER = /^\s+or\s+more\b/i;
const LOOSE_DOZEN = /^(?:a|half a)\s+dozen$/i;

/** A casualty word, or "were"/"had been" and one, right after a bare number word. */
const CASUALTY_STATE_AFTER =
  /^\s+(?:(?:were|was|have been|had been)\s+(?:also\s+|later\s+|seriously\s+|slightly\s+)?)?(?:dead|killed|injured|wounded|hurt|missing)\b/i;
/** "up from six", "down from nine": the earlier value of a count the sentence gave before. */
const UP_OR_DOWN_FROM = /\b(?:up|down)\s+from\s+$/i;

/**
 * "Two senior army officers said …", "two people familiar with the talks": a handful of sources the
 * report cites, not a quantity it reports.
 */
function isSourceCount(draft: Draft, text: string): boolean {
  if (draft.value === null || draft.value > 10) return false;
  return SOURCE_AFTER.test(text.slice(draft.end, draft.end + 60));
}

const SOURCE_AFTER =
  /^\s+(?:(?:who|which)\s+)?(?:said|say|says|told|tell|familiar with|speaking on condition|with (?:direct )?knowledge of|briefed on|close to the)\b/i;

/** "killing at least 51 people", "injuring 12": a casualty verb written before the count. */
const CASUALTY_BEFORE =
  /\b((kill|injur|wound|displac|evacuat|strand|rescu|arrest|detain)(?:ing|ed|es|e|s)?)\s+(?:some\s+|an estimated\s+)?$/i;
const CASUALTY_PARTICIPLE: Record<string, string> = wordTable({
  kill: 'killed',
  injur: 'injured',
  wound: 'wounded',
  displac: 'displaced',
  evacuat: 'evacuated',
  strand: 'stranded',
  rescu: 'rescued',
  arrest: 'arrested',
  detain: 'detained',
});
/**
 * The casualty verb written right before `start` ("floods killed | at least 51 people"): as written,
 * and as the participle a subject uses ("killing" → "killed"); null when there is none.
 */
export function casualtyVerbBefore(
  text: string,
  start: number,
): { written: string; participle: string } | null {
  const verb = CASUALTY_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  return verb ? { written: verb[1]!, participle: CASUALTY_PARTICIPLE[verb[2]!.toLowerCase()]! } : null;
}

/** A casualty word already in a subject: it says what is counted. */
const CASUALTY_WORD =
  /\b(?:kill|dead\b|death|died|injur|wound|hurt|displac|evacu|missing|strand|rescu|arrest|detain)/;
/** "a rescue team of 80 people": the count is the size of a group sent somewhere. */
const GROUP_BEFORE =
  /\b(team|delegation|group|crew|contingent|squad|unit|mission|convoy)\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|more than\s+|at least\s+)?$/i;

/**
 * What a count's own words after it ("people", "people and injured 2,376") leave out, from the words
 * before it: the casualty verb ("floods killed at least 51 people" counts people killed; in "killed
 * 1,002 people and injured 2,376", "and injured" belongs to the next count), or the group the
 * people make up ("a team of 80 people" counts the team, not casualties).
 */
function withWordsBefore(text: string, start: number, sentenceStart: number, subject: string): string {
  const before = text.slice(Math.max(sentenceStart, start - 30), start);
  const group = GROUP_BEFORE.exec(before);
  const [noun = subject, ...rest] = subject.split(' ');
  if (group) return `${noun} in the ${group[1]!.toLowerCase()}`;
  const verb = casualtyVerbBefore(before, before.length);
  if (!verb) return subject;
  const { participle } = verb;
  if (rest.length === 0 || /^(?:and|or|but|while|as)$/.test(rest[0]!)) return `${noun} ${participle}`;
  if (CASUALTY_WORD.test(subject)) return subject;
  return `${noun} ${participle} ${rest.join(' ')}`;
}

const SCALED = /(?:thousand|million|billion|trillion|lakh|crore|bn|mn|k|m|b)$/i;

/** An ISO code (not "cents" or "pence"): amounts in it may have a minor part. */
function isMajorCurrency(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}

/** The new value after an old one: "enlarged from 76 to 126" (see CHANGED_FROM), else null. */
function newValueAfter(text: string, old: NumberMatch, to: number): NumberMatch | null {
  if (wordBefore(text, old.start).toLowerCase() !== 'from') return null;
  if (!CHANGED_FROM.test(text.slice(Math.max(0, old.start - 40), old.start))) return null;
  const join = /^\s+to\s+/.exec(text.slice(old.end, old.end + 6));
  return join ? readNumberAt(text, old.end + join[0].length, to) : null;
}

interface Range {
  start: number;
  low: NumberMatch;
  high: NumberMatch;
}

const RANGE_JOIN = /^\s*(?:-|–|—|to|and|or(?=\s))\s*/;

/** "50-1,000", "300,000 to 500,000", "between 300,000 and 500,000", "2-3 million", "between 0.7% and 1%". */
function rangeAfter(text: string, low: NumberMatch, to: number): Range | null {
  // "between 0.7% and 1%", "10%-15%": a percent sign on both ends; not "rose from 5% to 7%", a change.
  const sign = text[low.end] === '%' ? 1 : 0;
  const join = RANGE_JOIN.exec(text.slice(low.end + sign, low.end + sign + 6));
  if (!join) return null;
  const word = wordBefore(text, low.start).toLowerCase();
  // "the toll rose by 12 to 50", "the death toll rose from 32 to 38": a tally's change or old value,
  // then its new value; not a range.
  if ((word === 'by' || word === 'from') && join[0].trim() === 'to' && talliesPeople(text, low.start, 60))
    return null;
  // "was enlarged from 76 to 126 seats", "cut from 12 to 9 per cent": whatever is counted, a verb of
  // change before "from" makes the two numbers its old and new values.
  if (
    word === 'from' &&
    join[0].trim() === 'to' &&
    CHANGED_FROM.test(text.slice(Math.max(0, low.start - 40), low.start))
  )
    return null;
  const between = word === 'between' || word === 'from';
  if (join[0].trim() === 'and' && !between) return null;
  if (sign && !(word === 'between' || /^\s*[-–]\s*$/.test(join[0]))) return null;
  const high = readNumberAt(text, low.end + sign + join[0].length, to);
  if (sign && high && text[high.end] !== '%') return null;
  // "two or three people", "five or six homes": two neighbouring counts, an estimate between them.
  if (join[0].trim() === 'or' && (!high || high.value - low.value > 2 || high.value <= low.value))
    return null;
  if (!high || high.value <= low.value * (sharedScale(low, high) ?? 1)) return null;
  const scale = sharedScale(low, high);
  const scaled = scale ? { ...low, value: low.value * scale } : low;
  const start = between ? text.lastIndexOf(wordBefore(text, low.start), low.start) : low.start;
  return { start, low: scaled, high };
}

/** "2-3 million": the scale written once applies to both ends. */
function sharedScale(low: NumberMatch, high: NumberMatch): number | null {
  if (/[a-z]$/i.test(low.text)) return null;
  const m = /\b(thousand|million|billion|trillion)$/i.exec(high.text);
  if (!m) return null;
  return { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[m[1]!.toLowerCase()] ?? null;
}

function withSubject(annotated: Annotated, sentence: Sentence, draft: Draft): Draft {
  return { ...draft, subject: subjectFrom(annotated, draft.end, sentence.end, draft.unit, false) };
}

function overlaps(spans: Span[], s: Span): boolean {
  return spans.some((t) => s.start < t.end && t.start < s.end);
}
