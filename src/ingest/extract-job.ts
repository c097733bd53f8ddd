// One job of the extraction pool, the same wherever it runs: in a worker, or on the main thread when
// it takes a queued job instead of waiting for the workers (ExtractPool.runHere).
import { deserialize, serialize } from 'node:v8';
import type { Gazetteer } from '../extract/gazetteer.js';
import { copyFor, extractLocalBatch, type LocalExtraction } from '../extract/index.js';
import { type BodyDictionary, deflateText, type StoredBody } from '../store/bodies.js';
import type { Article } from '../types.js';

/** Per-article extractions (no corpus pass) and the texts compressed for the store, in order. */
export interface PoolResult {
  locals: PackedLocals;
  bodies: StoredBody[];
}

/**
 * A job's extractions serialised (structured clone format) in one buffer. Results arrive thousands
 * of articles ahead of the file that stores them; as objects, every one of them was copied by the
 * receiving thread's young-generation collections and promoted to its old generation before its file
 * was stored. As bytes they wait outside the heap, and become objects (JobLocals) when the first of
 * the job's articles is stored.
 */
export interface PackedLocals {
  data: Uint8Array;
  count: number;
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

/** One serialisation for the whole job: one per article cost three times as much in all. */
export function packLocals(locals: LocalExtraction[]): PackedLocals {
  const bytes = serialize(locals);
  // A buffer of its own, which a worker can hand over rather than copy.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return { data: own ? bytes : new Uint8Array(bytes), count: locals.length };
}

export function unpackLocals(packed: PackedLocals): LocalExtraction[] {
  return deserialize(packed.data) as LocalExtraction[];
}

/**
 * A job's extractions as objects, read from its bytes when the first is taken. Each thread's jobs
 * reach the stages this way, so their records always have the hidden classes of a structured clone:
 * the stages that read them (dedup, stories, the writes) were compiled for one kind of object, and
 * fed both kinds (a worker's and this thread's own), V8 threw their optimised code away again and
 * again (the story stage's addExtraction was compiled 7 times in a 200-file run).
 */
export class JobLocals {
  private taken: (LocalExtraction | undefined)[] | null = null;
  /** Read again for copies, untouched by what the stages do to the taken ones. */
  private pristine: LocalExtraction[] | null = null;

  constructor(private readonly packed: PackedLocals) {}

  get count(): number {
    return this.packed.count;
  }

  /** Article i's extraction; each is taken once (the job lets go of it). */
  take(i: number): LocalExtraction {
    this.taken ??= unpackLocals(this.packed);
    const local = this.taken[i]!;
    this.taken[i] = undefined;
    return local;
  }

  /** Article i's extraction for an identical article (copyFor), with a clone's hidden classes. */
  copyFor(i: number, article: string): LocalExtraction {
    this.pristine ??= unpackLocals(this.packed);
    return structuredClone(copyFor(this.pristine[i]!, article));
  }
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
