// The dedup stage: identical copies, near-duplicates and rewrites. Candidates come from MinHash + LSH
// (two signatures: word 5-shingles for small edits, content words for rewrites); every candidate pair
// is verified exactly by classifyPair. The index forgets fingerprints older than a window of days,
// so memory stays bounded on a year of news. Candidate selection allocates nothing per article
// (typed-array hit counters and rankings) because it runs on every article of a stream.
import type { Article, Duplicate, Extraction } from '../types.js';
import { grownCopy } from '../util/typed-arrays.js';
import { BodyIndex, bodyHashOf, bodyNumbers } from './body.js';
import { RankedSlots } from './candidates.js';
import { PairVerifier } from './classify.js';
import { FactIndex } from './facts.js';
import {
  type Fingerprint,
  fingerprint,
  lastShingleSet,
  lastWords,
  namesEnd,
  quotesEnd,
  sameBody,
  shinglesEnd,
  shinglesStart,
} from './fingerprint.js';
import { hashString } from './hash.js';
import { HitCounter, LshIndex } from './lsh.js';
import { agreements, minhashInto, SignatureRing } from './minhash.js';
import { type DedupState, loadFingerprint, storeFingerprint } from './state.js';
import { StringIndex } from './strings.js';
import type { WordHashes, WordScanner } from './tokens.js';

export { alignSentences } from './align.js';
export { fingerprint } from './fingerprint.js';
export type { DedupState, StoredFingerprint } from './state.js';

/** How long a fingerprint stays searchable: copies and rewrites appear within days of the original. */
const WINDOW_DAYS = 30;
/** Rewrite candidates must share at least this share of content words (MinHash estimate)... */
const REWRITE_MIN_ESTIMATE = 0.3;
/** ...or this share, for an article that credits the other's outlet (see verifyClosest). */
const CREDITED_MIN_ESTIMATE = 0.2;
/**
 * ...and at most this many, best first, are verified: same-event reports share vocabulary, and a
 * rewrite agrees with its source on more of its signature than other reports of the event do.
 */
const REWRITE_MAX_CANDIDATES = 4;
const MAX_IDENTICAL_PAIRS = 20;
/** verifyClosest looks this many days back: a rewrite follows its source within hours. */
const MATE_DAYS = 1;
/**
 * Near-duplicate candidates must agree on this share of the 5-shingle signature (at Jaccard 0.8 the
 * estimate falls this low with probability below 1e-8), and at most this many are verified.
 */
const NEAR_MIN_ESTIMATE = 0.5;
/**
 * Near-duplicate candidates come from 8 bands of 4 rows over the 5-shingle signature's first half
 * (a pair at Jaccard 0.8 shares none of them 15 times in 1,000, at 0.9 once in 10,000), and from
 * the rewrite candidates' ranking below, which reads the 5-shingle signature of the articles that
 * share the most content-word bands: a copy with small edits keeps its source's vocabulary, so it
 * shares most of those bands, and the two ways together miss a near-duplicate about never. Half
 * the bands of a 16-band index, half its memory (the largest table of the stage) and its probes.
 */
const NEAR_BANDS = 8;
/**
 * ...those that share at least this many of the 16 content-word bands: a near-duplicate keeps nearly
 * all its source's content words (at Jaccard 0.9 it shares fewer than 4 bands 2 times in 10,000,
 * and then rarely misses all 8 5-shingle bands too), where most rewrite candidates share 2 or 3.
 */
const NEAR_TOPIC_BANDS = 4;
/**
 * Rewrite candidates share at least two content-word bands, unless fewer than REWRITE_MAX_CANDIDATES
 * earlier articles do: reports of one event share a band by chance often enough to fill a quarter
 * of the comparisons below, and on the synthetic stream fewer than one in a hundred of those verified
 * (none of them a planted rewrite); a heavy paraphrase with no better company may share only one.
 */
const REWRITE_MIN_BANDS = 2;
/** Rewrite candidates whose signatures are compared, most shared bands first. */
const REWRITE_MAX_ESTIMATED = 16;
const NEAR_MAX_CANDIDATES = 24;
/**
 * Articles sharing this many indexed figures and quotations (see facts.ts) are rewrite candidates
 * whatever their wording, at most this many, most shared first.
 */
const FACT_MIN_SHARED = 3;
const FACT_MAX_CANDIDATES = 1;
const BANDS = 16;
/** A band shared by more texts than this is boilerplate, not a copy: only the newest are candidates. */
const BUCKET_LIMIT = 24;
/**
 * The same for content-word bands, which every report of a busy event shares: a rewrite follows its
 * source within hours, among the newest reports of the event.
 */
const TOPIC_BUCKET_LIMIT = 12;
/** MinHash values per signature (a power of two). */
const SIGNATURE_SIZE = 64;
/** The slot of an id known only from a state's bodies (below every slot, so never in the window). */
const NOT_INDEXED = -1;

export class DedupIndex {
  private readonly windowDays: number;
  private latestDay: number | null = null;
  /** Fingerprints by slot (arrival number); slots below `oldest` are forgotten. */
  private readonly slots: (Fingerprint | undefined)[] = [];
  /** The day each slot expires from: its published day, or the clock's day when it had none. */
  private readonly slotDays: (number | null)[] = [];
  private oldest = 0;
  /**
   * Every id seen, and by entry its slot (NOT_INDEXED for ids known from a state's bodies only):
   * whether an article was seen, and where those in the window are, for pairs checked on request
   * (see verifyClosest). One lookup and one insertion per article, nothing to delete when the window
   * moves, and typed tables rather than maps of strings (see strings.ts).
   */
  private readonly ids = new StringIndex();
  private slotOfEntry = new Int32Array(1024);
  /**
   * Every body seen, and by entry the id of the one article with that body, or the ids of all
   * of them (a copy arrived).
   */
  private readonly bodies = new BodyIndex();
  private readonly bodyIds: (string | string[])[] = [];
  // 8 bands × 4 rows: pairs at Jaccard 0.9 collide with probability 0.9998, at 0.8 0.985, at 0.3
  // 0.06; the rewrite ranking finds the rest (see NEAR_BANDS).
  private readonly near = new LshIndex(NEAR_BANDS, SIGNATURE_SIZE / BANDS, BUCKET_LIMIT);
  /** The new article's two signatures: the 5-shingles' (near), then the content words' (topic). */
  private readonly signature = new Uint32Array(2 * SIGNATURE_SIZE);
  /** Every slot's two signatures as 16-bit digests, to estimate similarity. */
  private readonly signatures = new SignatureRing(2 * SIGNATURE_SIZE);
  // 16 bands × 4 rows over content words: a rewrite keeps most of its source's vocabulary
  // (Jaccard 0.7 collides with probability 0.98, 0.6 with 0.88).
  private readonly topic = new LshIndex(BANDS, SIGNATURE_SIZE / BANDS, TOPIC_BUCKET_LIMIT);
  /** Heavy paraphrases, which the content words miss: the same figures and quotations. */
  private readonly facts = new FactIndex();
  // Scratch space for choosing candidates, reused for every article.
  private readonly hits = new HitCounter();
  private readonly ranked = new RankedSlots(SIGNATURE_SIZE);
  private readonly byBands = new RankedSlots(BANDS);
  private readonly chosen: number[] = [];
  private readonly verifier = new PairVerifier();
  /** What touchFingerprints read (kept so that the reads are not optimised away). */
  touched = 0;
  /**
   * The words of the text of the article last given to `add`, or null when `add` skipped it (an id
   * already seen), for the story stage (StoryClusterer.add) not to scan the text again. They live in
   * the scanner given to `add`, or else in one shared by every fingerprint: read them before the next.
   */
  words: WordHashes | null = null;

  constructor(state?: DedupState) {
    this.windowDays = state?.windowDays ?? WINDOW_DAYS;
    if (!state) return;
    for (const [key, ids] of Object.entries(state.bodies)) {
      const [h1, h2, length] = bodyNumbers(key);
      this.bodies.add(h1, h2, length, bodyHashOf(h1, h2, length));
      this.bodyIds.push(ids.length === 1 ? ids[0]! : [...ids]);
      for (const id of ids) this.setSlot(id, NOT_INDEXED);
    }
    for (const stored of state.recent) {
      const restored = loadFingerprint(stored);
      this.remember(restored, this.nextSlot(restored));
    }
    this.latestDay = state.latestDay;
  }

  /**
   * Pairs between this article and earlier ones (`a` earlier, `b` this one). `scanner`: where the
   * text's words go, for a caller that keeps the words of several articles (see `words`).
   */
  add(article: Article, extraction?: Extraction, scanner?: WordScanner): Duplicate[] {
    this.words = null;
    const idHash = hashString(article.id);
    if (this.ids.find(article.id, idHash) !== -1) return [];
    const current = fingerprint(article, extraction, scanner);
    this.words = lastWords();
    this.advanceClock(current.day);
    const slot = this.nextSlot(current);
    const body = this.bodies.find(current.body1, current.body2, current.bodyLength, current.bodyHash);
    const sameBody = body === -1 ? undefined : this.bodyIds[body]!;
    const found = this.identicalPairs(current, sameBody);
    this.similarPairs(current, slot, found);
    if (sameBody === undefined) {
      this.bodies.add(current.body1, current.body2, current.bodyLength, current.bodyHash);
      this.bodyIds.push(current.id);
    } else if (typeof sameBody === 'string') this.bodyIds[body] = [sameBody, current.id];
    else sameBody.push(current.id);
    this.remember(current, slot, idHash);
    return found;
  }

  state(): DedupState {
    return { ...this.stateWithout(), recent: this.window().map(storeFingerprint) };
  }

  /**
   * The state with the window's articles by id instead of their fingerprints: for a caller that can
   * recompute fingerprints from stored articles (the ingest checkpoint), encoding them is wasted.
   */
  stateByIds(): Omit<DedupState, 'recent'> & { recent: string[] } {
    return { ...this.stateWithout(), recent: this.window().map((fingerprint) => fingerprint.id) };
  }

  private stateWithout(): Omit<DedupState, 'recent'> {
    return {
      version: 2,
      windowDays: this.windowDays,
      latestDay: this.latestDay,
      bodies: Object.fromEntries(
        this.bodyIds.map((ids, entry) => [this.bodies.key(entry), typeof ids === 'string' ? [ids] : ids]),
      ),
    };
  }

  /** The fingerprints inside the window, oldest first. */
  private window(): Fingerprint[] {
    return this.slots.slice(this.oldest).filter((slot): slot is Fingerprint => slot !== undefined);
  }

  /** `earlier`: the articles with the same body before this one. */
  private identicalPairs(current: Fingerprint, earlier: string | string[] | undefined): Duplicate[] {
    const found: Duplicate[] = [];
    if (earlier === undefined || current.words < 8) return found;
    for (const id of typeof earlier === 'string' ? [earlier] : earlier.slice(-MAX_IDENTICAL_PAIRS))
      found.push({ a: id, b: current.id, relation: 'identical', similarity: 1 });
    return found;
  }

  private similarPairs(current: Fingerprint, slot: number, out: Duplicate[]): void {
    const candidates = this.candidates(slot);
    if (candidates.length === 0) return;
    this.touchFingerprints(candidates);
    this.verifier.prepare(current, lastShingleSet());
    for (const candidate of candidates) {
      const earlier = this.slots[candidate]!;
      if (sameBody(earlier, current)) continue; // reported by identicalPairs
      const verdict = this.verifier.classify(earlier);
      if (verdict)
        out.push({
          a: earlier.id,
          b: current.id,
          relation: verdict.relation,
          similarity: verdict.similarity,
        });
    }
  }

  /**
   * Reads each candidate's fingerprint and the start of its hashes once, so that their cache misses
   * overlap rather than come one candidate at a time during verification (as in SignatureRing.touch).
   */
  private touchFingerprints(candidates: number[]): void {
    let sum = 0;
    for (const candidate of candidates) {
      const earlier = this.slots[candidate]!;
      sum += earlier.words + earlier.bodyHash + earlier.data[0]!;
    }
    this.touched = sum;
  }

  /**
   * The slot the article will take. Computes its signatures (MinHash of the 5-shingles and of the
   * content words) into `signature`, and their digests into the slot's row.
   */
  private nextSlot(current: Fingerprint): number {
    const slot = this.slots.length;
    const { data } = current;
    const { signature, signatures } = this;
    minhashInto(data, shinglesStart(current), shinglesEnd(current), signature, 0, SIGNATURE_SIZE);
    minhashInto(data, namesEnd(current), data.length, signature, SIGNATURE_SIZE, SIGNATURE_SIZE);
    signatures.reserve(this.oldest, slot);
    signatures.write(slot, 0, signature, 0, 2 * SIGNATURE_SIZE);
    this.facts.choose(data, shinglesEnd(current), quotesEnd(current));
    return slot;
  }

  /**
   * The relation of a new article to the one of `earlierIds` (articles still in the window) whose
   * content words agree with it most, verified as `add` verifies its candidates; null when there is
   * none. For pairs the bands did not propose but another stage did: reports of one story, one of
   * which may reword another sentence by sentence (a content-word Jaccard near 0.5 shares no band one
   * time in two). Only the closest is verified, past the same gate as band candidates: verification
   * is the costly part, and a rewrite agrees with its source more than with the story's other reports.
   * Verified as story mates: the story stage has judged them one event, so only their figures must
   * agree, not their names and quotations (an outlet that rewords a report renames and re-quotes).
   * `credited`: the new article credits the earlier ones' outlet (see PairVerifier.classify).
   */
  verifyClosest(laterId: string, earlierIds: readonly string[], credited = false): Duplicate | null {
    const y = this.windowSlot(laterId);
    if (y === undefined) return null;
    let best = -1;
    let second = -1;
    const floor = credited ? CREDITED_MIN_ESTIMATE : REWRITE_MIN_ESTIMATE;
    let bestAgreements = Math.ceil(floor * SIGNATURE_SIZE) - 1;
    let secondAgreements = bestAgreements;
    const day = this.slotDays[y];
    for (const id of earlierIds) {
      const x = this.windowSlot(id);
      if (x === undefined) continue;
      if (day != null && this.slotDays[x] != null && day - this.slotDays[x]! > MATE_DAYS) continue;
      const agreements = this.agreements(x, y, SIGNATURE_SIZE);
      // Bodies are compared only for an article that would be among the best so far: reading two
      // fingerprints is two cache misses, and identical bodies were reported already.
      if (agreements <= secondAgreements || sameBody(this.slots[x]!, this.slots[y]!)) continue;
      if (agreements > bestAgreements) {
        [second, secondAgreements] = [best, bestAgreements];
        [best, bestAgreements] = [x, agreements];
      } else [second, secondAgreements] = [x, agreements];
    }
    if (best < 0) return null;
    this.verifier.prepare(this.slots[y]!);
    // An article that credits a wire may reword its second-latest report: the wire's day-1 and day-2
    // reports of one story share their background, and the day before can agree on more of it.
    const tried = credited && second >= 0 ? [best, second] : [best];
    for (const slot of tried) {
      const earlier = this.slots[slot]!;
      const verdict = this.verifier.classify(earlier, true, credited);
      if (verdict)
        return { a: earlier.id, b: laterId, relation: verdict.relation, similarity: verdict.similarity };
    }
    return null;
  }

  /** The slot of an article inside the window, or undefined. */
  private windowSlot(id: string): number | undefined {
    const entry = this.ids.find(id, hashString(id));
    const slot = entry === -1 ? -1 : this.slotOfEntry[entry]!;
    return slot >= this.oldest ? slot : undefined;
  }

  /** Agreeing positions of two slots' near (0) or topic (SIGNATURE_SIZE) signatures. */
  private agreements(x: number, y: number, which: number): number {
    const { signatures } = this;
    return agreements(signatures.words, signatures.row(x) + which, signatures.row(y) + which, SIGNATURE_SIZE);
  }

  /** Slots of earlier articles worth verifying, in arrival order (so output order is deterministic). */
  private candidates(slot: number): number[] {
    const { chosen, ranked } = this;
    chosen.length = 0;
    this.hits.reserve(this.oldest, slot);
    this.near.prefetch(this.signature, 0);
    this.topic.prefetch(this.signature, SIGNATURE_SIZE);
    this.rankNearCandidates(slot);
    for (let i = 0; i < ranked.size; i++) chosen.push(ranked.slot(i));
    this.rankRewriteCandidates(slot, chosen);
    for (let i = 0; i < ranked.size; i++) chosen.push(ranked.slot(i));
    this.rankFactCandidates(chosen);
    for (let i = 0; i < ranked.size; i++) chosen.push(ranked.slot(i));
    return sortSmall(chosen);
  }

  /** Into `ranked`: slots sharing enough 5-shingle bands, best signature agreement first. */
  private rankNearCandidates(slot: number): void {
    const { hits, ranked } = this;
    this.near.query(this.signature, 0, hits);
    ranked.clear();
    for (let i = 0; i < hits.size; i++) {
      const other = hits.slot(i);
      const same = this.agreements(other, slot, 0);
      if (same / SIGNATURE_SIZE >= NEAR_MIN_ESTIMATE) ranked.push(other, same);
    }
    hits.reset();
    ranked.keepBest(NEAR_MAX_CANDIDATES);
  }

  /**
   * Into `ranked`: slots other than `taken` sharing the most content-word bands, and among those the
   * best signature agreements; those whose 5-shingle signatures agree as a near-duplicate's do are
   * added to `taken` instead.
   */
  private rankRewriteCandidates(slot: number, taken: number[]): void {
    const { hits, byBands, ranked } = this;
    this.topic.query(this.signature, SIGNATURE_SIZE, hits);
    byBands.clear();
    // Buckets are walked newest first; pushing oldest first lets the bounded ranking keep up cheaply.
    this.pushHits(taken, REWRITE_MIN_BANDS);
    if (byBands.size < REWRITE_MAX_CANDIDATES) this.pushHits(taken, 1, REWRITE_MIN_BANDS);
    hits.reset();
    byBands.keepBest(REWRITE_MAX_ESTIMATED);
    this.signatures.touch(byBands, SIGNATURE_SIZE, SIGNATURE_SIZE);
    ranked.clear();
    for (let i = 0; i < byBands.size; i++) {
      const other = byBands.slot(i);
      // A near-duplicate the 5-shingle bands missed (see NEAR_BANDS) is a near candidate, not a rewrite one.
      if (
        byBands.score(i) >= NEAR_TOPIC_BANDS &&
        taken.length < NEAR_MAX_CANDIDATES &&
        this.agreements(other, slot, 0) / SIGNATURE_SIZE >= NEAR_MIN_ESTIMATE
      ) {
        taken.push(other);
        continue;
      }
      const same = this.agreements(other, slot, SIGNATURE_SIZE);
      if (same / SIGNATURE_SIZE >= REWRITE_MIN_ESTIMATE) ranked.push(other, same);
    }
    ranked.keepBest(REWRITE_MAX_CANDIDATES);
  }

  /** Into `byBands`, oldest first: hit slots other than `taken` sharing [least, below) bands. */
  private pushHits(taken: number[], least: number, below = BANDS + 1): void {
    const { hits, byBands } = this;
    for (let i = hits.size - 1; i >= 0; i--) {
      const other = hits.slot(i);
      const bands = hits.count(other);
      if (bands >= least && bands < below && !taken.includes(other)) byBands.push(other, bands);
    }
  }

  /** Into `ranked`: slots other than `taken` sharing enough indexed facts, most shared first. */
  private rankFactCandidates(taken: number[]): void {
    const { hits, ranked } = this;
    ranked.clear();
    // An article with fewer facts cannot share FACT_MIN_SHARED of them.
    if (this.facts.chosenSize < FACT_MIN_SHARED) return;
    this.facts.query(hits);
    for (let i = 0; i < hits.size; i++) {
      const other = hits.slot(i);
      const shared = hits.count(other);
      if (shared >= FACT_MIN_SHARED && !taken.includes(other)) ranked.push(other, shared);
    }
    hits.reset();
    ranked.keepBest(FACT_MAX_CANDIDATES);
  }

  /** `newIdHash`: hashString of an id not seen before (`add` looked it up already), else undefined. */
  private remember(current: Fingerprint, slot: number, newIdHash?: number): void {
    this.slots.push(current);
    if (newIdHash === undefined) this.setSlot(current.id, slot);
    else this.slotOfEntry = setAt(this.slotOfEntry, this.ids.add(current.id, newIdHash), slot);
    this.slotDays.push(current.day ?? this.latestDay);
    this.near.add(slot, this.signature, 0);
    this.topic.add(slot, this.signature, SIGNATURE_SIZE);
    // Nor can it be found by its facts: its postings would only push others' out of the buckets.
    if (this.facts.chosenSize >= FACT_MIN_SHARED) this.facts.add(slot);
  }

  /** Records the slot of an id, seen before or not. */
  private setSlot(id: string, slot: number): void {
    const hash = hashString(id);
    const entry = this.ids.find(id, hash);
    this.slotOfEntry = setAt(this.slotOfEntry, entry === -1 ? this.ids.add(id, hash) : entry, slot);
  }

  /** Moves the clock to the newest published date seen and forgets fingerprints outside the window. */
  private advanceClock(day: number | null): void {
    if (day === null || (this.latestDay !== null && day <= this.latestDay)) return;
    this.latestDay = day;
    while (this.oldest < this.slots.length) {
      const old = this.slots[this.oldest];
      const oldDay = this.slotDays[this.oldest] ?? day;
      if (old && oldDay >= day - this.windowDays) break;
      this.slots[this.oldest] = undefined;
      this.oldest++;
    }
    this.near.expireBefore(this.oldest);
    this.topic.expireBefore(this.oldest);
    this.facts.expireBefore(this.oldest);
  }
}

/** `array` with array[at] = value, grown (a new array) when `at` is past its end. */
function setAt<T extends Int32Array>(array: T, at: number, value: number): T {
  const out = at < array.length ? array : grownCopy(array, at + 1);
  out[at] = value;
  return out;
}

/**
 * Sorts a few dozen numbers ascending, in place. Array.prototype.sort would allocate a work array on
 * every call, and this runs on every article.
 */
function sortSmall(values: number[]): number[] {
  for (let i = 1; i < values.length; i++) {
    const value = values[i]!;
    let j = i - 1;
    while (j >= 0 && values[j]! > value) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = value;
  }
  return values;
}

/** Published date, then input order: the order the store ingests in, so batch and incremental agree. */
export function chronological<T extends { published: string | null }>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((x, y) => compareDates(x.item.published, y.item.published) || x.index - y.index)
    .map(({ item }) => item);
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function findDuplicates(articles: Article[], extractions?: Map<string, Extraction>): Duplicate[] {
  const index = new DedupIndex();
  return chronological(articles).flatMap((article) => index.add(article, extractions?.get(article.id)));
}
