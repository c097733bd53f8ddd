// Scores the figures and dates extractors against the hand-made gold of the shared real digest.
// A gold figure is found when an extracted figure overlaps its text in the same article with the
// same value (or low/high) and unit; precision counts extracted figures that match some gold figure.
// A gold date phrase is resolved right when an extracted date overlaps the phrase with the same date.
import { readFileSync } from 'node:fs';
import { annotate } from '../src/extract/annotate.js';
import { extractDates } from '../src/extract/dates.js';
import { extractFigures } from '../src/extract/figures.js';
import { readDigest } from '../src/read/digest.js';
import type { Article, DateMention, Figure } from '../src/types.js';
import { normalizeForCompare } from '../src/util/text.js';
import { sharedPath } from './shared.js';

interface GoldFigure {
  title: string;
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
}
interface GoldDate {
  title: string;
  phrase: string;
  date: string;
}

export async function evaluate(): Promise<Record<string, number | string>> {
  const digest = sharedPath('corpus', 'digest-2023-10-04.txt');
  const goldPath = sharedPath('corpus', 'digest-2023-10-04.gold.json');
  if (!digest || !goldPath) return { skipped: 'no ../shared' };
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { figures: GoldFigure[]; dates: GoldDate[] };
  const { articles } = readDigest(readFileSync(digest, 'utf8'), digest);
  const byTitle = new Map(articles.map((a) => [normalizeForCompare(a.title), a]));
  const extracted = new Map<string, { figures: Figure[]; dates: DateMention[] }>();
  const started = performance.now();
  for (const a of articles) {
    const annotated = annotate(a.text);
    extracted.set(a.id, { figures: extractFigures(a, annotated), dates: extractDates(a, annotated) });
  }
  const ms = performance.now() - started;
  const figures = scoreFigures(gold.figures, byTitle, extracted);
  const dates = scoreDates(gold.dates, byTitle, extracted);
  const scores = { ...figures, ...dates, extractMs: Math.round(ms) };
  for (const [key, value] of Object.entries(scores)) process.stdout.write(`  ${key.padEnd(22)} ${value}\n`);
  return scores;
}

type Extracted = Map<string, { figures: Figure[]; dates: DateMention[] }>;

function scoreFigures(gold: GoldFigure[], byTitle: Map<string, Article>, extracted: Extracted) {
  const used = new Set<Figure>();
  let found = 0;
  for (const g of gold) {
    const article = byTitle.get(normalizeForCompare(g.title));
    const span = article ? locate(article.text, g.text) : null;
    const candidates = article && span ? (extracted.get(article.id)?.figures ?? []) : [];
    const hit = candidates.find(
      (f) => !used.has(f) && overlaps(f, span!) && sameValue(f, g) && f.unit === g.unit,
    );
    if (!hit) {
      process.stdout.write(`  missed figure: ${g.text} (${g.value ?? `${g.low}-${g.high}`} ${g.unit})\n`);
      continue;
    }
    used.add(hit);
    found++;
  }
  const total = [...extracted.values()].reduce((n, e) => n + e.figures.length, 0);
  return {
    figuresGold: gold.length,
    figuresExtracted: total,
    figuresRecall: round(found / gold.length),
    figuresPrecision: round(total ? used.size / total : 0),
  };
}

function scoreDates(gold: GoldDate[], byTitle: Map<string, Article>, extracted: Extracted) {
  let right = 0;
  const cursor = new Map<string, number>();
  for (const g of gold) {
    const article = byTitle.get(normalizeForCompare(g.title));
    if (!article) continue;
    // The same phrase can occur twice in one article: take occurrences left to right.
    const key = `${article.id}\u0000${g.phrase.toLowerCase()}`;
    const span = locate(article.text, g.phrase, cursor.get(key) ?? 0);
    if (!span) continue;
    cursor.set(key, span.end);
    const dates = extracted.get(article.id)?.dates ?? [];
    if (dates.some((d) => overlaps(d, span) && d.date === g.date)) right++;
    else process.stdout.write(`  wrong date: ${g.phrase} → expected ${g.date}\n`);
  }
  return { datesGold: gold.length, datesResolvedRight: round(right / gold.length) };
}

function locate(text: string, phrase: string, from = 0): { start: number; end: number } | null {
  const at = text.toLowerCase().indexOf(phrase.toLowerCase(), from);
  return at < 0 ? null : { start: at, end: at + phrase.length };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function sameValue(f: Figure, g: GoldFigure): boolean {
  return f.value === g.value && f.low === g.low && f.high === g.high;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
