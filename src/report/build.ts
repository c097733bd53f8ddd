// buildReport: selects, ranks and cites what the report shows, from an AnalysisResult.
// Stories rank by how many outlets carried them (a story one outlet tells is a claim, one that five
// tell is news); every statement keeps the articles it came from.
import {
  clauseAfter,
  describesPlaceOrPerson,
  isHistorical,
  type SeriesPoint,
} from '../analyze/figure-series.js';
import { analyzeFraming } from '../analyze/framing.js';
import { BUILTIN_LEXICON, type FramingLexicon } from '../analyze/lexicon.js';
import { sentenceAround } from '../analyze/sentences.js';
import { quotesBySpeaker, speakerGroups } from '../analyze/speakers.js';
import { isMeasure } from '../extract/figures/measures.js';
import { casualtyVerbBefore } from '../extract/figures.js';
import type {
  AnalysisResult,
  Article,
  DateMention,
  Figure,
  Framing,
  Quote,
  Story,
  TimelineEntry,
  TrackedFigure,
} from '../types.js';
import { groupBy } from '../util/collections.js';
import { normalizeForCompare } from '../util/text.js';
import { formatPeriod } from './format.js';
import type {
  Cited,
  ReportFraming,
  ReportModel,
  ReportQuote,
  ReportSeries,
  ReportSpeaker,
  ReportStory,
  ReportTimelineEntry,
} from './model.js';
import { SourceRegistry } from './model.js';
import { readableTitle } from './readable-title.js';
import { summarize } from './summary.js';

export interface ReportOptions {
  since?: string;
  until?: string;
  title?: string;
  /** How many stories to show; default 10. */
  topStories?: number;
  /** Used to recount framing when a date range leaves out part of the corpus. */
  lexicon?: FramingLexicon;
}

const FIGURES_PER_STORY = 4;
const QUOTES_PER_STORY = 3;
const SPEAKERS = 12;
const QUOTES_PER_SPEAKER = 4;
const QUOTE_CHARS = 280;
const SERIES_SHOWN = 8;
/** A report is read, not searched: beyond these, the most recent are shown and the rest counted. */
const POINTS_SHOWN = 250;
const TIMELINE_SHOWN = 150;
const CONFLICTS_SHOWN = 40;
const CITES_PER_CONFLICT = 8;
const CITES_PER_QUOTE = 6;

export function buildReport(result: AnalysisResult, options: ReportOptions = {}): ReportModel {
  const inRange = (date: string | null) => withinRange(date, options.since, options.until);
  const filtered = options.since || options.until;
  const articles = new Map<string, Article>();
  for (const a of result.articles) if (!filtered || inRange(a.published)) articles.set(a.id, a);
  const sources = new SourceRegistry(articles);
  const stories = rankStories(result.stories, articles, options.topStories ?? 10);
  // Figures and quotes are looked up for the shown stories' articles only.
  const shown = new Set(stories.flatMap((s) => s.articles));
  const figuresByArticle = groupBy(
    result.figures.filter((f) => shown.has(f.article)),
    (f) => f.article,
  );
  const datesByArticle = groupBy(
    result.dates.filter((d) => shown.has(d.article)),
    (d) => d.article,
  );
  const quotes = withShownSpeakers(
    filtered ? result.quotes.filter((q) => articles.has(q.article)) : result.quotes,
  );
  const quotesByArticle = groupBy(
    quotes.filter((q) => shown.has(q.article)),
    (q) => q.article,
  );
  // Order matters for the appendix: sources are numbered in the order they are first cited.
  const tracked = trackedFigureKeys(result.trackedFigures);
  const reportStories = stories.map((s) =>
    reportStory(
      s,
      tracked,
      articles,
      { figures: figuresByArticle, dates: datesByArticle },
      quotesByArticle,
      sources,
    ),
  );
  const trackedFigures = reportSeries(result.trackedFigures, articles, sources);
  const { timeline, timelineOmitted, expected } = reportTimeline(result, articles, sources);
  const framing = reportFraming(
    filtered ? recountFraming(result, articles, options.lexicon) : result.framing,
    sources,
  );
  const speakers = reportSpeakers(quotes, articles, sources);
  // Without a range asked for, the period is the one the articles cover.
  const days = [...articles.values()].flatMap((a) => (a.published ? [a.published.slice(0, 10)] : [])).sort();
  const since = options.since ?? days[0] ?? null;
  const until = options.until ?? days.at(-1) ?? null;
  return {
    title: options.title ?? `Situation report: ${formatPeriod(since, until)}`,
    since,
    until,
    stats: statsOf(result, articles, quotes.length),
    stories: reportStories,
    trackedFigures,
    timeline,
    timelineOmitted,
    expected,
    framing,
    speakers,
    sources: sources.list(),
  };
}

/** The series of every figure that is a point of a tracked series, by "article|start". */
function trackedFigureKeys(series: TrackedFigure[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const s of series)
    for (const p of s.points as SeriesPoint[]) keys.set(`${p.article}|${p.start}`, s.id);
  return keys;
}

function statsOf(
  result: AnalysisResult,
  articles: Map<string, Article>,
  quotes: number,
): ReportModel['stats'] {
  return {
    articles: articles.size,
    outlets: new Set([...articles.values()].map((a) => a.outlet).filter(Boolean)).size,
    stories: result.stories.filter((s) => s.articles.some((id) => articles.has(id))).length,
    figures: result.figures.filter((f) => articles.has(f.article)).length,
    quotes,
  };
}

function withinRange(date: string | null, since?: string, until?: string): boolean {
  if (!since && !until) return true;
  if (!date) return false;
  if (since && date.slice(0, since.length) < since) return false;
  if (until && date.slice(0, until.length) > until) return false;
  return true;
}

/**
 * The top stories, members limited to the range, ranked by outlets, then news before comment (a
 * story of op-eds alone reports no development), then independent reports, then recency. Only the
 * winners are copied: over a year of news most stories are never shown.
 */
function rankStories(stories: Story[], articles: Map<string, Article>, top: number): Story[] {
  const scored: { story: Story; outlets: number; members: number; commentOnly: boolean }[] = [];
  for (const story of stories) {
    const members = story.articles.filter((id) => articles.has(id));
    if (members.length === 0) continue;
    const outlets =
      members.length === story.articles.length ? story.outlets.length : outletsOf(members, articles).length;
    const commentOnly = members.every((id) => articles.get(id)!.kind === 'opinion');
    scored.push({ story, outlets, members: members.length, commentOnly });
  }
  scored.sort(
    (a, b) =>
      b.outlets - a.outlets ||
      Number(a.commentOnly) - Number(b.commentOnly) ||
      (b.story.independent ?? 0) - (a.story.independent ?? 0) ||
      b.members - a.members ||
      (b.story.last ?? '').localeCompare(a.story.last ?? ''),
  );
  return scored.slice(0, top).map(({ story }) => {
    const members = story.articles.filter((id) => articles.has(id));
    return { ...story, articles: members, outlets: outletsOf(members, articles) };
  });
}

function outletsOf(ids: string[], articles: Map<string, Article>): string[] {
  return [...new Set(ids.map((id) => articles.get(id)?.outlet).filter((o): o is string => !!o))];
}

/** The figures and date mentions of the shown stories' articles, by article id. */
interface ArticleFacts {
  figures: Map<string, Figure[]>;
  dates: Map<string, DateMention[]>;
}

function reportStory(
  story: Story,
  tracked: Map<string, string>,
  articles: Map<string, Article>,
  facts: ArticleFacts,
  quotesByArticle: Map<string, Quote[]>,
  sources: SourceRegistry,
): ReportStory {
  const members = story.articles
    .map((id) => articles.get(id))
    .filter((a): a is Article => !!a)
    .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const summary = summarize(members).map((s) => ({ text: s.text, sources: sources.citeAll([s.article]) }));
  return {
    id: story.id,
    headline: readableTitle(story.headline, members.find((a) => a.title === story.headline)?.text ?? ''),
    outlets: story.outlets,
    first: story.first,
    last: story.last,
    articleCount: members.length,
    summary,
    sources: sources.citeAll(members.map((a) => a.id)),
    figures: keyFigures(members, facts, tracked, sources),
    quotes: keyQuotes(members, quotesByArticle, articles, sources),
  };
}

/**
 * Distinct figures of the story, as the article words them ("more than 65,000 people had crossed the
 * border by Thursday morning"); figures that belong to a tracked series come first.
 */
function keyFigures(
  members: Article[],
  facts: ArticleFacts,
  tracked: Map<string, string>,
  sources: SourceRegistry,
): Cited[] {
  const figures = members.flatMap((a) =>
    (facts.figures.get(a.id) ?? [])
      .filter(
        (figure) =>
          tracked.has(`${figure.article}|${figure.start}`) ||
          (isKeyWorthy(figure) &&
            !describesPlaceOrPerson(a.text, figure.start) &&
            !countsSpeakers(figure, a.text) &&
            !tellsHistory(a.text, figure.start, a.published) &&
            !isHistorical(figure, a, facts.dates.get(a.id) ?? [])),
      )
      .map((figure) => ({ figure, article: a })),
  );
  const rank = (f: Figure) =>
    Number(tracked.has(`${f.article}|${f.start}`)) * 2 + Number(f.unit === 'people');
  figures.sort((a, b) => rank(b.figure) - rank(a.figure));
  const sentences = new Set<string>();
  const byReport = new Map<string, { text: string; articles: string[] }>();
  for (const { figure, article } of figures) {
    const text = figureWording(figure, article.text);
    // The same value of one tracked series, however worded ("about 65% of customers", "About 65 per
    // cent of customers"), is one line citing every outlet that gave it.
    const series = tracked.get(`${figure.article}|${figure.start}`);
    const report = series ? `${series}|${figure.value}` : (sameFigureKey(figure) ?? text.toLowerCase());
    const known = byReport.get(report) ?? shownWithin(byReport, text);
    if (known) {
      if (!known.articles.includes(article.id)) known.articles.push(article.id);
      continue;
    }
    // One figure a sentence: "killed 1,002 people and injured 2,376" shows both counts once.
    const sentence = `${article.id}|${sentenceAround(article.text, figure.start).start}`;
    if (sentences.has(sentence) || byReport.size >= FIGURES_PER_STORY) continue;
    sentences.add(sentence);
    byReport.set(report, { text, articles: [article.id] });
  }
  return [...byReport.values()].map(({ text, articles }) => ({ text, sources: sources.citeAll(articles) }));
}

/**
 * A large number written the same way twice in one story ("more than 300,000 people took part",
 * "more than 300,000 people joined the rally") is one figure however the sentences go on; small
 * numbers recur by chance ("12 people" killed and "12 people" detained).
 */
function sameFigureKey(figure: Figure): string | undefined {
  const value = figure.value ?? figure.high ?? 0;
  if (value < SAME_FIGURE_FROM) return undefined;
  return `figure|${figure.text.toLowerCase().replace(/\s+/g, ' ')}`;
}

const SAME_FIGURE_FROM = 1000;

/**
 * The line already shown whose words hold these ("at least six armoured vehicles took part" within
 * "Around 200 soldiers and at least six armoured vehicles took part"): another outlet's report of it.
 */
function shownWithin<T extends { text: string }>(shown: Map<string, T>, text: string): T | undefined {
  const words = text.toLowerCase();
  for (const line of shown.values()) if (line.text.toLowerCase().includes(words)) return line;
  return undefined;
}

/**
 * Whether a figure untracked by any series says something an analyst would list: a count of people,
 * a sum of money, a measured quantity or share, or a count of anything else from ten up. "Two wars",
 * "two concerns" and a "three-way format" are the wording of a sentence, not its facts.
 */
function isKeyWorthy(figure: Figure): boolean {
  if (figure.unit === 'parties') return false;
  // "her two children": a small count of people with nothing said of them describes someone.
  if (figure.unit === 'people')
    return Math.max(figure.value ?? 0, figure.high ?? 0) >= 10 || figure.subject.includes(' ');
  if (figure.unit === 'percent' || CURRENCY_CODE.test(figure.unit)) return true;
  if (isMeasure(figure.unit)) return true;
  return Math.max(figure.value ?? 0, figure.high ?? 0) >= 10;
}

const CURRENCY_CODE = /^[A-Z]{3}$/;

/**
 * "Thirteen Western embassies, including those of …, said they were deeply concerned": a count that
 * is the subject of a verb of saying tells who spoke, not what happened.
 */
function countsSpeakers(figure: Figure, text: string): boolean {
  return figure.unit !== 'percent' && SPOKE_AFTER.test(text.slice(figure.end, figure.end + 200));
}

/** Right after the count, or after an aside set off by commas: a verb of saying in the active voice. */
const SPOKE_AFTER = /^(?:,[^.;:]{1,140}?,)?\s+(?:said|say|says|urged|condemned|expressed|voiced|demanded)\b/u;

/**
 * Whether the figure's sentence tells of years gone by ("about 500,000 people were expelled in the
 * war of the early 1990s", "a ceasefire signed in 1994"): background every report of a conflict
 * repeats, not the news of the day. A year at least two before the article's is the sign, unless
 * it is only a point of comparison ("more than in 2010") or the sentence counts since then.
 */
function tellsHistory(text: string, start: number, published: string | null): boolean {
  if (!published) return false;
  const before = Number(published.slice(0, 4)) - 2;
  const sentence = sentenceAround(text, start);
  // "30,000 have died since the war began in 2013": a running total counts to this day.
  if (/\bsince\b/i.test(sentence.text)) return false;
  for (const m of sentence.text.matchAll(YEAR)) {
    if (Number(m[1]) > before) continue;
    if (!COMPARED_YEAR.test(sentence.text.slice(Math.max(0, m.index - 12), m.index))) return true;
  }
  return false;
}

/** A year written out, or a decade ("the 1990s"). */
const YEAR = /(?<![\d,.])((?:1[89]|20)\d\d)s?(?![\d,])/g;
/** Words before a year that only compare with it. */
const COMPARED_YEAR = /\b(?:than(?: in)?|record(?: set)? in)\s+$/i;

/**
 * A figure with what it counts: "8,574 people had died in the country". A bare number whose sentence
 * said what it counts before it ("the number of people killed … rose above 11,000") keeps that part
 * of the sentence instead, cut from the left when long.
 */
/**
 * A number or a range with at most a qualifier ("at least 25", "50-1,000"): what it counts was said
 * before it, if at all.
 */
const BARE_COUNT = new RegExp(
  String.raw`^(?:(?:at least|more than|over|about|nearly|almost|some|around|up to|between|from)\s+)?(?:[\d.,\s]+(?:(?:-|–|to|and)\s*[\d.,\s]+)?|(?:${numberWords()})(?:[\s-](?:${numberWords()}))*)$`,
  'i',
);

/** "five", "twenty-one", "a hundred": a count written in words, with nothing said of what it counts. */
function numberWords(): string {
  return 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|dozen|a dozen';
}

/** A verb in the clause after a count: an auxiliary, or a word in the past tense ("died", "fled"). */
const SAYS_WHAT_BEFELL =
  /(?<![-\p{L}])(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|must|should|remain|remains|need|needs|face|faces|fled|died|lost|left|took|went|came|ran|fell|rose|grew|hit|hurt|made|got|saw|won)(?![-\p{L}])|(?<![-\p{L}])\p{L}{2,}ed(?![-\p{L}])/iu;

/** "Of the", "Of them,": a sentence that opens on the whole it then divides. */
const PARTITIVE_OPENING = /^\s*Of\s+(?:the|them|these|those)\s+$/i;
/** ", 18 kings and four queens, were": an aside between a count and its verb. */
const LISTING_ASIDE =
  /^,[^.;:,]{1,80}(?:,[^.;:,]{1,60})?,\s+(?=(?:were|was|are|is|had|have|has|will|would)\s)/;

/** A clause that only says who reported something: "state broadcaster TRT reported", "officials said". */
const REPORTED_BY =
  /^\s*(?:[\p{L}\p{N}'’.-]+\s+){1,5}(?:said|says|reported|reports|told|added|according)\b[^,;]*$/u;

function figureWording(figure: Figure, text: string): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const asideAfter = /^\s*[,(–—]/.test(text.slice(figure.end, figure.end + 3));
  // "106 people, among them two mayors, state broadcaster TRT reported": past the aside the clause
  // only says who reported it, so what the figure counts was said before it, as for a bare number.
  const reportedAfter = asideAfter && REPORTED_BY.test(clauseAfter(text, figure.end));
  // "A silent tribute to the 15 people killed in Novi Sad turned to panic …": a count the sentence
  // names as known is part of a larger clause, whose opening says what happened; shown from the
  // number, it would read as if the 15 had died in the panic.
  const definite = /\bthe\s+$/i.test(text.slice(Math.max(0, figure.start - 6), figure.start));
  // "Of the 22 people confirmed dead, 18 were Chinese": the whole and its part make one statement.
  const sentence = sentenceAround(text, figure.start);
  if (PARTITIVE_OPENING.test(text.slice(sentence.start, figure.start)))
    return shorten(oneLine(sentence.text.replace(/[.!?]\s*$/, '')), 120);
  if (!BARE_COUNT.test(figure.text) && !reportedAfter && !definite) {
    // "killed at least 1,002 people and injured 2,376": the verb before a count says what it counts.
    const verb = casualtyVerbBefore(text, figure.start)?.written;
    const clause = clauseAfter(text, figure.end);
    // "8,574 people had died": the clause after the count says what befell it. "had fallen by about
    // 30%", "Western Railway has cancelled 95 trains on the coast": the verb came before the count,
    // and the count with only its place or time ("95 trains on the coast") says little.
    // "identified 41 low-lying areas and set up 2,700 tents": a clause that "and" opens is the
    // subject's next deed, not what befell the count.
    if (verb || (SAYS_WHAT_BEFELL.test(clause) && !/^\s*(?:and|or|but)\s/.test(clause)))
      return shorten(oneLine(`${verb ? `${verb} ` : ''}${figure.text}${clause}`), 120);
  }
  // The rest of its clause may say what it counts ("recovered 12 of the 40 rifles missing", "Of the
  // 275 dead") or what became of it ("The figure of 88,780 given by the government amounts to …").
  // An aside right after the count ("rose to 12, including two children, the minister said") ends it.
  // "Twenty-two royal mummies, 18 kings and four queens, were driven through Cairo": past an aside
  // that lists them, the verb says what happened to them.
  const listed = asideAfter ? LISTING_ASIDE.exec(text.slice(figure.end, figure.end + 160)) : null;
  const after = listed
    ? ` … ${clauseAfter(text, figure.end + listed[0].length)}`
    : asideAfter
      ? ''
      : clauseAfter(text, figure.end);
  const lead = oneLine(text.slice(sentenceAround(text, figure.start).start, figure.end));
  const room = Math.max(60, 120 - after.length);
  if (lead.length <= room) return shorten(oneLine(lead + after), 120);
  const withoutAside = leadWithoutAside(lead);
  if (withoutAside && withoutAside.length <= room) return shorten(oneLine(withoutAside + after), 120);
  return shorten(oneLine(`…${fromClauseStart(lead, room)}${after}`), 120);
}

/**
 * "The inspections, led by local governments with the fire services and two ministries, will cover
 * about 500 sites": a short subject, an aside that describes it, and the verb that tells the news.
 * Without the aside the sentence reads whole ("The inspections … will cover about 500 sites"), where
 * a cut from the left would start inside the aside's list of names.
 */
function leadWithoutAside(lead: string): string | null {
  const m = SUBJECT_ASIDE_VERB.exec(lead);
  return m ? `${m[1]} … ${lead.slice(m[0].length)}` : null;
}

const SUBJECT_ASIDE_VERB =
  /^(\p{Lu}[^,;:()"“”]{2,50}?),\s[^;:]{8,}?,\s+(?=(?:will|would|has|have|had|is|are|was|were|can|could|may|must|should|plans?|plans|aims?|said|says)\s)/u;

/**
 * The end of a long lead, at most `room` characters, from the start of a clause ("…, and police said
 * they had recovered 12") where one begins in that stretch, or else from a word.
 */
/** A verb of saying, with at most a few words ("on September 29") between it and a following "that". */
const SAYING_BEFORE =
  /\b(?:said|says|say|told\s+\S+|estimated|estimates|added|adding|reported|announced|confirmed|warned|stated|noted)\b[^,.;]{0,40}$/;

/** A verb of saying followed by what was said, with no "that": "the ministry said 40 people …". */
const SAID_CLAUSE =
  /\b(?:said|says|told\s+\p{Ll}+|announced|estimated|warned)\s+(?!(?:on|in|at|by|for|from|after|before|during|when|while|last|this|late|later|earlier|separately|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?=\p{Ll}|\p{Lu}\p{Ll}*\s+\p{Ll})/gu;

function fromClauseStart(lead: string, room: number): string {
  const tail = lead.slice(lead.length - room);
  const clause =
    /(?:[,;]\s+(?:and|but|while|though|although|whereas)\s+(?:that\s+)?|;\s+|[,;]\s+(?=\p{Ll}+\s+(?:said|says|told)\b))/gu;
  let start = -1;
  for (const m of tail.matchAll(clause))
    if (m.index + m[0].length < tail.length - 12) start = m.index + m[0].length;
  // "…, said on September 29 that at least 22 people had been killed and more than 100": what was
  // said starts after "that", where cutting at a word would start inside the speaker's name.
  // Only a "that" after a verb of saying: "the earthquake that struck Dingri" starts no such clause.
  if (start === -1)
    for (const m of tail.matchAll(/\bthat\s+/g))
      if (m.index + m[0].length < tail.length - 12 && SAYING_BEFORE.test(tail.slice(0, m.index)))
        start = m.index + m[0].length;
  // "…Association of Grain Producers said farmers would gather at around 40 points": where a cut at a
  // word would start inside a name, what was said starts after the verb of saying.
  const wordStart = tail.indexOf(' ') + 1;
  if (start === -1 && /^[\p{Lu}(]/u.test(tail.slice(wordStart)))
    for (const m of tail.matchAll(SAID_CLAUSE))
      if (m.index + m[0].length < tail.length - 12) start = m.index + m[0].length;
  if (start === -1) start = afterClosingQuote(tail, wordStart);
  return tail.slice(start);
}

/**
 * Where a cut at `start` lands inside a quotation ("…humanitarian catastrophe” also sent 12.5 million
 * euros"), the first word after the quotation closes; else `start`.
 */
function afterClosingQuote(tail: string, start: number): number {
  // A closing mark: a curly one, or a straight one right after a word or a stop.
  const close = /”|(?<=\S)"/.exec(tail.slice(start));
  if (!close) return start;
  const at = start + close.index;
  // An opening mark before it: the quotation opened after the cut.
  if (/“|(?:^|\s)"/.test(tail.slice(start, at))) return start;
  const next = /\s+/.exec(tail.slice(at + 1));
  const word = next ? at + 1 + next.index + next[0].length : -1;
  return word > 0 && word < tail.length - 12 ? word : start;
}

function keyQuotes(
  members: Article[],
  byArticle: Map<string, Quote[]>,
  articles: Map<string, Article>,
  sources: SourceRegistry,
): ReportQuote[] {
  const quotes = members.flatMap((a) => byArticle.get(a.id) ?? []).filter((q) => q.speaker);
  // Each speaker's first words said in full, rather than a phrase an article quoted ("a lover of
  // democracy"), where the story has any.
  const bySpeaker = new Map<string, Quote>();
  for (const q of quotes) {
    const kept = bySpeaker.get(q.speaker!);
    if (!kept || (isPhrase(kept) && !isPhrase(q))) bySpeaker.set(q.speaker!, q);
  }
  // Speakers in the order the story quotes them, those heard only in a phrase after the others.
  const speakers = [...bySpeaker.values()];
  const ranked = [...speakers.filter((q) => !isPhrase(q)), ...speakers.filter(isPhrase)];
  return ranked.slice(0, QUOTES_PER_STORY).map((q) => toReportQuote(q, articles, sources));
}

/**
 * A quoted phrase rather than a sentence: one or two words, or words that start mid-sentence ("not be
 * quick, or easy, or cheap").
 */
function isPhrase(q: Quote): boolean {
  const text = q.text.trim().replace(/^[\p{P}\s]+/u, '');
  return wordCount(text) < 3 || !/^[\p{Lu}\d]/u.test(text);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function toReportQuote(q: Quote, articles: Map<string, Article>, sources: SourceRegistry): ReportQuote {
  return {
    speaker: q.speaker ?? 'unattributed',
    via: q.via,
    outlet: articles.get(q.article)?.outlet ?? null,
    // The comma before "he said" belongs to the sentence that carried the quote, not to the words.
    text: shorten(q.text.replace(/\s+/g, ' ').trim().replace(/,$/, ''), QUOTE_CHARS),
    sources: sources.citeAll([q.article]),
  };
}

/**
 * One article's repeats of one value on one day ("killed 50 people … the toll rose to 50") are one
 * report: the table keeps the one written most fully, and a series one article fills is no series.
 */
function onePerReport<P extends { article: string; asOf: string; value: number; text?: string | null }>(
  points: P[],
): P[] {
  // One key a point, the kept one's index by key: a series may hold a point for each of 100k articles.
  const kept = new Map<string, number>();
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    const key = `${point.article}|${point.asOf}|${point.value}`;
    const seen = kept.get(key);
    if (seen === undefined || (point.text ?? '').length > (points[seen]!.text ?? '').length) kept.set(key, i);
  }
  if (kept.size === points.length) return points;
  const keep = new Uint8Array(points.length);
  for (const i of kept.values()) keep[i] = 1;
  return points.filter((_, i) => keep[i] === 1);
}

/** Whether the points come from two articles at least: one article's 5,400 and 8,000 tonnes are no series. */
function fromSeveralArticles(points: readonly { article: string }[]): boolean {
  return points.some((p) => p.article !== points[0]!.article);
}

/** Series with points in range; those with conflicts and many points first. */
function reportSeries(
  series: TrackedFigure[],
  articles: Map<string, Article>,
  sources: SourceRegistry,
): ReportSeries[] {
  const kept = series
    .map((s) => ({ ...s, points: onePerReport(s.points.filter((p) => articles.has(p.article))) }))
    .filter((s) => s.points.length >= 2 && fromSeveralArticles(s.points))
    .sort((a, b) => b.conflicts.length - a.conflicts.length || b.points.length - a.points.length)
    .slice(0, SERIES_SHOWN);
  return kept.map((s) => {
    const conflicts = s.conflicts
      .filter((c) => c.articles.some((id) => articles.has(id)))
      .slice(-CONFLICTS_SHOWN)
      .map((c) => ({
        asOf: c.asOf,
        values: c.values,
        sources: sources.citeAll(c.articles.filter((id) => articles.has(id)).slice(0, CITES_PER_CONFLICT)),
      }));
    // A point is in conflict when its article and value appear in a conflict on its date.
    const conflicting = new Map<string, Set<number>>();
    for (const c of s.conflicts) {
      const values = new Set(c.values);
      for (const id of c.articles) conflicting.set(`${id}|${c.asOf}`, values);
    }
    const shown = s.points.slice(-POINTS_SHOWN);
    const points = shown.map((p) => {
      const extra = p as SeriesPoint;
      return {
        value: p.value,
        qualifier: p.qualifier,
        low: extra.low ?? null,
        high: extra.high ?? null,
        approximate: extra.approximate ?? false,
        asOf: p.asOf,
        outlet: p.outlet,
        text: p.text ?? String(p.value),
        source: sources.cite(p.article) ?? '',
        conflicting: conflicting.get(`${p.article}|${p.asOf}`)?.has(p.value) ?? false,
      };
    });
    return {
      id: s.id,
      label: s.label,
      unit: s.unit,
      points,
      omitted: s.points.length - shown.length,
      conflicts,
    };
  });
}

function reportTimeline(
  result: AnalysisResult,
  articles: Map<string, Article>,
  sources: SourceRegistry,
): { timeline: ReportTimelineEntry[]; timelineOmitted: number; expected: ReportTimelineEntry[] } {
  const kept = result.timeline.filter((e) => e.articles.some((id) => articles.has(id)));
  const happened = kept.filter((e) => !e.upcoming);
  const shown = happened.slice(-TIMELINE_SHOWN);
  const toReport = (e: TimelineEntry): ReportTimelineEntry => ({
    // "this week" dates a week, written as its Monday: say so, or it reads as that Monday.
    date: e.precision === 'week' ? `week of ${e.date}` : e.date,
    text: e.summary,
    sources: sources.citeAll(e.articles.filter((id) => articles.has(id))),
  });
  return {
    timeline: shown.map(toReport),
    timelineOmitted: happened.length - shown.length,
    expected: kept
      .filter((e) => e.upcoming)
      .slice(0, TIMELINE_SHOWN)
      .map(toReport),
  };
}

/**
 * The framing of the articles in range, for a report on part of the corpus. (A report on all of it
 * shows the stored framing, counted with the lexicon analyze was given; comparing article counts
 * instead would recount whenever one article came in two digests, with the built-in lexicon.)
 */
function recountFraming(
  result: AnalysisResult,
  articles: Map<string, Article>,
  lexicon?: FramingLexicon,
): Framing[] {
  const places = result.entities.flatMap((e) => (e.type === 'place' ? e.aliases : []));
  return analyzeFraming([...articles.values()], result.quotes, lexicon ?? BUILTIN_LEXICON, places);
}

/**
 * A concept the articles use once is no pattern: one outlet's single "separatists" in a side story
 * says nothing about how outlets frame the facts, and it pushes the comparisons that do off the page.
 */
const MIN_FRAMING_USES = 2;

function usesOf(f: Framing): number {
  let uses = 0;
  for (const table of [f.terms, f.quoted ?? {}])
    for (const row of Object.values(table)) for (const count of Object.values(row)) uses += count;
  return uses;
}

/**
 * Whether every use of a concept is one sentence that copies of one report repeat ("Lawmakers were
 * evacuated through a tunnel" in a wire story and its republication): one wording, not a pattern.
 */
function isOneCopiedSentence(f: Framing): boolean {
  const examples = Object.values(f.examples ?? {}).flat();
  return (
    Object.keys(f.terms).length === 1 &&
    Object.keys(f.quoted ?? {}).length === 0 &&
    examples.length === usesOf(f) &&
    new Set(examples.map((e) => e.sentence)).size === 1
  );
}

function reportFraming(framing: Framing[], sources: SourceRegistry): ReportFraming[] {
  return framing
    .filter(
      (f) => Object.keys(f.terms).length > 0 && usesOf(f) >= MIN_FRAMING_USES && !isOneCopiedSentence(f),
    )
    .map((f) => {
      const terms = [...new Set([...Object.keys(f.terms), ...Object.keys(f.quoted ?? {})])];
      const outletSet = new Set<string>();
      for (const table of [f.terms, f.quoted ?? {}]) {
        for (const row of Object.values(table)) for (const o of Object.keys(row)) outletSet.add(o);
      }
      const outlets = [...outletSet].sort();
      const cell = (table: Framing['terms'] | undefined, t: string, o: string) => table?.[t]?.[o] ?? 0;
      const examples = Object.entries(f.examples ?? {}).flatMap(([term, list]) =>
        list.map((e) => ({
          term,
          outlet: e.outlet,
          sentence: e.sentence,
          source: sources.cite(e.article) ?? '',
        })),
      );
      return {
        concept: f.concept,
        terms,
        outlets,
        own: terms.map((t) => outlets.map((o) => cell(f.terms, t, o))),
        quoted: terms.map((t) => outlets.map((o) => cell(f.quoted, t, o))),
        examples,
      };
    });
}

/** The quotes with each speaker named as the report's "Who said what" shows them (see speakerGroups). */
function withShownSpeakers(quotes: Quote[]): Quote[] {
  const shown = speakerGroups(quotes.map((q) => q.speaker).filter((name): name is string => !!name));
  return quotes.map((q) => {
    const speaker = q.speaker ? shown.get(q.speaker) : undefined;
    return speaker && speaker !== q.speaker ? { ...q, speaker } : q;
  });
}

function reportSpeakers(
  quotes: Quote[],
  articles: Map<string, Article>,
  sources: SourceRegistry,
): ReportSpeaker[] {
  return quotesBySpeaker(quotes, articles)
    .filter((s) => s.speaker !== 'unattributed')
    .slice(0, SPEAKERS)
    .map((s) => ({
      speaker: s.speaker,
      outlets: s.outlets,
      quotes: distinctQuotes(s.quotes, articles, sources).slice(0, QUOTES_PER_SPEAKER),
    }));
}

/**
 * The same words carried by several outlets (a wire story and its rewrites) are shown once, and so
 * are words that only repeat part of a longer quotation of the speaker's ("unspeakably painful for
 * me" inside the statement it comes from): under the longer one, citing both.
 */
function distinctQuotes(
  quotes: Quote[],
  articles: Map<string, Article>,
  sources: SourceRegistry,
): ReportQuote[] {
  const wordsOf = (quote: Quote) =>
    ` ${normalizeForCompare(quote.text)
      .replace(/[^\p{L}\p{N} ]/gu, '')
      .trim()} `;
  const keyed = quotes.map((quote, order) => ({ quote, order, words: wordsOf(quote) }));
  const groups: { words: string; first: number; copies: Quote[] }[] = [];
  for (const { quote, order, words } of [...keyed].sort((a, b) => b.words.length - a.words.length)) {
    const home = groups.find((group) => group.words.includes(words));
    if (home) {
      home.copies.push(quote);
      home.first = Math.min(home.first, order);
    } else groups.push({ words, first: order, copies: [quote] });
  }
  groups.sort((a, b) => a.first - b.first);
  return groups.map(({ copies }) => {
    const outlets = [...new Set(copies.map((q) => articles.get(q.article)?.outlet).filter(Boolean))];
    const more = outlets.length > CITES_PER_QUOTE ? ` and ${outlets.length - CITES_PER_QUOTE} more` : '';
    return {
      ...toReportQuote(copies[0]!, articles, sources),
      outlet: `${outlets.slice(0, CITES_PER_QUOTE).join(', ')}${more}` || null,
      sources: sources.citeAll([...new Set(copies.map((q) => q.article))].slice(0, CITES_PER_QUOTE)),
    };
  });
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}
