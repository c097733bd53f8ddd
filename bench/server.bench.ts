// The HTTP server under load: a generated database (bench/generate.ts, stored through the Store
// API with synthetic stories, duplicates and extraction records), served by `buildApp` in a child
// process, and hit by 50 concurrent keep-alive connections over loopback. Reports p50/p95/p99 for
// the story page and the search API. Size: 100,000 articles, the target size; a
// SITREP_BENCH_SCALE below 1 makes it smaller for quick runs (0.05 gives 5,000).
// SITREP_BENCH_DB=path keeps the generated database there (with a .json note of its stories and
// words) and reuses it while the size, the generator and the store's schema stay the same.
import { type ChildProcess, spawn } from 'node:child_process';
import cluster, { type Worker } from 'node:cluster';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer, get } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../src/store/index.js';
import type { Article, Duplicate, Extraction, Story } from '../src/types.js';
import { streamArticles } from './generate.js';

const SCALE = Number(process.env.SITREP_BENCH_SCALE ?? 1) || 1;
const ARTICLES = Math.round(100_000 * Math.min(1, SCALE));
const BATCH = 1_000;
const CONNECTIONS = 50;
const REQUESTS = 1_500;
const WARMUP = 300;
/** Only the phases named here, comma-separated (e.g. "story_page_cold" while profiling); all by default. */
const PHASES = (process.env.SITREP_BENCH_PHASES ?? '').split(',').filter(Boolean);
/** Server processes sharing the port (sitrep serve --workers); SITREP_BENCH_WORKERS overrides. */
const WORKERS = Number(process.env.SITREP_BENCH_WORKERS ?? 1) || 1;
/**
 * SITREP_BENCH_KEEP_CONNECTIONS=1: the measured requests go over the warm-up's connections. By
 * default each load opens 50 new ones, and in some runs the busy server leaves 30 or so of them
 * waiting up to two seconds for their first answer (a plain node:http server burning as much CPU a
 * request does the same): fewer than 50 connections are active for part of the load, so the p50 is
 * lower and the p99 near a second (search API, one process: p50 36 ms, p99 770 ms in such a run;
 * 51 ms and 85 ms in the next).
 */
const KEEP_CONNECTIONS = process.env.SITREP_BENCH_KEEP_CONNECTIONS === '1';

// ── the database ────────────────────────────────────────────────────────────

interface EventStory {
  id: string;
  members: Article[];
}

/** Stories are the generator's events; copies are its known duplicates. Kept in memory, not as state. */
function storyOf(event: EventStory): Story {
  const days = event.members.map((a) => a.published ?? '').sort();
  return {
    id: event.id,
    headline: event.members[0]?.title ?? event.id,
    articles: event.members.map((a) => a.id),
    outlets: [...new Set(event.members.map((a) => a.outlet ?? 'unknown'))],
    first: days[0] ?? null,
    last: days.at(-1) ?? null,
    independent: event.members.length,
    lineage: [],
  };
}

/** A figure, a quote and a date per article, at real offsets, so the story page has records to show. */
function syntheticExtraction(article: Article): Extraction {
  const number = /\d[\d,]*/.exec(article.text);
  const quote = /"([^"]{10,})"/.exec(article.text);
  const day = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(article.text);
  return {
    article: article.id,
    mentions: [],
    quotes: quote
      ? [
          {
            article: article.id,
            speaker: null,
            via: null,
            text: quote[1]!,
            start: quote.index + 1,
            end: quote.index + 1 + quote[1]!.length,
          },
        ]
      : [],
    figures: number
      ? [
          {
            article: article.id,
            text: number[0],
            value: Number(number[0].replace(/,/g, '')),
            low: null,
            high: null,
            qualifier: null,
            unit: 'people',
            subject: 'displaced',
            start: number.index,
            end: number.index + number[0].length,
          },
        ]
      : [],
    dates: day
      ? [
          {
            article: article.id,
            text: day[0],
            date: article.published ?? '2024-01-01',
            precision: 'day',
            start: day.index,
            end: day.index + day[0].length,
          },
        ]
      : [],
  };
}

export async function buildDatabase(
  store: Store,
  count = ARTICLES,
): Promise<{ stories: string[]; words: string[] }> {
  const events = new Map<string, EventStory>();
  const words = new Set<string>();
  let batch: Article[] = [];
  let pending: Duplicate[] = [];
  let file = 0;
  const flush = async () => {
    const fresh = batch;
    const duplicates = pending;
    const touched = new Set(fresh.map((a) => eventOf.get(a.id)!));
    await store.ingestFile(
      {
        file: {
          path: `bench/${file}.txt`,
          sha256: `bench-${file}`,
          size: 1,
          ingestedAt: '2024-01-01T00:00:00Z',
        },
        parse: { articles: fresh, dropped: [], warnings: [] },
        extractions: new Map(fresh.map((a) => [a.id, syntheticExtraction(a)])),
      },
      () => ({
        duplicates,
        stories: [...touched].map((id) => storyOf(events.get(id)!)),
        removedStories: [],
        state: {},
      }),
    );
    file++;
    batch = [];
    pending = [];
  };
  const eventOf = new Map<string, string>();
  const stream = streamArticles({
    seed: 7,
    articles: count,
    events: Math.round(count / 10),
    days: Math.max(30, Math.round(count / 300)),
  });
  for (const item of stream) {
    const storyId = `s_${item.event}`;
    eventOf.set(item.article.id, storyId);
    const event = events.get(storyId) ?? { id: storyId, members: [] };
    event.members.push(item.article);
    events.set(storyId, event);
    batch.push(item.article);
    if (item.copyOf)
      pending.push({
        a: item.copyOf.id,
        b: item.article.id,
        relation: item.copyOf.relation,
        similarity: 0.9,
      });
    if (words.size < 400)
      for (const word of item.article.title.split(/\W+/)) if (word.length > 4) words.add(word);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return { stories: [...events.keys()], words: [...words] };
}

// ── the load ────────────────────────────────────────────────────────────────

function request(agent: Agent, port: number, path: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, agent, headers: { accept: 'text/html' } }, (response) => {
      response.resume();
      response.on('end', () =>
        response.statusCode === 200
          ? resolve(performance.now() - started)
          : reject(new Error(`${path}: ${response.statusCode}`)),
      );
    }).on('error', reject);
  });
}

/** CONNECTIONS workers share a bounded queue of paths; latencies come back in completion order. */
async function load(
  port: number,
  paths: string[],
  agent: Agent,
): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < paths.length) {
        const path = paths[next++]!;
        const ms = await request(agent, port, path);
        latencies.push(ms);
        if (process.env.SITREP_BENCH_DEBUG && ms > 200)
          process.stderr.write(
            `${Math.round(ms)} ms ${path} at ${Math.round(performance.now() - started)}\n`,
          );
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

function newAgent(): Agent {
  return new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The server's CPU time so far (user + system, ms), its workers' included. */
type CpuProbe = () => Promise<number>;

async function measure(
  port: number,
  name: string,
  paths: string[],
  cpu: CpuProbe,
): Promise<Record<string, number>> {
  if (PHASES.length > 0 && !PHASES.includes(name)) return {};
  const warmup = newAgent();
  await load(port, paths.slice(0, WARMUP), warmup);
  if (!KEEP_CONNECTIONS) warmup.destroy();
  const agent = KEEP_CONNECTIONS ? warmup : newAgent();
  const cpuBefore = await cpu();
  const clientBefore = process.cpuUsage();
  const { latencies, seconds } = await load(port, paths.slice(WARMUP), agent);
  agent.destroy();
  // CPU per request does not depend on what else the machine runs, unlike the latencies.
  const cpuPerRequest = ((await cpu()) - cpuBefore) / latencies.length;
  // The load generator shares the machine's cores with the server: its share is reported too.
  const client = process.cpuUsage(clientBefore);
  const clientPerRequest = (client.user + client.system) / 1000 / latencies.length;
  const sorted = latencies.sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    [`${name}_requests`]: sorted.length,
    [`${name}_p50_ms`]: r(percentile(sorted, 50)),
    [`${name}_p95_ms`]: r(percentile(sorted, 95)),
    [`${name}_p99_ms`]: r(percentile(sorted, 99)),
    [`${name}_per_s`]: Math.round(sorted.length / seconds),
    [`${name}_server_cpu_ms_per_request`]: Math.round(cpuPerRequest * 100) / 100,
    [`${name}_client_cpu_ms_per_request`]: Math.round(clientPerRequest * 100) / 100,
  };
}

/** A deterministic generator, so that two runs fire the same requests. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Each item at most once, in a shuffled order: every request misses the response cache. */
function distinct<T>(items: T[], count: number, seed: number): T[] {
  const random = lcg(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

/** Zipf-distributed picks (weight 1/rank): the way readers crowd onto the day's top stories. */
function zipf<T>(ranked: T[], count: number, seed: number): T[] {
  const random = lcg(seed);
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= ranked.length; rank++) {
    total += 1 / rank;
    cumulative.push(total);
  }
  return Array.from({ length: count }, () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return ranked[low]!;
  });
}

// ── the server, in its own process so that client and server do not share one event loop ──

/** Asks the bench server for its CPU time (one line in, one line out on its stdio pipes). */
function cpuProbe(child: ChildProcess): CpuProbe {
  return () =>
    new Promise((resolve) => {
      child.stdout?.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim())));
      child.stdin?.write('cpu\n');
    });
}

/** `bare` starts the floor instead of sitrep: a plain node:http server sending one fixed page. */
function startServer(db: string, bare = false): Promise<{ child: ChildProcess; port: number }> {
  // SITREP_BENCH_SERVER_ARGS passes node flags to the server, e.g. "--cpu-prof --cpu-prof-dir=prof".
  const flags = (process.env.SITREP_BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, SITREP_BENCH_SERVE_DB: db, SITREP_BENCH_BARE: bare ? '1' : '' },
    // stdin is a pipe only so that the server notices when the bench goes away and exits too.
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve({ child, port: Number(String(chunk).trim()) }));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

/** The bench's server: `buildApp` on the database, as `sitrep serve --workers WORKERS` runs it. */
async function serveForBench(db: string): Promise<void> {
  if (cluster.isPrimary) {
    process.stdin.on('end', () => process.exit(0));
    // An orderly exit, so that profiles asked for with SITREP_BENCH_SERVER_ARGS get written.
    process.on('SIGTERM', () => process.exit(0));
    process.stdin.on('data', async () => {
      const workers = await Promise.all(Object.values(cluster.workers ?? {}).map(workerCpu));
      const total = workers.reduce((sum, ms) => sum + ms, cpuMs());
      process.stdout.write(`${total}\n`);
    });
    process.stdin.resume();
  }
  if (cluster.isWorker)
    process.on('message', (message) => {
      if (message === 'cpu') process.send?.({ cpu: cpuMs() });
    });
  if (process.env.SITREP_BENCH_BARE) return serveBare();
  if (WORKERS > 1 && cluster.isPrimary) {
    // The load starts when every worker listens, as `sitrep serve` announces itself: connections
    // opened earlier would all go to the first worker.
    let listening = 0;
    cluster.on('listening', (_worker, address) => {
      if (++listening === WORKERS) process.stdout.write(`${address.port}\n`);
    });
    for (let i = 0; i < WORKERS; i++) cluster.fork();
    return;
  }
  if (process.env.SITREP_BENCH_DEBUG) reportLongPauses();
  const { buildApp } = await import('../src/server/app.js');
  const store = openStore(db, { readonly: true });
  const app = await buildApp({ store, token: 'bench' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  if (cluster.isPrimary) process.stdout.write(`${new URL(address).port}\n`);
}

/** About the size of a story page of the generated database. */
const BARE_PAGE = 'x'.repeat(13_000);

/**
 * The floor under every latency: the same load against a server that does nothing but send a page.
 * On a shared machine it shows how much of the latency the machine itself adds.
 */
function serveBare(): void {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(BARE_PAGE);
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
  });
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** A cluster worker's CPU time so far (ms), asked over the cluster's message channel. */
function workerCpu(worker: Worker | undefined): Promise<number> {
  return new Promise((resolve) => {
    if (!worker) return resolve(0);
    worker.once('message', (message: { cpu?: number }) => resolve(message.cpu ?? Number.NaN));
    worker.send('cpu');
  });
}

/**
 * Garbage-collection pauses long enough to show in the latencies, on stderr (SITREP_BENCH_DEBUG),
 * and at exit the number and total time of the pauses of each kind (1: scavenge, 4: mark-compact).
 */
function reportLongPauses(): void {
  const totals = new Map<number, { count: number; ms: number }>();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0;
      const total = totals.get(kind) ?? { count: 0, ms: 0 };
      total.count++;
      total.ms += entry.duration;
      totals.set(kind, total);
      if (entry.duration > 10)
        process.stderr.write(`server: gc pause ${Math.round(entry.duration)} ms (kind ${kind})\n`);
    }
  }).observe({ entryTypes: ['gc'] });
  // At each CPU probe (the start and end of a measured load) and at exit: the totals so far.
  const report = () => {
    for (const [kind, { count, ms }] of totals)
      process.stderr.write(`server: gc kind ${kind}: ${count} pauses, ${Math.round(ms)} ms so far\n`);
  };
  process.stdin.on('data', report);
  process.on('exit', report);
}

if (process.env.SITREP_BENCH_SERVE_DB) await serveForBench(process.env.SITREP_BENCH_SERVE_DB);

interface BenchDatabase {
  db: string;
  stories: string[];
  words: string[];
  buildSeconds: number;
  /** Removes the database unless it is kept for the next run. */
  dispose: () => void;
}

/** What a kept database was built from: its size, the generator and the store's schema. */
function buildFingerprint(): string {
  const hash = createHash('sha256').update(String(ARTICLES));
  for (const file of ['generate.ts', '../src/store/schema.ts'])
    hash.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
  return hash.digest('hex');
}

/** The generated database: a kept one (SITREP_BENCH_DB) built the same way, else a new one. */
async function benchDatabase(): Promise<BenchDatabase> {
  const kept = process.env.SITREP_BENCH_DB;
  const note = kept ? `${kept}.json` : '';
  const fingerprint = buildFingerprint();
  if (kept && existsSync(kept) && existsSync(note)) {
    const saved = JSON.parse(readFileSync(note, 'utf8')) as {
      fingerprint: string;
      stories: string[];
      words: string[];
    };
    if (saved.fingerprint === fingerprint)
      return { db: kept, stories: saved.stories, words: saved.words, buildSeconds: 0, dispose: () => {} };
  }
  const dir = kept ? null : mkdtempSync(join(tmpdir(), 'sitrep-server-bench-'));
  const db = kept ?? join(dir!, 'bench.db');
  for (const file of [db, `${db}-wal`, `${db}-shm`]) rmSync(file, { force: true });
  const store = openStore(db);
  const started = performance.now();
  const { stories, words } = await buildDatabase(store);
  const buildSeconds = (performance.now() - started) / 1000;
  store.close();
  if (kept) writeFileSync(note, JSON.stringify({ fingerprint, stories, words }));
  return {
    db,
    stories,
    words,
    buildSeconds,
    dispose: () => (dir ? rmSync(dir, { recursive: true, force: true }) : undefined),
  };
}

/** The bare server's numbers under the same load (one process, whatever SITREP_BENCH_WORKERS says). */
async function measureFloor(db: string): Promise<Record<string, number>> {
  if (PHASES.length > 0 && !PHASES.includes('bare_http_floor')) return {};
  const { child, port } = await startServer(db, true);
  try {
    return await measure(port, 'bare_http_floor', Array(REQUESTS + WARMUP).fill('/'), cpuProbe(child));
  } finally {
    child.kill('SIGTERM');
  }
}

export async function bench(): Promise<Record<string, number | string>> {
  const { db, stories, words, buildSeconds, dispose } = await benchDatabase();
  try {
    const floor = await measureFloor(db);
    const { child, port } = await startServer(db);
    const cpu = cpuProbe(child);
    try {
      const newestFirst = [...stories].reverse();
      const storyPath = (id: string) => `/stories/${id}`;
      // Unique two-word queries: each is a cache miss and most match few articles, as real searches do.
      const pairs = distinct(words, words.length, 3).flatMap((w, i) =>
        words.slice(i % 7, (i % 7) + 4).map((v) => `${w} ${v}`),
      );
      const searchPath = (q: string) => `/api/search?q=${encodeURIComponent(q)}`;
      const coldStories = Math.min(REQUESTS + WARMUP, stories.length);
      return {
        articles: ARTICLES,
        stories: stories.length,
        connections: CONNECTIONS,
        workers: WORKERS,
        kept_connections: KEEP_CONNECTIONS ? 1 : 0,
        build_seconds: Math.round(buildSeconds * 10) / 10,
        load_average: Math.round(loadavg()[0]! * 10) / 10,
        ...floor,
        ...(await measure(port, 'story_page_cold', distinct(stories, coldStories, 1).map(storyPath), cpu)),
        ...(await measure(
          port,
          'story_page_zipf',
          zipf(newestFirst, REQUESTS + WARMUP, 2).map(storyPath),
          cpu,
        )),
        ...(await measure(
          port,
          'search_api_cold',
          distinct(pairs, REQUESTS + WARMUP, 4).map(searchPath),
          cpu,
        )),
        ...(await measure(port, 'search_api_zipf', zipf(words, REQUESTS + WARMUP, 5).map(searchPath), cpu)),
      };
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    dispose();
  }
}
