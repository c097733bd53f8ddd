// Extract stage throughput (entities, quotes, figures, dates on one annotation per article): the
// bundled sample digest repeated to a few MB, run on one thread and with worker threads, plus a
// pathological article (one huge paragraph full of quote marks and capitalised words).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../eval/shared.js';
import { annotate } from '../src/extract/annotate.js';
import { extractEntities } from '../src/extract/entities.js';
import { buildGazetteer } from '../src/extract/gazetteer.js';
import { extractAll, extractAllParallel } from '../src/extract/index.js';
import { extractQuotes } from '../src/extract/quotes.js';
import { readDigest } from '../src/read/digest.js';
import type { Article } from '../src/types.js';

const TARGET_BYTES = 3 * 1024 * 1024 * Number(process.env.SITREP_BENCH_SCALE ?? 1);

function buildArticles(): Article[] {
  const sample = readDigest(
    readFileSync(join(repoRoot, 'sample', 'digest-2023-09-28.txt'), 'utf8'),
    'sample.txt',
  );
  const articles: Article[] = [];
  let size = 0;
  for (let copy = 0; size < TARGET_BYTES; copy++) {
    for (const article of sample.articles) {
      articles.push({ ...article, id: `${article.id}_${copy}` });
      size += article.text.length;
    }
  }
  return articles;
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export async function bench(): Promise<Record<string, number>> {
  const gazetteer = buildGazetteer();
  const articles = buildArticles();
  const megabytes = articles.reduce((n, a) => n + a.text.length, 0) / 1e6;
  extractAll(articles.slice(0, 20), { gazetteer });

  let start = process.hrtime.bigint();
  const annotated = articles.map((a) => annotate(a.text));
  const annotateSeconds = seconds(start);

  start = process.hrtime.bigint();
  for (const [i, article] of articles.entries()) {
    const { mentions } = extractEntities(article, annotated[i]!, gazetteer);
    extractQuotes(article, annotated[i]!, mentions);
  }
  const entitiesQuotesSeconds = seconds(start);

  start = process.hrtime.bigint();
  const result = extractAll(articles, { gazetteer });
  const stageSeconds = seconds(start);

  start = process.hrtime.bigint();
  await extractAllParallel(articles, { gazetteer, workers: 'auto' });
  const parallelSeconds = seconds(start);

  const text = `${'“Minister Arman Petrosyan of the Regional Council said ”, '.repeat(40_000)}`;
  const pathological: Article = { ...articles[0]!, id: 'a_pathological', text };
  start = process.hrtime.bigint();
  extractAll([pathological], { gazetteer });
  const pathologicalSeconds = seconds(start);

  const rate = (s: number) => Math.round((megabytes / s) * 100) / 100;
  return {
    inputMB: Math.round(megabytes * 10) / 10,
    articles: articles.length,
    entities: result.entities.length,
    annotateMBps: rate(annotateSeconds),
    entitiesQuotesMBps: rate(entitiesQuotesSeconds),
    wholeStageMBps: rate(stageSeconds),
    parallelMBps: rate(parallelSeconds),
    pathologicalMB: Math.round((text.length / 1e6) * 10) / 10,
    pathologicalSeconds: Math.round(pathologicalSeconds * 100) / 100,
  };
}
