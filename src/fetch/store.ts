// Hands fetched articles to the same ingest path as digests, so pages and feed items land in the
// store with provenance, dedup and stories like any other input.
import { createHash } from 'node:crypto';
import type { ParseResult } from '../types.js';

/** Stores a ParseResult under a label (a URL or "watch poll …"); returns the number of new articles. */
export async function storeFetched(
  dbPath: string | undefined,
  result: ParseResult,
  label: string,
  now: Date,
): Promise<number> {
  if (result.articles.length === 0) return 0;
  // Loaded lazily: the store and the NLP stages are heavy, and plain `fetch` does not need them.
  const [{ openStore }, { databasePath }, { ingestParsed }, { pipelineStages }] = await Promise.all([
    import('../store/index.js'),
    import('../store/location.js'),
    import('../ingest/index.js'),
    import('../ingest/pipeline-stages.js'),
  ]);
  const store = openStore(databasePath(dbPath));
  try {
    const ids = result.articles.map((a) => a.id).join('\n');
    const file = {
      path: label,
      sha256: createHash('sha256').update(ids).digest('hex'),
      size: Buffer.byteLength(ids),
      ingestedAt: now.toISOString(),
    };
    const outcome = await ingestParsed(store, result, file, pipelineStages());
    return outcome.added;
  } finally {
    store.close();
  }
}
