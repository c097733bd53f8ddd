// Throughput of the figures and dates extractors on generated news text, measured apart from the
// shared wink annotation (which runs once for the whole extract stage), plus the annotation itself
// for scale. Also a pathological input: one very long line of digits and dashes (regex backtracking).
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

function seconds(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const article = (text: string): Article => ({ id: 'a_bench', text, published: '2023-10-04' }) as Article;

export async function bench(): Promise<Record<string, number | string>> {
  const text = buildText();
  const mb = text.length / (1024 * 1024);
  const a = article(text);
  let annotated = annotate(text.slice(0, 20_000));
  extractFigures(article(annotated.text), annotated);
  extractDates(article(annotated.text), annotated);
  const annotateSeconds = seconds(() => {
    annotated = annotate(text);
  });
  let figures = 0;
  let dates = 0;
  const figureSeconds = seconds(() => {
    figures = extractFigures(a, annotated).length;
  });
  const dateSeconds = seconds(() => {
    dates = extractDates(a, annotated).length;
  });
  const nasty = `${'12-34-'.repeat(20_000)}1`;
  const nastyAnnotated = annotate(nasty);
  const nastySeconds = seconds(() => {
    extractFigures(article(nasty), nastyAnnotated);
    extractDates(article(nasty), nastyAnnotated);
  });
  return {
    inputMB: round(mb),
    figures,
    dates,
    figuresMBps: round(mb / figureSeconds),
    datesMBps: round(mb / dateSeconds),
    figuresAndDatesMBps: round(mb / (figureSeconds + dateSeconds)),
    annotateMBps: round(mb / annotateSeconds),
    longLineMs: Math.round(nastySeconds * 1000),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
