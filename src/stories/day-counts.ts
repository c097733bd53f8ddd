// The terms each day's articles were counted with, kept while the day is inside the clusterer's IDF
// window, so that the day's counts can be taken back out when it leaves.
//
// Why a window: a term's weight should say how rare it is in the news of the moment. Counted over
// everything ever read, the words of a crisis that fills today's digests ("Assad", "Damascus") stay
// rare in an archive of other crises and make every report of the day look alike; counted over the
// last days they weigh what they weigh in a digest read alone.

/** One day's documents and the term ids each was counted with, back to back. */
export interface DayBucket {
  day: number;
  documents: number;
  ids: Int32Array;
  size: number;
}

export class DayCounts {
  private readonly buckets = new Map<number, DayBucket>();

  /** Records that a document of `day` was counted with ids[0, size). */
  add(day: number, ids: Int32Array, size: number): void {
    let bucket = this.buckets.get(day);
    if (!bucket) {
      bucket = { day, documents: 0, ids: new Int32Array(Math.max(256, size * 4)), size: 0 };
      this.buckets.set(day, bucket);
    }
    if (bucket.size + size > bucket.ids.length) {
      const bigger = new Int32Array(Math.max(bucket.ids.length * 2, bucket.size + size));
      bigger.set(bucket.ids.subarray(0, bucket.size));
      bucket.ids = bigger;
    }
    bucket.ids.set(ids.subarray(0, size), bucket.size);
    bucket.size += size;
    bucket.documents++;
  }

  /** Removes and returns the buckets of the days before `first`, oldest first. */
  takeBefore(first: number): DayBucket[] {
    const gone: DayBucket[] = [];
    for (const [day, bucket] of this.buckets)
      if (day < first) {
        gone.push(bucket);
        this.buckets.delete(day);
      }
    return gone.sort((a, b) => a.day - b.day);
  }

  /** Each day kept, as [day, documents, [term, count] …], terms named by `term`. */
  saved(term: (id: number) => string): [number, number, [string, number][]][] {
    return [...this.buckets.values()]
      .sort((a, b) => a.day - b.day)
      .map((bucket) => {
        const counts = new Map<number, number>();
        for (let i = 0; i < bucket.size; i++)
          counts.set(bucket.ids[i]!, (counts.get(bucket.ids[i]!) ?? 0) + 1);
        return [
          bucket.day,
          bucket.documents,
          [...counts].map(([id, count]): [string, number] => [term(id), count]),
        ];
      });
  }

  /** Days saved by `saved`, their terms interned by `intern`. */
  load(saved: readonly [number, number, [string, number][]][], intern: (term: string) => number): void {
    for (const [day, documents, counts] of saved) {
      const size = counts.reduce((sum, [, count]) => sum + count, 0);
      const ids = new Int32Array(Math.max(256, size));
      let at = 0;
      for (const [term, count] of counts) {
        const id = intern(term);
        for (let k = 0; k < count; k++) ids[at++] = id;
      }
      this.buckets.set(day, { day, documents, ids, size });
    }
  }
}
