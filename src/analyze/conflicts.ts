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
  for (const point of points) {
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

/** The reference date of a point whose article carries no date. */
export const UNDATED = 'undated';

/** Every point that has at least one report on the same date it cannot agree with. */
function disagreeingPoints(located: Located[]): TrackedPoint[] {
  const out = new Set<TrackedPoint>();
  for (let i = 0; i < located.length; i++) {
    for (let j = i + 1; j < located.length; j++) {
      const a = located[i]!;
      const b = located[j]!;
      if (overlaps(a.interval, b.interval)) continue;
      out.add(a.point);
      out.add(b.point);
    }
  }
  return [...out];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
