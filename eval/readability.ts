// Scores the HTML page reader on Mozilla Readability's 130 test pages (../shared/benchmarks/
// readability-test-pages). Main text: F1 over word 4-grams per page (the article-extraction-benchmark
// measure) against the tag-stripped expected.html, for Readability's raw output and for our cleaned
// text, so the effect of the cleaning is visible. Metadata: title, byline and date accuracy against
// expected-metadata.json on the pages that have each. Robustness: crashes and empty outputs. Plus
// our own pages with hand-written gold (fixtures/html/*/gold.txt), where cleaning can show its worth.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../src/read/dom.js';
import { readHtmlPage } from '../src/read/html.js';
import { htmlToText } from '../src/read/html-text.js';
import { isoDate } from '../src/read/metadata.js';
import { canonicalOutlet } from '../src/read/outlets.js';
import { normalizeForCompare } from '../src/util/text.js';
import { repoRoot, sharedPath } from './shared.js';

interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  siteName?: string | null;
}

/** Word 4-gram multiset F1, as in the article-extraction-benchmark (tokens are \w+ runs). */
export function shingleF1(
  expected: string,
  actual: string,
  n = 4,
): { precision: number; recall: number; f1: number } {
  const a = shingles(expected, n);
  const b = shingles(actual, n);
  if (a.size === 0 && b.size === 0) return { precision: 1, recall: 1, f1: 1 };
  let common = 0;
  let totalA = 0;
  let totalB = 0;
  for (const count of a.values()) totalA += count;
  for (const [key, count] of b) {
    totalB += count;
    common += Math.min(count, a.get(key) ?? 0);
  }
  const precision = totalB ? common / totalB : 0;
  const recall = totalA ? common / totalA : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function shingles(text: string, n: number): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Map<string, number>();
  if (tokens.length < n && tokens.length > 0) out.set(tokens.join(' '), 1);
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

const gz = (path: string): string => gunzipSync(readFileSync(path)).toString('utf8');
const same = (a: string | null | undefined, b: string | null | undefined): boolean =>
  normalizeForCompare(a ?? '') === normalizeForCompare(b ?? '');
/** Readability keeps " | Site" tails that we cut on purpose; this measure forgives exactly that. */
function sameUpToSiteSuffix(expected: string, actual: string | null | undefined): boolean {
  const a = normalizeForCompare(expected);
  const b = normalizeForCompare(actual ?? '');
  return a === b || (b.length > 0 && a.startsWith(b) && /^\s*[|\-–—·:»]/.test(a.slice(b.length)));
}
const mean = (values: number[]): number =>
  values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0;
const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Readability's own text for the page, paragraphs kept apart (the "no cleaning" baseline). */
function readabilityText(html: string): string {
  try {
    const parsed = new Readability(parseDocument(html) as never).parse();
    return parsed?.content ? htmlToText(parsed.content) : '';
  } catch {
    return '';
  }
}

/**
 * Our own pages with hand-written gold text (fixtures/html/<case>/gold.txt): the only set here
 * where the gold is not Readability itself, so the only one that shows whether cleaning helps.
 */
function ownFixtureScores(): { oursF1: number; rawF1: number; pages: number } {
  const dir = join(repoRoot, 'fixtures', 'html');
  const ours: number[] = [];
  const raw: number[] = [];
  for (const name of readdirSync(dir)) {
    const goldPath = join(dir, name, 'gold.txt');
    if (!existsSync(goldPath)) continue;
    const gold = readFileSync(goldPath, 'utf8');
    const source = readFileSync(join(dir, name, 'input.html'), 'utf8');
    ours.push(shingleF1(gold, readHtmlPage(source, { file: name }).articles[0]?.text ?? '').f1);
    raw.push(shingleF1(gold, readabilityText(source)).f1);
  }
  return { oursF1: round(mean(ours)), rawF1: round(mean(raw)), pages: ours.length };
}

export async function evaluate(): Promise<Record<string, number | string>> {
  const own = ownFixtureScores();
  const dir = sharedPath('benchmarks', 'readability-test-pages', 'pages');
  if (!dir) return { skipped: 'no ../shared', ownGoldF1: own.oursF1, ownGoldReadabilityRawF1: own.rawF1 };
  const pages = readdirSync(dir).sort();
  const oursF1: number[] = [];
  const rawF1: number[] = [];
  const title: boolean[] = [];
  const titleNoSuffix: boolean[] = [];
  const byline: boolean[] = [];
  const date: boolean[] = [];
  const outlet: boolean[] = [];
  let crashes = 0;
  let empty = 0;
  const worst: { page: string; f1: number }[] = [];
  for (const page of pages) {
    const source = gz(join(dir, page, 'source.html.gz'));
    const expectedText = htmlToText(gz(join(dir, page, 'expected.html.gz')));
    const expected = JSON.parse(gz(join(dir, page, 'expected-metadata.json.gz'))) as ExpectedMetadata;
    let article = null;
    try {
      article =
        readHtmlPage(source, { file: page, url: 'http://fakehost/test/page.html' }).articles[0] ?? null;
    } catch {
      crashes++;
    }
    if (!article?.text) empty++;
    const f1 = shingleF1(expectedText, article?.text ?? '').f1;
    oursF1.push(f1);
    rawF1.push(shingleF1(expectedText, readabilityText(source)).f1);
    worst.push({ page, f1 });
    if (expected.title) title.push(same(expected.title, article?.title));
    if (expected.title) titleNoSuffix.push(sameUpToSiteSuffix(expected.title, article?.title));
    if (expected.byline)
      byline.push(same(expected.byline.replace(/^by\s+/i, ''), article?.byline.join(', ')));
    if (expected.siteName) outlet.push(same(canonicalOutlet(expected.siteName), article?.outlet));
    if (expected.publishedTime) date.push(isoDate(expected.publishedTime) === article?.published);
  }
  const share = (flags: boolean[]) => round(flags.filter(Boolean).length / Math.max(1, flags.length));
  const scores = {
    pages: pages.length,
    textF1: round(mean(oursF1)),
    readabilityRawF1: round(mean(rawF1)),
    titleAccuracy: share(title),
    titleAccuracyUpToSiteSuffix: share(titleNoSuffix),
    titlePages: title.length,
    bylineAccuracy: share(byline),
    bylinePages: byline.length,
    dateAccuracy: share(date),
    datePages: date.length,
    outletAccuracy: share(outlet),
    outletPages: outlet.length,
    crashes,
    emptyOutputs: empty,
    ownGoldPages: own.pages,
    ownGoldF1: own.oursF1,
    ownGoldReadabilityRawF1: own.rawF1,
  };
  for (const [key, value] of Object.entries(scores)) process.stdout.write(`  ${key.padEnd(18)} ${value}\n`);
  worst.sort((a, b) => a.f1 - b.f1);
  process.stdout.write(
    `  lowest F1: ${worst
      .slice(0, 5)
      .map((w) => `${w.page} ${round(w.f1)}`)
      .join(', ')}\n`,
  );
  return scores;
}

if (process.argv[1]?.endsWith('readability.ts')) await evaluate();
