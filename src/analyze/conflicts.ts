// Conflicts in a series: reports of the same quantity at the same reference date whose intervals
// cannot both be true. "More than 100,000" next to 100,625 is agreement, 100,625 next to 120,000 is not.
import type { FigureConflict, TrackedPoint } from '../types.js';
import { type Interval, intervalOf, overlaps } from './intervals.js';

interface Located {
  point: TrackedPoint;
  interval: Interval;
}

/** One conflict per reference date where at least two reports disagree. */
export function findConflicts(points: TrackedPoint[]): FigureConflict[] {
  const byDate = new Map<string, Located[]>();
  for (const point of currentPerArticle(points)) {
    const interval = intervalOf(point);
    if (!interval || point.asOf === UNDATED) continue;
    const list = byDate.get(point.asOf) ?? [];
    list.push({ point, interval });
    byDate.set(point.asOf, list);
  }
  const conflicts: FigureConflict[] = [];
  for (const [asOf, located] of byDate) {
    const disagreeing = disagreeingPoints(located);
    if (disagreeing.length < 2) continue;
    conflicts.push({
      asOf,
      values: unique(disagreeing.map((p) => p.value)),
      articles: unique(disagreeing.map((p) => p.article)),
    });
  }
  return conflicts.sort((a, b) => a.asOf.localeCompare(b.asOf));
}

/**
 * One report per article and date: the largest value. An article that gives two values of a count
 * ("65,036 … more than doubled since Tuesday, when 28,120 were registered") states the current one
 * and a past one; counts of people displaced, killed or detained only grow.
 */
function currentPerArticle(points: TrackedPoint[]): TrackedPoint[] {
  const best = new Map<string, TrackedPoint>();
  for (const point of points) {
    const key = `${point.article}|${point.asOf}`;
    const known = best.get(key);
    if (!known || point.value > known.value) best.set(key, point);
  }
  return [...best.values()];
}

/** The reference date of a point whose article carries no date. */
export const UNDATED = 'undated';

/** Every point that has at least one report on the same date it cannot agree with. */
function disagreeingPoints(located: Located[]): TrackedPoint[] {
  const out = new Set<TrackedPoint>();
  for (let i = 0; i < located.length; i++) {
    for (let j = i + 1; j < located.length; j++) {
      const a = located[i]!;
      const b = located[j]!;
      // One article giving two values tells a change or a part ("15,569 of the 100,625"), not a dispute.
      if (a.point.article === b.point.article || overlaps(a.interval, b.interval)) continue;
      out.add(a.point);
      out.add(b.point);
    }
  }
  return [...out];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
