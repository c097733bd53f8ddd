// Conflicts in a series: reports of the same quantity at the same reference date whose intervals
// cannot both be true. "More than 100,000" next to 100,625 is agreement, 100,625 next to 120,000 is not.
import type { FigureConflict, TrackedPoint } from '../types.js';
import { type Interval, intervalOf, overlaps } from './intervals.js';

/** A report, and whether its sentence says a count is disputed ("a toll the government disputes"). */
export interface ReportedPoint extends TrackedPoint {
  disputed?: boolean;
}

interface Located {
  point: ReportedPoint;
  interval: Interval;
}

/** One conflict per reference date where at least two reports disagree. */
export function findConflicts(points: ReportedPoint[]): FigureConflict[] {
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
    const groups = agreeingGroups(located);
    if (groups.length < 2) continue;
    // One value per group of agreeing reports, its most precise one: "97,735 vs 74,000", not every
    // rounded "nearly 100,000" that agrees with 97,735.
    const representatives = groups.sort((a, b) => b.length - a.length).map((group) => group[0]!.point);
    conflicts.push({
      asOf,
      values: unique(representatives.map((p) => p.value)),
      articles: unique(representatives.map((p) => p.article)),
    });
  }
  return conflicts.sort((a, b) => a.asOf.localeCompare(b.asOf));
}

/** The reference date of a point whose article carries no date. */
export const UNDATED = 'undated';

/**
 * Groups around the most precise reports: each report, narrowest interval first, joins the first group
 * whose leading report it agrees with, or leads a new one. Agreement is not chained: "more than
 * 100,000" agrees with both 100,625 and "about 120,000", which still disagree with each other.
 */
function agreeingGroups(located: Located[]): Located[][] {
  const groups: Located[][] = [];
  const byPrecision = [...located].sort((a, b) => width(a) - width(b));
  for (const item of byPrecision) {
    const home = groups.find((g) => agree(item, g[0]!));
    if (home) home.push(item);
    else groups.push([item]);
  }
  return groups;
}

/**
 * Two reports agree when their intervals overlap. One article never disputes itself, unless it says
 * that the count is disputed: then its two values are two parties' claims.
 */
function agree(a: Located, b: Located): boolean {
  const sameArticle = a.point.article === b.point.article && !(a.point.disputed && b.point.disputed);
  return sameArticle || overlaps(a.interval, b.interval);
}

function width(item: Located): number {
  return item.interval.high - item.interval.low;
}

/**
 * One report per article and date: the largest value. An article that gives two values of a count
 * ("65,036 … more than doubled since Tuesday, when 28,120 were registered") states the current one
 * and a past one; counts of people displaced, killed or detained only grow. Values whose sentences
 * say the count is disputed ("at least 22, a toll the government disputes; the president said 12")
 * are each kept: they are two parties' claims, not a count and its past.
 */
function currentPerArticle(points: ReportedPoint[]): ReportedPoint[] {
  const best = new Map<string, ReportedPoint>();
  const claims: ReportedPoint[] = [];
  for (const point of points) {
    if (point.disputed) {
      claims.push(point);
      continue;
    }
    const key = `${point.article}|${point.asOf}`;
    const known = best.get(key);
    if (!known || point.value > known.value) best.set(key, point);
  }
  return [...best.values(), ...claims];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
