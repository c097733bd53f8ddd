// The extract stage: Article → entity mentions, quotes, figures and dates, all with spans.
//
// Each article is annotated once (annotate.ts) and every extractor reads that one annotation. The
// order matters only in that quotes need the entity mentions to name their speakers. After the
// per-article pass, a corpus pass links lone surnames to full names seen in other articles of the
// same batch and aggregates mentions into entities. Both passes are deterministic given the gazetteer
// and the batch, so a store can run this on new articles only and merge entities by id.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, Entity, EntityMention, Extraction } from '../types.js';
import { stableId } from '../util/hash.js';
import { annotate } from './annotate.js';
import { extractDates } from './dates.js';
import { extractEntities, linkPending, surnameIndex } from './entities.js';
import { extractFigures } from './figures.js';
import { buildGazetteer, type Gazetteer, type GazetteerEntry, loadGazetteer, tokenKey } from './gazetteer.js';
import { extractQuotes } from './quotes.js';

export interface ExtractOptions {
  gazetteer?: Gazetteer;
  workers?: number | 'auto';
  /** Text size from which extractAllParallel uses workers (default PARALLEL_THRESHOLD); tests lower it. */
  parallelThreshold?: number;
}

export interface ExtractResult {
  extractions: Extraction[];
  entities: Entity[];
}

/** One article's extraction before the corpus pass, with the words still waiting for a full name. */
export interface LocalExtraction {
  extraction: Extraction;
  pending: EntityMention[];
}

/** Below this much text, starting worker threads costs more than it saves. */
export const PARALLEL_THRESHOLD = 2 * 1024 * 1024;

/** One article, no corpus-level resolution. */
export function extractArticle(article: Article, gazetteer: Gazetteer): Extraction {
  return extractLocal(article, gazetteer).extraction;
}

export function extractLocal(article: Article, gazetteer: Gazetteer): LocalExtraction {
  const annotated = annotate(article.text);
  const { mentions, pending } = extractEntities(article, annotated, gazetteer);
  return {
    extraction: {
      article: article.id,
      mentions,
      quotes: extractQuotes(article, annotated, mentions),
      figures: extractFigures(article, annotated),
      dates: extractDates(article, annotated),
    },
    pending,
  };
}

/** Every article, then surname linking across the batch and entity aggregation. Synchronous. */
export function extractAll(articles: Article[], options: ExtractOptions = {}): ExtractResult {
  const gazetteer = options.gazetteer ?? loadGazetteer();
  return resolveCorpus(articles.map((article) => extractLocal(article, gazetteer)));
}

/** The same result as extractAll, with worker threads when the input is large enough to gain. */
export async function extractAllParallel(
  articles: Article[],
  options: ExtractOptions = {},
): Promise<ExtractResult> {
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const size = articles.reduce((sum, a) => sum + a.text.length, 0);
  const workers = workerCount(options.workers, articles.length);
  if (workers < 2 || size < (options.parallelThreshold ?? PARALLEL_THRESHOLD))
    return extractAll(articles, { gazetteer });
  const slices = sliceBySize(articles, workers);
  const parts = await Promise.all(slices.map((slice) => runWorker(slice, gazetteer.userEntries)));
  return resolveCorpus(parts.flat());
}

function workerCount(requested: number | 'auto' | undefined, articles: number): number {
  const wanted = requested === undefined || requested === 'auto' ? availableParallelism() : requested;
  return Math.max(1, Math.min(wanted, articles));
}

/** Contiguous slices of roughly equal text size, so that output order stays the input order. */
function sliceBySize(articles: Article[], count: number): Article[][] {
  const total = articles.reduce((sum, a) => sum + a.text.length, 0);
  const slices: Article[][] = [[]];
  let size = 0;
  for (const article of articles) {
    if (size >= (total / count) * slices.length && slices.length < count) slices.push([]);
    slices[slices.length - 1]!.push(article);
    size += article.text.length;
  }
  return slices.filter((slice) => slice.length > 0);
}

function runWorker(articles: Article[], userEntries: GazetteerEntry[]): Promise<LocalExtraction[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ articles, userEntries });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`extract worker stopped with exit code ${code}`));
    });
  });
}

function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./worker.js', import.meta.url), { workerData });
  // Running from the TypeScript source (tsx, vitest): the worker registers tsx before loading it.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/** Used by the worker: the per-article pass with a gazetteer rebuilt from the user's entries. */
export function extractSlice(articles: Article[], userEntries: GazetteerEntry[]): LocalExtraction[] {
  const gazetteer = buildGazetteer(userEntries);
  return articles.map((article) => extractLocal(article, gazetteer));
}

// ── corpus pass ─────────────────────────────────────────────────────────────

export function resolveCorpus(locals: LocalExtraction[]): ExtractResult {
  const surnames = surnameIndex(locals.flatMap((l) => l.extraction.mentions));
  const extractions = locals.map((local) => linkArticle(local, surnames));
  return { extractions, entities: aggregateEntities(extractions) };
}

/** Lone surnames and pending words get the full name another article of the batch gave them. */
function linkArticle(local: LocalExtraction, surnames: Map<string, string | null>): Extraction {
  const renamed = new Map<string, string>();
  const mentions = local.extraction.mentions.map((m) => {
    if (m.type !== 'person' || m.name.includes(' ')) return m;
    const full = surnames.get(tokenKey(m.name));
    if (!full) return m;
    renamed.set(m.name, full);
    return { ...m, name: full };
  });
  const linked = linkPending(local.pending, surnames);
  if (renamed.size === 0 && linked.length === 0) return local.extraction;
  mentions.push(...linked);
  mentions.sort((a, b) => a.start - b.start);
  const quotes = local.extraction.quotes.map((q) =>
    q.speaker && renamed.has(q.speaker) ? { ...q, speaker: renamed.get(q.speaker)! } : q,
  );
  return { ...local.extraction, mentions, quotes };
}

/** Mentions grouped by id = stableId('e', type, canonical name); most mentioned first. */
export function aggregateEntities(extractions: Extraction[]): Entity[] {
  const byId = new Map<string, Entity & { seen: Set<string> }>();
  // Hashing is the costly part, and the same names come back on every page: one hash per name.
  const ids = new Map<string, string>();
  for (const extraction of extractions) {
    for (const m of extraction.mentions) {
      const key = `${m.type}\u0000${m.name}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = stableId('e', m.type, m.name);
        ids.set(key, id);
      }
      let entity = byId.get(id);
      if (!entity) {
        entity = {
          id,
          name: m.name,
          type: m.type,
          aliases: [m.name],
          articles: [],
          mentions: 0,
          seen: new Set(),
        };
        byId.set(id, entity);
      }
      entity.mentions++;
      if (!entity.aliases.includes(m.text)) entity.aliases.push(m.text);
      if (!entity.seen.has(m.article)) {
        entity.seen.add(m.article);
        entity.articles.push(m.article);
      }
    }
  }
  return [...byId.values()]
    .map(({ seen: _seen, ...entity }) => entity)
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
