// Counts of people that two reports give, and whether they can be the same count: the story stage
// keeps apart reports whose counts of one kind on one day do not fit (see Tuning.otherCount), and
// follows a running total from day to day (see Tuning.figureBoost).
import { fitSameDay } from '../analyze/figure-series.js';

/**
 * Whether the article's counts of this kind (`mentions`: kind, value, opening, …) and the story's
 * (`kept`: kind, value, day, opening, …) reported on `day` can be compared, one of a pair in an
 * opening sentence, and none of those pairs fits.
 */
export function countsClash(
  kind: number,
  mentions: readonly number[],
  kept: readonly number[],
  day: number,
): boolean {
  let compared = false;
  for (let j = 0; j < kept.length; j += 4) {
    if (kept[j] !== kind || kept[j + 2] !== day) continue;
    for (let i = 0; i < mentions.length; i += 3) {
      if (mentions[i] !== kind || (kept[j + 3] === IN_LEAD && mentions[i + 2] === IN_LEAD)) continue;
      if (fitSameDay(mentions[i + 1]!, kept[j + 1]!)) return false;
      compared = true;
    }
  }
  return compared;
}

/** A story's counts as persisted: kind as a term, value, day, opening. */
export function savedMentions(
  mentions: readonly number[],
  term: (id: number) => string,
): [string, number, number, number][] {
  const saved: [string, number, number, number][] = [];
  for (let i = 0; i < mentions.length; i += 4)
    saved.push([term(mentions[i]!), mentions[i + 1]!, mentions[i + 2]!, mentions[i + 3]!]);
  return saved;
}

/** Where a count of people was reported: in the lead, in the opening sentence, or there and in the title. */
const IN_LEAD = 0;
export const IN_TITLE = 2;

/**
 * The article's counts (ArticleTerms.countMentions: kind, value, 1 in the opening sentence else 0)
 * with IN_TITLE for those of the opening sentence that the title states too; the same array when
 * there are none.
 */
export function markHeaded(mentions: readonly number[], numbers: readonly number[]): readonly number[] {
  let marked: number[] | null = null;
  for (let i = 0; i < mentions.length; i += 3)
    if (mentions[i + 2] === 1 && numbers.includes(mentions[i + 1]!)) {
      marked ??= [...mentions];
      marked[i + 2] = IN_TITLE;
    }
  return marked ?? mentions;
}

/** How far two reports of one count on one day may differ (rounding: "more than 65,000", 65,036). */
const COUNT_TOLERANCE = 0.1;
/**
 * The smallest count followed from day to day. A running total (people displaced, a flood's dead)
 * runs into the hundreds and grows; a handful killed in one strike and a dozen in the next day's
 * strike are two events, not a toll that grew.
 */
const RUNNING_TOTAL = 100;

/**
 * Whether a count `value` reported `since` days after a count `earlier` can be the same count:
 * within COUNT_TOLERANCE on one day, and on other days a running total that has not fallen (beyond
 * the tolerance). A smaller count is followed only when the later report says it rose (`rose`).
 */
export function countsFit(value: number, earlier: number, since: number, rose = false): boolean {
  const slack = COUNT_TOLERANCE * Math.max(value, earlier);
  if (Math.abs(since) < 1) return Math.abs(value - earlier) <= slack;
  if (Math.min(value, earlier) < RUNNING_TOTAL && !(rose && since > 0)) return false;
  return since > 0 ? value >= earlier - slack : earlier >= value - slack;
}

/** Whether the larger of two counts is at most `ratio` times the smaller. */
export function withinRatio(value: number, other: number, ratio: number): boolean {
  return Math.max(value, other) <= ratio * Math.min(value, other);
}
