// Scores the analysis stage: the tracked displaced-people series and its conflicts against the
// bundled sample's truth (sample/truth.json), and timeline dates against the shared gold digest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.js';
import { readInputs } from '../src/read/index.js';
import type { AnalysisResult, TrackedFigure } from '../src/types.js';
import { repoRoot, sharedPath } from './shared.js';

interface TruthPoint {
  value: number;
  qualifier: string | null;
  asOf: string;
  outlet: string;
}

interface Truth {
  trackedFigures: { label: string; points: TruthPoint[] }[];
  conflicts: { asOf: string; values: number[] }[];
}

export async function evaluate(): Promise<Record<string, number | string>> {
  const scores = { ...(await seriesScores()), ...(await timelineScores()) };
  for (const [key, value] of Object.entries(scores)) process.stdout.write(`  ${key.padEnd(28)} ${value}\n`);
  return scores;
}

async function seriesScores(): Promise<Record<string, number>> {
  const truth = JSON.parse(readFileSync(join(repoRoot, 'sample', 'truth.json'), 'utf8')) as Truth;
  const result = analyze(await readInputs([join(repoRoot, 'sample')]));
  const expected = truth.trackedFigures[0]!.points;
  const series = bestSeries(result.trackedFigures, expected);
  const key = (p: { value: number; asOf: string; outlet: string | null }) =>
    `${p.value}|${p.asOf}|${p.outlet}`;
  const found = new Set((series?.points ?? []).map(key));
  const matched = expected.filter((p) => found.has(key(p))).length;
  const conflicts = series?.conflicts ?? [];
  const raised = truth.conflicts.filter((t) =>
    conflicts.some((c) => c.asOf === t.asOf && t.values.every((v) => c.values.includes(v))),
  ).length;
  const spurious = conflicts.filter((c) => !truth.conflicts.some((t) => t.asOf === c.asOf)).length;
  return {
    series_points_expected: expected.length,
    series_points_found: series?.points.length ?? 0,
    series_recall: round(matched / expected.length),
    series_precision: round(matched / Math.max(1, series?.points.length ?? 0)),
    conflicts_raised: raised,
    conflicts_expected: truth.conflicts.length,
    conflicts_spurious: spurious,
  };
}

/** The series sharing the most (value, outlet) pairs with the truth. */
function bestSeries(series: TrackedFigure[], expected: TruthPoint[]): TrackedFigure | undefined {
  const pairs = new Set(expected.map((p) => `${p.value}|${p.outlet}`));
  const shared = (s: TrackedFigure) => s.points.filter((p) => pairs.has(`${p.value}|${p.outlet}`)).length;
  return [...series].sort((a, b) => shared(b) - shared(a))[0];
}

/** Share of timeline entries whose date is one the gold lists for one of the entry's articles. */
async function timelineScores(): Promise<Record<string, number | string>> {
  const digest = sharedPath('corpus', 'digest-2023-10-04.txt');
  const goldPath = sharedPath('corpus', 'digest-2023-10-04.gold.json');
  if (!digest || !goldPath) return { timeline: 'skipped: no ../shared' };
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { dates: { title: string; date: string }[] };
  const result: AnalysisResult = analyze(await readInputs([digest]));
  const titles = new Map(result.articles.map((a) => [a.id, a.title]));
  const goldDates = new Set(gold.dates.map((d) => `${d.title}|${d.date}`));
  const right = result.timeline.filter((e) =>
    e.articles.some((id) => goldDates.has(`${titles.get(id)}|${e.date}`)),
  );
  return {
    timeline_entries: result.timeline.length,
    timeline_dates_right: round(right.length / Math.max(1, result.timeline.length)),
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
