// One job of the extraction pool, the same wherever it runs: in a worker, or on the main thread when
// it takes a queued job instead of waiting for the workers (ExtractPool.runHere).
import { deserialize, serialize } from 'node:v8';
import type { Gazetteer } from '../extract/gazetteer.js';
import { extractLocalBatch, type LocalExtraction } from '../extract/index.js';
import { type BodyDictionary, deflateText, type StoredBody } from '../store/bodies.js';
import type { Article } from '../types.js';

/** Per-article extractions (no corpus pass) and the texts compressed for the store, in order. */
export interface PoolResult {
  locals: PackedLocals;
  bodies: StoredBody[];
}

/**
 * A job's extractions serialised (structured clone format), one after the other in one buffer:
 * article i's bytes end at `ends[i]`. Results arrive thousands of articles ahead of the file that
 * stores them; as objects, every one of them was copied by the receiving thread's young-generation
 * collections and promoted to its old generation before its file was stored. As bytes they wait
 * outside the heap, and each becomes objects (localAt) only when its file is stored.
 */
export interface PackedLocals {
  data: Uint8Array;
  ends: number[];
}

/** `compress`: also compress the texts (else `bodies` is empty and the store compresses them). */
export function extractJob(
  articles: Article[],
  gazetteer: Gazetteer,
  dictionary: BodyDictionary | null,
  compress = true,
): PoolResult {
  // Grouped as extractAll groups them (the tagger's tables stay in the caches longer); same results.
  const locals = packLocals(extractLocalBatch(articles, gazetteer));
  // The text as the store keeps it, compressed here rather than while the file's transaction is open.
  const bodies = compress ? articles.map((article) => tight(deflateText(article.text, dictionary))) : [];
  return { locals, bodies };
}

export function packLocals(locals: LocalExtraction[]): PackedLocals {
  const parts = locals.map((local) => serialize(local));
  // A buffer of its own (serialize's may share a pool): a worker transfers it rather than copying.
  const data = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  const ends: number[] = [];
  let offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
    ends.push(offset);
  }
  return { data, ends };
}

/** Article i's extraction, as a new object (the same as a message would carry it). */
export function localAt(packed: PackedLocals, i: number): LocalExtraction | undefined {
  const end = packed.ends[i];
  if (end === undefined) return undefined;
  return deserialize(packed.data.subarray(packed.ends[i - 1] ?? 0, end)) as LocalExtraction;
}

/** Every extraction of a job, in order. */
export function unpackLocals(packed: PackedLocals): LocalExtraction[] {
  return packed.ends.map((_, i) => localAt(packed, i)!);
}

/**
 * The body in a buffer of its own size. zlib hands back a view of its 16 KB output chunk, and a
 * message copies a view's whole buffer: 16 KB to send and to allocate on the other side for every
 * text of about 700 bytes (150 MB for the ingest bench's 9,211 articles, which also counted as
 * external memory towards the receiving thread's garbage collections).
 */
function tight(body: StoredBody): StoredBody {
  return { data: new Uint8Array(body.data), dictionary: body.dictionary };
}
