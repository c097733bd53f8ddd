// One job of the extraction pool, the same wherever it runs: in a worker, or on the main thread when
// it takes a queued job instead of waiting for the workers (ExtractPool.runHere).
import type { Gazetteer } from '../extract/gazetteer.js';
import { extractLocalBatch, type LocalExtraction } from '../extract/index.js';
import { type BodyDictionary, deflateText, type StoredBody } from '../store/bodies.js';
import type { Article } from '../types.js';

/** Per-article extractions (no corpus pass) and the texts compressed for the store, in order. */
export interface PoolResult {
  locals: LocalExtraction[];
  bodies: StoredBody[];
}

/** `compress`: also compress the texts (else `bodies` is empty and the store compresses them). */
export function extractJob(
  articles: Article[],
  gazetteer: Gazetteer,
  dictionary: BodyDictionary | null,
  compress = true,
): PoolResult {
  // Grouped as extractAll groups them (the tagger's tables stay in the caches longer); same results.
  const locals = extractLocalBatch(articles, gazetteer);
  // The text as the store keeps it, compressed here rather than while the file's transaction is open.
  const bodies = compress ? articles.map((article) => tight(deflateText(article.text, dictionary))) : [];
  return { locals, bodies };
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
