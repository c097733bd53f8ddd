// The clusterer's inverted index: by term id, the stories recently posted under the term, oldest
// first, at most `limit` of them (posting one more drops the oldest). Each term that has a posting
// owns a row of `limit` slots in one typed array, used as a ring (behind the ring's start and size),
// so that looking up an article's query terms reads a few consecutive cache lines per term rather
// than an array object and its elements somewhere in the heap, and posting the newest story
// overwrites the oldest in place.
import { grownCopy } from '../util/typed-arrays.js';

const NO_ROW = -1;
/** A row's first two slots: where its ring starts, and how many entries it holds. */
const START = 0;
const SIZE = 1;
const HEADER = 2;

export class Postings {
  /**
   * Row r is rows[r × stride, (r + 1) × stride): its start and size (START, SIZE), then `limit`
   * slots of its ring. The header beside the entries: posting or gathering a term reads one place
   * in memory rather than three arrays (a cache miss each in a large index).
   */
  private rows: Int32Array;
  private readonly stride: number;
  private rowCount = 0;
  /** Rows whose term has no posting any more, for reuse. */
  private readonly freeRows: number[] = [];
  /** Term id → its row, or NO_ROW. */
  private rowOf = new Int32Array(1024).fill(NO_ROW);
  private readonly mask: number;

  /** `limit`: a power of two. */
  constructor(readonly limit: number) {
    if (!Number.isInteger(Math.log2(limit))) throw new Error('Postings: limit must be a power of two');
    this.mask = limit - 1;
    this.stride = limit + HEADER;
    this.rows = new Int32Array(64 * this.stride);
  }

  /** The row of `term`'s posting, or -1 when it has none. */
  row(term: number): number {
    return term < this.rowOf.length ? this.rowOf[term]! : NO_ROW;
  }

  /** How many entries a row holds. */
  size(row: number): number {
    return this.rows[row * this.stride + SIZE]!;
  }

  /** Entry i (0 = oldest) of a row. */
  at(row: number, i: number): number {
    const base = row * this.stride;
    return this.rows[base + HEADER + ((this.rows[base + START]! + i) & this.mask)]!;
  }

  /**
   * Counts a hit for each entry of `row` in `hits` (by story index), appending the stories hit for
   * the first time to `touched` from `touchedCount` on (room for size(row) more is the caller's);
   * returns the new count of touched stories. The ring is walked with its bounds read once.
   */
  countHits(row: number, hits: Int32Array, touched: Int32Array, touchedCount: number): number {
    const { rows, mask } = this;
    const base = row * this.stride;
    const start = rows[base + START]!;
    const size = rows[base + SIZE]!;
    const ring = base + HEADER;
    let count = touchedCount;
    for (let i = 0; i < size; i++) {
      const index = rows[ring + ((start + i) & mask)]!;
      if (hits[index]!++ === 0) touched[count++] = index;
    }
    return count;
  }

  /** Posts story `index` under `term`, unless it is the newest entry already. */
  post(term: number, index: number): void {
    let row = this.row(term);
    if (row === NO_ROW) row = this.newRow(term);
    else if (this.at(row, this.size(row) - 1) === index) return;
    const { rows, mask } = this;
    const base = row * this.stride;
    const size = rows[base + SIZE]!;
    const start = rows[base + START]!;
    rows[base + HEADER + ((start + size) & mask)] = index;
    if (size < this.limit) rows[base + SIZE] = size + 1;
    else rows[base + START] = (start + 1) & mask; // the oldest was overwritten
  }

  /**
   * Removes every entry of story `index` under `term`, keeping the order of the others. A closing
   * story unposts every term of its centroid, most of which never had it posted (or no longer do):
   * the row is only read then, and rewritten from the first entry removed.
   */
  unpost(term: number, index: number): void {
    const row = this.row(term);
    if (row === NO_ROW) return;
    const { rows, mask } = this;
    const base = row * this.stride;
    const ring = base + HEADER;
    const start = rows[base + START]!;
    const size = rows[base + SIZE]!;
    let first = 0;
    while (first < size && rows[ring + ((start + first) & mask)] !== index) first++;
    if (first === size) return;
    let kept = first;
    for (let i = first + 1; i < size; i++) {
      const entry = rows[ring + ((start + i) & mask)]!;
      if (entry !== index) rows[ring + ((start + kept++) & mask)] = entry;
    }
    rows[base + SIZE] = kept;
    if (kept > 0) return;
    this.rowOf[term] = NO_ROW;
    this.freeRows.push(row);
  }

  has(term: number, index: number): boolean {
    const row = this.row(term);
    if (row === NO_ROW) return false;
    for (let i = 0; i < this.size(row); i++) if (this.at(row, i) === index) return true;
    return false;
  }

  /** Sets the posting of a term that has none to `entries`, oldest first (the newest `limit` of them). */
  load(term: number, entries: readonly number[]): void {
    if (entries.length === 0 || this.row(term) !== NO_ROW) return;
    const row = this.newRow(term);
    const base = row * this.stride;
    const kept = entries.slice(-this.limit);
    kept.forEach((entry, i) => {
      this.rows[base + HEADER + i] = entry;
    });
    this.rows[base + SIZE] = kept.length;
  }

  /** Every term's posting, oldest entry first, by ascending term id. */
  all(): [number, number[]][] {
    const out: [number, number[]][] = [];
    for (let term = 0; term < this.rowOf.length; term++) {
      const row = this.rowOf[term]!;
      if (row === NO_ROW) continue;
      const posting: number[] = [];
      for (let i = 0; i < this.size(row); i++) posting.push(this.at(row, i));
      out.push([term, posting]);
    }
    return out;
  }

  private newRow(term: number): number {
    if (term >= this.rowOf.length) {
      const old = this.rowOf.length;
      this.rowOf = grownCopy(this.rowOf, term + 1);
      this.rowOf.fill(NO_ROW, old);
    }
    let row = this.freeRows.pop();
    if (row === undefined) {
      row = this.rowCount++;
      if ((row + 1) * this.stride > this.rows.length)
        this.rows = grownCopy(this.rows, (row + 1) * this.stride);
    }
    this.rows[row * this.stride + START] = 0;
    this.rows[row * this.stride + SIZE] = 0;
    this.rowOf[term] = row;
    return row;
  }
}

/**
 * The open stories sharing the most query terms with an article (recent first on ties), counted in
 * an array by story index rather than a map.
 */
export class CandidatePool {
  private hits = new Int32Array(1024);
  /** The stories the query's postings name, each once (a typed array: emptying an array frees it). */
  private touched = new Int32Array(256);
  /** The candidates of the last gathering (reused: valid until the next one). */
  private readonly pool: number[] = [];
  /** The best keys so far, highest first. */
  private readonly best: Float64Array;

  /** `size`: how many candidates a gathering keeps at most. */
  constructor(private readonly size: number) {
    this.best = new Float64Array(size);
  }

  gather(query: readonly number[], postings: Postings, stories: number): number[] {
    if (this.hits.length < stories) this.hits = grownCopy(this.hits, stories);
    const { hits, best, size: most } = this;
    let touchedCount = 0;
    for (const term of query) {
      const row = postings.row(term);
      if (row < 0) continue;
      const size = postings.size(row);
      if (touchedCount + size > this.touched.length)
        this.touched = grownCopy(this.touched, touchedCount + size);
      touchedCount = postings.countHits(row, hits, this.touched, touchedCount);
    }
    // One number per story that ranks by hits, then index: hits · 2³² + index (exact in a double),
    // kept by insertion into a short sorted list (most stories fall below its last entry at once).
    let kept = 0;
    const touched = this.touched;
    for (let t = 0; t < touchedCount; t++) {
      const index = touched[t]!;
      const key = hits[index]! * STORY_SPAN + index;
      hits[index] = 0;
      if (kept === most && key <= best[kept - 1]!) continue;
      let at = kept < most ? kept++ : kept - 1;
      for (; at > 0 && key > best[at - 1]!; at--) best[at] = best[at - 1]!;
      best[at] = key;
    }
    const pool = this.pool;
    pool.length = kept;
    for (let i = 0; i < kept; i++) pool[i] = best[i]! % STORY_SPAN;
    return pool;
  }
}

const STORY_SPAN = 2 ** 32;
