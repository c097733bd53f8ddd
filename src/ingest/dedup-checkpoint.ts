// The dedup index's state as a checkpoint keeps it: by reference. A fingerprint is a few kilobytes of
// hashes per article (more than the article's compressed text), and every one of them can be
// recomputed from the stored article and its stored extraction, so the checkpoint keeps only the ids
// of the articles inside dedup's window and rebuilds their fingerprints when it is restored.
import { type DedupState, fingerprint } from '../dedup/index.js';
import { storeFingerprint } from '../dedup/state.js';
import type { Replayed } from '../store/index.js';

/** DedupState with the window's fingerprints replaced by their article ids (DedupIndex.stateByIds). */
export interface DedupCheckpoint extends Omit<DedupState, 'recent'> {
  recent: string[];
}

/**
 * The full DedupState again. Fingerprints are recomputed exactly as DedupIndex.add computed them
 * (from the article and its extraction). Checkpoints written before this format hold the
 * fingerprints themselves and pass through unchanged.
 */
export function expandDedupState(
  saved: DedupCheckpoint | DedupState,
  recall: ((ids: string[]) => Replayed[]) | undefined,
): DedupState {
  const recent = saved.recent as (string | DedupState['recent'][number])[];
  const ids = recent.filter((entry): entry is string => typeof entry === 'string');
  if (ids.length === 0) return saved as DedupState;
  if (!recall) throw new Error('a compact dedup checkpoint needs the stored articles to be restored');
  const found = new Map(recall(ids).map((r) => [r.article.id, r]));
  return {
    ...saved,
    recent: recent.flatMap((entry) => {
      if (typeof entry !== 'string') return [entry];
      const stored = found.get(entry);
      // An article missing from the store cannot have been checkpointed; nothing to remember then.
      return stored ? [storeFingerprint(fingerprint(stored.article, stored.extraction ?? undefined))] : [];
    }),
  };
}
