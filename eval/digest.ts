// Scores the digest reader against hand-made gold: the shared real digest, and the bundled sample's
// truth file. Boundaries (an article found with the right first and last words), and exact title,
// outlet, date and URL per article. Also used by the reader's tests.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readInputs } from '../src/read/index.js';
import type { Article } from '../src/types.js';
import { handWrittenGold, repoRoot, sharedPath } from './shared.js';

export interface GoldArticle {
  title: string;
  outlet: string | null;
  published: string | null;
  url?: string | null;
  time?: string | null;
  dateline?: string | null;
  byline?: string[];
  kind?: string;
  outletCountry?: string | null;
  firstWords: string;
  lastWords: string;
}

export interface DigestScores {
  gold: number;
  found: number;
  boundaryPrecision: number;
  boundaryRecall: number;
  boundaryF1: number;
  titleExact: number;
  outletExact: number;
  dateExact: number;
  urlExact: number;
  bylineExact: number;
  kindExact: number;
  noiseLinesLeft: number;
}

/** Body words as the gold counts them: summary bullets at the top are not counted. */
export function bodyWords(article: Article): string[] {
  const paragraphs = article.text.split('\n\n');
  const body = paragraphs[0]?.startsWith('• ') ? paragraphs.slice(1) : paragraphs;
  return body.join(' ').split(/\s+/).filter(Boolean);
}

function startsAndEnds(article: Article, gold: GoldArticle): boolean {
  const words = bodyWords(article);
  const first = gold.firstWords.split(/\s+/);
  const last = gold.lastWords.split(/\s+/);
  return (
    words.slice(0, first.length).join(' ') === first.join(' ') &&
    words.slice(-last.length).join(' ') === last.join(' ')
  );
}

/** Pairs each gold article with the parsed article that has the same boundaries. */
export function matchArticles(articles: Article[], gold: GoldArticle[]): Map<GoldArticle, Article> {
  const matched = new Map<GoldArticle, Article>();
  const used = new Set<Article>();
  for (const g of gold) {
    const hit = articles.find((a) => !used.has(a) && startsAndEnds(a, g));
    if (hit) {
      matched.set(g, hit);
      used.add(hit);
    }
  }
  return matched;
}

export function scoreDigest(articles: Article[], gold: GoldArticle[], noiseLines: string[]): DigestScores {
  const matched = matchArticles(articles, gold);
  const share = (test: (g: GoldArticle, a: Article) => boolean) =>
    gold.length === 0
      ? 1
      : gold.filter((g) => matched.has(g) && test(g, matched.get(g)!)).length / gold.length;
  const precision = articles.length ? matched.size / articles.length : 0;
  const recall = gold.length ? matched.size / gold.length : 0;
  const noise = new Set(noiseLines.map((l) => l.replace(/^\s*•\s*/, '').trim()));
  let left = 0;
  for (const a of articles)
    for (const p of a.text.split('\n')) if (noise.has(p.replace(/^•\s*/, '').trim())) left++;
  return {
    gold: gold.length,
    found: articles.length,
    boundaryPrecision: round(precision),
    boundaryRecall: round(recall),
    boundaryF1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    titleExact: round(share((g, a) => g.title === a.title)),
    outletExact: round(share((g, a) => g.outlet === a.outlet)),
    dateExact: round(share((g, a) => g.published === a.published)),
    urlExact: round(share((g, a) => (g.url ?? null) === a.url)),
    bylineExact: round(share((g, a) => (g.byline ?? []).join('|') === a.byline.join('|'))),
    kindExact: round(share((g, a) => (g.kind ?? 'news') === a.kind)),
    noiseLinesLeft: left,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

interface GoldFile {
  articles: GoldArticle[];
  notArticles?: string[];
}

/**
 * Noise lines of the gold: its `notArticles` less the lines that stand inside an opinion piece (the
 * gold says op-ed section headings and the author bio stay in the text). The op-ed's extent is found
 * in the raw digest from its title to the next gold title.
 */
export function goldNoise(gold: GoldFile, rawText: string): string[] {
  const lines = rawText.split(/\r?\n/).map((l) => l.trim());
  const titleLine = (g: GoldArticle & { titleLine?: string }) => lines.indexOf(g.titleLine ?? g.title);
  const starts = gold.articles
    .map(titleLine)
    .filter((i) => i >= 0)
    .sort((a, b) => a - b);
  const inOpinion = (line: string): boolean => {
    const at = lines.indexOf(line.trim());
    return gold.articles.some((g) => {
      const start = titleLine(g);
      const end = starts.find((s) => s > start) ?? lines.length;
      return g.kind === 'opinion' && start >= 0 && at > start && at < end;
    });
  };
  return (gold.notArticles ?? []).filter((line) => !inOpinion(line));
}

export async function evaluate(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const sets: { name: string; file: string; gold: GoldFile }[] = [];
  const shared = sharedPath('corpus', 'digest-2023-10-04.gold.json');
  if (shared) {
    sets.push({
      name: 'shared 2023-10-04',
      file: join(shared, '..', 'digest-2023-10-04.txt'),
      gold: JSON.parse(readFileSync(shared, 'utf8')),
    });
  }
  try {
    const truth = JSON.parse(readFileSync(join(repoRoot, 'sample', 'truth.json'), 'utf8')) as {
      files: Record<string, GoldFile>;
    };
    for (const [name, gold] of Object.entries(truth.files))
      sets.push({ name: `sample ${name}`, file: join(repoRoot, 'sample', name), gold });
  } catch {
    // no truth file for the sample yet
  }
  const handWritten = handWrittenGold().map(([file, gold]) => ({
    name: `${basename(dirname(file))}/${basename(file)}`,
    file,
    gold: JSON.parse(readFileSync(gold, 'utf8')) as GoldFile,
    pooled: true,
  }));
  const pooled: DigestScores[] = [];
  for (const set of [...sets, ...handWritten]) {
    const parsed = await readInputs([set.file]);
    const scores = scoreDigest(
      parsed.articles,
      set.gold.articles,
      goldNoise(set.gold, readFileSync(set.file, 'utf8')),
    );
    process.stdout.write(
      `  ${set.name.padEnd(32)} ${Object.entries(scores)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}\n`,
    );
    if ('pooled' in set) pooled.push(scores);
    else for (const [k, v] of Object.entries(scores)) out[`${set.name} ${k}`] = v;
  }
  return { ...out, ...poolDigestScores(pooled) };
}

/** Hand-written digests with gold: counts summed, shares weighted by each file's gold articles. */
function poolDigestScores(files: DigestScores[]): Record<string, number> {
  if (files.length === 0) return {};
  const gold = files.reduce((n, s) => n + s.gold, 0);
  const weighted = (key: keyof DigestScores) =>
    round(files.reduce((n, s) => n + s[key] * s.gold, 0) / Math.max(1, gold));
  const found = files.reduce((n, s) => n + s.found, 0);
  const matched = files.reduce((n, s) => n + s.boundaryRecall * s.gold, 0);
  const precision = found ? matched / found : 0;
  const recall = gold ? matched / gold : 0;
  return {
    handWrittenFiles: files.length,
    handWrittenGold: gold,
    handWrittenFound: found,
    handWrittenBoundaryF1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    handWrittenTitleExact: weighted('titleExact'),
    handWrittenOutletExact: weighted('outletExact'),
    handWrittenDateExact: weighted('dateExact'),
    handWrittenUrlExact: weighted('urlExact'),
    handWrittenBylineExact: weighted('bylineExact'),
    handWrittenKindExact: weighted('kindExact'),
    handWrittenNoiseLinesLeft: files.reduce((n, s) => n + s.noiseLinesLeft, 0),
  };
}
