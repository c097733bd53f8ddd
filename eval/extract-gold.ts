// Scores the extract stage against hand-made gold: the shared real digest's (the file the extractors
// were tuned on), and every `eval/digests/*/*.gold.json` written beside a hand-written digest in the
// same format (text the extractors were not tuned on when it was written). Entities (canonical name
// and type), quotes (found by their first words, speaker right), figures and dates. Gold articles are
// matched to parsed ones by title. Precision counts our items that match a gold item; the gold lists
// are what the annotator thought worth listing, so entity precision is a lower bound.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatTable } from '../src/cli/output.js';
import { isReadAgainstTheArticle } from '../src/extract/dates.js';
import { isListedFigure } from '../src/extract/figures.js';
import { extractAll } from '../src/extract/index.js';
import { readInputs } from '../src/read/index.js';
import type { Article, Extraction } from '../src/types.js';
import {
  addTally,
  emptyTally,
  f1,
  type GoldExtraction,
  norm,
  ratio,
  type Tally,
  tallyCanonical,
  tallyDates,
  tallyEntities,
  tallyFigures,
  tallyQuotes,
} from './gold-score.js';
import { handWrittenGold, sharedPath } from './shared.js';

type Scores = Record<string, number | string>;

interface Gold extends GoldExtraction {
  articles: { title: string }[];
}

const KINDS = ['entities', 'quotes', 'figures', 'dates'] as const;
type Kind = (typeof KINDS)[number];
type Tallies = Record<Kind, Tally> & { canonical: { variants: number; right: number } };

export async function evaluate(): Promise<Scores> {
  const scores: Scores = {};
  const digest = sharedPath('corpus', 'digest-2023-10-04.txt');
  const goldPath = sharedPath('corpus', 'digest-2023-10-04.gold.json');
  if (digest && goldPath) {
    const { tallies, chars, seconds } = await scoreFile(digest, goldPath, 'shared');
    Object.assign(scores, sharedScores(tallies));
    printTable(tallies, 'shared digest (tuned on)');
    scores.mbPerSecond = Math.round((chars / 1e6 / seconds) * 100) / 100;
    process.stdout.write(
      `  whole stage: ${scores.mbPerSecond} MB/s on this digest (one thread, cold start)\n`,
    );
  } else scores.shared = 'skipped: no ../shared';
  const files = handWrittenGold();
  if (files.length === 0) return scores;
  const pooled = emptyTallies();
  process.stdout.write(`\n  hand-written digests with gold (${files.length} files):\n`);
  for (const [digestFile, gold] of files) {
    const { tallies } = await scoreFile(digestFile, gold, 'unseen');
    process.stdout.write(`  ${fileLabel(digestFile).padEnd(44)} ${oneLine(tallies)}\n`);
    for (const kind of KINDS) addTally(pooled[kind], tallies[kind]);
    pooled.canonical.variants += tallies.canonical.variants;
    pooled.canonical.right += tallies.canonical.right;
  }
  printTable(pooled, `hand-written digests pooled (${files.length} files)`);
  return { ...scores, ...pooledScores(pooled, files.length) };
}

function emptyTallies(): Tallies {
  return {
    entities: emptyTally(),
    quotes: emptyTally(),
    figures: emptyTally(),
    dates: emptyTally(),
    canonical: { variants: 0, right: 0 },
  };
}

/**
 * One digest against its gold, as `sitrep analyze FILE` extracts it. The shared digest keeps the
 * scoring its published numbers were measured with (quote precision over the articles with gold
 * quotes); hand-written gold counts our quotes in every article the gold lists.
 */
async function scoreFile(
  digest: string,
  goldPath: string,
  kind: 'shared' | 'unseen',
): Promise<{ tallies: Tallies; chars: number; seconds: number }> {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const { articles } = await readInputs([digest]);
  const started = performance.now();
  const result = extractAll(articles, { linkWithinFiles: kind === 'unseen' });
  const seconds = (performance.now() - started) / 1000;
  // Scored as `analyze --json` lists them: dates that write their year out and figures that name no
  // number are not in its lists.
  const listed = result.extractions.map((e) => ({
    ...e,
    dates: e.dates.filter(isReadAgainstTheArticle),
    figures: e.figures.filter(isListedFigure),
  }));
  const byTitle = extractionsByTitle(articles, listed);
  const all = new Set(byTitle.keys());
  const quoteTitles =
    kind === 'shared'
      ? new Set(gold.quotes.map((q) => norm(q.title)))
      : new Set(gold.articles.map((a) => norm(a.title)));
  const tallies: Tallies = {
    entities: tallyEntities(gold.entities, result.entities),
    quotes: tallyQuotes(gold.quotes, byTitle, quoteTitles),
    figures: tallyFigures(gold.figures, byTitle, all),
    dates: tallyDates(gold.dates, byTitle, all),
    canonical: tallyCanonical(gold.entities, result.entities),
  };
  return { tallies, chars: articles.reduce((n, a) => n + a.text.length, 0), seconds };
}

function extractionsByTitle(articles: Article[], extractions: Extraction[]): Map<string, Extraction> {
  const map = new Map<string, Extraction>();
  for (const [i, article] of articles.entries()) {
    const extraction = extractions[i];
    if (extraction) map.set(norm(article.title), extraction);
  }
  return map;
}

const precision = (t: Tally) => ratio(t.oursMatched, t.ours);
const recall = (t: Tally) => ratio(t.found, t.gold);

/** The shared digest's scores under the keys README and earlier results use. */
function sharedScores(t: Tallies): Scores {
  return {
    entityGold: t.entities.gold,
    entityFound: t.entities.ours,
    entityPrecision: precision(t.entities),
    entityRecall: recall(t.entities),
    entityF1: f1(precision(t.entities), recall(t.entities)),
    canonicalRight: ratio(t.canonical.right, t.canonical.variants),
    quoteGold: t.quotes.gold,
    quoteFound: t.quotes.ours,
    quotePrecision: precision(t.quotes),
    quoteRecall: recall(t.quotes),
    quoteSpeakerRight: ratio(t.quotes.right, t.quotes.found),
    figureRecall: recall(t.figures),
    figurePrecision: precision(t.figures),
    figureValueRight: ratio(t.figures.right, t.figures.found),
    dateRecall: recall(t.dates),
    datePrecision: precision(t.dates),
    dateValueRight: ratio(t.dates.right, t.dates.found),
  };
}

function pooledScores(t: Tallies, files: number): Scores {
  const scores: Scores = { handWrittenGoldFiles: files };
  for (const kind of KINDS) {
    const p = precision(t[kind]);
    const r = recall(t[kind]);
    scores[`handWritten_${kind}Gold`] = t[kind].gold;
    scores[`handWritten_${kind}Precision`] = p;
    scores[`handWritten_${kind}Recall`] = r;
    scores[`handWritten_${kind}F1`] = f1(p, r);
    if (kind !== 'entities')
      scores[`handWritten_${kind}AttributeRight`] = ratio(t[kind].right, t[kind].found);
  }
  scores.handWritten_canonicalRight = ratio(t.canonical.right, t.canonical.variants);
  return scores;
}

const ATTRIBUTE: Record<Kind, string> = {
  entities: 'canonical right',
  quotes: 'speaker right',
  figures: 'value right',
  dates: 'date right',
};

function printTable(t: Tallies, label: string): void {
  const rows = KINDS.map((kind) => [
    kind,
    String(precision(t[kind])),
    String(recall(t[kind])),
    `${ATTRIBUTE[kind]} ${
      kind === 'entities'
        ? ratio(t.canonical.right, t.canonical.variants)
        : ratio(t[kind].right, t[kind].found)
    }`,
  ]);
  process.stdout.write(`  ${label}\n${formatTable(['extractor', 'precision', 'recall', ''], rows)}\n`);
}

function oneLine(t: Tallies): string {
  return KINDS.map((kind) => `${kind} P ${precision(t[kind])} R ${recall(t[kind])}`).join(' · ');
}

/** folder/file of a hand-written digest. */
function fileLabel(path: string): string {
  return `${basename(join(path, '..'))}/${basename(path)}`;
}
