import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../eval/shared.js';
import type { Framing, TimelineEntry, TrackedFigure } from '../types.js';
import { loadFixtureInput } from './fixture-input.js';
import { analyzeCorpus } from './index.js';

const root = join(repoRoot, 'fixtures', 'analyze');
const cases = readdirSync(root).filter((name) => !name.startsWith('.'));

interface Expected {
  /** `label` is compared only where the fixture states it. */
  trackedFigures?: {
    label?: string;
    unit: string;
    points: [number, string | null, string, string][];
    conflicts: unknown[];
  }[];
  /** `upcoming` is compared only where the fixture states it. */
  timeline?: { date: string; articles: string[]; summaryStartsWith: string; upcoming?: boolean }[];
  framing?: { concept: string; terms: Framing['terms']; quoted: Framing['terms'] }[];
}

/** The parts of a series a fixture states: values, qualifiers, dates and outlets, and the conflicts. */
function projectSeries(series: TrackedFigure[], expected: { label?: string }[]) {
  return series.map((s, i) => ({
    ...(expected[i]?.label === undefined ? {} : { label: s.label }),
    unit: s.unit,
    points: s.points.map((p) => [p.value, p.qualifier, p.asOf, p.outlet]),
    conflicts: s.conflicts,
  }));
}

function projectTimeline(
  entries: TimelineEntry[],
  expected: { summaryStartsWith: string; upcoming?: boolean }[],
) {
  return entries.map((e, i) => ({
    date: e.date,
    articles: e.articles,
    summaryStartsWith: e.summary.slice(0, expected[i]?.summaryStartsWith.length ?? 0),
    ...(expected[i]?.upcoming === undefined ? {} : { upcoming: e.upcoming }),
  }));
}

describe('analysis fixtures', () => {
  it.each(cases)('%s', (name) => {
    const input = loadFixtureInput(join(root, name, 'input.json'));
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected;
    const result = analyzeCorpus(input);
    if (expected.trackedFigures)
      expect(projectSeries(result.trackedFigures, expected.trackedFigures)).toEqual(expected.trackedFigures);
    if (expected.timeline)
      expect(projectTimeline(result.timeline, expected.timeline)).toEqual(expected.timeline);
    if (expected.framing) {
      expect(result.framing.map((f) => ({ concept: f.concept, terms: f.terms, quoted: f.quoted }))).toEqual(
        expected.framing,
      );
    }
  });
});
