// Dedup + story clustering on a synthetic stream (bench/generate.ts): throughput of each stage on one
// core, recall of the planted copies, B-cubed F1 of the stories against the planted events, peak memory.
// Default 100,000 articles; SITREP_BENCH_SCALE=10 runs the 1M-article stream.
//
// Throughput is measured in CPU time (process.cpuUsage: what the stage costs one core, whatever else
// the machine is doing) and in wall time. The stream is processed in chunks: dedup runs over a chunk,
// then the story clusterer over the same chunk with dedup's pairs and the words dedup scanned (kept
// in one scanner per article of the chunk), so each stage is timed over a thousand articles at a time
// (timer calls cost nothing measurable) and only one chunk of articles is held at once.
//
// Where a stage's CPU time goes besides its own code: garbage-collection pauses that fall inside the
// stage (gcPauseMs, from the gc performance entries) and the work of V8's background threads
// (concurrent marking, compilation), the share of CPU time not on the main thread (backgroundCpuShare,
// from /proc on Linux, 10 ms ticks summed over hundreds of chunks).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { DedupIndex } from '../src/dedup/index.js';
import { type WordHashes, WordScanner } from '../src/dedup/tokens.js';
import { StoryClusterer } from '../src/stories/index.js';
import { scoreClusters } from '../src/stories/metrics.js';
import type { Article, Duplicate } from '../src/types.js';
import { normalizeForCompare } from '../src/util/text.js';
import { type StreamItem, streamArticles } from './generate.js';

const BASE = { articles: 100_000, events: 5_000, days: 60 };
const CHUNK = 1_000;
/**
 * V8 compiles the stages' hot code while the first few thousand articles go through (about 0.4 s of
 * CPU, mostly on its background threads): the rate after this many articles shows the stages
 * without that one-time cost.
 */
const WARM_UP = 10_000;

/** CPU (user + system, all threads, and the main thread's where known) and wall time of one stage. */
class StageClock {
  cpuMs = 0;
  mainThreadMs = 0;
  wallMs = 0;
  /** The stage's [start, end) wall intervals, to place garbage-collection pauses. */
  readonly intervals: number[] = [];

  time<T>(work: () => T): T {
    const main = mainThreadCpuMs();
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const result = work();
    const used = process.cpuUsage(cpu);
    const end = performance.now();
    this.mainThreadMs += mainThreadCpuMs() - main;
    this.cpuMs += (used.user + used.system) / 1000;
    this.wallMs += end - wall;
    this.intervals.push(wall, end);
    return result;
  }

  /** Milliseconds of the garbage-collection pauses that started inside this stage. */
  gcPauseMs(pauses: readonly PerformanceEntry[]): number {
    let sum = 0;
    for (const pause of pauses)
      for (let i = 0; i < this.intervals.length; i += 2)
        if (pause.startTime >= this.intervals[i]! && pause.startTime < this.intervals[i + 1]!) {
          sum += pause.duration;
          break;
        }
    return sum;
  }
}

const MAIN_THREAD_STAT = `/proc/self/task/${process.pid}/stat`;
const hasThreadStat = existsSync(MAIN_THREAD_STAT);

/** CPU milliseconds of the main thread (Linux; 0 elsewhere), in 10 ms ticks. */
function mainThreadCpuMs(): number {
  if (!hasThreadStat) return 0;
  const stat = readFileSync(MAIN_THREAD_STAT, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export async function bench(): Promise<Record<string, number | string>> {
  const scale = Number(process.env.SITREP_BENCH_SCALE ?? 1) || 1;
  const options = {
    seed: 7,
    articles: Math.round(BASE.articles * scale),
    events: Math.round(BASE.events * scale),
    days: Math.round(BASE.days * Math.max(1, Math.sqrt(scale) * 1.9)),
  };
  const dedup = new DedupIndex();
  // As analyze and ingest run them: stories ask dedup about their members' pairs its bands missed.
  const stories = new StoryClusterer({
    pairCheck: (later, earlier, credited) => dedup.verifyClosest(later, earlier, credited),
  });
  const dedupClock = new StageClock();
  const storyClock = new StageClock();
  const gcPauses: PerformanceEntry[] = [];
  const gcObserver = new PerformanceObserver((list) => gcPauses.push(...list.getEntries()));
  gcObserver.observe({ entryTypes: ['gc'] });
  const truth = new Map<string, string>();
  const predicted = new Map<string, string>();
  const headlines = new Map<string, Pick<Article, 'title'>>();
  const planted = { identical: 0, 'near-duplicate': 0, rewrite: 0 };
  const found = { identical: 0, 'near-duplicate': 0, rewrite: 0 };
  let falseIdentical = 0;
  /** Each article's first source: itself, or its copy's (a copy of a copy traces back to the first). */
  const origin = new Map<string, string>();
  /**
   * Reported pairs whose articles do not come from one source. The generator writes an event's
   * independent reports from the same few wordings of its facts, in the same order, so most of
   * these are in-order paraphrases of each other that the rewrite test rightly accepts; the count
   * shows how the stream's truth and the rewrite test differ, and moves when the test does.
   */
  let unplantedPairs = 0;
  // Ground truth for "identical", independent of dedup's own hashing: SHA-1 of the normalised body.
  const bodyDigest = new Map<string, string>();
  let pairs = 0;
  let n = 0;

  const scanners = Array.from({ length: CHUNK }, () => new WordScanner());
  const words: (WordHashes | null)[] = [];
  const runChunk = (chunk: StreamItem[]) => {
    const duplicates = dedupClock.time(() =>
      chunk.map((item, i) => {
        const pairs = dedup.add(item.article, undefined, scanners[i]);
        words[i] = dedup.words;
        return pairs;
      }),
    );
    const storyIds = storyClock.time(() =>
      chunk.map((item, i) => {
        const story = stories.add(item.article, undefined, duplicates[i], words[i]);
        const found = stories.takeFound();
        if (found.length > 0) duplicates[i] = duplicates[i]!.concat(found);
        return story;
      }),
    );
    chunk.forEach((item, i) => {
      const { article } = item;
      const pairsOf = duplicates[i]!;
      predicted.set(article.id, storyIds[i]!);
      truth.set(article.id, item.event);
      headlines.set(article.id, { title: article.title });
      pairs += pairsOf.length;
      origin.set(article.id, item.copyOf ? (origin.get(item.copyOf.id) ?? item.copyOf.id) : article.id);
      for (const pair of pairsOf) if (origin.get(pair.a) !== origin.get(article.id)) unplantedPairs++;
      if (item.copyOf) {
        planted[item.copyOf.relation]++;
        if (pairsOf.some((pair) => pair.a === item.copyOf!.id)) found[item.copyOf.relation]++;
      }
      falseIdentical += countFalseIdentical(article, pairsOf, bodyDigest);
    });
  };

  let chunk: StreamItem[] = [];
  /** CPU milliseconds of both stages over the first WARM_UP articles. */
  let warmUpCpuMs = Number.NaN;
  for (const item of streamArticles(options)) {
    chunk.push(item);
    n++;
    if (chunk.length === CHUNK) {
      runChunk(chunk);
      chunk = [];
      if (n === WARM_UP) warmUpCpuMs = dedupClock.cpuMs + storyClock.cpuMs;
    }
  }
  if (chunk.length > 0) runChunk(chunk);
  const ranked = storyClock.time(() => stories.stories(headlines));
  const scores = scoreClusters(truth, predicted);
  await new Promise((resolve) => setTimeout(resolve, 50)); // gc entries arrive asynchronously
  gcObserver.disconnect();
  const rate = (ms: number) => Math.round(n / (ms / 1000));
  const stagesCpuMs = dedupClock.cpuMs + storyClock.cpuMs;
  const mainThreadMs = dedupClock.mainThreadMs + storyClock.mainThreadMs;
  return {
    articles: n,
    events: options.events,
    days: options.days,
    dedupArticlesPerCpuSec: rate(dedupClock.cpuMs),
    storyArticlesPerCpuSec: rate(storyClock.cpuMs),
    combinedArticlesPerCpuSec: rate(dedupClock.cpuMs + storyClock.cpuMs),
    combinedArticlesPerCpuSecAfterWarmUp:
      n > WARM_UP ? Math.round((n - WARM_UP) / ((stagesCpuMs - warmUpCpuMs) / 1000)) : 'n/a',
    dedupArticlesPerWallSec: rate(dedupClock.wallMs),
    storyArticlesPerWallSec: rate(storyClock.wallMs),
    combinedArticlesPerWallSec: rate(dedupClock.wallMs + storyClock.wallMs),
    cpuSeconds: round(stagesCpuMs / 1000),
    dedupGcPauseMs: Math.round(dedupClock.gcPauseMs(gcPauses)),
    storyGcPauseMs: Math.round(storyClock.gcPauseMs(gcPauses)),
    backgroundCpuShare: hasThreadStat ? round(1 - mainThreadMs / stagesCpuMs) : 'unknown',
    wallSeconds: round((dedupClock.wallMs + storyClock.wallMs) / 1000),
    duplicatePairs: pairs,
    unplantedPairs,
    identicalRecall: ratio(found.identical, planted.identical),
    nearDuplicateRecall: ratio(found['near-duplicate'], planted['near-duplicate']),
    rewriteRecall: ratio(found.rewrite, planted.rewrite),
    falseIdentical,
    stories: ranked.length,
    bcubedF1: round(scores.bcubedF1),
    bcubedPrecision: round(scores.bcubedPrecision),
    bcubedRecall: round(scores.bcubedRecall),
    // The process's peak resident set (this bench holds every id and title for scoring besides).
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** Pairs called identical whose normalised bodies differ (remembers this article's body digest). */
function countFalseIdentical(article: Article, pairs: Duplicate[], bodyDigest: Map<string, string>): number {
  const digest = createHash('sha1').update(normalizeForCompare(article.text)).digest('base64');
  bodyDigest.set(article.id, digest);
  return pairs.filter((p) => p.relation === 'identical' && bodyDigest.get(p.a) !== digest).length;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : round(part / whole);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
