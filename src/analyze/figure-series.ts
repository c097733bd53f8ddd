// Tracked figures: reports of the same quantity across articles and days form one series, matched
// on unit, subject phrase and entities, never on the number itself (42,500 and 100,625 people
// displaced are the same series days apart).

import { PARENT_OF_BEFORE } from '../extract/figures/counted.js';
import { NEW_CLAUSE, SECOND_COUNT } from '../extract/figures/subject.js';
import type { Article, DateMention, EntityMention, Figure, TrackedFigure, TrackedPoint } from '../types.js';
import { COUNTRIES } from '../util/countries.js';
import { stableId } from '../util/hash.js';
import { asOfFor } from './as-of.js';
import { findConflicts, UNDATED } from './conflicts.js';
import { intervalOf, overlaps } from './intervals.js';
import { sentenceAround } from './sentences.js';
import {
  EVENT_LABELS,
  eventOf,
  isTrackable,
  type SubjectKey,
  sameQuantity,
  subjectKey,
} from './subject-key.js';

/** A point with what the report needs beyond the contract: the range, the subject, the span. */
export interface SeriesPoint extends TrackedPoint {
  low?: number | null;
  high?: number | null;
  approximate?: boolean;
  subject?: string;
  start?: number;
  end?: number;
  /** The day the figure's sentence names ("killed in Tuesday's protests"), when it names one. */
  occasion?: string;
  /** Where the figure's sentence starts in its article. */
  sentence?: number;
  /** A part of a whole its sentence counts too: "12" of "recovered 12 of the 40 rifles". */
  partitive?: boolean;
  /** Its sentence says a count is disputed (see conflicts.ts). */
  disputed?: boolean;
}

/**
 * A sentence that says a count is disputed: "a toll the government disputes", "figures the army has
 * rejected", "denied that 30 fighters had died" (not "their disputed border").
 */
const DISPUTED =
  /\b(?:toll|figures?|count|number|tally|estimates?|claims?)\b[^.;!?]{0,40}?\b(?:disput|reject|contest|den(?:y|ies|ied)\b)|\b(?:disput|reject|contest|den(?:y|ies|ied)\b)\w*\s+(?:(?:the|this|those|these|its|their|any)\s+)?(?:toll|figures?|count|number|tally|estimates?|claims?|that)\b/i;

export interface FigureInput {
  figure: Figure;
  article: Article | undefined;
  /** Entity mentions of the figure's article, to name the places its subject refers to. */
  mentions: EntityMention[];
  /** Date mentions of the figure's article: a figure told about another year is history, not a report. */
  dates?: DateMention[];
}

/**
 * One series while tracking. The list of them, singletons included, is the state that lets today's
 * digest extend last month's series without reading last month again (extendSeries); it is plain JSON.
 */
export interface Series {
  /** The key of the first report. */
  seed: SubjectKey;
  /** The seed's key with the places of every member. */
  key: SubjectKey;
  /** How many members named each place, for the label. */
  places: Record<string, number>;
  points: SeriesPoint[];
  subjects: string[];
}

export interface TrackOptions {
  /** Series with fewer points are left out: one report is a figure, not a trend. Default 2. */
  minPoints?: number;
}

/** Groups figures into series and raises conflicts inside each. */
export function trackFigures(inputs: FigureInput[], options: TrackOptions = {}): TrackedFigure[] {
  return toTrackedFigures(extendSeries([], inputs), options);
}

/** The contract's view of the series: those with enough points, with their conflicts. */
export function toTrackedFigures(state: Series[], options: TrackOptions = {}): TrackedFigure[] {
  const minPoints = options.minPoints ?? 2;
  return state.filter((s) => s.points.length >= minPoints).map(toTracked);
}

/** Adds new figures to a copy of the series state; the state passed in is not changed. */
export function extendSeries(state: Series[], inputs: FigureInput[]): Series[] {
  const series: Series[] = state.map((s) => ({
    ...s,
    places: { ...s.places },
    points: [...s.points],
    subjects: [...s.subjects],
  }));
  const ordered = inputs
    .map((input) => ({ input, point: toPoint(input) }))
    .filter((entry): entry is { input: FigureInput; point: SeriesPoint } => entry.point !== null)
    .sort(
      (a, b) => compareAsOf(a.point.asOf, b.point.asOf) || a.point.article.localeCompare(b.point.article),
    );
  const weak: { input: FigureInput; point: SeriesPoint; key: SubjectKey }[] = [];
  const days = new SeriesDays();
  for (const { input, point } of ordered) {
    const key = keyOf(input);
    if (isTrackable(key)) addToSeries(series, days, input, point, key);
    else weak.push({ input, point, key: sentenceKeyOf(input) });
  }
  // A figure whose own words say nothing about what it counts ("putting the total at more than 65,000
  // people on Thursday") joins a series only when its sentence names the same event and its value
  // agrees with a report from the same days: the same number is the evidence, so it never founds a
  // series and never raises a conflict.
  for (const { point, key } of weak) {
    const home = series.find((s) => sameQuantity(s.key, key) && agreesWithNearby(s.points, point));
    if (home) home.points.push(point);
  }
  return series;
}

function addToSeries(
  series: Series[],
  days: SeriesDays,
  input: FigureInput,
  point: SeriesPoint,
  key: SubjectKey,
): void {
  const home = closestFit(
    series.filter(
      (s) =>
        sameQuantity(s.key, key) &&
        fitsSameDay(days.on(s, point.asOf), point) &&
        !days.partAndWhole(s, point) &&
        keepsRunningTotal(days.highestBefore(s, point.asOf), key, point),
    ),
    point,
  );
  if (home) {
    home.points.push(point);
    days.add(home, point);
    home.subjects.push(input.figure.subject);
    home.key = mergeKeys(home.key, key);
    countPlaces(home.places, key);
  } else {
    const places = countPlaces({}, key);
    series.push({ seed: key, key, places, points: [point], subjects: [input.figure.subject] });
  }
}

/**
 * Of the series a point could join, the one whose latest report is nearest its value (as a ratio):
 * "two detainees were dead" and "38 people killed" in a background paragraph may both read as deaths
 * tied to one country, and tomorrow's 38 belongs with today's 38. The first such series on a tie.
 */
function closestFit(candidates: Series[], point: SeriesPoint): Series | undefined {
  if (candidates.length < 2 || point.value === null) return candidates[0];
  let best: Series | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const latest = latestValue(candidate.points);
    const distance =
      latest === null || latest <= 0 || point.value <= 0 ? 0 : Math.abs(Math.log(point.value / latest));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The value of the series' last point that has one (points arrive in as-of order). */
function latestValue(points: SeriesPoint[]): number | null {
  for (let i = points.length - 1; i >= 0; i--) if (points[i]!.value !== null) return points[i]!.value;
  return null;
}

/**
 * Counts that only ever add up: the dead, the injured, the detained, the displaced. A correction
 * lowers such a total by a margin (103 dead revised to 84); a count days later that is less than
 * SAME_DAY_RATIO times smaller than the total already reported counts something else: one town's
 * dead, one country's, a second incident.
 */
const RUNNING_TOTALS = new Set(['deaths', 'injuries', 'detentions', 'displacement']);

/** `highest`: the largest value the series reported before the point's day. */
function keepsRunningTotal(highest: number, key: SubjectKey, point: SeriesPoint): boolean {
  // "26 more deaths", "75 died in the previous 24 hours": a day's count rises and falls.
  if (key.event === null || !RUNNING_TOTALS.has(key.event) || key.increment) return true;
  if (point.value === null || point.value <= 0) return true;
  return highest <= point.value * SAME_DAY_RATIO;
}

/**
 * Each series' points by as-of day, built the first time a series is asked about, so that a point is
 * compared with its own day's points and each earlier day's highest value rather than with every point
 * of a series that runs for months (a year of daily reports makes series of thousands of points).
 * Also the sentences its points come from, and whether one of a sentence's points is a part of a whole.
 */
class SeriesDays {
  private readonly index = new WeakMap<Series, Map<string, { points: SeriesPoint[]; highest: number }>>();
  private readonly sentences = new WeakMap<Series, Map<string, boolean>>();

  /**
   * Whether the point and one of the series' points are a part and its whole in one sentence
   * ("recovered 12 of the 40 rifles", "results for 224 of 265 seats announced on Friday"): two
   * quantities, not one reported twice, even where the sentence dates them apart.
   */
  partAndWhole(series: Series, point: SeriesPoint): boolean {
    if (point.sentence === undefined) return false;
    const partitive = this.sentencesOf(series).get(sentenceKey(point));
    return partitive !== undefined && (partitive || !!point.partitive);
  }

  /** The series' points reported as of `day`. */
  on(series: Series, day: string): SeriesPoint[] {
    return this.daysOf(series).get(day)?.points ?? [];
  }

  /** The largest value the series reported on any day before `day` (0 when none). */
  highestBefore(series: Series, day: string): number {
    let highest = 0;
    for (const [other, entry] of this.daysOf(series))
      if (other < day) highest = Math.max(highest, entry.highest);
    return highest;
  }

  add(series: Series, point: SeriesPoint): void {
    const days = this.index.get(series);
    if (days) addDay(days, point);
    const sentences = this.sentences.get(series);
    if (sentences) addSentence(sentences, point);
  }

  private sentencesOf(series: Series): Map<string, boolean> {
    let sentences = this.sentences.get(series);
    if (!sentences) {
      sentences = new Map();
      for (const point of series.points) addSentence(sentences, point);
      this.sentences.set(series, sentences);
    }
    return sentences;
  }

  private daysOf(series: Series): Map<string, { points: SeriesPoint[]; highest: number }> {
    let days = this.index.get(series);
    if (!days) {
      days = new Map();
      for (const point of series.points) addDay(days, point);
      this.index.set(series, days);
    }
    return days;
  }
}

function sentenceKey(point: SeriesPoint): string {
  return `${point.article}\u0000${point.sentence}`;
}

/** Records the point's sentence: whether any of its points there is a part of a whole. */
function addSentence(sentences: Map<string, boolean>, point: SeriesPoint): void {
  if (point.sentence === undefined) return;
  const key = sentenceKey(point);
  sentences.set(key, (sentences.get(key) ?? false) || !!point.partitive);
}

function addDay(days: Map<string, { points: SeriesPoint[]; highest: number }>, point: SeriesPoint): void {
  const entry = days.get(point.asOf) ?? { points: [], highest: 0 };
  entry.points.push(point);
  if (point.value !== null) entry.highest = Math.max(entry.highest, point.value);
  days.set(point.asOf, entry);
}

/**
 * Reports of one quantity on one day disagree by a margin, not by an order of magnitude: the widest
 * real dispute we have seen (5,500 against 11,300 dead in Derna) is 2.05 times, while 471 killed at a
 * hospital and 1,400 killed in an attack days before are two quantities, however alike their words.
 */
const SAME_DAY_RATIO = 2.5;
/**
 * Counts that name the same day as their occasion ("22 killed in Tuesday's protests", "six died in
 * the protests on Tuesday") are one disputed quantity up to this ratio: a rights group's toll against
 * a government's is often three or four times it.
 */
const SAME_OCCASION_RATIO = 5;

/** Whether two counts reported on one day can be reports of one quantity (see SAME_DAY_RATIO). */
export function fitSameDay(value: number, other: number, sameOccasion = false): boolean {
  if (value <= 0 || other <= 0) return true;
  const ratio = Math.max(value, other) / Math.min(value, other);
  return ratio <= (sameOccasion ? SAME_OCCASION_RATIO : SAME_DAY_RATIO);
}

function fitsSameDay(points: SeriesPoint[], point: SeriesPoint): boolean {
  const value = point.value;
  if (value === null) return true;
  return points.every(
    (other) =>
      other.asOf !== point.asOf ||
      other.value === null ||
      fitSameDay(value, other.value, point.occasion !== undefined && point.occasion === other.occasion),
  );
}

/** Whether a report within a day of this one allows the same value. */
function agreesWithNearby(points: SeriesPoint[], point: SeriesPoint): boolean {
  const mine = intervalOf(point);
  if (!mine) return false;
  return points.some((other) => {
    const theirs = intervalOf(other);
    return theirs !== null && withinADay(other.asOf, point.asOf) && overlaps(mine, theirs);
  });
}

function withinADay(a: string, b: string): boolean {
  return Math.abs(Date.parse(a) - Date.parse(b)) <= 86_400_000;
}

/**
 * A point per stated figure. Left out: figures without a number, history ("between 1988 and 1994,
 * about 500,000 …") and orders of magnitude ("tens of thousands"), which measure nothing.
 */
function toPoint({ figure, article, dates }: FigureInput): SeriesPoint | null {
  const value = figure.value ?? figure.low ?? figure.high;
  if (value == null || figure.approximate) return null;
  // "85 of the deaths were in Blantyre", "20 Malayalis were among the dead": a part of a total counted
  // elsewhere, not a report of it.
  if (PART_OF_TOTAL.test(figure.text)) return null;
  if (article && AMONG_THE_TOTAL.test(article.text.slice(figure.end, figure.end + 80))) return null;
  if (DESCRIBES_A_THING.test(figure.text)) return null;
  if (article && isEstimatedWhole(figure, article.text)) return null;
  if (article && describesPlaceOrPerson(article.text, figure.start)) return null;
  if (article && isHistorical(figure, article, dates ?? [])) return null;
  const sentence = article ? sentenceAround(article.text, figure.start) : undefined;
  return {
    value,
    qualifier: figure.qualifier,
    asOf: asOfFor(figure, article, dates ?? []) ?? UNDATED,
    article: figure.article,
    outlet: article?.outlet ?? null,
    text: figure.text,
    low: figure.low,
    high: figure.high,
    approximate: figure.approximate,
    subject: figure.subject,
    start: figure.start,
    end: figure.end,
    occasion: article ? occasionOf(figure, article, dates ?? []) : undefined,
    sentence: sentence?.start,
    partitive: article ? PART_OF_NUMBER.test(article.text.slice(figure.end, figure.end + 40)) : undefined,
    disputed: sentence ? DISPUTED.test(sentence.text) : undefined,
  };
}

/**
 * The earliest day the figure's sentence names: "said on Wednesday that 22 had been killed in
 * Tuesday's protests" is about Tuesday.
 */
function occasionOf(figure: Figure, article: Article, dates: DateMention[]): string | undefined {
  const sentence = sentenceAround(article.text, figure.start);
  const end = sentence.start + sentence.text.length;
  let earliest: string | undefined;
  for (const d of dates)
    if (
      d.precision === 'day' &&
      d.start >= sentence.start &&
      d.end <= end &&
      !(earliest && earliest <= d.date)
    )
      earliest = d.date;
  return earliest;
}

/** " of the 40", " of its roughly 300", " of 265": what follows a part of a whole the sentence counts. */
const PART_OF_NUMBER =
  /^\s+of\s+(?:(?:the|its|their|his|her|our|an?)\s+(?:[\p{L}-]+['’]s\s+)?|[\p{L}-]+['’]s\s+)?(?:(?:estimated|roughly|about|around|some|nearly|almost|more than|over)\s+)?\d/iu;

/** "an estimated", "roughly", "about": words that make a number a whole's estimate. */
const APPROX = String.raw`(?:an\s+)?(?:estimated|roughly|about|around|some|nearly|almost)`;

/**
 * "More than 100,000 of the region's estimated 120,000 Armenians have crossed", "23 of the roughly
 * 750 campers": the number after "of", estimated or a place's, is the population the first is part
 * of, not a count of what the sentence reports. ("12 of the 40 rifles stolen", "15,569 of the 100,625
 * displaced persons": a whole counted exactly is the count itself.)
 */
const WHOLE_AFTER_PART = new RegExp(
  String.raw`\d[\d,.]*(?:\s+[\p{L}-]+){0,2}\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?([\p{L}-]+['’]s\s+)?(${APPROX}\s+)?$`,
  'iu',
);

/** Whether a figure is the estimated whole of a part counted just before it (see WHOLE_AFTER_PART). */
function isEstimatedWhole(figure: Figure, text: string): boolean {
  const m = WHOLE_AFTER_PART.exec(text.slice(Math.max(0, figure.start - 80), figure.start));
  return m !== null && (m[1] !== undefined || m[2] !== undefined || ESTIMATE.test(figure.text));
}

const ESTIMATE = new RegExp(String.raw`^${APPROX}\s`, 'i');

/**
 * "Chennai, a city of about 10 million people", "Halima Sani, a mother of four": a place's size or a
 * person's children describe who or where, not what happened, and no later report updates them.
 */
export function describesPlaceOrPerson(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (PARENT_OF_BEFORE.test(before)) return true;
  const place = PLACE_OF.exec(before);
  // "evacuated a town of nearly 4,000 people": the people of an emptied place are the count.
  return place !== null && !EMPTIED.test(before.slice(0, place.index));
}

const EMPTIED =
  /\b(?:evacuat\w*|empt(?:y|ied|ies|ying)|cleared)\s+(?:(?:a|an|the|its|their|whole|entire)\s+)*$/i;

const PLACE_OF =
  /\b(?:nation|country|region|city|town|village|state|enclave|territory|republic|island|province|district|community|population)\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|more than|over|just over|just under)\s+)?$/i;

/**
 * "a nine-storey building", "the three-party coalition", "the 27-nation bloc": a number joined by a
 * hyphen to its noun makes an adjective that describes a thing, which no later report updates.
 */
const DESCRIBES_A_THING = /^[\p{L}\d.,]+-[\p{L}]+$/u;

const PART_OF_TOTAL =
  /\bof\s+(?:the|these|those)\s+(?:deaths|dead|victims|casualties|injured|wounded|fatalities|killed|missing)\b/i;
/** "… were feared to be among the dead": after the figure, in its clause, the count it is part of. */
const AMONG_THE_TOTAL =
  /^[^.;,:]{0,40}?\bamong\s+(?:the|these|those)\s+(?:deaths|dead|victims|casualties|injured|wounded|fatalities|killed|missing|who\s+died)\b/i;

/**
 * "Between 1988 and 1994, about 500,000 … were expelled": a figure whose sentence is dated more than a
 * year away from the article (and has no explicit as-of date) describes the past, not the situation.
 */
export function isHistorical(figure: Figure, article: Article, dates: DateMention[]): boolean {
  if (figure.asOf || !article.published) return false;
  const year = Number(article.published.slice(0, 4));
  const sentence = sentenceAround(article.text, figure.start);
  if (LONG_AFTER.test(article.text.slice(sentence.start, figure.start))) return true;
  const month = article.published.slice(0, 7);
  return dates.some(
    (d) =>
      d.start >= sentence.start &&
      d.end <= sentence.end &&
      (Math.abs(Number(d.date.slice(0, 4)) - year) > 1 ||
        countsAnEarlierYear(d, year, article.text) ||
        countsAnEarlierMonth(d, month, article.text) ||
        tellsOfAnEarlierDay(d, figure, article.published!, sentence.text)),
  );
}

/**
 * "The protests began after the canopy collapsed on November 1, killing 15 people", in an article
 * of March: a day more than a month gone by, named just before the count, dates it to then, unless
 * the sentence counts since then ("since November 1"). A day named elsewhere in the sentence may
 * date something else ("21 people were killed after the ruling that confirmed the Oct. 9 vote").
 */
function tellsOfAnEarlierDay(
  date: DateMention,
  figure: Figure,
  published: string,
  sentence: string,
): boolean {
  if (date.precision !== 'day' || /\bsince\b/i.test(sentence)) return false;
  if (date.end > figure.start || figure.start - date.end > DAY_BEFORE_COUNT) return false;
  return Date.parse(published.slice(0, 10)) - Date.parse(date.date) > EARLIER_DAY_MS;
}

/** How far before a count a day may be named to date it: "on November 1, killing 15 people". */
const DAY_BEFORE_COUNT = 30;

/**
 * "The storm struck less than two weeks after Hurricane Helene killed more than 220 people": a count
 * in a clause that places another event weeks, months or years back is that event's.
 */
const LONG_AFTER =
  /\b(?:weeks|months|years|decades|a (?:week|month|year|decade))\s+(?:after|before)\b[^,;]*$/i;

/** How long before the article a named day must be for its counts to be history: a month. */
const EARLIER_DAY_MS = 31 * 24 * 3600 * 1000;

/**
 * "Chile's worst fire season on record, in 2023, killed over 20 people", in an article of 2024: a
 * count told of a year gone by (not "since 2023", which starts a running total).
 */
function countsAnEarlierYear(date: DateMention, year: number, text: string): boolean {
  if (date.precision !== 'year' || Number(date.date.slice(0, 4)) >= year) return false;
  return !/\bsince\s+$/i.test(text.slice(Math.max(0, date.start - 8), date.start));
}

/**
 * "More than 200 people had been killed in the second half of July", in an article of August: a
 * count for a month gone by, not the situation now. ("since July" starts a running total instead,
 * unless a clause says what happened then: "strained since December, when a plane crash killed 38".)
 */
function countsAnEarlierMonth(date: DateMention, month: string, text: string): boolean {
  if (date.precision !== 'month' || date.date >= month) return false;
  if (WHEN_AFTER.test(text.slice(date.end, date.end + 12))) return true;
  const before = text.slice(Math.max(0, date.start - 40), date.start);
  return /\b(?:in|during|throughout|over)\s+(?:the\s+(?:first|second|last)\s+(?:half|week|weeks|days)\s+of\s+)?$/i.test(
    before,
  );
}

/** ", when …" right after a date: the clause that follows tells what happened on it. */
const WHEN_AFTER = /^,?\s+when\b/i;

/** The key of a figure, with the canonical names of the places its subject or clause mentions. */
function keyOf({ figure, article, mentions }: FigureInput): SubjectKey {
  const clause = article ? clauseAfter(article.text, figure.end) : '';
  const scope = `${figure.subject} ${clause}`.toLowerCase();
  const named = mentions
    .filter((m) => m.type === 'place' && scope.includes(m.text.toLowerCase()))
    .map((m) => m.name);
  const people = named.length > 0 ? [] : countriesOfPeople(`${figure.text} ${figure.subject}`);
  const names =
    named.length > 0 || !article
      ? named
      : people.length > 0
        ? people
        : placesBefore(article.text, figure.start, mentions);
  return subjectKey({
    unit: figure.unit,
    text: figure.text,
    subject: figure.subject,
    clause,
    entityNames: names,
    articlePlaces: placesOfArticle(mentions),
  });
}

/**
 * "At least nine Cambodians were killed": the country whose people a figure counts is where the
 * count belongs, whichever country the article is about.
 */
function countriesOfPeople(words: string): string[] {
  const countries = new Set<string>();
  for (const [word] of words.matchAll(PLURAL_DEMONYM)) {
    const country = COUNTRY_OF_ADJECTIVE.get(word.slice(0, -1).toLowerCase());
    if (country) countries.add(country);
  }
  return [...countries];
}

const PLURAL_DEMONYM = /\b\p{Lu}\p{Ll}+s\b/gu;
/** "cambodian" → "Cambodia", as entities name the country. */
const COUNTRY_OF_ADJECTIVE = new Map(
  Object.entries(COUNTRIES).flatMap(([country, adjectives]) =>
    adjectives
      .split(' ')
      .map((adjective) => [adjective, country.replace(/^\p{Ll}/u, (c) => c.toUpperCase())]),
  ),
);

/**
 * "… while rescue workers in Syria reported 2,662 deaths", "In Syria, officials counted 2,662 deaths":
 * when the words after a figure name no place, the place its own clause names before it says where.
 * The clause starts after a semicolon or a comma that joins another clause (", while", ", but").
 */
function placesBefore(text: string, start: number, mentions: EntityMention[]): string[] {
  const sentence = sentenceAround(text, start);
  const before = text.slice(sentence.start, start);
  let from = sentence.start;
  for (const boundary of before.matchAll(CLAUSE_JOIN))
    from = sentence.start + boundary.index + boundary[0].length;
  // "The Observatory, a monitor based in Britain, said 910 …": an aside describing who speaks, and
  // where an organisation is based, say nothing of where the counted happened.
  const asides = [...before.matchAll(DESCRIBING_ASIDE)].map((m) => ({
    start: sentence.start + m.index,
    end: sentence.start + m.index + m[0].length,
  }));
  return mentions
    .filter(
      (m) =>
        m.type === 'place' &&
        m.start >= from &&
        m.end <= start &&
        !asides.some((a) => m.start >= a.start && m.end <= a.end) &&
        !/\bbased\s+in\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start)),
    )
    .map((m) => m.name);
}

const DESCRIBING_ASIDE = /,\s+(?:a|an|the)\s[^,]{1,80},/g;

const CLAUSE_JOIN = /[;:]|,\s+(?:while|whereas|but|and|as|although)\b/g;

function placesOfArticle(mentions: EntityMention[]): string[] {
  return mentions.filter((m) => m.type === 'place').map((m) => m.name);
}

/** The words after a figure up to the end of its clause, dashed asides removed. */
export function clauseAfter(text: string, end: number): string {
  const rest = text.slice(end, end + 240).split('\n')[0] ?? '';
  // "– most of Karabakh's population –", "(…)", ", including 138 civilians,": asides the clause goes
  // on after. Right after the count, ", most of them women," says who they were before what befell them.
  const withoutAsides = rest
    .replace(WHO_THEY_WERE, ' ')
    .replace(/\s[–—]\s[^–—]*\s[–—]\s/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    // The aside may be a list ("including those of the US, Britain and Germany,"): up to its "and".
    // A comma between digits ("including 5,000 winter coats,") is the number's, not the aside's end.
    // A comma followed by the last items of the sentence ("among them police, doctors and survivors.")
    // is the list's own, not the aside's end.
    .replace(
      /,\s+(?:including|among them|of whom|among whom)\s(?:[^,.;]|(?<=\d)[,.](?=\d)){1,60}(?:(?:,\s(?:[^,.;]|(?<=\d)[,.](?=\d)){1,40})*,?\sand\s(?:[^,.;]|(?<=\d)[,.](?=\d)){1,40})?,(?!\s(?:[\p{L}-]+\s){0,2}(?:and|or)\s(?:[\p{L}-]+\s?){1,3}[.;])/gu,
      ' ',
    );
  // "as of 05:00 on 26 September", "3.5 million": a colon or point between digits ends no clause.
  // A full stop after an abbreviation ("Nov. 27", "U.S.") ends no clause either. A comma before a
  // closing quotation mark ends the quoted clause ("we searched three hospitals," she said).
  // Nor does a list of names ("across Ethiopia, Kenya and Somalia face …"): its commas and its "and"
  // are masked (the length kept) while the end is looked for.
  const masked = withoutAsides.replace(NAME_LIST, (list) =>
    list.replace(/[,]|\b(?:and|or)\b/g, (w) => '_'.repeat(w.length)),
  );
  const cut = masked.search(CLAUSE_END);
  return cut < 0 ? withoutAsides : withoutAsides.slice(0, cut);
}

/** ", most of them women and children,": right after a count, an aside on who the people counted were. */
const WHO_THEY_WERE =
  /^,\s+(?:most|many|all|some|half|several|nearly all|almost all) of (?:them|whom)\s[^,.;]{1,60},/;

/** Two or more capitalised names (up to three words each) and "and"/"or" before the last. */
const NAME_LIST =
  /\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})+,?\s(?:and|or)\s(?=\p{Lu})/gu;

/**
 * A second count ("… and 16 militants"), a new clause ("… and India flew in tents") and a second
 * thing reported ("had been detained and that investigators were looking for others") end it too.
 */
const CLAUSE_END = new RegExp(
  String.raw`(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gov|Gen|Dr|Mr|Mrs|Ms|St|U\.S|U\.N|a|p|a\.m|p\.m))(?:(?<!\d)[.:]|[.:](?!\d))|[;!?]|,\s|,(?=["”’])|\s(?:and|but)\s+that\s|${SECOND_COUNT.source}|${NEW_CLAUSE.source}`,
  'u',
);

function countPlaces(counts: Record<string, number>, key: SubjectKey): Record<string, number> {
  for (const place of key.entities) counts[place] = (counts[place] ?? 0) + 1;
  return counts;
}

/** The key read from the figure's whole sentence, for figures whose own words say too little. */
function sentenceKeyOf({ figure, article, mentions }: FigureInput): SubjectKey {
  const sentence = article ? sentenceAround(article.text, figure.start).text : '';
  const names = mentions.filter((m) => m.type === 'place' && sentence.includes(m.text)).map((m) => m.name);
  return subjectKey({
    unit: figure.unit,
    text: figure.text,
    subject: '',
    clause: sentence,
    entityNames: names,
    articlePlaces: placesOfArticle(mentions),
  });
}

/** A series learns the places of its members, so that later reports can match any of them. */
function mergeKeys(a: SubjectKey, b: SubjectKey): SubjectKey {
  return { ...a, entities: [...new Set([...a.entities, ...b.entities])].sort() };
}

function toTracked(series: Series): TrackedFigure {
  // The id comes from the first report's key, which later reports do not change.
  const first = series.seed;
  const sorted = [...series.points].sort((a, b) => compareAsOf(a.asOf, b.asOf) || a.value - b.value);
  const points = sorted.map(
    ({ occasion: _, sentence: __, partitive: ___, disputed: ____, ...point }) => point,
  );
  return {
    id: stableId('f', first.unit, first.event, first.words.slice(0, 4).join(','), first.entities[0]),
    label: labelOf(series),
    unit: first.unit,
    points,
    conflicts: findConflicts(sorted),
  };
}

/**
 * "people displaced: Nagorno-Karabakh, Armenia" for a known event; otherwise the subject most outlets
 * used, the shortest one on a tie.
 */
function labelOf(series: Series): string {
  const { event, unit } = series.key;
  // The two places most members name: "Nagorno-Karabakh, Armenia", not every place ever mentioned.
  const entities = Object.entries(series.places)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([p]) => p);
  if (event) {
    // "deaths" already says what happened; "people" needs "killed".
    const counted =
      event === 'population'
        ? `population (${unit})`
        : eventOf(unit) === event
          ? unit
          : `${unit} ${EVENT_LABELS[event] ?? event}`;
    const what = series.key.increment ? `${counted} (latest day)` : counted;
    return entities.length ? `${what}: ${entities.join(', ')}` : what;
  }
  const counts = new Map<string, number>();
  for (const subject of series.subjects) {
    const clean = labelPart(subject);
    if (clean) counts.set(clean, (counts.get(clean) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length);
  const subject = ranked[0]?.[0];
  if (!subject || subject === unit) return writtenUnit(series.points, unit) ?? unit;
  return namesItsUnit(subject, unit) ? subject : `${unit}: ${subject}`;
}

/** "crew members" of "25 crew members": the unit with the words a report put between it and the number. */
function writtenUnit(points: readonly SeriesPoint[], unit: string): string | null {
  for (const point of points) {
    const words = WORDS_AFTER_NUMBER.exec(point.text ?? '')?.[1];
    if (words && words !== unit && words.endsWith(` ${unit}`)) return words;
  }
  return null;
}

const WORDS_AFTER_NUMBER = /\d[\d,.]*\s+((?:[\p{L}'’-]+\s+){1,3}[\p{L}'’-]+)$/u;

/**
 * The part of a subject that says what is counted: "states" of "states and leaving millions of homes
 * without power", at most LABEL_WORDS words of the rest.
 */
function labelPart(subject: string): string {
  const words = subject
    .replace(/\s+/g, ' ')
    .trim()
    .split(/\s(?=(?:and|while|but|as|after|when|which|who)\s)/)[0]!;
  // "the army's 4th Infantry Regiment" loses its number in the subject: drop the orphaned "th" too,
  // and the sign of a second share ("50.49% of the vote against Odinga's 48.85%").
  const kept = words
    .replace(AUXILIARY, '')
    .split(' ')
    .filter((word) => !ORDINAL_SUFFIX.test(word) && word !== '%');
  return kept.length > LABEL_WORDS ? `${kept.slice(0, LABEL_WORDS).join(' ')}…` : kept.join(' ');
}

const LABEL_WORDS = 7;
/** "flights had been cancelled", "camps were set up": a label says "flights cancelled". */
const AUXILIARY =
  /\s(?:(?:had|have|has|will|would|might|may)\s+been|were|was|are|is|had|have|has|will\s+be)(?=\s(?!been\b)(?:\p{L}+(?:ed|en)|up|set|put|hit|shut|cut|kept|left|lost|held|built|sent|found|brought|taken|driven)\b)/u;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;

/** "displaced persons" already says it counts people; "aid from Japan" needs its unit in front. */
function namesItsUnit(subject: string, unit: string): boolean {
  const lower = subject.toLowerCase();
  if (lower.includes(unit)) return true;
  return (
    unit === 'people' &&
    /\b(persons?|refugees|residents|civilians|individuals|children|men|women)\b/.test(lower)
  );
}

/** ISO dates sort as text; undated points go last. */
function compareAsOf(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNDATED) return 1;
  if (b === UNDATED) return -1;
  return a.localeCompare(b);
}
