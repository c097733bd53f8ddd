// The store's numbers: end-to-end ingest rate (read + extract + dedup + stories + store) on generated
// digests, search latency (p50/p95) on a generated database, and database size against the raw text.
// The search database has 50,000 articles × SITREP_BENCH_SCALE (20 gives the 1M-article check).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type IngestStages, ingestPaths } from '../src/ingest/index.js';
import { defaultWorkers } from '../src/ingest/pipeline-stages.js';
import {
  ACCENTED,
  dayAfter,
  digestText,
  generateArticle,
  random,
  Vocabulary,
  writeDigests,
} from '../src/ingest/synthetic.js';
import { makeArticle } from '../src/read/article.js';
import { openStore, type Store } from '../src/store/index.js';
import type { Article } from '../src/types.js';
import { stableId } from '../src/util/hash.js';

const SCALE = Number(process.env.SITREP_BENCH_SCALE ?? 1) || 1;
const INGEST_FILES = 40;
/**
 * The same stream, five times as long. 40 files (about 1,800 articles) take a few seconds, and a
 * run's fixed costs (V8 compiling each thread's code, building the text dictionary, the final
 * checkpoint and compaction) weigh in them: this run's CPU time per article was 25–30% lower. It
 * shows the rate a long ingest settles at; it runs second, so the main thread's code is compiled
 * already (the extraction worker is new).
 */
const INGEST_LARGE_FILES = 200;
const ARTICLES_PER_FILE = 50;
const SEARCH_ARTICLES = Math.round(50_000 * SCALE);
const SEARCH_QUERIES = 300;

// ── end-to-end ingest ───────────────────────────────────────────────────────

/**
 * `real`: the stages to use (default: new ones, whose workers ingestPaths closes at the end); `label`
 * keeps the files of two runs with the same number of files apart.
 */
export async function benchIngest(
  dir: string,
  files = INGEST_FILES,
  real?: IngestStages,
  label = '',
): Promise<Record<string, number | string>> {
  const inputs = join(dir, `digests-${files}${label}`);
  const rawBytes = writeDigests(inputs, files, ARTICLES_PER_FILE);
  real ??= (await import('../src/ingest/pipeline-stages.js')).pipelineStages();
  // Load the NLP model and gazetteer, and start the extraction workers, before the clock starts.
  const warmStarted = performance.now();
  await real.warm?.(true);
  const warmSeconds = (performance.now() - warmStarted) / 1000;
  let extractMs = 0;
  // Read when ingestPaths closes the stages, before their workers end (and their threads with them).
  let threadsAtEnd: Map<string, number> | null = null;
  const stages: IngestStages = {
    ...real,
    async extract(articles) {
      const t0 = performance.now();
      const result = await real.extract(articles);
      extractMs += performance.now() - t0;
      return result;
    },
    async close() {
      threadsAtEnd = threadCpuMs();
      await real.close?.();
    },
  };
  const path = join(dir, `ingest-${files}${label}.db`);
  const store = openStore(path);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const mainBefore = mainThreadCpuMs();
  const threadsBefore = threadCpuMs();
  const summary = await ingestPaths(store, [inputs], { stages });
  const seconds = (performance.now() - started) / 1000;
  const threads = threadsDuring(threadsBefore, threadsAtEnd ?? threadCpuMs());
  // Every thread of the process (main and extraction workers): what the ingest costs whatever else
  // the machine runs; 2,000 articles/s on 2 cores needs at most 1 ms of CPU per article.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMsPerArticle = (cpu.user + cpu.system) / 1000 / Math.max(1, summary.added);
  const mainMs = mainBefore === null ? null : (mainThreadCpuMs() ?? 0) - mainBefore;
  const rest = seconds - extractMs / 1000;
  const stats = await store.stats();
  store.close();
  const bytes = statSync(path).size;
  return {
    ingest_files: files,
    ingest_articles: summary.added,
    ingest_seconds: round(seconds, 2),
    ingest_articles_per_s: Math.round(summary.added / seconds),
    ingest_warmup_seconds: round(warmSeconds, 2),
    // Time the main thread spent in extract(): waiting for the workers (which extract ahead while it
    // stores), or running queued extraction jobs itself rather than wait.
    ingest_extract_wait_seconds: round(extractMs / 1000, 2),
    // Everything but extraction: read, hash, dedup, stories, store.
    ingest_without_extract_articles_per_s: Math.round(summary.added / rest),
    ingest_cpu_ms_per_article: round(cpuMsPerArticle, 2),
    // The main thread alone (read, dedup, stories, store; Linux only, 10 ms ticks): the part the
    // extraction workers cannot take over.
    ...(mainMs === null
      ? {}
      : { ingest_main_thread_cpu_ms_per_article: round(mainMs / Math.max(1, summary.added), 2) }),
    // The extraction workers' threads, and the rest (V8's compiler and collector helpers, libuv).
    ...(threads === null
      ? {}
      : {
          ingest_worker_threads_cpu_ms_per_article: round(threads.workers / Math.max(1, summary.added), 2),
          ingest_other_threads_cpu_ms_per_article: round(threads.others / Math.max(1, summary.added), 2),
        }),
    ingest_stories: stats.stories,
    ingest_db_bytes_per_raw_byte: round(bytes / rawBytes, 2),
  };
}

/** CPU time of the main thread in ms, from /proc (null where there is none). */
function mainThreadCpuMs(): number | null {
  const path = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(path)) return null;
  const stat = readFileSync(path, 'utf8');
  // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 a second).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time of each thread of the process in ms, by thread id, from /proc (null where there is none). */
function threadCpuMs(): Map<string, number> | null {
  if (!existsSync('/proc/self/task')) return null;
  const times = new Map<string, number>();
  for (const id of readdirSync('/proc/self/task')) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
    } catch {
      continue; // The thread ended between the listing and the read.
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    times.set(id, (Number(fields[11]) + Number(fields[12])) * 10);
  }
  return times;
}

/**
 * The CPU the threads other than the main one spent between two readings: the extraction workers
 * (the busiest ones, one per worker) and all the others.
 */
function threadsDuring(
  before: Map<string, number> | null,
  after: Map<string, number> | null,
): { workers: number; others: number } | null {
  if (!before || !after) return null;
  const spent = [...after]
    .filter(([id]) => id !== String(process.pid))
    .map(([id, ms]) => ms - (before.get(id) ?? 0))
    .sort((a, b) => b - a);
  const workers = defaultWorkers();
  const sum = (values: number[]) => values.reduce((total, ms) => total + ms, 0);
  return { workers: sum(spent.slice(0, workers)), others: sum(spent.slice(workers)) };
}

// ── search ──────────────────────────────────────────────────────────────────

/** Stores generated articles directly (no extraction), 1,000 per transaction. */
export async function buildSearchDatabase(
  store: Store,
  count: number,
): Promise<{ rawBytes: number; vocabulary: Vocabulary }> {
  const next = random(11);
  const vocabulary = new Vocabulary(50_000, next);
  const step: Parameters<Store['ingestFile']>[1] = () => ({
    duplicates: [],
    stories: [],
    removedStories: [],
    state: {},
  });
  let rawBytes = 0;
  for (let start = 0; start < count; start += 1000) {
    const articles: Article[] = [];
    for (let i = start; i < Math.min(count, start + 1000); i++) {
      const generated = generateArticle(vocabulary, next, dayAfter('2020-01-01', Math.floor(i / 150)));
      const text = generated.paragraphs.join('\n\n');
      rawBytes += Buffer.byteLength(digestText([generated])) + 2;
      articles.push(
        makeArticle({
          id: stableId('a', String(i), generated.title),
          title: generated.title,
          outlet: generated.outlet,
          published: generated.day.toISOString().slice(0, 10),
          text,
          source: { file: `generated-${start}.txt`, startLine: 1, endLine: 1 },
        }),
      );
    }
    const file = {
      path: `generated-${start}.txt`,
      sha256: `generated-${start}`,
      size: 0,
      ingestedAt: '2024-01-01T00:00:00Z',
    };
    await store.ingestFile(
      { file, parse: { articles, dropped: [], warnings: [] }, extractions: new Map() },
      step,
    );
  }
  return { rawBytes, vocabulary };
}

/** Queries an analyst might type: rare and mid-frequency words, pairs, phrases, prefixes, filters. */
export function searchQueries(
  vocabulary: Vocabulary,
  next: () => number,
): { query: string; outlet?: string }[] {
  const word = () => vocabulary.words[100 + Math.floor(next() * (vocabulary.words.length - 100))] ?? 'ka';
  const common = () => vocabulary.words[20 + Math.floor(next() * 200)] ?? 'ka';
  const makers = [
    () => ({ query: word() }),
    () => ({ query: `${word()} ${word()}` }),
    () => ({ query: `${common()} ${word()}` }),
    () => ({ query: `"${common()} ${common()}"` }),
    () => ({ query: `${word().slice(0, 4)}*` }),
    () => ({
      query:
        ACCENTED[Math.floor(next() * ACCENTED.length)]?.normalize('NFKD').replace(/\p{M}/gu, '') ?? 'Turkiye',
    }),
    () => ({ query: common(), outlet: 'Reuters' }),
  ];
  return Array.from({ length: SEARCH_QUERIES }, (_, i) => makers[i % makers.length]!());
}

async function benchSearch(dir: string): Promise<Record<string, number | string>> {
  const path = join(dir, 'search.db');
  const store = openStore(path);
  const started = performance.now();
  const { rawBytes, vocabulary } = await buildSearchDatabase(store, SEARCH_ARTICLES);
  const buildSeconds = (performance.now() - started) / 1000;
  // A bulk load, compacted as `sitrep ingest` compacts after one (ingestPaths).
  const compactStarted = performance.now();
  await store.compact();
  const compactSeconds = (performance.now() - compactStarted) / 1000;
  store.close();

  const reader = openStore(path, { readonly: true });
  const timings: number[] = [];
  const prefixTimings: number[] = [];
  let hits = 0;
  for (const { query, outlet } of searchQueries(vocabulary, random(5))) {
    const t0 = performance.now();
    const result = await reader.search(query, { outlet, limit: 20 });
    const ms = performance.now() - t0;
    timings.push(ms);
    if (query.endsWith('*')) prefixTimings.push(ms);
    hits += result.hits.length;
  }
  reader.close();
  const wordTimings = timings.filter((ms) => !prefixTimings.includes(ms));
  return {
    search_articles: SEARCH_ARTICLES,
    search_build_articles_per_s: Math.round(SEARCH_ARTICLES / buildSeconds),
    search_compact_seconds: round(compactSeconds, 1),
    search_queries: timings.length,
    search_mean_hits: round(hits / timings.length, 1),
    search_p50_ms: percentile(timings, 0.5),
    search_p95_ms: percentile(timings, 0.95),
    // Words, pairs, phrases and filtered queries apart from 4-letter prefixes (which expand to many terms).
    search_p95_ms_without_prefix: percentile(wordTimings, 0.95),
    search_p95_ms_prefix_only: percentile(prefixTimings, 0.95),
    search_max_ms: round(Math.max(...timings), 2),
    search_db_bytes_per_raw_byte: round(statSync(path).size / rawBytes, 2),
  };
}

/** The same numbers under keys with another prefix. */
function renamed(numbers: Record<string, number | string>, from: string, to: string) {
  return Object.fromEntries(Object.entries(numbers).map(([key, value]) => [key.replace(from, to), value]));
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0, 2);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * The same 40 files again into a new database, with the stages (and their workers) of the first run:
 * V8 has compiled the hot code of every thread by then. What this run costs less is the first run's
 * warm-up (V8's optimising compiler on its background threads, and the code running slower until it
 * is compiled), a fixed cost per process and thread.
 */
async function benchIngestTwice(dir: string): Promise<Record<string, number | string>> {
  const { pipelineStages } = await import('../src/ingest/pipeline-stages.js');
  const real = pipelineStages();
  const kept: IngestStages = { ...real, close: async () => {} };
  try {
    const first = await benchIngest(dir, INGEST_FILES, kept);
    const again = await benchIngest(dir, INGEST_FILES, kept, '-again');
    return {
      ...first,
      ingest_compiled_articles_per_s: again.ingest_articles_per_s ?? 0,
      ingest_compiled_cpu_ms_per_article: again.ingest_cpu_ms_per_article ?? 0,
      ingest_compiled_main_thread_cpu_ms_per_article: again.ingest_main_thread_cpu_ms_per_article ?? 0,
    };
  } finally {
    await real.close?.();
  }
}

export async function bench(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-bench-'));
  try {
    const ingest = await benchIngestTwice(dir).catch((error: Error) => ({
      ingest_error: error.message.split('\n')[0] ?? '',
    }));
    const large = await benchIngest(dir, INGEST_LARGE_FILES).catch((error: Error) => ({
      ingest_error: error.message.split('\n')[0] ?? '',
    }));
    return { ...ingest, ...renamed(large, 'ingest_', 'ingest_large_'), ...(await benchSearch(dir)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
