// The store's numbers: end-to-end ingest rate (read + extract + dedup + stories + store) on generated
// digests, search latency (p50/p95) on a generated database, and database size against the raw text.
// The search database has 50,000 articles × SITREP_BENCH_SCALE (20 gives the 1M-article check).
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../src/ingest/index.js';
import type { IngestStages } from '../src/ingest/stages.js';
import { openStore, type Store } from '../src/store/index.js';
import type { Article } from '../src/types.js';
import { stableId } from '../src/util/hash.js';

const SCALE = Number(process.env.SITREP_BENCH_SCALE ?? 1) || 1;
const INGEST_FILES = 40;
const ARTICLES_PER_FILE = 50;
const SEARCH_ARTICLES = Math.round(50_000 * SCALE);
const SEARCH_QUERIES = 300;

// ── a deterministic generator of news-like text ─────────────────────────────

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka ra ba kh ne ti so lu ma vo ze ri an el or us gu de pe ya li mo shi ta ve'.split(' ');
const FUNCTION_WORDS = 'the of and to in a that said on for was with as by at from his it an were have'.split(
  ' ',
);
const ACCENTED = ['Türkiye', 'Ağdam', 'Şuşa', 'Gyumri', 'Kornidzor', 'Xankəndi', 'Yerevan', 'Bakı'];

/** A vocabulary of pseudo-words drawn with Zipf's law, as words are in real text. */
class Vocabulary {
  readonly words: string[];
  private readonly cumulative: number[];

  constructor(size: number, next: () => number) {
    const words = new Set<string>(FUNCTION_WORDS);
    while (words.size < size) {
      const length = 2 + Math.floor(next() * 3);
      words.add(Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''));
    }
    this.words = [...words];
    let total = 0;
    this.cumulative = this.words.map((_, rank) => (total += 1 / (rank + 1)));
  }

  pick(next: () => number): string {
    const target = next() * (this.cumulative.at(-1) ?? 1);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return this.words[low] ?? 'the';
  }
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function sentence(vocabulary: Vocabulary, next: () => number): string {
  const words = Array.from({ length: 12 + Math.floor(next() * 14) }, () => vocabulary.pick(next));
  if (next() < 0.3) words.splice(3, 0, capital(vocabulary.pick(next)), capital(vocabulary.pick(next)));
  if (next() < 0.2) words.splice(5, 0, ACCENTED[Math.floor(next() * ACCENTED.length)] ?? 'Yerevan');
  if (next() < 0.25)
    words.push('said', `${Math.floor(next() * 90_000 + 100).toLocaleString('en-US')}`, 'people');
  const text = `${capital(words.join(' '))}.`;
  return next() < 0.1 ? `"${text}" ${capital(vocabulary.pick(next))} said.` : text;
}

interface GeneratedArticle {
  title: string;
  outlet: string;
  day: Date;
  paragraphs: string[];
}

const OUTLETS = [
  'Reuters',
  'Armenpress',
  'JAM News',
  'The Guardian',
  'Eurasianet',
  'Al Jazeera',
  'Daily Sabah',
];

function generateArticle(vocabulary: Vocabulary, next: () => number, day: Date): GeneratedArticle {
  const title = capital(Array.from({ length: 7 }, () => vocabulary.pick(next)).join(' '));
  const paragraphs = Array.from({ length: 4 + Math.floor(next() * 4) }, () =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () => sentence(vocabulary, next)).join(' '),
  );
  return { title, outlet: OUTLETS[Math.floor(next() * OUTLETS.length)] ?? 'Reuters', day, paragraphs };
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** The digest layout: title, blank, outlet, date, blank, paragraphs separated by blank lines. */
function digestText(articles: GeneratedArticle[]): string {
  return articles
    .map((a) => {
      const date = `${MONTHS[a.day.getUTCMonth()]} ${a.day.getUTCDate()} ${a.day.getUTCFullYear()}`;
      return `${a.title}\n\n${a.outlet}\n${date}\n\n${a.paragraphs.join('\n\n')}\n`;
    })
    .join('\n\n');
}

function dayAfter(start: string, days: number): Date {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000);
}

// ── end-to-end ingest ───────────────────────────────────────────────────────

/** Writes `files` generated digests of `perFile` articles each, one day apart; returns their total bytes. */
export function writeDigests(dir: string, files: number, perFile: number): number {
  const next = random(7);
  const vocabulary = new Vocabulary(20_000, next);
  mkdirSync(dir, { recursive: true });
  let rawBytes = 0;
  for (let file = 0; file < files; file++) {
    const day = dayAfter('2023-09-01', file);
    const text = digestText(Array.from({ length: perFile }, () => generateArticle(vocabulary, next, day)));
    writeFileSync(join(dir, `digest-${day.toISOString().slice(0, 10)}.txt`), text);
    rawBytes += Buffer.byteLength(text);
  }
  return rawBytes;
}

async function benchIngest(dir: string): Promise<Record<string, number | string>> {
  const inputs = join(dir, 'digests');
  const rawBytes = writeDigests(inputs, INGEST_FILES, ARTICLES_PER_FILE);
  const { pipelineStages } = await import('../src/ingest/pipeline-stages.js');
  const stages = pipelineStages();
  await stages.extract([]); // load the NLP model and gazetteer before the clock starts
  const store = openStore(join(dir, 'ingest.db'));
  const started = performance.now();
  const summary = await ingestPaths(store, [inputs], { stages });
  const seconds = (performance.now() - started) / 1000;
  const stats = await store.stats();
  store.close();
  const bytes = statSync(join(dir, 'ingest.db')).size;
  return {
    ingest_files: INGEST_FILES,
    ingest_articles: summary.added,
    ingest_seconds: round(seconds, 2),
    ingest_articles_per_s: Math.round(summary.added / seconds),
    ingest_stories: stats.stories,
    ingest_db_bytes_per_raw_byte: round(bytes / rawBytes, 2),
  };
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
      articles.push({
        id: stableId('a', String(i), generated.title),
        title: generated.title,
        outlet: generated.outlet,
        outletCountry: null,
        published: generated.day.toISOString().slice(0, 10),
        time: null,
        dateline: null,
        byline: [],
        url: null,
        kind: 'news',
        text,
        source: { file: `generated-${start}.txt`, startLine: 1, endLine: 1 },
      });
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
function searchQueries(vocabulary: Vocabulary, next: () => number): { query: string; outlet?: string }[] {
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
  store.close();

  const reader = openStore(path, { readonly: true });
  const timings: number[] = [];
  let hits = 0;
  for (const { query, outlet } of searchQueries(vocabulary, random(5))) {
    const t0 = performance.now();
    const result = await reader.search(query, { outlet, limit: 20 });
    timings.push(performance.now() - t0);
    hits += result.hits.length;
  }
  reader.close();
  timings.sort((a, b) => a - b);
  const at = (q: number) =>
    round(timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] ?? 0, 2);
  return {
    search_articles: SEARCH_ARTICLES,
    search_build_articles_per_s: Math.round(SEARCH_ARTICLES / buildSeconds),
    search_queries: timings.length,
    search_mean_hits: round(hits / timings.length, 1),
    search_p50_ms: at(0.5),
    search_p95_ms: at(0.95),
    search_max_ms: round(timings.at(-1) ?? 0, 2),
    search_db_bytes_per_raw_byte: round(statSync(path).size / rawBytes, 2),
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export async function bench(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-bench-'));
  try {
    const ingest = await benchIngest(dir).catch((error: Error) => ({
      ingest_error: error.message.split('\n')[0] ?? '',
    }));
    return { ...ingest, ...(await benchSearch(dir)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
