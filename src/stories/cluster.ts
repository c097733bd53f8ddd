// Incremental single-pass clustering (as in Miranda et al. 2018, without the learned weights): a new
// article is compared with the centroids of the open stories that share one of its heaviest terms,
// joins the best one above a threshold, or opens a new story. Nothing is compared all-pairs.
import { dayNumber } from '../dedup/fingerprint.js';
import type { Article, Duplicate, Extraction } from '../types.js';
import { stableId } from '../util/hash.js';
import {
  averageLink,
  type MemberTerms,
  memberTerms,
  type StorySums,
  storySums,
  WindowFrequencies,
} from './consolidate.js';
import { articleTerms } from './features.js';
import { wireCredits } from './lineage.js';
import type { ClustererState, StoredStory } from './state.js';

/** The knobs of the scoring, chosen on ECB+ topics 1–12 (see eval/stories.ts); tests may vary them. */
export interface Tuning {
  /** Score above which an article joins a story. */
  joinThreshold: number;
  /** Share of the score that comes from title and lead alone: they say which event is reported. */
  headShare: number;
  /**
   * Factor applied when an article and a story both name people, places or numbers in their leads but
   * share none of them: two protests in two towns against two ministers are two events, however alike
   * the wording.
   */
  noSharedSpecifics: number;
  /** 'average': mean similarity to the members (average link); 'centroid': cosine with the centroid. */
  link: 'average' | 'centroid';
  /** Extra share of the score per shared lead name or number (up to specificsCap of them). */
  specificsBoost: number;
  specificsCap: number;
  /** Relations that put two articles in one story without looking further. */
  copyRelations: readonly string[];
  /** Added to the score of a story holding a rewrite (or other reported relation) of the article. */
  relationBoost: number;
  /**
   * Two open stories whose average member-to-member similarity (window IDF, see consolidate.ts)
   * reaches this are merged: a second chance for reports that arrived before the article that
   * connects them. Infinity disables merging.
   */
  mergeThreshold: number;
  /** Share of the merge similarity from title and lead (the rest from the whole text). */
  mergeHeadShare: number;
  /** Factor on the merge similarity of two stories whose cores share no name or number. */
  mergeNoSharedSpecifics: number;
  /**
   * Only pairs whose cheap centroid link (vectors frozen at arrival) reaches this share of the merge
   * threshold are scored exactly: keeps merging off the per-article cost.
   */
  mergePrefilter: number;
  /** Share of the score lost per day between the article and the mean day of the story's members. */
  dayPenalty: number;
}

export const DEFAULT_TUNING: Tuning = {
  joinThreshold: 0.25,
  headShare: 0.7,
  noSharedSpecifics: 0.5,
  link: 'centroid',
  specificsBoost: 0,
  specificsCap: 3,
  copyRelations: ['identical', 'near-duplicate', 'rewrite'],
  relationBoost: 0,
  mergeThreshold: Number.POSITIVE_INFINITY,
  mergeHeadShare: 0.5,
  mergeNoSharedSpecifics: 1,
  mergePrefilter: 0,
  dayPenalty: 0.2,
};
/** Days of silence after which a story is closed. */
export const OPEN_DAYS = 3;
/** The heaviest terms of an article that are looked up in the inverted index. */
const QUERY_TERMS = 12;
/** A centroid keeps this many terms; an inverted-index posting keeps this many recent stories. */
const CENTROID_TERMS = 150;
const POSTING_LIMIT = 64;
/** Stories scored per article, those sharing the most query terms first. */
const MAX_CANDIDATES = 32;

/** A centroid: the sum of the members' unit vectors, and its length. */
interface Centroid {
  weights: Map<string, number>;
  norm: number;
}

interface OpenStory extends StoredStory {
  index: number;
  /** Whole-text and title-plus-lead centroids; null once the story is closed. */
  full: Centroid | null;
  /** Names and numbers of the members' leads → how many members named them. */
  specifics: Map<string, number> | null;
  head: Centroid | null;
  /** The members' own terms while the story is open (for merging under the window's IDF). */
  memberTerms: MemberTerms[] | null;
}

export class Clusterer {
  readonly openDays: number;
  private documents = 0;
  private latestDay: number | null = null;
  private readonly df = new Map<string, number>();
  private readonly paragraphs = new Map<number, number>();
  private readonly stories: OpenStory[] = [];
  private readonly storyOf = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private open = new Set<number>();
  private readonly removed: string[] = [];
  private window = new WindowFrequencies();

  private readonly tuning: Tuning;

  constructor(openDays = OPEN_DAYS, state?: ClustererState, tuning: Partial<Tuning> = {}) {
    this.openDays = state?.openDays ?? openDays;
    this.tuning = { ...DEFAULT_TUNING, ...tuning };
    if (state) this.load(state);
  }

  add(article: Article, extraction?: Extraction, duplicates: Duplicate[] = []): string {
    const known = this.storyOf.get(article.id);
    if (known !== undefined) return this.stories[known]!.id;
    const day = dayNumber(article.published);
    this.advanceClock(day);
    // Verbatim copies would count their paragraphs twice and make a story's own text look like background.
    const copyOf = duplicates.some(
      (pair) =>
        (pair.relation === 'identical' || pair.relation === 'near-duplicate') &&
        this.storyOf.has(pair.a === article.id ? pair.b : pair.a),
    );
    const terms = articleTerms(article, (key) => 1 / (1 + (this.paragraphs.get(key) ?? 0)), extraction);
    if (!copyOf)
      for (const key of terms.paragraphKeys) this.paragraphs.set(key, (this.paragraphs.get(key) ?? 0) + 1);
    this.documents++;
    for (const term of terms.counts.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    const vector = this.weigh(terms.counts);
    const head = this.weigh(terms.head);
    const query = topTerms(vector, QUERY_TERMS);
    const pool = this.candidates(query);
    const target =
      this.storyOfDuplicate(article.id, duplicates) ??
      this.bestStory(pool, vector, head, terms.specifics, day, this.relatedStories(article.id, duplicates));
    let story = target ?? this.openStory(article, day);
    this.join(story, article, day, terms.titleTerms, duplicates);
    if (story.full && story.head) {
      for (const term of terms.specifics) story.specifics!.set(term, (story.specifics!.get(term) ?? 0) + 1);
      addToCentroid(story.full, vector);
      addToCentroid(story.head, head);
      for (const term of query) this.post(term, story.index);
      if (Number.isFinite(this.tuning.mergeThreshold)) {
        // Kept only when merging is on: the default path pays nothing for it.
        const member = memberTerms(terms.counts, terms.head);
        story.memberTerms!.push(member);
        this.window.add(member);
      }
      story = this.mergeNeighbours(story, pool, day);
    }
    return story.id;
  }

  /**
   * Average-link agglomeration of the open window, done where it can change: after an article
   * joins, the changed story is merged with its most similar open candidate while that similarity
   * passes the merge threshold. The older story absorbs the younger, so the surviving id is the
   * earliest article's. Deterministic given the order of arrival, so one-at-a-time equals batch.
   */
  private mergeNeighbours(story: OpenStory, pool: number[], day: number | null): OpenStory {
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
    for (const member of from.members) this.storyOf.set(member.id, into.index);
    for (const [term, count] of from.specifics!)
      into.specifics!.set(term, (into.specifics!.get(term) ?? 0) + count);
    addToCentroid(into.full!, from.full!.weights);
    addToCentroid(into.head!, from.head!.weights);
    into.memberTerms!.push(...from.memberTerms!);
    for (const term of from.full!.weights.keys()) {
      const posting = this.postings.get(term);
      if (!posting?.includes(from.index)) continue;
      this.unpost(term, from.index);
      if (!this.postings.get(term)?.includes(into.index)) this.post(term, into.index);
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
    from.memberTerms = null;
    from.titles = null;
    from.mergedInto = into.index;
    this.open.delete(from.index);
    this.removed.push(from.id);
  }

  /** Ids of the stories merged away since the last call. */
  takeRemoved(): string[] {
    return this.removed.splice(0);
  }

  /** Unit TF-IDF vector with sublinear term frequency. */
  private weigh(counts: Map<string, number>): Map<string, number> {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of counts) {
      const weight =
        Math.log1p(count) * (Math.log((this.documents + 1) / ((this.df.get(term) ?? 0) + 1)) + 1);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  }

  private storyOfDuplicate(id: string, duplicates: Duplicate[]): OpenStory | null {
    for (const pair of duplicates) {
      const other = pair.a === id ? pair.b : pair.a;
      const index = this.storyOf.get(other);
      if (index !== undefined && this.tuning.copyRelations.includes(pair.relation))
        return this.stories[index]!;
    }
    return null;
  }

  /** Stories holding an article dedup relates to this one (a rewrite, say) without being a copy. */
  private relatedStories(id: string, duplicates: Duplicate[]): Set<number> {
    const related = new Set<number>();
    for (const pair of duplicates) {
      const index = this.storyOf.get(pair.a === id ? pair.b : pair.a);
      if (index !== undefined) related.add(index);
    }
    return related;
  }

  private bestStory(
    pool: number[],
    vector: Map<string, number>,
    head: Map<string, number>,
    specifics: Set<string>,
    day: number | null,
    related: Set<number>,
  ): OpenStory | null {
    const t = this.tuning;
    let best: OpenStory | null = null;
    let bestScore = t.joinThreshold;
    for (const index of new Set([...pool, ...related])) {
      const story = this.stories[index]!;
      if (!story.full || !story.head || !this.isOpen(story, day)) continue;
      const gap = day !== null && story.dated ? Math.abs(day - story.daySum! / story.dated) : 0;
      const size = story.members.length;
      const link = (v: Map<string, number>, c: Centroid) =>
        t.link === 'average' ? dotSum(v, c) / size : cosine(v, c);
      const similarity = t.headShare * link(head, story.head) + (1 - t.headShare) * link(vector, story.full);
      const shared = sharedCore(specifics, story);
      const distinct = specifics.size > 0 && story.specifics!.size > 0 && shared === 0;
      const boost = 1 + t.specificsBoost * Math.min(shared, t.specificsCap);
      const score =
        similarity * boost * Math.max(0, 1 - t.dayPenalty * gap) * (distinct ? t.noSharedSpecifics : 1) +
        (related.has(index) ? t.relationBoost : 0);
      if (score > bestScore) {
        best = story;
        bestScore = score;
      }
    }
    return best;
  }

  /** Open stories sharing the most query terms with the article (recent first on ties). */
  private candidates(query: string[]): number[] {
    const hits = new Map<number, number>();
    for (const term of query)
      for (const index of this.postings.get(term) ?? []) hits.set(index, (hits.get(index) ?? 0) + 1);
    return [...hits]
      .sort((x, y) => y[1] - x[1] || y[0] - x[0])
      .slice(0, MAX_CANDIDATES)
      .map(([index]) => index);
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
      specifics: new Map(),
      memberTerms: [],
      full: { weights: new Map(), norm: 1 },
      head: { weights: new Map(), norm: 1 },
      titles: [],
      headline: null,
    };
    this.stories.push(story);
    this.open.add(story.index);
    return story;
  }

  private join(
    story: OpenStory,
    article: Article,
    day: number | null,
    titleTerms: string[],
    duplicates: Duplicate[],
  ): void {
    story.members.push({
      id: article.id,
      outlet: article.outlet,
      credits: wireCredits(article.text, article.outlet),
    });
    this.storyOf.set(article.id, story.index);
    story.duplicates.push(
      ...duplicates.filter(
        (pair) => this.storyOf.get(pair.a === article.id ? pair.b : pair.a) === story.index,
      ),
    );
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

  private post(term: string, index: number): void {
    const posting = this.postings.get(term);
    if (!posting) this.postings.set(term, [index]);
    else if (posting[posting.length - 1] !== index) {
      posting.push(index);
      if (posting.length > POSTING_LIMIT) posting.shift();
    }
  }

  private unpost(term: string, index: number): void {
    const posting = this.postings.get(term);
    if (!posting) return;
    const kept = posting.filter((entry) => entry !== index);
    if (kept.length) this.postings.set(term, kept);
    else this.postings.delete(term);
  }

  /** Closes the stories silent for more than openDays before `day`: they keep members, lose vectors. */
  private advanceClock(day: number | null): void {
    if (day === null || (this.latestDay !== null && day <= this.latestDay)) return;
    this.latestDay = day;
    for (const index of this.open) {
      const story = this.stories[index]!;
      if (story.lastDay === null || day - story.lastDay <= this.openDays) continue;
      this.close(story);
    }
  }

  private close(story: OpenStory): void {
    story.headline = this.centralMember(story);
    for (const term of story.full?.weights.keys() ?? []) this.unpost(term, story.index);
    story.full = null;
    story.head = null;
    story.specifics = null;
    for (const member of story.memberTerms ?? []) this.window.remove(member);
    story.memberTerms = null;
    story.titles = null;
    this.open.delete(story.index);
  }

  /** The member whose title lies closest to the story's centroid (first one on ties). */
  centralMember(story: OpenStory): string | null {
    const centroid = story.full?.weights;
    if (!centroid || !story.titles) return story.headline;
    let best: string | null = story.members[0]?.id ?? null;
    let bestScore = -1;
    story.titles.forEach((terms, i) => {
      const unique = new Set(terms);
      let score = 0;
      for (const term of unique) score += centroid.get(term) ?? 0;
      score /= Math.sqrt(unique.size || 1);
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

  state(): ClustererState {
    return {
      version: 1,
      openDays: this.openDays,
      documents: this.documents,
      latestDay: this.latestDay,
      df: [...this.df],
      paragraphs: [...this.paragraphs],
      window: this.window.saved(),
      stories: this.stories.map(({ index: _index, full, head, specifics, memberTerms, ...stored }) => ({
        ...stored,
        memberTermLists: memberTerms,
        specificTerms: specifics ? [...specifics] : null,
        centroid: full ? [...full.weights] : null,
        headCentroid: head ? [...head.weights] : null,
      })),
      storyOf: [...this.storyOf],
      postings: [...this.postings],
    };
  }

  private load(state: ClustererState): void {
    this.documents = state.documents;
    this.latestDay = state.latestDay;
    this.window = new WindowFrequencies(state.window);
    for (const [term, count] of state.df) this.df.set(term, count);
    for (const [key, count] of state.paragraphs) this.paragraphs.set(key, count);
    for (const [id, index] of state.storyOf) this.storyOf.set(id, index);
    for (const [term, posting] of state.postings) this.postings.set(term, [...posting]);
    state.stories.forEach((stored, index) => {
      const full = stored.centroid ? loadCentroid(stored.centroid) : null;
      const head = stored.headCentroid ? loadCentroid(stored.headCentroid) : null;
      const specifics = stored.specificTerms ? new Map(stored.specificTerms) : null;
      const memberTerms = full ? (stored.memberTermLists ?? []) : null;
      this.stories.push({ ...stored, index, full, head, specifics, memberTerms });
      if (full) this.open.add(index);
    });
  }
}

/** Share of a story's members that must name a term for it to be part of the story's core. */
const CORE_SHARE = 0.25;

/** How many of the names or numbers a good part of the story's members name the article names too. */
function sharedCore(specifics: Set<string>, story: OpenStory): number {
  const needed = Math.max(1, CORE_SHARE * story.members.length);
  let shared = 0;
  for (const term of specifics) if ((story.specifics!.get(term) ?? 0) >= needed) shared++;
  return shared;
}

/** How many core names or numbers of one story are core to the other too. */
function sharedCores(x: OpenStory, y: OpenStory): number {
  const needed = Math.max(1, CORE_SHARE * y.members.length);
  let shared = 0;
  for (const [term, count] of x.specifics!)
    if (count >= CORE_SHARE * x.members.length && (y.specifics!.get(term) ?? 0) >= needed) shared++;
  return shared;
}

/** Dot product of two centroids' sums, walking the smaller one. */
function dotSums(x: Centroid, y: Centroid): number {
  const [small, large] = x.weights.size <= y.weights.size ? [x, y] : [y, x];
  let dot = 0;
  for (const [term, weight] of small.weights) dot += weight * (large.weights.get(term) ?? 0);
  return dot;
}

const minDay = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.min(x, y));
const maxDay = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.max(x, y));

function dotSum(vector: Map<string, number>, centroid: Centroid): number {
  let dot = 0;
  for (const [term, weight] of vector) dot += weight * (centroid.weights.get(term) ?? 0);
  return dot;
}

function cosine(vector: Map<string, number>, centroid: Centroid): number {
  let dot = 0;
  for (const [term, weight] of vector) dot += weight * (centroid.weights.get(term) ?? 0);
  return dot / centroid.norm;
}

function addToCentroid(centroid: Centroid, vector: Map<string, number>): void {
  const weights = centroid.weights;
  for (const [term, weight] of vector) weights.set(term, (weights.get(term) ?? 0) + weight);
  if (weights.size > CENTROID_TERMS * 2) prune(weights, CENTROID_TERMS);
  centroid.norm = norm(weights);
}

function loadCentroid(entries: [string, number][]): Centroid {
  const weights = new Map(entries);
  return { weights, norm: norm(weights) };
}

function norm(weights: Map<string, number>): number {
  let sum = 0;
  for (const weight of weights.values()) sum += weight * weight;
  return Math.sqrt(sum) || 1;
}

function topTerms(vector: Map<string, number>, count: number): string[] {
  return [...vector]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, count)
    .map(([term]) => term);
}

function prune(centroid: Map<string, number>, keep: number): void {
  const kept = topTerms(centroid, keep);
  const keepSet = new Set(kept);
  for (const term of centroid.keys()) if (!keepSet.has(term)) centroid.delete(term);
}
