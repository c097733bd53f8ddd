// Throughput of the figures and dates extractors on generated news text and on the sample digests
// repeated (realistic news), measured apart from the shared wink annotation (which runs once for the
// whole extract stage), plus the annotation itself for scale. Also a pathological input: one very long
// line of digits and dashes (regex backtracking). The machine is shared, so the rates use this
// process's CPU time (wall time counts other people's work too) and keep the best of five rounds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../eval/shared.js';
import { annotate } from '../src/extract/annotate.js';
import { extractDates } from '../src/extract/dates.js';
import { extractFigures } from '../src/extract/figures.js';
import type { Article } from '../src/types.js';

const TARGET_BYTES = 1024 * 1024 * Number(process.env.SITREP_BENCH_SCALE ?? 1);

// Sentence shapes seen in crisis news, with numbers and dates varied per copy.
const SHAPES = [
  (i: number) => `More than ${i * 7 + 1000} people crossed the border on Wednesday, officials said.`,
  (i: number) => `The government pledged ${(i % 90) + 1}.5 million euros in aid last month.`,
  (i: number) =>
    `Estimates ranged from ${i % 50}-${(i % 50) + 900} residents, the mission reported on Monday.`,
  (i: number) =>
    `Tens of thousands of families fled in late September, and ${i % 30} trucks arrived two weeks ago.`,
  (i: number) => `The ${(i % 40) + 2}-day war ended in ${1990 + (i % 30)} after talks in the capital.`,
  (i: number) => `He said the leaders would meet on Thursday to discuss the ${(i % 9) + 2} remaining issues.`,
  () => 'The statement gave no further details about the humanitarian situation in the region.',
  () => 'Analysts said the talks could resume if both sides agreed to the proposals of the mediators.',
];

function buildText(): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const paragraph = SHAPES.map((shape, k) => shape(i + k)).join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/** The sample digests joined and repeated to about TARGET_BYTES. */
function sampleNews(): string {
  const dir = join(repoRoot, 'sample');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const base = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n');
  return Array.from({ length: Math.max(1, Math.ceil(TARGET_BYTES / base.length)) }, () => base).join('\n\n');
}

/** CPU seconds this process spent in `fn`. */
function seconds(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const ROUNDS = 5;

/** Figures and dates rates on one text (best of ROUNDS: the first rounds still compile regexes and warm the JIT), with the annotation done once beforehand. */
function rates(text: string): { figures: number; dates: number; figuresMBps: number; datesMBps: number } {
  const mb = text.length / (1024 * 1024);
  const a = article(text);
  const annotated = annotate(text);
  let figures = 0;
  let dates = 0;
  let best = { f: Number.POSITIVE_INFINITY, d: Number.POSITIVE_INFINITY };
  for (let round = 0; round < ROUNDS; round++) {
    const f = seconds(() => {
      figures = extractFigures(a, annotated).length;
    });
    const d = seconds(() => {
      dates = extractDates(a, annotated).length;
    });
    best = { f: Math.min(best.f, f), d: Math.min(best.d, d) };
  }
  return { figures, dates, figuresMBps: mb / best.f, datesMBps: mb / best.d };
}

const article = (text: string): Article => ({ id: 'a_bench', text, published: '2023-10-04' }) as Article;

export async function bench(): Promise<Record<string, number | string>> {
  const text = buildText();
  const mb = text.length / (1024 * 1024);
  // Warm up the JIT and chrono's pattern caches on a small piece first.
  const warm = annotate(text.slice(0, 20_000));
  extractFigures(article(warm.text), warm);
  extractDates(article(warm.text), warm);
  const annotateSeconds = seconds(() => annotate(text));
  const generated = rates(text);
  const news = rates(sampleNews());
  const nasty = `${'12-34-'.repeat(20_000)}1`;
  const nastyAnnotated = annotate(nasty);
  const nastySeconds = seconds(() => {
    extractFigures(article(nasty), nastyAnnotated);
    extractDates(article(nasty), nastyAnnotated);
  });
  const both = (r: typeof news) => round(1 / (1 / r.figuresMBps + 1 / r.datesMBps));
  return {
    inputMB: round(mb),
    figures: generated.figures,
    dates: generated.dates,
    figuresMBps: round(generated.figuresMBps),
    datesMBps: round(generated.datesMBps),
    figuresAndDatesMBps: both(generated),
    newsFigures: news.figures,
    newsDates: news.dates,
    newsFiguresMBps: round(news.figuresMBps),
    newsDatesMBps: round(news.datesMBps),
    newsFiguresAndDatesMBps: both(news),
    annotateMBps: round(mb / annotateSeconds),
    longLineMs: Math.round(nastySeconds * 1000),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
