// Dedup + story clustering on a synthetic stream (bench/generate.ts): throughput on one core, recall
// of the planted copies, B-cubed F1 of the stories against the planted events, peak memory.
// Default 100,000 articles; SITREP_BENCH_SCALE=10 runs the 1M-article stream.
import { createHash } from 'node:crypto';
import { DedupIndex } from '../src/dedup/index.js';
import { StoryClusterer } from '../src/stories/index.js';
import { scoreClusters } from '../src/stories/metrics.js';
import type { Article } from '../src/types.js';
import { normalizeForCompare } from '../src/util/text.js';
import { streamArticles } from './generate.js';

const BASE = { articles: 100_000, events: 5_000, days: 60 };

export async function bench(): Promise<Record<string, number | string>> {
  const scale = Number(process.env.SITREP_BENCH_SCALE ?? 1) || 1;
  const options = {
    seed: 7,
    articles: Math.round(BASE.articles * scale),
    events: Math.round(BASE.events * scale),
    days: Math.round(BASE.days * Math.max(1, Math.sqrt(scale) * 1.9)),
  };
  const dedup = new DedupIndex();
  const stories = new StoryClusterer();
  const truth = new Map<string, string>();
  const predicted = new Map<string, string>();
  const headlines = new Map<string, Article>();
  const planted = { identical: 0, 'near-duplicate': 0, rewrite: 0 };
  const found = { identical: 0, 'near-duplicate': 0, rewrite: 0 };
  let falseIdentical = 0;
  // Ground truth for "identical", independent of dedup's own hashing: SHA-1 of the normalised body.
  const bodyDigest = new Map<string, string>();
  let pairs = 0;
  let dedupMs = 0;
  let storyMs = 0;
  let peakRss = 0;
  let n = 0;
  for (const item of streamArticles(options)) {
    const { article } = item;
    let started = performance.now();
    const duplicates = dedup.add(article);
    dedupMs += performance.now() - started;
    started = performance.now();
    predicted.set(article.id, stories.add(article, undefined, duplicates));
    storyMs += performance.now() - started;
    truth.set(article.id, item.event);
    headlines.set(article.id, { ...article, text: '' });
    pairs += duplicates.length;
    if (item.copyOf) {
      planted[item.copyOf.relation]++;
      if (duplicates.some((pair) => pair.a === item.copyOf!.id)) found[item.copyOf.relation]++;
    }
    const digest = createHash('sha1').update(normalizeForCompare(article.text)).digest('base64');
    bodyDigest.set(article.id, digest);
    falseIdentical += duplicates.filter(
      (p) => p.relation === 'identical' && bodyDigest.get(p.a) !== digest,
    ).length;
    if (++n % 10_000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const started = performance.now();
  const ranked = stories.stories(headlines);
  const rankMs = performance.now() - started;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const scores = scoreClusters(truth, predicted);
  const rate = (count: number, ms: number) => Math.round(count / (ms / 1000));
  return {
    articles: n,
    events: options.events,
    days: options.days,
    dedupArticlesPerSec: rate(n, dedupMs),
    storyArticlesPerSec: rate(n, storyMs),
    combinedArticlesPerSec: rate(n, dedupMs + storyMs + rankMs),
    totalSeconds: Math.round((dedupMs + storyMs + rankMs) / 100) / 10,
    duplicatePairs: pairs,
    identicalRecall: ratio(found.identical, planted.identical),
    nearDuplicateRecall: ratio(found['near-duplicate'], planted['near-duplicate']),
    rewriteRecall: ratio(found.rewrite, planted.rewrite),
    falseIdentical,
    stories: ranked.length,
    bcubedF1: round(scores.bcubedF1),
    bcubedPrecision: round(scores.bcubedPrecision),
    bcubedRecall: round(scores.bcubedRecall),
    peakRssMB: Math.round(peakRss / 2 ** 20),
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : round(part / whole);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
