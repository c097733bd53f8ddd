// Locality-sensitive hashing by banding: a signature is cut into `bands` bands of `rows` values; two
// documents become candidates when any band matches exactly. Lookup cost grows with the number of
// colliding documents, not with the corpus, so indexing stays about linear.
import { combine } from './hash.js';

const BUCKET_LIMIT = 24;

export class LshIndex {
  private readonly buckets: Map<number, number[]>[];

  constructor(
    readonly bands: number,
    readonly rows: number,
  ) {
    this.buckets = Array.from({ length: bands }, () => new Map());
  }

  /** Candidates sharing at least one band with `signature`, with the number of shared bands. */
  query(signature: Uint32Array): Map<number, number> {
    const hits = new Map<number, number>();
    for (let band = 0; band < this.bands; band++) {
      const bucket = this.buckets[band]!.get(this.bandKey(signature, band));
      if (!bucket) continue;
      for (const id of bucket) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    return hits;
  }

  add(id: number, signature: Uint32Array): void {
    for (let band = 0; band < this.bands; band++) {
      const key = this.bandKey(signature, band);
      const bucket = this.buckets[band]!.get(key);
      if (bucket) {
        bucket.push(id);
        // A band shared by this many texts is boilerplate, not a copy: keep only the newest.
        if (bucket.length > BUCKET_LIMIT) bucket.shift();
      } else this.buckets[band]!.set(key, [id]);
    }
  }

  remove(id: number, signature: Uint32Array): void {
    for (let band = 0; band < this.bands; band++) {
      const key = this.bandKey(signature, band);
      const bucket = this.buckets[band]!.get(key);
      if (!bucket) continue;
      const at = bucket.indexOf(id);
      if (at >= 0) bucket.splice(at, 1);
      if (bucket.length === 0) this.buckets[band]!.delete(key);
    }
  }

  private bandKey(signature: Uint32Array, band: number): number {
    let h = band;
    const start = band * this.rows;
    for (let i = start; i < start + this.rows; i++) h = combine(h, signature[i]!);
    return h;
  }
}
