// Incremental single-pass clustering (as in Miranda et al. 2018, without the learned weights): a new
// article is compared with the centroids of the open stories that share one of its heaviest terms,
// joins the best one above a threshold, or opens a new story. Nothing is compared all-pairs.

import { dayNumber } from '../dedup/fingerprint.js';
import type { WordHashes } from '../dedup/tokens.js';
import type { Article, Duplicate, Extraction } from '../types.js';
import { stableId } from '../util/hash.js';
import { grownCopy } from '../util/typed-arrays.js';
import { CauseTerms, HarmTerms } from './causes.js';
import {
  averageLink,
  type MemberTerms,
  memberTerms,
  type StorySums,
  storySums,
  WindowFrequencies,
} from './consolidate.js';
import { countsClash, countsFit, IN_TITLE, markHeaded, savedMentions, withinRatio } from './counts.js';
import { DayCounts } from './day-counts.js';
import { ArticleReader, type ArticleTerms, DATE_PREFIX, ENTITY_PREFIX, FIGURE_PREFIX } from './features.js';
import { type ReportKind, ReportKinds } from './kinds.js';
import { agencyName, type Member, outletCredits, wireCredits } from './lineage.js';
import { IdfMemo, Log1pMemo } from './log-memo.js';
import { CandidatePool, Postings } from './postings.js';
import { QuoteMates, quoteRuns } from './quote-mates.js';
import { isScenePiece, titleNumbers } from './scene.js';
import type { ClustererState, StoredStory } from './state.js';
import {
  heaviest,
  KeyCounts,
  Overlap,
  type SparseVector,
  TablePool,
  TermTable,
  topTerms,
} from './term-table.js';
import { COUNTRY_OF_ADJECTIVE, stemTerm } from './terms.js';
import { DEFAULT_TUNING, type Tuning } from './tuning.js';
import { Vocabulary } from './vocabulary.js';

export type { Tuning } from './tuning.js';

/**
 * The relation of a new article to the closest of some earlier ones, or null (the dedup stage's
 * DedupIndex.verifyClosest). `credited`: the new article credits the earlier ones' outlet, which
 * lowers the bar for a rewrite.
 */
export type PairCheck = (later: string, earlier: readonly string[], credited?: boolean) => Duplicate | null;

/** Days of silence after which a story is closed. */
export const OPEN_DAYS = 3;
/**
 * Days whose articles the document frequencies count (see day-counts.ts). With every folder's digests
 * read at once (74 crises), mean B³ 0.717 counting all days, 0.874 with 3, 0.854 with 7, 0.773 with
 * 30 (0.901 with each folder read alone); the synthetic stream 0.810, 0.803, 0.815. A week keeps
 * enough articles on a slow news day.
 */
export const IDF_DAYS = 7;
/**
 * The heaviest terms of an article that are looked up in the inverted index. Two reports of one
 * event can weigh different words most (each names its own witnesses): with 12, some reports of an
 * event found no story of it to score at all. 16 gave the older folders 0.922 → 0.927, the 15 newest
 * 0.851 → 0.863 and ECB+ 0.869 → 0.874 at no measurable cost on the bench stream; 20 and 24 add
 * little more.
 */
const QUERY_TERMS = 16;
/** A centroid keeps this many terms; an inverted-index posting keeps this many recent stories. */
const CENTROID_TERMS = 150;
const POSTING_LIMIT = 64;
/** The heaviest terms looked up for a piece from the scene, whose heaviest are its own (see sceneStory). */
const SCENE_QUERY_TERMS = 48;
/** Days a story of harm stays open to a further report of it that shares little of its wording. */
const HARM_DAYS = 1;
/** Countries as the story stage spells them: a people is read as its country ("kenyans" → "kenya"). */
const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_OF_ADJECTIVE.values());
/** A new member's check for copies and rewrites asks about this many of the story's latest reports. */
const MATES_CHECKED = 6;
/** checkCredited reads this many of each story's latest reports for the credited outlet's. */
const CREDITED_MEMBERS = 12;
/**
 * When the article's heaviest terms find fewer than SMALL_POOL stories, withLargestStories adds this
 * many of the largest open stories of at least LARGE_STORY reports. The folders' mean 0.870 → 0.872,
 * the 13 folders written last 0.792 → 0.805 (Bamako's second day had found only the army's
 * communiqué), all folders at once 0.844 → 0.845; ECB+ and the synthetic stream unchanged.
 */
const LARGEST_STORIES = 2;
const LARGE_STORY = 3;
const SMALL_POOL = 4;
/** Stories scored per article, those sharing the most query terms first. */
const MAX_CANDIDATES = 32;
const NO_STORIES: ReadonlySet<number> = new Set();
const NO_INDICES: readonly number[] = [];
/**
 * The credits of every member that credits no wire service (most): one array shared by all of them
 * rather than an empty array kept per member for the life of the clusterer. Credits are only read.
 */
const NO_CREDITS: string[] = [];
/** The same for the counts of an open story that has none yet: replaced, never pushed to. */
const NO_MENTIONS: number[] = [];
/** The numbers of a title not read (see Clusterer.add). */
const NO_NUMBERS: readonly number[] = [];
const NO_RUNS: readonly number[] = [];
/** What prefixOf says of a term. */
const ENTITY_TERM = 1;
const DATE_TERM = 2;
const OTHER_TERM = 3;
/** Upper bound of a cosine of unit vectors with positive weights, with room for rounding. */
const MAX_LINK = 1 + 1e-9;

/**
 * A centroid: the sum of the members' unit vectors, and its length (NaN until centroidNorm computes
 * it: a centroid changes with every member, and is seldom scored between two of them).
 */
interface Centroid {
  weights: TermTable;
  norm: number;
}

function centroidNorm(centroid: Centroid): number {
  if (Number.isNaN(centroid.norm)) centroid.norm = centroid.weights.norm();
  return centroid.norm;
}

/** An article's weighted vector: the ids of its term counts with their TF-IDF weights. */
interface ArticleVector extends SparseVector {
  ids: Int32Array;
  values: Float64Array;
  size: number;
}

function emptyVector(): ArticleVector {
  return { ids: new Int32Array(0), values: new Float64Array(256), size: 0 };
}

interface OpenStory extends Omit<StoredStory, 'titles' | 'countMentions'> {
  index: number;
  /** Whole-text and title-plus-lead centroids; null once the story is closed. */
  full: Centroid | null;
  /** Names and numbers of the members' leads → how many members named them. */
  specifics: TermTable | null;
  head: Centroid | null;
  /** The members' own terms while the story is open (for merging under the window's IDF). */
  memberTerms: MemberTerms[] | null;
  /** Title terms per member while the story is open. */
  titles: number[][] | null;
  /** The counts of people the members reported, flat: kind id, value, day, where (see IN_LEAD); while open. */
  mentions: number[] | null;
  /** "outlet|day" of each dated member with an outlet, while open (see Tuning.sameDeskSameDay). */
  desks: Set<string> | null;
  /** The members' quote runs while open (see quote-mates.ts). */
  quoteRuns: number[] | null;
}

export class Clusterer {
  readonly openDays: number;
  private documents = 0;
  private latestDay: number | null = null;
  private readonly vocabulary = new Vocabulary(COUNTRY_OF_ADJECTIVE);
  private readonly reader = new ArticleReader(this.vocabulary);
  /** Document frequency by term id. */
  private df = new Int32Array(1024);
  private readonly dayCounts = new DayCounts();
  /** How many articles carried each body paragraph (by key). */
  private readonly paragraphs = new KeyCounts();
  private readonly stories: OpenStory[] = [];
  /** Story id → its index in `stories`, so that a file's touched stories are found without a scan. */
  private readonly storyIndex = new Map<string, number>();
  private readonly storyOf = new Map<string, number>();
  /** Inverted index by term id: recent stories indexed under the term. */
  private readonly postings = new Postings(POSTING_LIMIT);
  private open = new Set<number>();
  private readonly removed: string[] = [];
  private window = new WindowFrequencies();
  /** Scratch space reused by every add (nothing in it outlives the call). */
  private readonly vector = emptyVector();
  private readonly headVector = emptyVector();
  /** IDF by term id of the terms of the article being added (see weigh). */
  private idf = new Float64Array(1024);
  private readonly idfMemo = new IdfMemo();
  private readonly log1pMemo = new Log1pMemo();
  private readonly candidatePool = new CandidatePool(MAX_CANDIDATES);
  /** Scratch for relatedStories and bestStory (see outsidePool). */
  private readonly related = new Set<number>();
  private readonly extraStories: number[] = [];
  /** The article's head and whole-text entries a story may share (see boundedLinks). */
  private readonly headOverlap = new Overlap();
  private readonly fullOverlap = new Overlap();
  private readonly entities: number[] = [];
  /** The stories of the other articles of the pairs of the article being added (see pairStoriesOf). */
  private pairStories = new Int32Array(16);
  /** The counts of people the lead of the article being added reports (see ArticleTerms.countMentions). */
  private mentions: readonly number[] = NO_MENTIONS;
  /** The numbers the title of the article being added states (see Tuning.titleCountRatio). */
  private titleNumbers: readonly number[] = [];
  /** The causes the head of the article being added names (see CauseTerms). */
  private headCauses = 0;
  /** The article's "outlet|day", or null (see Tuning.sameDeskSameDay). */
  private desk: string | null = null;
  private readonly causes = new CauseTerms(this.vocabulary);
  private readonly harm = new HarmTerms(this.vocabulary);
  private readonly kinds = new ReportKinds(this.vocabulary);
  /** The kind of report the article being placed is (see Tuning.otherKind). */
  private kind: ReportKind = 'event';
  /** Who reacts or gives in the article being placed, when it is a reaction or a pledge (see ReportKinds.actorOf). */
  private actor: readonly number[] = [];
  /** Whether the article is a reaction that threatens, or a place's mourning (see partyReacts). */
  private threat = false;
  /**
   * How many of each open story's titles were read for its kind, how many are of each kind (see
   * storyKind), and the terms of the actors its reactions and pledges name.
   */
  private readonly storyKinds = new Map<
    number,
    {
      titles: number;
      markets: number;
      claims: number;
      reactions: number;
      pledges: number;
      actors: Set<number>;
    }
  >();
  /** Ids of the count kinds (`f:` terms) posted in the inverted index, to unpost when a story closes. */
  private readonly countKinds = new Set<number>();
  /** The stories that printed each quote run lately (see quote-mates.ts). */
  private readonly quoteMates = new QuoteMates();
  /** The tables of closed stories, for stories opened later (sized for a first member when new). */
  private readonly specificsTables = new TablePool(16);
  private readonly fullTables = new TablePool(128);
  private readonly headTables = new TablePool(64);

  private readonly tuning: Tuning;
  /** Whether second-chance merges are on (a finite merge threshold). */
  private readonly merging: boolean;

  /** Pairs found by `pairCheck` since the last takeFound. */
  private readonly found: Duplicate[] = [];
  /** By term id, its prefix (see prefixOf), 0 until asked. */
  private prefixes = new Uint8Array(1024);
  /** The article's heaviest terms (see `add`), reused from one article to the next. */
  private readonly query: number[] = [];
  /** Tuning.nameBoostFloor for a dated article, 0 for an undated one (see there). */
  private nameBoostFloor = 0;
  private readonly agencies = new Map<string, string>();
  /** See withLargestStories (reused from one article to the next). */
  private readonly largest: number[] = [];
  /** The latest reports checkMates asks about (reused; `check` does not keep it). */
  private readonly mates: string[] = [];
  /** See memberOutlets (reused; outletCredits does not keep it). */
  private readonly outlets: string[] = [];

  /**
   * `pairCheck`: whether a new member copies or rewrites one of the story's latest reports from
   * other outlets that dedup did not relate to it (the dedup stage's DedupIndex.verifyClosest).
   */
  constructor(
    openDays = OPEN_DAYS,
    state?: ClustererState,
    tuning: Partial<Tuning> = {},
    private readonly pairCheck?: PairCheck,
  ) {
    this.openDays = state?.openDays ?? openDays;
    this.tuning = { ...DEFAULT_TUNING, ...tuning };
    this.merging = Number.isFinite(this.tuning.mergeThreshold);
    if (state) this.load(state);
  }

  /** `words`: dedup's scan of article.text, when the caller has it (the same result, sooner). */
  add(article: Article, extraction?: Extraction, duplicates: Duplicate[] = [], words?: WordHashes): string {
    const known = this.storyOf.get(article.id);
    if (known !== undefined) return this.stories[known]!.id;
    const day = dayNumber(article.published);
    this.advanceClock(day);
    // Verbatim copies would count their paragraphs twice and make a story's own text look like background.
    const pairStories = this.pairStoriesOf(article.id, duplicates);
    let copyOf = false;
    for (let k = 0; k < duplicates.length; k++) {
      const relation = duplicates[k]!.relation;
      if (relation === 'identical' || relation === 'near-duplicate') copyOf ||= pairStories[k]! >= 0;
    }
    const terms = this.reader.read(article, this.backgroundWeight, extraction, words);
    if (!copyOf)
      for (let i = 0; i < terms.paragraphCount; i++) this.paragraphs.add(terms.paragraphKeys[i]!, 1);
    this.documents++;
    this.countDocument(terms.counts, day);
    const vector = this.weigh(terms.counts, this.vector);
    const head = this.weigh(terms.head, this.headVector, true);
    const query = topTerms(vector, QUERY_TERMS, this.termOf, this.query);
    const copied = this.storyOfDuplicate(duplicates);
    // An opinion piece argues about events rather than reporting one: it is a story of its own, and
    // later reports are not offered it (its terms are not posted), unless they copy it.
    const opinion = article.kind === 'opinion';
    this.desk = deskOf(article.outlet, day);
    this.nameBoostFloor = day === null ? 0 : this.tuning.nameBoostFloor;
    // A copy goes to its original's story: candidates are then needed only for merging.
    // Stories are also found by the count their openings report, whatever words they use for it.
    const lookup = terms.headFigures.length > 0 ? query.concat(terms.headFigures) : query;
    const pool =
      (copied && !this.merging) || opinion
        ? NO_INDICES
        : this.withLargestStories(this.candidatePool.gather(lookup, this.postings, this.stories.length), day);
    // The title's numbers and the head's causes are read only with the counts the lead reports
    // (there are none without an extraction).
    const counted = terms.countMentions.length > 0;
    this.titleNumbers = counted ? titleNumbers(article.title) : NO_NUMBERS;
    this.mentions = markHeaded(terms.countMentions, this.titleNumbers);
    this.headCauses = counted ? this.causes.mask(terms.head) : 0;
    this.kind = this.kinds.kindOf(terms.titleTerms);
    this.actor =
      this.kind === 'reaction' || this.kind === 'pledge' ? this.kinds.actorOf(terms.titleTerms) : [];
    this.threat =
      this.kind === 'reaction' &&
      (this.kinds.isThreat(terms.titleTerms) ||
        (this.kinds.isMourning(terms.titleTerms) && this.namesPlaces(this.actor, extraction)));
    // A copy's quotes are its original's: only reports bring new quote runs.
    const runs = extraction && !copied && !opinion ? quoteRuns(extraction.quotes) : NO_RUNS;
    // Only an article that is not a copy is scored against stories (and needs its rare names).
    const target =
      copied ??
      (opinion
        ? null
        : this.placeReport(pool, vector, head, terms, day, duplicates, extraction, article.title, runs));
    let story = target ?? this.openStory(article, day);
    const credits = wireCredits(article.text, article.outlet, words);
    // A paper the story holds, credited by name ("the Daily Monitor reported"), counts as a wire would.
    for (const name of outletCredits(article.text, article.outlet, this.memberOutlets(story)))
      if (!credits.includes(name)) credits.push(name);
    this.join(story, article, day, terms.titleTerms, duplicates, credits);
    if (this.pairCheck && !hasOrigin(duplicates, article.id)) {
      const found = target !== null && this.checkMates(story, article, this.pairCheck, duplicates);
      if (!found && credits.length > 0) this.checkCredited(story, article.id, credits, pool, this.pairCheck);
    }
    if (story.full && story.head) {
      const specifics = terms.specifics;
      for (let i = 0; i < specifics.size; i++) story.specifics!.add(specifics.ids[i]!, 1);
      this.addCounts(story, terms.headFigures, terms.headCounts, day);
      this.addMentions(story, this.mentions, day);
      addToCentroid(story.full, vector, this.vocabulary);
      addToCentroid(story.head, head, this.vocabulary);
      if (!opinion) for (const term of lookup) this.post(term, story.index);
      this.keepQuoteRuns(story, runs);
      if (this.merging) {
        // Kept only when merging is on: the default path pays nothing for it.
        const member = memberTerms(this.termMap(terms.counts), this.termMap(terms.head));
        story.memberTerms!.push(member);
        this.window.add(member);
      }
      story = this.mergeNeighbours(story, pool, day);
    }
    return story.id;
  }

  /**
   * The candidate stories and the largest open ones (see LARGEST_STORIES). The candidates share the
   * article's heaviest terms, but on a day when every report names the event ("Bamako", "attack"),
   * those words weigh little, and a follow-up ("More than 70 killed, security source says") may share
   * none of its heaviest terms with the story it continues. When the terms find few stories, the
   * largest open ones are scored too (the score still decides).
   */
  private withLargestStories(pool: number[], day: number | null): number[] {
    const largest = this.largest;
    largest.length = 0;
    if (pool.length >= SMALL_POOL) return pool;
    for (const index of this.open) {
      const story = this.stories[index]!;
      const size = story.members.length;
      if (size < LARGE_STORY || !this.isOpen(story, day) || pool.includes(index)) continue;
      let at = largest.length;
      while (at > 0 && outranks(story, this.stories[largest[at - 1]!]!)) at--;
      if (at >= LARGEST_STORIES) continue;
      largest.splice(at, 0, index);
      if (largest.length > LARGEST_STORIES) largest.length = LARGEST_STORIES;
    }
    for (const index of largest) pool.push(index);
    return pool;
  }

  /** The open story a report (not a copy) joins: the best scoring, else the fallbacks'; or null. */
  private placeReport(
    pool: readonly number[],
    vector: SparseVector,
    head: SparseVector,
    terms: ArticleTerms,
    day: number | null,
    duplicates: Duplicate[],
    extraction: Extraction | undefined,
    title: string,
    runs: readonly number[],
  ): OpenStory | null {
    return (
      this.bestStory(
        pool,
        vector,
        head,
        terms.specifics,
        this.rareEntities(terms.specifics),
        terms.headCounts,
        day,
        this.relatedStories(duplicates),
      ) ??
      this.quoteMateStory(runs, day) ??
      this.fallbackStory(title, terms, vector, head, day, duplicates, extraction)
    );
  }

  /** The open story of an earlier report that printed one of the article's quote runs, if any. */
  private quoteMateStory(runs: readonly number[], day: number | null): OpenStory | null {
    if (runs.length === 0) return null;
    const index = this.quoteMates.find(runs, (index) => {
      const story = this.stories[index]!;
      return story.full !== null && this.isOpen(story, day);
    });
    return index < 0 ? null : this.stories[index]!;
  }

  private keepQuoteRuns(story: OpenStory, runs: readonly number[]): void {
    if (runs.length === 0) return;
    story.quoteRuns = story.quoteRuns ? story.quoteRuns.concat(runs) : [...runs];
    this.quoteMates.keep(story.index, runs);
  }

  /** How far a body paragraph counts, from how many earlier articles carried it (1 = fully). */
  private readonly backgroundWeight = (key: number) => 1 / (1 + this.paragraphs.get(key));

  private countDocument(counts: TermTable, day: number | null): void {
    if (this.df.length < this.vocabulary.size) this.df = grownCopy(this.df, this.vocabulary.size);
    for (let i = 0; i < counts.size; i++) this.df[counts.ids[i]!]!++;
    // An undated document counts for good; a dated one while its day is in the window (an article
    // older than the window counts as of its first day, and leaves first).
    if (day !== null && this.latestDay !== null)
      this.dayCounts.add(Math.max(day, this.latestDay - IDF_DAYS + 1), counts.ids, counts.size);
  }

  /** Takes the days before `first` out of the document frequencies. */
  private forgetDaysBefore(first: number): void {
    for (const bucket of this.dayCounts.takeBefore(first)) {
      this.documents -= bucket.documents;
      for (let i = 0; i < bucket.size; i++) this.df[bucket.ids[i]!]!--;
    }
  }

  private readonly termOf = (id: number) => this.vocabulary.term(id);

  /**
   * The article's named entities and named days (extraction's `e:` and `d:` terms) found in at most
   * entityShare (namedDayShare) of the articles so far, counted after this one; empty when entity
   * boosting is off.
   */
  private rareEntities(specifics: TermTable): number[] {
    const entities = this.entities;
    entities.length = 0;
    if (this.tuning.entityBoost === 0) return entities;
    const most = this.tuning.entityShare * this.documents;
    const mostDays = this.tuning.namedDayShare * this.documents;
    for (let i = 0; i < specifics.size; i++) {
      const id = specifics.ids[i]!;
      if (this.df[id]! > most && this.df[id]! > mostDays) continue;
      const prefix = this.prefixOf(id);
      if (prefix === ENTITY_TERM ? this.df[id]! <= most : prefix === DATE_TERM && this.df[id]! <= mostDays)
        entities.push(id);
    }
    return entities;
  }

  /**
   * Whether a term is an entity's (ENTITY_TERM), a named day's (DATE_TERM) or neither (OTHER_TERM),
   * read from its prefix once per term id rather than from its string for every article.
   */
  private prefixOf(id: number): number {
    if (id >= this.prefixes.length)
      this.prefixes = grownCopy(this.prefixes, Math.max(id + 1, this.vocabulary.size));
    let prefix = this.prefixes[id]!;
    if (prefix === 0) {
      const term = this.vocabulary.term(id);
      prefix = term.startsWith(ENTITY_PREFIX)
        ? ENTITY_TERM
        : term.startsWith(DATE_PREFIX)
          ? DATE_TERM
          : OTHER_TERM;
      this.prefixes[id] = prefix;
    }
    return prefix;
  }

  /**
   * Records the counts an article's opening reports: its count kinds (`f:` terms) as specifics, and
   * each value with its day as a term of its own (`f:deaths people@Derna=5000@19612`), which keeps
   * them in the persisted state without a field of their own.
   */
  private addCounts(
    story: OpenStory,
    kinds: readonly number[],
    counts: readonly number[],
    day: number | null,
  ): void {
    for (const kind of kinds) {
      story.specifics!.add(kind, 1);
      this.countKinds.add(kind);
    }
    for (let i = 0; i < counts.length; i += 3) {
      const term = `${this.vocabulary.term(counts[i]!)}=${counts[i + 1]}@${day ?? ''}`;
      story.specifics!.add(this.vocabulary.intern(term), 1);
    }
  }

  /**
   * Keeps the counts of people an article's lead reports (countMentions) with their day. Undated
   * counts are left out: whether two of them were reported on one day is unknown.
   */
  private addMentions(story: OpenStory, mentions: readonly number[], day: number | null): void {
    if (day === null || mentions.length === 0) return;
    const kept = story.mentions === NO_MENTIONS ? [] : story.mentions!;
    for (let i = 0; i < mentions.length; i += 3)
      kept.push(mentions[i]!, mentions[i + 1]!, day, mentions[i + 2]!);
    story.mentions = kept;
  }

  /**
   * Whether the article and the story report counts of one kind on this day, one of each pair in
   * an opening sentence, and no such pair fits (analyze's fitSameDay): see Tuning.otherCount.
   */
  private otherCount(mentions: readonly number[], story: OpenStory, day: number | null): boolean {
    const kept = story.mentions!;
    if (day === null || kept.length === 0) return false;
    for (let i = 0; i < mentions.length; i += 3)
      if (countsClash(mentions[i]!, mentions, kept, day)) return true;
    return false;
  }

  /**
   * Whether the article's opening reports a count of a kind that is core to the story (a good part
   * of its members open with it) with a value that fits one of theirs: reports of one toll agree on
   * the day they are written (within COUNT_TOLERANCE) and grow from one day to the next. Two attacks
   * in one country on one day, each with its toll, do not fit.
   */
  private sameCount(counts: readonly number[], story: OpenStory, day: number | null): boolean {
    const needed = Math.max(1, CORE_SHARE * story.members.length);
    const specifics = story.specifics!;
    for (let i = 0; i < counts.length; i += 3) {
      if (specifics.get(counts[i]!) < needed) continue;
      const prefix = `${this.vocabulary.term(counts[i]!)}=`;
      for (let j = 0; j < specifics.size; j++) {
        const term = this.vocabulary.term(specifics.ids[j]!);
        if (!term.startsWith(prefix)) continue;
        const at = term.indexOf('@', prefix.length);
        const value = Number(term.slice(prefix.length, at));
        const since = term.length > at + 1 && day !== null ? day - Number(term.slice(at + 1)) : 0;
        if (countsFit(counts[i + 1]!, value, since, counts[i + 2] === 1)) return true;
      }
    }
    return false;
  }

  /**
   * Whether the article's title heads with a count that a member's title headed the same day, of the
   * same kind, within titleCountRatio, for the same cause as far as both name one: another source's
   * figure for the same toll (see Tuning.titleCountRatio).
   */
  /** Whether the title of the article being added states a count its opening reports. */
  private headsCount(): boolean {
    const mentions = this.mentions;
    for (let i = 0; i < mentions.length; i += 3) if (mentions[i + 2] === IN_TITLE) return true;
    return false;
  }

  private sameHeadedCount(story: OpenStory, day: number | null): boolean {
    const kept = story.mentions!;
    const mentions = this.mentions;
    if (day === null || kept.length === 0) return false;
    for (let i = 0; i < mentions.length; i += 3) {
      const value = mentions[i + 1]!;
      if (mentions[i + 2] !== IN_TITLE) continue;
      for (let j = 0; j < kept.length; j += 4)
        if (
          kept[j] === mentions[i] &&
          kept[j + 2] === day &&
          kept[j + 3] === IN_TITLE &&
          withinRatio(value, kept[j + 1]!, this.tuning.titleCountRatio) &&
          !CauseTerms.differ(this.headCauses, this.causes.mask(story.head!.weights))
        )
          return true;
    }
    return this.restatesHeadedCount(kept, day);
  }

  /**
   * Whether the article's title restates, to revise it, a count of the kind its lead reports that
   * the story's titles headed with on the same day or the day before: "Health minister: martyrs
   * number 84, not 103" is about the toll of "Twin blasts kill 103".
   */
  private restatesHeadedCount(kept: readonly number[], day: number): boolean {
    const mentions = this.mentions;
    if (this.titleNumbers.length < 2) return false;
    for (let i = 0; i < mentions.length; i += 3)
      for (let j = 0; j < kept.length; j += 4)
        if (
          kept[j] === mentions[i] &&
          kept[j + 3] === IN_TITLE &&
          day - kept[j + 2]! <= HARM_DAYS &&
          day >= kept[j + 2]! &&
          this.titleNumbers.includes(kept[j + 1]!)
        )
          return true;
    return false;
  }

  private termMap(table: TermTable): Map<string, number> {
    return new Map(table.entries((id) => this.vocabulary.term(id)));
  }

  /**
   * Average-link agglomeration of the open window, done where it can change: after an article
   * joins, the changed story is merged with its most similar open candidate while that similarity
   * passes the merge threshold. The older story absorbs the younger, so the surviving id is the
   * earliest article's. Deterministic given the order of arrival, so one-at-a-time equals batch.
   */
  private mergeNeighbours(story: OpenStory, pool: readonly number[], day: number | null): OpenStory {
    const t = this.tuning;
    if (!Number.isFinite(t.mergeThreshold)) return story;
    let current = story;
    for (;;) {
      const sums = storySums(current.memberTerms!, this.window);
      let best: OpenStory | null = null;
      let bestLink = t.mergeThreshold;
      for (const index of pool) {
        const other = this.stories[index]!;
        if (other.index === current.index || !other.full || !this.isOpen(other, day)) continue;
        if (this.centroidLink(current, other) < t.mergePrefilter * t.mergeThreshold) continue;
        const link = this.storyLink(current, sums, other);
        if (link >= bestLink) {
          best = other;
          bestLink = link;
        }
      }
      if (!best) return current;
      const [into, from] = best.index < current.index ? [best, current] : [current, best];
      this.merge(into, from);
      current = into;
    }
  }

  /** Average similarity of two open stories under the window's IDF, with the specifics rule. */
  private storyLink(x: OpenStory, xSums: StorySums, y: OpenStory): number {
    const t = this.tuning;
    const similarity = averageLink(xSums, storySums(y.memberTerms!, this.window), t.mergeHeadShare);
    const distinct = x.specifics!.size > 0 && y.specifics!.size > 0 && sharedCores(x, y) === 0;
    return similarity * (distinct ? t.mergeNoSharedSpecifics : 1);
  }

  /** The cheap average link from the centroids (vectors weighted when their articles arrived). */
  private centroidLink(x: OpenStory, y: OpenStory): number {
    const t = this.tuning;
    const pairs = x.members.length * y.members.length;
    return (t.headShare * dotSums(x.head!, y.head!) + (1 - t.headShare) * dotSums(x.full!, y.full!)) / pairs;
  }

  private merge(into: OpenStory, from: OpenStory): void {
    into.members.push(...from.members);
    into.duplicates.push(...from.duplicates);
    into.titles?.push(...(from.titles ?? []));
    for (const desk of from.desks ?? []) into.desks?.add(desk);
    this.keepQuoteRuns(into, from.quoteRuns ?? NO_RUNS);
    for (const member of from.members) this.storyOf.set(member.id, into.index);
    into.specifics!.addAll(from.specifics!);
    if (from.mentions!.length > 0) into.mentions = into.mentions!.concat(from.mentions!);
    addToCentroid(into.full!, from.full!.weights, this.vocabulary);
    addToCentroid(into.head!, from.head!.weights, this.vocabulary);
    into.memberTerms!.push(...from.memberTerms!);
    const moved = from.full!.weights;
    for (let i = 0; i < moved.size; i++) {
      const term = moved.ids[i]!;
      if (!this.postings.has(term, from.index)) continue;
      this.unpost(term, from.index);
      if (!this.postings.has(term, into.index)) this.post(term, into.index);
    }
    into.daySum = (into.daySum ?? 0) + (from.daySum ?? 0);
    into.dated = (into.dated ?? 0) + (from.dated ?? 0);
    into.firstDay = minDay(into.firstDay, from.firstDay);
    into.lastDay = maxDay(into.lastDay, from.lastDay);
    if (from.first && (!into.first || from.first < into.first)) into.first = from.first;
    if (from.last && (!into.last || from.last > into.last)) into.last = from.last;
    from.members = [];
    from.duplicates = [];
    from.full = null;
    from.head = null;
    from.specifics = null;
    from.mentions = null;
    from.memberTerms = null;
    from.titles = null;
    from.desks = null;
    from.quoteRuns = null;
    from.mergedInto = into.index;
    this.open.delete(from.index);
    this.removed.push(from.id);
  }

  /**
   * Asks `check` whether the article copies or rewrites one of the story's latest reports from
   * another outlet that dedup did not relate to it (see the constructor); a pair found joins the
   * story's lineage and `found`.
   */
  /** Whether a pair was found (added to the story's and to `found`). */
  private checkMates(story: OpenStory, article: Article, check: PairCheck, duplicates: Duplicate[]): boolean {
    const members = story.members;
    // Loops rather than closures, and a reused list: this runs for most articles that join a story.
    const mates = this.mates;
    mates.length = 0;
    for (let i = members.length - 2; i >= 0 && mates.length < MATES_CHECKED; i--) {
      const mate = members[i]!;
      if (mate.outlet !== null && mate.outlet === article.outlet) continue;
      if (!pairsWith(duplicates, mate.id)) mates.push(mate.id);
    }
    const pair = mates.length > 0 ? check(article.id, mates) : null;
    if (!pair) return false;
    story.duplicates.push(pair);
    this.found.push(pair);
    return true;
  }

  /**
   * An article that credits a wire service ("Reuters contributed to this report", "(Source: AFP)")
   * is checked against that service's latest reports in its own story and in the stories it was
   * scored with: an outlet that retells a wire report often keeps a third of it, too little for an
   * uncredited rewrite, and the wire report may have gone to another story (a recap of the day).
   */
  private checkCredited(
    story: OpenStory,
    id: string,
    credits: readonly string[],
    pool: readonly number[],
    check: PairCheck,
  ): void {
    const mates = this.mates;
    mates.length = 0;
    this.creditedMembers(story, id, credits, mates);
    for (let i = 0; i < pool.length && mates.length < MATES_CHECKED; i++)
      if (pool[i] !== story.index) this.creditedMembers(this.stories[pool[i]!]!, id, credits, mates);
    const pair = mates.length > 0 ? check(id, mates, true) : null;
    if (!pair) return;
    if (story.members.some((member) => member.id === pair.a)) story.duplicates.push(pair);
    this.found.push(pair);
  }

  /** The story's latest reports (up to CREDITED_MEMBERS) by an outlet among `credits`, added to `out`. */
  private creditedMembers(story: OpenStory, id: string, credits: readonly string[], out: string[]): void {
    const members = story.members;
    const last = Math.max(0, members.length - CREDITED_MEMBERS);
    for (let i = members.length - 1; i >= last && out.length < MATES_CHECKED; i--) {
      const member = members[i]!;
      if (member.id !== id && member.outlet !== null && credits.includes(this.agencyOf(member.outlet)))
        out.push(member.id);
    }
  }

  /**
   * The outlets of a story's latest members (up to CREDITED_MEMBERS), newest first, each once, for
   * outletCredits: an outlet a second time would find what it found the first time, and a story's
   * latest reports often come from a few outlets (a search of the text for each is the costly part).
   * In a list reused from one article to the next.
   */
  private memberOutlets(story: OpenStory): string[] {
    const members = story.members;
    const outlets = this.outlets;
    outlets.length = 0;
    for (let i = members.length - 1; i >= Math.max(0, members.length - CREDITED_MEMBERS); i--) {
      const outlet = members[i]!.outlet;
      if (outlet && !outlets.includes(outlet)) outlets.push(outlet);
    }
    return outlets;
  }

  /** agencyName of an outlet, remembered: outlets recur from article to article. */
  private agencyOf(outlet: string): string {
    let name = this.agencies.get(outlet);
    if (name === undefined) {
      name = agencyName(outlet);
      this.agencies.set(outlet, name);
    }
    return name;
  }

  /** Pairs found among story members since the last call (see the constructor's pairCheck). */
  takeFound(): Duplicate[] {
    return this.found.splice(0);
  }

  /** Ids of the stories merged away since the last call. */
  takeRemoved(): string[] {
    return this.removed.splice(0);
  }

  /**
   * Unit TF-IDF vector with sublinear term frequency, over the terms of `counts` in their order.
   * The article's whole-text counts are weighed first and leave each term's IDF in `idf`, by id;
   * its head (title and lead, whose terms are all among them) then reads them there
   * (`idfKnown`) rather than taking a logarithm per term again.
   */
  private weigh(counts: TermTable, out: ArticleVector, idfKnown = false): ArticleVector {
    if (out.values.length < counts.size) out.values = new Float64Array(counts.size * 2);
    if (!idfKnown && this.idf.length < this.vocabulary.size)
      this.idf = new Float64Array(this.vocabulary.size * 2);
    out.ids = counts.ids;
    out.size = counts.size;
    const { idf } = this;
    const weights = out.values;
    let norm = 0;
    for (let i = 0; i < counts.size; i++) {
      const id = counts.ids[i]!;
      if (!idfKnown) idf[id] = this.idfMemo.of(this.documents, this.df[id]!);
      const weight = this.log1pMemo.of(counts.values[i]!) * idf[id]!;
      weights[i] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < counts.size; i++) weights[i] = weights[i]! / norm;
    return out;
  }

  /**
   * The story of the other article of each of the article's pairs, -1 for none, in pairStories:
   * looked up once per add (a Map of every article id), for the rules that read them before the
   * article joins a story (which changes no other article's story).
   */
  private pairStoriesOf(id: string, duplicates: Duplicate[]): Int32Array {
    if (this.pairStories.length < duplicates.length) this.pairStories = new Int32Array(duplicates.length * 2);
    const out = this.pairStories;
    for (let k = 0; k < duplicates.length; k++) {
      const pair = duplicates[k]!;
      out[k] = this.storyOf.get(pair.a === id ? pair.b : pair.a) ?? -1;
    }
    return out;
  }

  /** The story of the first pair of the article being added (see pairStoriesOf) that is a copy relation. */
  private storyOfDuplicate(duplicates: Duplicate[]): OpenStory | null {
    for (let k = 0; k < duplicates.length; k++) {
      const index = this.pairStories[k]!;
      if (index >= 0 && this.tuning.copyRelations.includes(duplicates[k]!.relation))
        return this.stories[index]!;
    }
    return null;
  }

  /**
   * Stories holding an article dedup relates to the article being added (a rewrite, say) without
   * being a copy (see pairStoriesOf).
   */
  private relatedStories(duplicates: Duplicate[]): ReadonlySet<number> {
    if (duplicates.length === 0) return NO_STORIES;
    // One set, emptied for each article: nothing reads it once the article is placed.
    const related = this.related;
    related.clear();
    for (let k = 0; k < duplicates.length; k++)
      if (this.pairStories[k]! >= 0) related.add(this.pairStories[k]!);
    return related;
  }

  /**
   * The story an article that joins none belongs to all the same: a piece from the scene's, or a
   * report of harm's (see Tuning.sceneFloor and harmReports).
   */
  private fallbackStory(
    title: string,
    terms: ArticleTerms,
    vector: SparseVector,
    head: SparseVector,
    day: number | null,
    duplicates: Duplicate[],
    extraction: Extraction | undefined,
  ): OpenStory | null {
    const scene = isScenePiece(title)
      ? this.sceneStory(vector, head, terms.specifics, terms.headCounts, day, duplicates)
      : null;
    if (scene || day === null || !this.tuning.harmReports) return scene;
    if (!this.harm.reportsHarm(terms.titleTerms)) return null;
    // A report that names only a war's causes (a missile, a shooting) is not a hazard's. (The head's
    // causes are read here for every report of harm, not only for those whose lead reports counts.)
    const causes = this.causes.mask(terms.head);
    if (causes !== 0 && CauseTerms.hazards(causes) === 0) return null;
    const places = this.placeTerms(extraction);
    const sameHarm = (story: OpenStory) => this.sameHarm(story, causes, places, day);
    return this.sceneStory(vector, head, terms.specifics, terms.headCounts, day, duplicates, sameHarm);
  }

  /**
   * The story a piece from the scene belongs to (see Tuning.sceneFloor): candidates are looked up by
   * more of its terms than usual, since its heaviest terms are its own (names of villagers, their
   * words), and the largest story that scores close to its best is taken: the event itself rather
   * than a side story that happens to share more of the piece's words.
   */
  private sceneStory(
    vector: SparseVector,
    head: SparseVector,
    specifics: TermTable,
    counts: readonly number[],
    day: number | null,
    duplicates: Duplicate[],
    eligible?: (story: OpenStory) => boolean,
  ): OpenStory | null {
    const t = this.tuning;
    const query = topTerms(vector, SCENE_QUERY_TERMS, this.termOf);
    // A copy: the gatherer's array is reused, and the caller's pool is still wanted after this.
    const pool = [...this.candidatePool.gather(query, this.postings, this.stories.length)];
    const entities = this.rareEntities(specifics);
    const related = this.relatedStories(duplicates);
    const scored: { story: OpenStory; score: number }[] = [];
    for (const index of pool) {
      const story = this.stories[index]!;
      if (!story.full || !story.head || !this.isOpen(story, day)) continue;
      if (eligible && !eligible(story)) continue;
      // No bound to beat: every candidate's exact score is wanted.
      const score = this.score(story, vector, head, specifics, entities, counts, day, related.has(index), -1);
      if (score >= t.sceneFloor) scored.push({ story, score });
    }
    const best = Math.max(0, ...scored.map((candidate) => candidate.score));
    let chosen: { story: OpenStory; score: number } | null = null;
    for (const candidate of scored) {
      if (candidate.score < t.sceneShare * best) continue;
      const size = candidate.story.members.length;
      if (
        !chosen ||
        size > chosen.story.members.length ||
        (size === chosen.story.members.length && candidate.score > chosen.score)
      )
        chosen = candidate;
    }
    return chosen?.story ?? null;
  }

  /** The ids of the places the article names, as its entity terms (`e:mayotte`: see features.ts). */
  private placeTerms(extraction: Extraction | undefined): number[] {
    const places = new Set<number>();
    for (const mention of extraction?.mentions ?? [])
      if (mention.type === 'place')
        places.add(this.vocabulary.intern(`${ENTITY_PREFIX}${mention.name.toLowerCase()}`));
    return [...places];
  }

  /**
   * Whether a story reports the harm the article reports (see Tuning.harmReports): it was reported
   * on the article's day or the day before, its head names a hazard, one of the article's head's
   * `causes` if that names any ("the mountainside came down" names none), one of its titles reports the
   * harm or names its cause, and one of its core names is a place the article names (a named storm
   * that hits two countries is two stories of harm).
   */
  private sameHarm(story: OpenStory, causes: number, places: readonly number[], day: number): boolean {
    if (story.lastDay === null || day - story.lastDay > HARM_DAYS) return false;
    const hazards = CauseTerms.hazards(this.causes.mask(story.head!.weights));
    if (hazards === 0 || (causes !== 0 && (hazards & causes) === 0)) return false;
    if (!story.titles?.some((terms) => this.harm.reportsHarm(terms, this.causes))) return false;
    return sharedCoreIds(places, places.length, story, 1) > 0;
  }

  private bestStory(
    pool: readonly number[],
    vector: SparseVector,
    head: SparseVector,
    specifics: TermTable,
    entities: readonly number[],
    counts: readonly number[],
    day: number | null,
    related: ReadonlySet<number>,
  ): OpenStory | null {
    const t = this.tuning;
    let best: OpenStory | null = null;
    // The lowest score that can join any story; each story then asks for its own threshold.
    let bestScore = Math.min(t.joinThreshold, t.groupJoinThreshold, t.sameDayGroupJoinThreshold);
    // The pool, then related stories outside it (a loop rather than a closure: this runs per article).
    const extra = related.size ? this.outsidePool(related, pool) : NO_INDICES;
    for (let i = 0; i < pool.length + extra.length; i++) {
      const index = i < pool.length ? pool[i]! : extra[i - pool.length]!;
      const story = this.stories[index]!;
      if (!story.full || !story.head || !this.isOpen(story, day)) continue;
      // The story is taken only above both the best score so far and its own threshold: its score
      // is needed only when it can beat the higher of the two, and its bounds settle it otherwise.
      const threshold = this.thresholdOf(story, day);
      const score = this.score(
        story,
        vector,
        head,
        specifics,
        entities,
        counts,
        day,
        related.has(index),
        Math.max(bestScore, threshold),
      );
      if (score > bestScore && score > threshold) {
        best = story;
        bestScore = score;
      }
    }
    return best;
  }

  /** The score an article must beat to join a story (see Tuning.joinThreshold and the two after it). */
  private thresholdOf(story: OpenStory, day: number | null): number {
    const t = this.tuning;
    if (story.members.length === 1) return t.joinThreshold;
    return day !== null && story.lastDay === day ? t.sameDayGroupJoinThreshold : t.groupJoinThreshold;
  }

  /**
   * How well an article fits an open story: the join score. The cosines are the costly part, so each
   * is computed only while the score could still beat `toBeat` with the remaining ones at their
   * maximum (a cosine is at most 1); a story that cannot is given its bound, which does not beat it.
   */
  private score(
    story: OpenStory,
    vector: SparseVector,
    head: SparseVector,
    specifics: TermTable,
    entities: readonly number[],
    counts: readonly number[],
    day: number | null,
    related: boolean,
    toBeat: number,
  ): number {
    const t = this.tuning;
    const gap = day !== null && story.dated ? Math.abs(day - story.daySum! / story.dated) : 0;
    const entityCap = Math.min(entities.length, t.entityCap);
    const figureCap = counts.length > 0 || this.headsCount() ? 1 : 0;
    const strictDayFactor = Math.max(0, 1 - t.dayPenalty * gap);
    // A developing story (see sharedDayPenalty) loses less per day. Only an article with rare names
    // or counts can be one, and the bound below assumes it is.
    const lenientDayFactor =
      entityCap + figureCap > 0
        ? Math.max(0, 1 - Math.min(t.dayPenalty, t.sharedDayPenalty) * gap)
        : strictDayFactor;
    const extra = related ? t.relationBoost : 0;
    // The bounds hold only while every factor keeps a higher similarity a higher score.
    const monotone = t.headShare >= 0 && t.headShare <= 1 && t.noSharedSpecifics >= 0 && t.otherCount >= 0;
    // Before counting shared names: with no boost for them, they can only lower the score.
    if (
      monotone &&
      t.specificsBoost === 0 &&
      t.noSharedSpecifics <= 1 &&
      t.otherCount <= 1 &&
      t.entityBoost >= 0 &&
      t.figureBoost >= 0
    ) {
      const most = (1 + t.entityBoost * entityCap) * (1 + t.figureBoost * figureCap);
      const ceiling = this.fit(MAX_LINK, MAX_LINK, most, 1, lenientDayFactor, 1, extra);
      if (ceiling <= toBeat) return ceiling;
    }
    // Without a boost per shared name, one shared name settles it.
    const shared = sharedCore(specifics, story, t.specificsBoost === 0 ? 1 : Math.max(1, t.specificsCap));
    const distinct = specifics.size > 0 && story.specifics!.size > 0 && shared === 0;
    const sharedEntities =
      entityCap > 0 && !distinct ? sharedCoreIds(entities, entities.length, story, entityCap) : 0;
    const sharedFigures =
      (figureCap > 0 && this.sameCount(counts, story, day)) || this.sameHeadedCount(story, day) ? 1 : 0;
    const developing = sharedFigures > 0 || sharedEntities > 0;
    const dayFactor = developing ? lenientDayFactor : strictDayFactor;
    const boost =
      (1 + t.specificsBoost * Math.min(shared, t.specificsCap)) * (1 + t.figureBoost * sharedFigures);
    const nameBoost = 1 + t.entityBoost * sharedEntities;
    const clash = this.mentions.length > 0 && this.otherCount(this.mentions, story, day);
    const bounded = monotone && boost >= 0;
    const sameDesk = this.desk !== null && (story.desks?.has(this.desk) ?? false);
    const factor =
      (distinct ? t.noSharedSpecifics : 1) * (clash ? t.otherCount : 1) * (sameDesk ? t.sameDeskSameDay : 1);
    // The story's kind of report is asked last: it costs more than the bounds, and its factor (at
    // most 1) can only lower a ceiling that does not beat `toBeat` already.
    const kindLast = bounded && t.link === 'centroid' && t.otherKind >= 0 && t.otherKind <= 1;
    let headBound = MAX_LINK;
    if (kindLast) {
      const ceiling = this.fit(MAX_LINK, MAX_LINK, boost, nameBoost, dayFactor, factor, extra);
      if (ceiling <= toBeat) return ceiling;
      headBound = this.headBound(story, head);
      const headFirst = this.fit(headBound, MAX_LINK, boost, nameBoost, dayFactor, factor, extra);
      if (headFirst <= toBeat) return headFirst;
    }
    // A claim's follow-ups ("IS publishes the attackers' video") read as reports of events: only a
    // new claim is kept from an event's story, not the reverse. A reaction's story takes no report
    // of the event, nor the event's story a reaction.
    const storyKind = this.storyKind(story);
    const otherKind =
      this.kind === 'event'
        ? storyKind === 'markets' || storyKind === 'reaction' || storyKind === 'pledge'
        : (storyKind !== this.kind && !this.partyReacts(story, storyKind)) || this.otherActor(story);
    const distinctFactor = factor * (otherKind ? t.otherKind : 1);
    const ceiling = this.fit(MAX_LINK, MAX_LINK, boost, nameBoost, dayFactor, distinctFactor, extra);
    if (bounded && ceiling <= toBeat) return ceiling;
    if (kindLast)
      return this.boundedLinks(
        story,
        vector,
        head,
        headBound,
        boost,
        nameBoost,
        dayFactor,
        distinctFactor,
        extra,
        toBeat,
      );
    const size = story.members.length;
    const headLink =
      story.head!.weights.dot(head) / (t.link === 'average' ? size : centroidNorm(story.head!));
    const headCeiling = this.fit(headLink, MAX_LINK, boost, nameBoost, dayFactor, distinctFactor, extra);
    if (bounded && headCeiling <= toBeat) return headCeiling;
    const fullLink =
      story.full!.weights.dot(vector) / (t.link === 'average' ? size : centroidNorm(story.full!));
    return this.fit(headLink, fullLink, boost, nameBoost, dayFactor, distinctFactor, extra);
  }

  /** The related stories not in the pool, in order (in a list reused from one article to the next). */
  private outsidePool(related: ReadonlySet<number>, pool: readonly number[]): readonly number[] {
    const extra = this.extraStories;
    let size = 0;
    for (const index of related) if (!pool.includes(index)) extra[size++] = index;
    extra.length = size;
    return extra;
  }

  /**
   * A bound on the cosine of the article's head with the story's, from the head's entries that pass
   * the story head's filter (kept in headOverlap for boundedLinks). The cosine of the article's unit
   * vector `a` with a centroid `c` sums a·c over the terms they share, which Cauchy–Schwarz bounds by
   * the norm of `a` over those terms (times |c|, which the cosine divides by); the terms that pass
   * the filter include those shared, so the bound costs no probe of the table. MAX_LINK's room for
   * rounding keeps it above the cosine as computed.
   */
  private headBound(story: OpenStory, head: SparseVector): number {
    story.head!.weights.mayShare(head, this.headOverlap);
    return Math.sqrt(this.headOverlap.sumSq) * MAX_LINK;
  }

  /**
   * The end of `score` for the centroid link, given headBound's bound: each cosine is bounded (see
   * headBound) before it is computed, then computed over the entries that may be shared only. The
   * fit grows with each link, so a bound whose fit does not beat `toBeat` settles the score as in
   * `score` (the bound is returned, and does not beat it either).
   */
  private boundedLinks(
    story: OpenStory,
    vector: SparseVector,
    head: SparseVector,
    headBound: number,
    boost: number,
    nameBoost: number,
    dayFactor: number,
    distinctFactor: number,
    extra: number,
    toBeat: number,
  ): number {
    const headOverlap = this.headOverlap;
    const fullOverlap = this.fullOverlap;
    const headFirst = this.fit(headBound, MAX_LINK, boost, nameBoost, dayFactor, distinctFactor, extra);
    if (headFirst <= toBeat) return headFirst;
    const headLink = story.head!.weights.dotAt(head, headOverlap) / centroidNorm(story.head!);
    const headCeiling = this.fit(headLink, MAX_LINK, boost, nameBoost, dayFactor, distinctFactor, extra);
    if (headCeiling <= toBeat) return headCeiling;
    story.full!.weights.mayShare(vector, fullOverlap);
    const fullBound = Math.sqrt(fullOverlap.sumSq) * MAX_LINK;
    const bothBound = this.fit(headLink, fullBound, boost, nameBoost, dayFactor, distinctFactor, extra);
    if (bothBound <= toBeat) return bothBound;
    const fullLink = story.full!.weights.dotAt(vector, fullOverlap) / centroidNorm(story.full!);
    return this.fit(headLink, fullLink, boost, nameBoost, dayFactor, distinctFactor, extra);
  }

  /**
   * The kind most of an open story's titles report, 'event' on a tie (see Tuning.otherKind). It is
   * asked for every story an article is scored with, so the kinds of the titles read so far are
   * counted and only titles added since (members joined or merged in, appended) are read.
   */
  private storyKind(story: OpenStory): ReportKind {
    const titles = story.titles ?? [];
    let known = this.storyKinds.get(story.index);
    if (!known) {
      known = { titles: 0, markets: 0, claims: 0, reactions: 0, pledges: 0, actors: new Set() };
      this.storyKinds.set(story.index, known);
    }
    for (; known.titles < titles.length; known.titles++) {
      const title = titles[known.titles]!;
      const kind = this.kinds.kindOf(title);
      if (kind === 'markets') known.markets++;
      else if (kind === 'claim') known.claims++;
      else if (kind === 'reaction') known.reactions++;
      else if (kind === 'pledge') known.pledges++;
      if (kind === 'reaction' || kind === 'pledge')
        for (const id of this.kinds.actorOf(title)) known.actors.add(id);
    }
    if (known.markets * 2 > titles.length) return 'markets';
    if (known.reactions * 2 > titles.length) return 'reaction';
    if (known.pledges * 2 > titles.length) return 'pledge';
    return known.claims * 2 > titles.length ? 'claim' : 'event';
  }

  /**
   * Whether the article, a reaction or a pledge, names who reacts or gives, and the story's reactions
   * and pledges name only others ("Georgia welcomes the deal" against "Kremlin welcomes the deal"):
   * each party's answer to an event is a report of its own. Read after storyKind, which counts them.
   */
  private otherActor(story: OpenStory): boolean {
    const actors = this.storyKinds.get(story.index)?.actors;
    if (!actors || actors.size === 0 || this.actor.length === 0) return false;
    return !this.actor.some((id) => actors.has(id));
  }

  /**
   * Whether the article is a threat by a party the event's story names in its titles ("Rebels vow
   * to hit back" after "Jets strike rebel bases"), or that place mourning ("Kosovo mourns slain
   * officer" after "Kosovo police officer killed"): that party's answer is part of the event, while
   * a third party's ("Neighbour threatens to close the border", "Pope mourns the victims") is a
   * report of its own. Praise and blame stay reports of their own whoever gives them, and so does a
   * person's mourning ("President mourns victims, orders inquiry").
   */
  private partyReacts(story: OpenStory, storyKind: ReportKind): boolean {
    if (!this.threat || storyKind !== 'event' || this.actor.length === 0) return false;
    return (story.titles ?? []).some((title) => this.actor.some((id) => title.includes(id)));
  }

  /**
   * Whether every one of `terms` is a word of a place the article names ("Kosovo", "South Korea") or a
   * country ("Ethiopians and Kenyans mourn": a people is read as its country, see COUNTRY_OF_ADJECTIVE).
   */
  private namesPlaces(terms: readonly number[], extraction: Extraction | undefined): boolean {
    if (terms.length === 0) return false;
    const words = new Set<number>();
    for (const mention of extraction?.mentions ?? [])
      if (mention.type === 'place')
        for (const word of mention.name.toLowerCase().split(/\s+/))
          words.add(this.vocabulary.intern(stemTerm(word)));
    return terms.every((id) => words.has(id) || COUNTRIES.has(this.vocabulary.term(id)));
  }

  /** The join score from the two links and what multiplies (and is added to) their mix. */
  private fit(
    headLink: number,
    fullLink: number,
    boost: number,
    nameBoost: number,
    dayFactor: number,
    distinctFactor: number,
    extra: number,
  ): number {
    const t = this.tuning;
    const similarity = t.headShare * headLink + (1 - t.headShare) * fullLink;
    const names = similarity >= this.nameBoostFloor ? nameBoost : 1;
    return similarity * boost * names * dayFactor * distinctFactor + extra;
  }

  private isOpen(story: OpenStory, day: number | null): boolean {
    return day === null || story.lastDay === null || day - story.lastDay <= this.openDays;
  }

  private openStory(article: Article, day: number | null): OpenStory {
    const story: OpenStory = {
      index: this.stories.length,
      id: stableId('s', article.id),
      members: [],
      firstDay: day,
      lastDay: day,
      first: article.published,
      last: article.published,
      duplicates: [],
      centroid: null,
      headCentroid: null,
      specificTerms: null,
      specifics: this.specificsTables.take(),
      mentions: NO_MENTIONS,
      memberTerms: [],
      full: { weights: this.fullTables.take(), norm: Number.NaN },
      head: { weights: this.headTables.take(), norm: Number.NaN },
      titles: [],
      desks: new Set(),
      quoteRuns: null,
      headline: null,
    };
    this.stories.push(story);
    this.storyIndex.set(story.id, story.index);
    this.open.add(story.index);
    return story;
  }

  private join(
    story: OpenStory,
    article: Article,
    day: number | null,
    titleTerms: number[],
    duplicates: Duplicate[],
    credits: string[],
  ): void {
    story.members.push({
      id: article.id,
      outlet: article.outlet,
      credits: credits.length > 0 ? credits : NO_CREDITS,
      day,
    });
    const desk = deskOf(article.outlet, day);
    if (desk) story.desks?.add(desk);
    this.storyOf.set(article.id, story.index);
    // The other articles' stories as pairStoriesOf looked them up: of all stories, only this
    // article's has changed since (it has just been set), so a second look-up finds the same.
    for (let k = 0; k < duplicates.length; k++) {
      const pair = duplicates[k]!;
      const other = pair.a === article.id ? pair.b : pair.a;
      if ((other === article.id ? story.index : this.pairStories[k]) === story.index)
        story.duplicates.push(pair);
    }
    story.titles?.push(titleTerms);
    if (day !== null) {
      story.daySum = (story.daySum ?? 0) + day;
      story.dated = (story.dated ?? 0) + 1;
      story.firstDay = story.firstDay === null ? day : Math.min(story.firstDay, day);
      story.lastDay = story.lastDay === null ? day : Math.max(story.lastDay, day);
    }
    if (article.published) {
      if (!story.first || article.published < story.first) story.first = article.published;
      if (!story.last || article.published > story.last) story.last = article.published;
    }
  }

  private post(term: number, index: number): void {
    this.postings.post(term, index);
  }

  private unpost(term: number, index: number): void {
    this.postings.unpost(term, index);
  }

  /** Closes the stories silent for more than openDays before `day`: they keep members, lose vectors. */
  private advanceClock(day: number | null): void {
    if (day === null || (this.latestDay !== null && day <= this.latestDay)) return;
    this.latestDay = day;
    this.forgetDaysBefore(day - IDF_DAYS + 1);
    for (const index of this.open) {
      const story = this.stories[index]!;
      if (story.lastDay === null || day - story.lastDay <= this.openDays) continue;
      this.close(story);
    }
  }

  private close(story: OpenStory): void {
    story.headline = this.centralMember(story);
    const weights = story.full?.weights;
    for (let i = 0; i < (weights?.size ?? 0); i++) this.unpost(weights!.ids[i]!, story.index);
    // Count kinds are posted without being centroid terms.
    const specifics = story.specifics;
    if (this.countKinds.size > 0)
      for (let i = 0; i < (specifics?.size ?? 0); i++)
        if (this.countKinds.has(specifics!.ids[i]!)) this.unpost(specifics!.ids[i]!, story.index);
    this.fullTables.give(story.full?.weights);
    this.headTables.give(story.head?.weights);
    this.specificsTables.give(story.specifics);
    story.full = null;
    story.head = null;
    story.specifics = null;
    story.mentions = null;
    for (const member of story.memberTerms ?? []) this.window.remove(member);
    story.memberTerms = null;
    story.titles = null;
    story.desks = null;
    this.quoteMates.forget(story.index, story.quoteRuns ?? NO_RUNS);
    story.quoteRuns = null;
    this.storyKinds.delete(story.index);
    this.open.delete(story.index);
  }

  /** The member whose title lies closest to the story's centroid (first one on ties). */
  centralMember(story: OpenStory): string | null {
    const centroid = story.full?.weights;
    if (!centroid || !story.titles) return story.headline;
    let best: string | null = story.members[0]?.id ?? null;
    let bestScore = -1;
    story.titles.forEach((terms, i) => {
      // Each term once, in order of first appearance (as a Set of them would iterate), without the Set.
      let score = 0;
      let distinct = 0;
      for (let k = 0; k < terms.length; k++) {
        if (terms.indexOf(terms[k]!) !== k) continue;
        score += centroid.get(terms[k]!);
        distinct++;
      }
      score /= Math.sqrt(distinct || 1);
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = story.members[i]!.id;
      }
    });
    return best;
  }

  /** The stories that still exist (not merged into another). */
  all(): OpenStory[] {
    return this.stories.filter((story) => story.mergedInto === undefined);
  }

  /** Those of these stories that still exist, looked up by id. */
  some(ids: Iterable<string>): OpenStory[] {
    const found: OpenStory[] = [];
    for (const id of new Set(ids)) {
      const index = this.storyIndex.get(id);
      const story = index === undefined ? undefined : this.stories[index];
      if (story && story.mergedInto === undefined) found.push(story);
    }
    return found;
  }

  /** Persisted with terms as strings: ids are private to one clusterer. */
  state(): ClustererState {
    const term = (id: number) => this.vocabulary.term(id);
    const df: [string, number][] = [];
    this.df.forEach((count, id) => {
      if (count > 0) df.push([term(id), count]);
    });
    const postings = this.postings.all().map(([id, posting]): [string, number[]] => [term(id), posting]);
    return {
      version: 1,
      openDays: this.openDays,
      documents: this.documents,
      latestDay: this.latestDay,
      df,
      dayCounts: this.dayCounts.saved(term),
      paragraphs: this.paragraphs.entries(),
      window: this.window.saved(),
      stories: this.stories.map(
        ({ index: _index, full, head, specifics, memberTerms, mentions, desks: _desks, ...stored }) => ({
          ...stored,
          countMentions: mentions ? savedMentions(mentions, term) : null,
          titles: stored.titles ? stored.titles.map((ids) => ids.map(term)) : null,
          memberTermLists: memberTerms,
          specificTerms: specifics ? specifics.entries(term) : null,
          centroid: full ? full.weights.entries(term) : null,
          headCentroid: head ? head.weights.entries(term) : null,
        }),
      ),
      storyOf: [...this.storyOf],
      postings,
    };
  }

  private load(state: ClustererState): void {
    const intern = (term: string) => this.vocabulary.intern(term);
    this.documents = state.documents;
    this.latestDay = state.latestDay;
    this.window = new WindowFrequencies(state.window);
    const df = state.df.map(([term, count]) => [intern(term), count] as const);
    this.df = grownCopy(this.df, this.vocabulary.size);
    for (const [id, count] of df) this.df[id] = count;
    this.dayCounts.load(state.dayCounts ?? [], intern);
    for (const [key, count] of state.paragraphs) this.paragraphs.add(key, count);
    for (const [id, index] of state.storyOf) this.storyOf.set(id, index);
    for (const [term, posting] of state.postings) {
      const id = intern(term);
      this.postings.load(id, posting);
      if (term.startsWith(FIGURE_PREFIX)) this.countKinds.add(id);
    }
    state.stories.forEach(({ countMentions, ...stored }, index) => {
      this.storyIndex.set(stored.id, index);
      const full = stored.centroid ? this.loadCentroid(stored.centroid) : null;
      const head = stored.headCentroid ? this.loadCentroid(stored.headCentroid) : null;
      const specifics = stored.specificTerms ? this.loadTable(stored.specificTerms) : null;
      const memberTerms = full ? (stored.memberTermLists ?? []) : null;
      const titles = stored.titles ? stored.titles.map((terms) => terms.map(intern)) : null;
      this.stories.push({
        ...stored,
        centroid: null,
        headCentroid: null,
        specificTerms: null,
        index,
        full,
        head,
        specifics,
        memberTerms,
        titles,
        desks: full ? desksOf(stored.members) : null,
        quoteRuns: full ? (stored.quoteRuns ?? null) : null,
        mentions: full
          ? (countMentions ?? []).flatMap(([kind, value, day, opening]) => [
              intern(kind),
              value,
              day,
              opening,
            ])
          : null,
      });
      if (full) this.open.add(index);
      if (full && stored.quoteRuns) this.quoteMates.keep(index, stored.quoteRuns);
    });
  }

  private loadTable(entries: [string, number][]): TermTable {
    const table = new TermTable();
    for (const [term, value] of entries) table.add(this.vocabulary.intern(term), value);
    return table;
  }

  private loadCentroid(entries: [string, number][]): Centroid {
    const weights = this.loadTable(entries);
    return { weights, norm: Number.NaN };
  }
}

/** Whether one of the pairs is of the article `id`. */
/** Whether dedup found the article to copy or reword an earlier report (its origin is known). */
function hasOrigin(duplicates: readonly Duplicate[], id: string): boolean {
  for (const pair of duplicates) if (pair.b === id) return true;
  return false;
}

/** More reports first, then the older story. */
function outranks(story: OpenStory, other: OpenStory): boolean {
  const size = story.members.length;
  const otherSize = other.members.length;
  return size > otherSize || (size === otherSize && story.index < other.index);
}

function pairsWith(duplicates: readonly Duplicate[], id: string): boolean {
  for (const pair of duplicates) if (pair.a === id || pair.b === id) return true;
  return false;
}

/** Share of a story's members that must name a term for it to be part of the story's core. */
const CORE_SHARE = 0.25;

/**
 * How many of the names or numbers a good part of the story's members name the article names too,
 * counted up to `enough`.
 */
function sharedCore(specifics: TermTable, story: OpenStory, enough: number): number {
  return sharedCoreIds(specifics.ids, specifics.size, story, enough);
}

/** How many of the first `count` of `ids` are core names of the story, counted up to `enough`. */
function sharedCoreIds(ids: ArrayLike<number>, count: number, story: OpenStory, enough: number): number {
  const needed = Math.max(1, CORE_SHARE * story.members.length);
  let shared = 0;
  for (let i = 0; i < count && shared < enough; i++) if (story.specifics!.get(ids[i]!) >= needed) shared++;
  return shared;
}

/** How many core names or numbers of one story are core to the other too. */
function sharedCores(x: OpenStory, y: OpenStory): number {
  const needed = Math.max(1, CORE_SHARE * y.members.length);
  const specifics = x.specifics!;
  let shared = 0;
  for (let i = 0; i < specifics.size; i++)
    if (
      specifics.values[i]! >= CORE_SHARE * x.members.length &&
      y.specifics!.get(specifics.ids[i]!) >= needed
    )
      shared++;
  return shared;
}

/** Dot product of two centroids' sums, walking the smaller one. */
function dotSums(x: Centroid, y: Centroid): number {
  const [small, large] = x.weights.size <= y.weights.size ? [x, y] : [y, x];
  return large.weights.dot(small.weights);
}

const minDay = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.min(x, y));
const maxDay = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.max(x, y));

function addToCentroid(centroid: Centroid, vector: SparseVector, vocabulary: Vocabulary): void {
  const weights = centroid.weights;
  weights.addAll(vector);
  if (weights.size > CENTROID_TERMS * 2)
    weights.keepPositions(heaviest(weights, CENTROID_TERMS, (id) => vocabulary.term(id)));
  centroid.norm = Number.NaN;
}

/** "Reuters|19834": an outlet's reports of one day; null without an outlet or a day. */
function deskOf(outlet: string | null, day: number | null): string | null {
  return outlet && day !== null ? `${outlet}|${day}` : null;
}

/** The desks of a story's members (those saved before members kept their day have none). */
function desksOf(members: readonly Member[]): Set<string> {
  const desks = new Set<string>();
  for (const member of members) {
    const desk = deskOf(member.outlet, member.day ?? null);
    if (desk) desks.add(desk);
  }
  return desks;
}
