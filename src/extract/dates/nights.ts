// "overnight", "through the night", "last night": the night a report speaks of. chrono reads none of
// them as news means them ("overnight" not at all). In a report, "struck overnight" and "searched
// through the night" are the night that ended on the morning of publication, "will arrive overnight"
// the coming one: either way the night is dated by the published day, as "tonight" is. "last night"
// is the evening before the published day.

import { guarded, matchesIn } from '../figures/scan.js';
import { addDays } from './calendar.js';
import { type DateDraft, dayDraft } from './draft.js';

// Scanned only in a text that holds "night" or "early hours", which every match holds.
// "into the early hours" with no day after it ("the early hours of Tuesday" is chrono's) is the
// night that ended on the report's day too.
export const NIGHT = guarded(
  /\b(?:overnight|last night|(?:through(?:out)?|during) the night(?!\s+of\b)|(?:into|in) the early hours(?!\s+of\b))\b/gi,
  /night|early hours/i,
);

/**
 * "won't happen overnight", "almost overnight", "an overnight stay", "the overnight rate": the word
 * says how fast or what kind, not when.
 */
const NEGATION = /\b(?:not|never|cannot)\b|n['’]t\b/i;
const CHANGE_BEFORE =
  /\b(?:happen|change|come|disappear|vanish|go away|be\s+(?:\w+ed|built|done|won|undone|rebuilt))\s+$/i;
// Not \b: "Nouméa overnight" must not read as "a overnight" (JavaScript's \b takes "é" for no letter).
const DESCRIPTIVE_BEFORE =
  /(?<![\p{L}\p{N}])(?:almost|virtually|practically|nearly|seemingly|literally|a|an)\s+$/iu;
const KIND_AFTER =
  /^\s+(?:success|sensation|celebrity|stays?|flights?|trains?|bus(?:es)?|ferr(?:y|ies)|crossings?|services?|journeys?|trips?|bags?|shifts?|curfews?|rates?|repos?|lending|deposits?|index|interbank|funding|money|parking|guests?|oats)\b/i;
/** "the last night of the festival", "their last night in the camp": the final night, not yesterday's. */
const FINAL_NIGHT_BEFORE = /(?<![\p{L}\p{N}])(?:the|a|their|his|her|its|our|my|your|that|every|each)\s+$/iu;

export function findNights(text: string, from: number, to: number, ref: Date): DateDraft[] {
  const found: DateDraft[] = [];
  for (const m of matchesIn(NIGHT, text, from, to)) {
    const before = text.slice(Math.max(from, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, Math.min(to, m.index + m[0].length + 24));
    const last = /^last/i.test(m[0]);
    if (last ? FINAL_NIGHT_BEFORE.test(before) : isIdiom(before, after)) continue;
    found.push({
      ...dayDraft(m.index, m.index + m[0].length, last ? addDays(ref, -1) : ref),
      fromPublished: true,
    });
  }
  return found;
}

/** "overnight" that tells how fast or what kind: a hedge or an article before it, "not … happen" before it, or a noun of kind after it. */
function isIdiom(before: string, after: string): boolean {
  const clause = before.split(/[,;:]/).pop() ?? '';
  return (
    DESCRIPTIVE_BEFORE.test(clause) ||
    (NEGATION.test(clause) && CHANGE_BEFORE.test(clause)) ||
    KIND_AFTER.test(after)
  );
}
