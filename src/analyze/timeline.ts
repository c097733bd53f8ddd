// The timeline: dated events, one entry per event even when several outlets report it. Mentions
// of the same date whose sentences share the event's content words merge into one entry that lists
// every article; the summary is the most representative of those sentences, cleaned and shortened.

import { isHeadingText } from '../extract/entity-words.js';
import type { Article, DateMention, EntityMention, Quote, TimelineEntry } from '../types.js';
import { foldDiacritics } from '../util/text.js';
import { cleanSentence } from './clean-sentence.js';
import { quotedSpans } from './framing.js';
import { sentenceAround } from './sentences.js';

interface Candidate {
  date: string;
  precision: DateMention['precision'];
  article: string;
  /** The story of the article, when stories are known. */
  story: string | undefined;
  summary: string;
  words: Set<string>;
  /** Dates an event the sentence names in passing (see SPAN_TO_AN_EVENT): joins an entry, never heads one. */
  passing: boolean;
}

const STOPWORDS = new Set(
  'that this with from have been were which their there about after before would could should said says also will when where while they them than then into over more most other some such only just what monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december sept last next week month year today yesterday tonight morning evening'.split(
    ' ',
  ),
);

/** Two sentences tell the same event when they share at least this share of the shorter one's words. */
const SAME_EVENT_OVERLAP = 0.25;
/** How many members of a group a new sentence is compared with. */
const SCORING_SAMPLE = 24;
/** How far from its article a date may lie and still be part of the situation's timeline. */
const HISTORY_DAYS = 400;

/**
 * `quotes` are left out of the timeline: a date inside someone's words ("we left two days ago") is
 * relative to when they spoke, which the article does not say, and the outlet does not vouch for it.
 * `storyOf` (article id → story id) keeps two stories' sentences of one day apart: the rebels' capture
 * of a city and an Ebola case reported the same day share words ("Goma", "Monday"), not an event.
 */
export function buildTimeline(
  dates: DateMention[],
  articles: Map<string, Article>,
  quotes: Quote[] = [],
  storyOf: ReadonlyMap<string, string> = new Map(),
  mentionsOf: ReadonlyMap<string, readonly EntityMention[]> = new Map(),
): TimelineEntry[] {
  const quotesOf = new Map<string, Quote[]>();
  for (const quote of quotes) quotesOf.set(quote.article, [...(quotesOf.get(quote.article) ?? []), quote]);
  const quotedByArticle = new Map<string, { start: number; end: number }[]>();
  const byDate = new Map<string, Candidate[]>();
  const datesOf = new Map<string, DateMention[]>();
  for (const mention of dates)
    datesOf.set(mention.article, [...(datesOf.get(mention.article) ?? []), mention]);
  for (const mention of dates) {
    const article = articles.get(mention.article);
    if (article && isQuoted(mention, article, quotesOf.get(article.id) ?? [], quotedByArticle)) continue;
    if (article && datesAnEarlierEvent(mention, article.text, datesOf.get(article.id) ?? [])) continue;
    if (article && datesARelativeClause(mention, article.text)) continue;
    if (article && datesTheReport(mention, article.text, datesOf.get(article.id) ?? [])) continue;
    if (article && datesASaying(mention, article.text)) continue;
    if (article && endsABackgroundPeriod(mention, article.text, datesOf.get(article.id) ?? [])) continue;
    const candidate = toCandidate(
      mention,
      article,
      storyOf.get(mention.article),
      mentionsOf.get(mention.article),
    );
    if (!candidate) continue;
    const list = byDate.get(candidate.date) ?? [];
    list.push(candidate);
    byDate.set(candidate.date, list);
  }
  const entries = [...byDate.values()].flatMap((candidates) =>
    mergeEvents(candidates)
      .filter((group) => group.some((c) => !c.passing))
      .map((group) => toEntry(group, articles)),
  );
  return entries.sort(
    (a, b) => sortKey(a.date).localeCompare(sortKey(b.date)) || b.articles.length - a.articles.length,
  );
}

function isQuoted(
  mention: DateMention,
  article: Article,
  quotes: Quote[],
  cache: Map<string, { start: number; end: number }[]>,
): boolean {
  let spans = cache.get(article.id);
  if (!spans) {
    spans = quotedSpans(article.text, quotes);
    cache.set(article.id, spans);
  }
  return spans.some((s) => mention.start >= s.start && mention.end <= s.end);
}

function toCandidate(
  mention: DateMention,
  article: Article | undefined,
  story: string | undefined,
  mentions: readonly EntityMention[] = [],
): Candidate | null {
  if (!article || !mention.date) return null;
  if (!plausible(mention, article.published) || opensPeriod(mention, article.text)) return null;
  if (comparedWith(mention, article.text) || endsSpan(mention, article.text)) return null;
  if (CURRENT_PERIOD.test(mention.text) || BACKDROP_PRECISIONS.has(mention.precision)) return null;
  const sentence = sentenceAround(article.text, mention.start);
  // "Bridges Built for Yesterday's Rain": an op-ed's sub-heading dates nothing.
  if (CAPTION.test(sentence.text) || isHeadingText(sentence.text)) return null;
  const summary = namePronoun(cleanSentence(sentence.text, 180, mention.text), sentence.start, mentions);
  if (summary.length < 20) return null;
  return {
    date: mention.date,
    precision: mention.precision,
    article: mention.article,
    story,
    summary,
    words: contentWords(summary),
    passing: SPAN_TO_AN_EVENT.test(mention.text),
  };
}

/**
 * "She died of her burns on Monday night" → "[Maherin Chowdhury] died of her burns on Monday night":
 * a timeline line stands alone, so a sentence that opens with "He" or "She" is given the person the
 * pronoun stands for, the one person named in the article shortly before it. Left as written when
 * none is, or when two people are (either could be meant).
 */
function namePronoun(summary: string, sentenceStart: number, mentions: readonly EntityMention[]): string {
  const pronoun = /^(?:He|She)\s/.exec(summary);
  if (!pronoun) return summary;
  const people = new Set<string>();
  for (const m of mentions)
    if (m.type === 'person' && m.end <= sentenceStart && m.start >= sentenceStart - PRONOUN_REACH)
      people.add(m.name);
  if (people.size !== 1) return summary;
  return `[${[...people][0]}] ${summary.slice(pronoun[0].length)}`;
}

/** How far back (in characters, about two sentences) the person a pronoun stands for is looked for. */
const PRONOUN_REACH = 300;

/**
 * "deep cuts to foreign funding this year", "earlier this month": the period the report is written
 * in, which dates no event of its own (and would head the timeline as a bare "2025").
 */
const CURRENT_PERIOD = /\bthis (?:year|month)\b/i;

/**
 * A timeline of a crisis runs day by day; a date that names only a year ("the 2021 humanitarian plan
 * is less than 10 percent funded", "elections next year", "the lesson of 2022") is its backdrop. Of the
 * 73 such entries over the 196 folders' timelines, a sample of 25 held no dated development.
 */
const BACKDROP_PRECISIONS: ReadonlySet<DateMention['precision']> = new Set(['year', 'decade']);

/** "[Photo: Smoke rises above the hall on Friday. © Agency]": a picture's caption tells no event. */
const CAPTION = /^\s*[[(]?\s*(?:photo|picture|image|caption|pictured)\s*:/i;

/**
 * "The toll from Monday's earthquake rose to 11,000 on Wednesday": a possessive date names the event
 * a noun refers to; when the sentence has another date, that one dates what the sentence reports.
 */
function datesAnEarlierEvent(mention: DateMention, text: string, sameArticle: DateMention[]): boolean {
  if (!/^['’]s\b/.test(text.slice(mention.end, mention.end + 3))) return false;
  const sentence = sentenceAround(text, mention.start);
  return sameArticle.some(
    (other) => other !== mention && other.start >= sentence.start && other.start < sentence.end,
  );
}

/**
 * "… killing at least 51 people, emergency services said on Wednesday.": a date in the closing
 * attribution says when the news was told; when the sentence has another date, that one dates what
 * happened, and the sentence is not a second event on the day it was told.
 */
function datesTheReport(mention: DateMention, text: string, sameArticle: DateMention[]): boolean {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  if (!/,[^,]*\b(?:said|says|told|reported|announced|added)\s+(?:\S+\s+)?(?:on\s+)?$/i.test(before))
    return false;
  const sentence = sentenceAround(text, mention.start);
  if (text.slice(mention.end, sentence.end).trim().length > 1) return false;
  return sameArticle.some(
    (other) =>
      other !== mention &&
      other.start >= sentence.start &&
      other.start < mention.start &&
      !datesARelativeClause(other, text),
  );
}

/**
 * "On the 7th, a day after the flood, residents carried …": the phrase dates the event it names (the
 * flood, on the 6th), while the sentence tells what happened on the date it hangs from. The sentence
 * adds its article to the flood's entry, but cannot stand for the flood itself. ("A day later, …"
 * dates the sentence's own event.)
 */
const SPAN_TO_AN_EVENT =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:day|week|year)s?\s+(?:after|before)$/i;

/**
 * "The body of the returning officer, who went missing last week, has been found in a forest, police
 * said on Monday.": a date inside a relative clause set off in the middle of a sentence dates a fact
 * about someone the sentence names in passing, not what the sentence reports; the sentence is dated
 * by its other dates (here, when the police told it) or not at all.
 */
function datesARelativeClause(mention: DateMention, text: string): boolean {
  const sentence = sentenceAround(text, mention.start);
  const before = text.slice(sentence.start, mention.start);
  if (!OPENS_RELATIVE_CLAUSE.test(before)) return false;
  return CLOSES_CLAUSE_MIDWAY.test(text.slice(mention.end, sentence.end));
}

/**
 * After the sentence's last comma, a few words on from the pronoun (a long way on, the clause has
 * likely ended without a comma and the main verb come): "…, the officer who went missing ". Only
 * clauses about people: in "The quake, which struck on Monday, has killed 2,000" the clause dates
 * the event itself.
 */
const OPENS_RELATIVE_CLAUSE =
  /,[^,;:"“”()]*\b(?:who|whom|whose)\s+(?:[^\s,;:"“”()]+\s+){0,7}(?:on\s+|in\s+|at\s+)?$/i;
/** The clause ends at a comma a few words on, and the sentence goes on after it. */
const CLOSES_CLAUSE_MIDWAY = /^[^,;:.!?"“”()]{0,40},\s*\p{L}[\s\S]{12,}/u;

/**
 * '"… we lie down," the 34-year-old said by phone on Tuesday.': a date in the attribution after a
 * quotation dates when someone spoke, and what they said is not an event of the timeline.
 */
function datesASaying(mention: DateMention, text: string): boolean {
  const sentence = sentenceAround(text, mention.start);
  return AFTER_QUOTE_ATTRIBUTION.test(text.slice(sentence.start, mention.start));
}

const AFTER_QUOTE_ATTRIBUTION =
  /["”],?\s+(?:[\p{L}\d'’.-]+\s+){0,5}(?:said|says|told|added|wrote|asked|recalled)\b[^"“”]*$/u;

/**
 * "detained on September 27 the billionaire who served as state minister until February": a date after
 * "until" ends a period the sentence describes in passing; when the sentence has another date, that
 * one dates what it reports. (Alone, "the border stays closed until Friday" still dates something.)
 */
function endsABackgroundPeriod(mention: DateMention, text: string, sameArticle: DateMention[]): boolean {
  const before = text.slice(Math.max(0, mention.start - 8), mention.start);
  if (!/\b(?:until|till|through)\s+$/i.test(before) && !/^(?:until|till)\b/i.test(mention.text)) return false;
  const sentence = sentenceAround(text, mention.start);
  return sameArticle.some(
    (other) => other !== mention && other.start >= sentence.start && other.start < sentence.end,
  );
}

/**
 * "has risen to 1,136 since mid-June", "has killed 18 since it began in May": the date starts the
 * period a sentence sums up, and the sentence's event (the new toll) happened when the article
 * says, not then.
 */
function opensPeriod(mention: DateMention, text: string): boolean {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  return /\bsince\s+$/i.test(before) || /^since\b/i.test(mention.text) || SINCE_IT_BEGAN.test(before);
}

/** "has killed 18 people since it began in May", "since the season started on 1 June". */
const SINCE_IT_BEGAN =
  /\bsince\s+(?:[\p{L}'’-]+\s+){1,3}(?:began|started|opened|broke\s+out)\s+(?:in\s+|on\s+)?$/iu;

/**
 * "about the same as a week ago", "higher than last year", "up from a month earlier", "up 14% from a
 * year ago": a date the sentence only compares with, where nothing it reports happened. ("More than
 * 20 years ago" counts years; it compares nothing.)
 */
function comparedWith(mention: DateMention, text: string): boolean {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  return COMPARISON_BEFORE.test(before);
}

const COMPARISON_BEFORE =
  /\b(?:(?:the\s+)?same\s+as|similar\s+to|(?<!\b(?:more|less|fewer|rather|other)\s+)than|compared\s+(?:with|to)|(?:up|down|unchanged)(?:\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?[\d.,]+\s*(?:%|per\s?cent|percent|points?))?\s+from)\s+(?:in\s+|on\s+)?$/i;

/**
 * "in the April-June quarter", "from Monday to Friday": the end of a span whose start the sentence
 * names just before it. The span is one entry of the timeline, under its start.
 */
function endsSpan(mention: DateMention, text: string): boolean {
  const before = text.slice(Math.max(0, mention.start - 16), mention.start);
  return SPAN_START_BEFORE.test(before);
}

const SPAN_START_BEFORE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?(?:\s?[-–—]\s?|\s+(?:to|through|till|until)\s+)$/i;

/**
 * The timeline is the situation's, not its history: a date more than a year away from the article
 * that mentions it ("a war in the 1990s", "since 2018") is background, and a date years away that the
 * mention does not even spell out is a misreading ("September 30, 97,735" is not 1997).
 */
function plausible(mention: DateMention, published: string | null): boolean {
  if (!published) return true;
  const reference = Date.parse(published);
  const start = Date.parse(startOf(mention.date));
  if (Number.isNaN(start) || Number.isNaN(reference)) return false;
  return Math.abs(start - reference) <= HISTORY_DAYS * 86_400_000;
}

/** The first day a date stands for: "2023-09" → "2023-09-01", "1990s" → "1990-01-01". */
function startOf(date: string): string {
  const year = date.slice(0, 4);
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return `${year}-01-01`;
}

/** Single-link grouping of one date's sentences by shared content words. */
function mergeEvents(candidates: Candidate[]): Candidate[][] {
  const groups: Candidate[][] = [];
  for (const candidate of candidates) {
    const group = groups.find((g) => g.slice(0, SCORING_SAMPLE).some((other) => sameEvent(candidate, other)));
    if (group) group.push(candidate);
    else groups.push([candidate]);
  }
  return groups;
}

function sameEvent(a: Candidate, b: Candidate): boolean {
  if (a.summary === b.summary) return true;
  if (a.story !== undefined && b.story !== undefined && a.story !== b.story) return false;
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared++;
  const smaller = Math.min(a.words.size, b.words.size);
  return shared >= 2 && shared / Math.max(smaller, 1) >= SAME_EVENT_OVERLAP;
}

/** The sentence closest to all the others tells the event best; shorter wins a tie. */
function toEntry(group: Candidate[], articles: Map<string, Article>): TimelineEntry {
  // Scored against a sample of the group: a heavily reported day can have hundreds of sentences.
  const sample = group.slice(0, SCORING_SAMPLE);
  const scored = group
    .filter((c) => !c.passing)
    .map((c) => ({
      c,
      score: sample.reduce((sum, o) => (o === c ? sum : sum + overlap(c, o)), 0),
    }));
  scored.sort((a, b) => b.score - a.score || a.c.summary.length - b.c.summary.length);
  const best = scored[0]!.c;
  const members = [...new Set(group.map((c) => c.article))];
  return {
    date: best.date,
    summary: best.summary,
    articles: members,
    precision: best.precision,
    upcoming: reportedBeforehand(best.date, members, articles),
  };
}

/**
 * An entry is still to come when no article that mentions it was published on or after its first
 * day: a report written after the day tells what happened, one written before tells what is expected.
 * An article without a date cannot tell either way, so it counts as after.
 */
function reportedBeforehand(date: string, members: string[], articles: Map<string, Article>): boolean {
  const first = startOf(date);
  return members.every((id) => {
    const published = articles.get(id)?.published;
    return published != null && published < first;
  });
}

function overlap(a: Candidate, b: Candidate): number {
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared++;
  return shared;
}

/** Written with or without their accents ("İmamoğlu", "Imamoglu"), names are the same words. */
function contentWords(text: string): Set<string> {
  const words = foldDiacritics(text.toLowerCase()).match(/[\p{L}][\p{L}'’-]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 3 && !STOPWORDS.has(w)).map(stem));
}

/** A crude stem, enough to match "launched"/"launch" and "offensives"/"offensive". */
function stem(word: string): string {
  return word.replace(/[’']s$/, '').replace(/(?:ing|ed|es|s)$/, '');
}

/** "1990s" sorts as 1990; month and year dates sort before the days inside them. */
function sortKey(date: string): string {
  return date.replace(/s$/, '');
}
