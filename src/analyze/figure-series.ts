// Tracked figures: reports of the same quantity across articles and days form one series, matched
// on unit, subject phrase and entities, never on the number itself (42,500 and 100,625 people
// displaced are the same series days apart).
import type { Article, EntityMention, Figure, TrackedFigure, TrackedPoint } from '../types.js';
import { stableId } from '../util/hash.js';
import { findConflicts, UNDATED } from './conflicts.js';
import { type SubjectKey, sameQuantity, subjectKey } from './subject-key.js';

/** A point with what the report needs beyond the contract: the range, the subject, the span. */
export interface SeriesPoint extends TrackedPoint {
  low?: number | null;
  high?: number | null;
  approximate?: boolean;
  subject?: string;
  start?: number;
  end?: number;
}

export interface FigureInput {
  figure: Figure;
  article: Article | undefined;
  /** Entity mentions of the figure's article, to name the places its subject refers to. */
  mentions: EntityMention[];
}

interface Series {
  key: SubjectKey;
  points: SeriesPoint[];
  subjects: string[];
}

export interface TrackOptions {
  /** Series with fewer points are left out: one report is a figure, not a trend. Default 2. */
  minPoints?: number;
}

/** Groups figures into series and raises conflicts inside each. */
export function trackFigures(inputs: FigureInput[], options: TrackOptions = {}): TrackedFigure[] {
  const minPoints = options.minPoints ?? 2;
  const ordered = inputs
    .map((input) => ({ input, point: toPoint(input) }))
    .filter((entry): entry is { input: FigureInput; point: SeriesPoint } => entry.point !== null)
    .sort(
      (a, b) => compareAsOf(a.point.asOf, b.point.asOf) || a.point.article.localeCompare(b.point.article),
    );
  const series: Series[] = [];
  for (const { input, point } of ordered) {
    const key = keyOf(input);
    const home = series.find((s) => sameQuantity(s.key, key));
    if (home) {
      home.points.push(point);
      home.subjects.push(input.figure.subject);
      home.key = mergeKeys(home.key, key);
    } else {
      series.push({ key, points: [point], subjects: [input.figure.subject] });
    }
  }
  return series.filter((s) => s.points.length >= minPoints).map(toTracked);
}

function toPoint({ figure, article }: FigureInput): SeriesPoint | null {
  const value = figure.value ?? figure.low ?? figure.high;
  if (value == null) return null;
  return {
    value,
    qualifier: figure.qualifier,
    asOf: figure.asOf ?? article?.published ?? UNDATED,
    article: figure.article,
    outlet: article?.outlet ?? null,
    text: figure.text,
    low: figure.low,
    high: figure.high,
    approximate: figure.approximate,
    subject: figure.subject,
    start: figure.start,
    end: figure.end,
  };
}

/** The key of a figure, with the canonical names of the entities its subject mentions. */
function keyOf({ figure, mentions }: FigureInput): SubjectKey {
  const subject = figure.subject.toLowerCase();
  const names = mentions
    .filter((m) => m.type !== 'person' && subject.includes(m.text.toLowerCase()))
    .map((m) => m.name);
  return subjectKey(figure.unit, figure.subject, names);
}

/** A series learns the places of its members, so that later reports can match any of them. */
function mergeKeys(a: SubjectKey, b: SubjectKey): SubjectKey {
  return { ...a, entities: [...new Set([...a.entities, ...b.entities])].sort() };
}

function toTracked(series: Series): TrackedFigure {
  const first = series.key;
  const points = series.points.sort((a, b) => compareAsOf(a.asOf, b.asOf) || a.value - b.value);
  return {
    id: stableId(
      'f',
      first.unit,
      first.events.join(','),
      first.words.slice(0, 4).join(','),
      seedPlace(series),
    ),
    label: labelOf(series),
    unit: first.unit,
    points,
    conflicts: findConflicts(points),
  };
}

function seedPlace(series: Series): string {
  return series.key.entities[0] ?? '';
}

/** The subject most outlets used, the shortest one on a tie; read as "people displaced to Armenia". */
function labelOf(series: Series): string {
  const counts = new Map<string, number>();
  for (const subject of series.subjects) {
    const clean = subject.replace(/\s+/g, ' ').trim();
    if (clean) counts.set(clean, (counts.get(clean) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length);
  const subject = ranked[0]?.[0];
  if (!subject) return series.key.unit;
  return namesItsUnit(subject, series.key.unit) ? subject : `${series.key.unit}: ${subject}`;
}

/** "displaced persons" already says it counts people; "aid from Japan" needs its unit in front. */
function namesItsUnit(subject: string, unit: string): boolean {
  const lower = subject.toLowerCase();
  if (lower.includes(unit)) return true;
  return (
    unit === 'people' &&
    /\b(persons?|refugees|residents|civilians|individuals|children|men|women)\b/.test(lower)
  );
}

/** ISO dates sort as text; undated points go last. */
function compareAsOf(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNDATED) return 1;
  if (b === UNDATED) return -1;
  return a.localeCompare(b);
}
