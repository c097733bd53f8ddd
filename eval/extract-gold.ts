// Scores the extract stage against the hand-made gold of the shared digest: entities (canonical name
// and type), quotes (found by their first words, speaker right), and figures and dates. Gold articles
// are matched to parsed ones by title. Precision counts our items that match a gold item; the gold
// lists are what the annotator thought worth listing, so entity precision is a lower bound.
import { readFileSync } from 'node:fs';
import { formatTable } from '../src/cli/output.js';
import { extractAll } from '../src/extract/index.js';
import { readInputs } from '../src/read/index.js';
import type { Article, Extraction } from '../src/types.js';
import { normalizeForCompare } from '../src/util/text.js';
import { sharedPath } from './shared.js';

interface Gold {
  entities: { name: string; type: string; aliases: string[] }[];
  quotes: { title: string; speaker: string | null; startsWith: string }[];
  figures: { title: string; text: string; value: number | null }[];
  dates: { title: string; phrase: string; date: string }[];
}

type Scores = Record<string, number | string>;

const norm = (text: string) => normalizeForCompare(text).replace(/[^\p{L}\p{N} ]+/gu, '');
/** SITREP_EVAL_DEBUG=1 lists every miss. */
const debug = (line: string) => {
  if (process.env.SITREP_EVAL_DEBUG) process.stdout.write(`  · ${line}\n`);
};
const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : Math.round(((2 * p * r) / (p + r)) * 1000) / 1000);

export async function evaluate(): Promise<Scores> {
  const digest = sharedPath('corpus', 'digest-2023-10-04.txt');
  const goldPath = sharedPath('corpus', 'digest-2023-10-04.gold.json');
  if (!digest || !goldPath) return { skipped: 'no ../shared' };
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const { articles } = await readInputs([digest]);
  const started = performance.now();
  const result = extractAll(articles);
  const seconds = (performance.now() - started) / 1000;
  const byTitle = extractionsByTitle(articles, result.extractions);
  const scores: Scores = {
    ...scoreEntities(gold, result.entities),
    ...scoreQuotes(gold, byTitle),
    ...scoreFigures(gold, byTitle),
    ...scoreDates(gold, byTitle),
    mbPerSecond: Math.round((articles.reduce((n, a) => n + a.text.length, 0) / 1e6 / seconds) * 100) / 100,
  };
  printTable(scores);
  return scores;
}

function extractionsByTitle(articles: Article[], extractions: Extraction[]): Map<string, Extraction> {
  const map = new Map<string, Extraction>();
  for (const [i, article] of articles.entries()) {
    const extraction = extractions[i];
    if (extraction) map.set(norm(article.title), extraction);
  }
  return map;
}

function scoreEntities(gold: Gold, entities: { name: string; type: string; aliases: string[] }[]): Scores {
  const ours = new Map(entities.map((e) => [`${e.type}|${norm(e.name)}`, e]));
  const missing = gold.entities.filter((g) => !ours.has(`${g.type}|${norm(g.name)}`));
  for (const g of missing) debug(`entity missing: ${g.name} (${g.type})`);
  const found = gold.entities.length - missing.length;
  // Canonical name right: wherever a gold variant was written, we gave it the gold canonical name.
  let variants = 0;
  let canonical = 0;
  for (const g of gold.entities) {
    for (const alias of g.aliases) {
      const holder = entities.find((e) => e.aliases.some((a) => norm(a) === norm(alias)));
      if (!holder) continue;
      variants++;
      if (norm(holder.name) === norm(g.name) && holder.type === g.type) canonical++;
    }
  }
  const goldKeys = new Set(gold.entities.map((g) => `${g.type}|${norm(g.name)}`));
  const matched = entities.filter((e) => goldKeys.has(`${e.type}|${norm(e.name)}`)).length;
  for (const e of entities)
    if (!goldKeys.has(`${e.type}|${norm(e.name)}`)) debug(`entity extra: ${e.name} (${e.type})`);
  const precision = ratio(matched, entities.length);
  const recall = ratio(found, gold.entities.length);
  return {
    entityGold: gold.entities.length,
    entityFound: entities.length,
    entityPrecision: precision,
    entityRecall: recall,
    entityF1: f1(precision, recall),
    canonicalRight: ratio(canonical, variants),
  };
}

function scoreQuotes(gold: Gold, byTitle: Map<string, Extraction>): Scores {
  let found = 0;
  let speakerRight = 0;
  const used = new Set<unknown>();
  for (const g of gold.quotes) {
    const quotes = byTitle.get(norm(g.title))?.quotes ?? [];
    const hit = quotes.find((q) => !used.has(q) && norm(q.text).startsWith(norm(g.startsWith)));
    if (!hit) continue;
    used.add(hit);
    found++;
    if (norm(hit.speaker ?? '') === norm(g.speaker ?? '')) speakerRight++;
    else debug(`speaker: "${g.startsWith}" gold ${g.speaker}, ours ${hit.speaker}`);
  }
  const titles = new Set(gold.quotes.map((q) => norm(q.title)));
  const ours = [...byTitle.entries()]
    .filter(([t]) => titles.has(t))
    .reduce((n, [, e]) => n + e.quotes.length, 0);
  return {
    quoteGold: gold.quotes.length,
    quoteFound: ours,
    quotePrecision: ratio(found, ours),
    quoteRecall: ratio(found, gold.quotes.length),
    quoteSpeakerRight: ratio(speakerRight, found),
  };
}

function scoreFigures(gold: Gold, byTitle: Map<string, Extraction>): Scores {
  let found = 0;
  let valueRight = 0;
  for (const g of gold.figures) {
    const figures = byTitle.get(norm(g.title))?.figures ?? [];
    const hit = figures.find(
      (f) => norm(f.text).includes(norm(g.text)) || norm(g.text).includes(norm(f.text)),
    );
    if (!hit) continue;
    found++;
    if (hit.value === g.value) valueRight++;
  }
  const ours = [...byTitle.entries()].flatMap(([title, e]) =>
    e.figures.map((f) => ({ title, text: norm(f.text) })),
  );
  const right = ours.filter((o) =>
    gold.figures.some(
      (g) => norm(g.title) === o.title && (o.text.includes(norm(g.text)) || norm(g.text).includes(o.text)),
    ),
  ).length;
  return {
    figureRecall: ratio(found, gold.figures.length),
    figurePrecision: ratio(right, ours.length),
    figureValueRight: ratio(valueRight, found),
  };
}

function scoreDates(gold: Gold, byTitle: Map<string, Extraction>): Scores {
  let found = 0;
  let dateRight = 0;
  for (const g of gold.dates) {
    const dates = byTitle.get(norm(g.title))?.dates ?? [];
    const hit = dates.find(
      (d) => norm(d.text).includes(norm(g.phrase)) || norm(g.phrase).includes(norm(d.text)),
    );
    if (!hit) continue;
    found++;
    if (hit.date === g.date) dateRight++;
  }
  const ours = [...byTitle.entries()].flatMap(([title, e]) =>
    e.dates.map((d) => ({ title, text: norm(d.text) })),
  );
  const right = ours.filter((o) =>
    gold.dates.some(
      (g) =>
        norm(g.title) === o.title && (o.text.includes(norm(g.phrase)) || norm(g.phrase).includes(o.text)),
    ),
  ).length;
  return {
    dateRecall: ratio(found, gold.dates.length),
    datePrecision: ratio(right, ours.length),
    dateValueRight: ratio(dateRight, found),
  };
}

function printTable(scores: Scores): void {
  const row = (label: string, p: string, r: string, extra: string, extraLabel: string) => [
    label,
    String(scores[p] ?? ''),
    String(scores[r] ?? ''),
    `${extraLabel} ${scores[extra] ?? ''}`,
  ];
  const rows = [
    row('entities', 'entityPrecision', 'entityRecall', 'canonicalRight', 'canonical right'),
    row('quotes', 'quotePrecision', 'quoteRecall', 'quoteSpeakerRight', 'speaker right'),
    row('figures', 'figurePrecision', 'figureRecall', 'figureValueRight', 'value right'),
    row('dates', 'datePrecision', 'dateRecall', 'dateValueRight', 'date right'),
  ];
  process.stdout.write(`${formatTable(['extractor', 'precision', 'recall', ''], rows)}\n`);
  process.stdout.write(`  whole stage: ${scores.mbPerSecond} MB/s on this digest (one thread, cold start)\n`);
}
