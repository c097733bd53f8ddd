// Extract stage throughput (annotation, entities, quotes, figures, dates, corpus pass) on realistic
// news: the sample digests and the shared digest, split into articles and repeated to about 1 MB.
//
// The machine is shared, so the rates are MB of article text per CPU-second of this process
// (process.cpuUsage, which also counts the garbage collector's helper threads), best of five rounds,
// each part timed in the same order as extractAll (a group of articles tagged, then extracted) so
// that the parts add up to the whole stage. Worker threads are reported in wall time (that is what
// they buy) next to the one-thread wall time on the same larger input; they only gain when cores are
// idle, so the load average is reported with them. A pathological article (one huge paragraph full
// of quote marks and capitalised words) checks that nothing goes quadratic.
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { repoRoot, sharedPath } from '../eval/shared.js';
import { type Annotated, annotate } from '../src/extract/annotate.js';
import { extractDates } from '../src/extract/dates.js';
import { extractEntities } from '../src/extract/entities.js';
import { extractFigures } from '../src/extract/figures.js';
import { buildGazetteer, type Gazetteer } from '../src/extract/gazetteer.js';
import {
  extractAll,
  extractAllParallel,
  idleCores,
  type LocalExtraction,
  resolveCorpus,
} from '../src/extract/index.js';
import { extractQuotes } from '../src/extract/quotes.js';
import { readDigest } from '../src/read/digest.js';
import type { Article } from '../src/types.js';

const SCALE = Number(process.env.SITREP_BENCH_SCALE ?? 1);
const STAGE_BYTES = 1_000_000 * SCALE;
/** Worker threads start only above 2 MB; this is large enough for them to pay off. */
const PARALLEL_BYTES = 8_000_000 * SCALE;
const ROUNDS = 5;

const PARTS = ['annotate', 'entities', 'quotes', 'figures', 'dates', 'corpus'] as const;
type Part = (typeof PARTS)[number];

function newsArticles(): Article[] {
  const dir = join(repoRoot, 'sample');
  const paths = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(dir, f));
  const shared = sharedPath('corpus', 'digest-2023-10-04.txt');
  if (shared) paths.push(shared);
  return paths.flatMap((path) => readDigest(readFileSync(path, 'utf8'), path).articles);
}

/**
 * The articles repeated (with fresh ids) until they hold `bytes` characters of text. Each copy is
 * dated one day later than the one before: extractAll hands an article with the same text and date
 * as an earlier one that article's extraction instead of extracting it again (CopyIndex), and plain
 * repeats would time that lookup, not the stage.
 */
function repeated(base: Article[], bytes: number): Article[] {
  const articles: Article[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    for (const article of base) {
      const published = daysAfter(article.published ?? FALLBACK_DATE, copy);
      articles.push({ ...article, id: `${article.id}_${copy}`, published });
      size += article.text.length;
    }
  }
  return articles;
}

/** The date of undated articles in the copies, so that each copy still has a date of its own. */
const FALLBACK_DATE = '2023-10-04';

function daysAfter(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function cpuMicros(): number {
  const used = process.cpuUsage();
  return used.user + used.system;
}

/** extractAll tags a group of articles before extracting from them (GROUP_ARTICLES in index.ts). */
const GROUP = 32;

/** One pass of the stage as extractAll runs it, with the CPU time of each part added up. */
function timedStage(articles: Article[], gazetteer: Gazetteer): Record<Part, number> {
  const spent: Record<Part, number> = {
    annotate: 0,
    entities: 0,
    quotes: 0,
    figures: 0,
    dates: 0,
    corpus: 0,
  };
  const locals: LocalExtraction[] = [];
  let last = cpuMicros();
  const lap = (part: Part) => {
    const now = cpuMicros();
    spent[part] += now - last;
    last = now;
  };
  for (let start = 0; start < articles.length; start += GROUP) {
    const group = articles.slice(start, start + GROUP);
    const annotations = group.map((article) => annotate(article.text));
    lap('annotate');
    for (const [k, article] of group.entries()) extractOne(article, annotations[k]!, gazetteer, lap, locals);
  }
  last = cpuMicros();
  resolveCorpus(locals);
  lap('corpus');
  return spent;
}

function extractOne(
  article: Article,
  annotated: Annotated,
  gazetteer: Gazetteer,
  lap: (part: Part) => void,
  locals: LocalExtraction[],
): void {
  const { mentions, pending } = extractEntities(article, annotated, gazetteer);
  lap('entities');
  const quotes = extractQuotes(article, annotated, mentions);
  lap('quotes');
  const figures = extractFigures(article, annotated);
  lap('figures');
  const dates = extractDates(article, annotated);
  lap('dates');
  locals.push({ extraction: { article: article.id, mentions, quotes, figures, dates }, pending });
}

function total(spent: Record<Part, number>): number {
  return PARTS.reduce((sum, part) => sum + spent[part], 0);
}

function wallSeconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export async function bench(): Promise<Record<string, number>> {
  const gazetteer = buildGazetteer();
  const base = newsArticles();
  const articles = repeated(base, STAGE_BYTES);
  const megabytes = articles.reduce((n, a) => n + a.text.length, 0) / 1e6;
  extractAll(articles.slice(0, 3 * base.length), { gazetteer });

  let best: Record<Part, number> | null = null;
  for (let round = 0; round < ROUNDS; round++) {
    const spent = timedStage(articles, gazetteer);
    if (!best || total(spent) < total(best)) best = spent;
  }
  const perPart: Record<string, number> = {};
  for (const part of PARTS) perPart[`${part}MBps`] = round2(megabytes / (best![part] / 1e6));
  perPart.wholeStageMBps = round2(megabytes / (total(best!) / 1e6));

  // extractAll itself, to check that the timed loop above is the stage.
  let extractAllSeconds = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 2; round++) {
    const start = cpuMicros();
    extractAll(articles, { gazetteer });
    extractAllSeconds = Math.min(extractAllSeconds, (cpuMicros() - start) / 1e6);
  }

  const large = repeated(base, PARALLEL_BYTES);
  const largeMB = large.reduce((n, a) => n + a.text.length, 0) / 1e6;
  let start = process.hrtime.bigint();
  extractAll(large, { gazetteer });
  const oneThreadWall = wallSeconds(start);
  const autoThreads = Math.min(idleCores(), availableParallelism());
  start = process.hrtime.bigint();
  await extractAllParallel(large, { gazetteer, workers: 'auto' });
  const autoWall = wallSeconds(start);
  start = process.hrtime.bigint();
  await extractAllParallel(large, { gazetteer, workers: availableParallelism() });
  const parallelWall = wallSeconds(start);

  const text = `${'“Minister Arman Petrosyan of the Regional Council said ”, '.repeat(40_000)}`;
  const pathological: Article = { ...articles[0]!, id: 'a_pathological', text };
  start = process.hrtime.bigint();
  extractAll([pathological], { gazetteer });
  const pathologicalSeconds = wallSeconds(start);

  return {
    inputMB: round2(megabytes),
    articles: articles.length,
    ...perPart,
    extractAllCpuMBps: round2(megabytes / extractAllSeconds),
    largeInputMB: round2(largeMB),
    oneThreadWallMBps: round2(largeMB / oneThreadWall),
    allCoresThreads: availableParallelism(),
    allCoresWallMBps: round2(largeMB / parallelWall),
    allCoresSpeedup: round2(oneThreadWall / parallelWall),
    /** 'auto' counts the cores other programs leave idle: on a busy machine that is one. */
    autoThreads,
    autoSpeedup: round2(oneThreadWall / autoWall),
    loadAverage: round2(loadavg()[0] ?? 0),
    pathologicalMB: round2(text.length / 1e6),
    pathologicalSeconds: round2(pathologicalSeconds),
  };
}
