// "early on Saturday, a day after the strikes", "said on Wednesday, two days after the quake", "in
// 2024, up 14% from a year earlier": a span counted from the date the same sentence has just named.
// The phrase names the other end of the span (the strikes' day, the earlier year). Without such a
// date in the sentence the span is counted from a moment of the story, which the report does not
// date, and no date is given ("Talks began a day after the offensive").

import { WORD_VALUES } from '../numbers/words.js';
import { addDays, isoDay, parseIsoDay } from './calendar.js';
import type { DateDraft } from './draft.js';

/** How far the phrase lies from the date named before it in the sentence. */
export interface AnchorShift {
  unit: 'day' | 'year';
  /** Signed: "a day after X" names X, one day before the anchor (-1). */
  amount: number;
  /** With no anchor: drop the phrase, or keep the reading it had against the published day. */
  orElse: 'drop' | 'keep';
}

const SPAN =
  /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|year)s?\s+(after|before|earlier|later)$/i;

/**
 * The shift a span phrase stands for: "a day after" / "two days before" / "a day later" (days, dropped
 * without an anchor, as before) and "a year earlier" (years, which keep their reading against the published day
 * without one); null for any other phrase ("a year before the vote" names no earlier year).
 */
export function anchorShiftOf(phrase: string): AnchorShift | null {
  const m = SPAN.exec(phrase.trim());
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const n = /^\d/.test(word) ? Number(word) : word === 'a' || word === 'an' ? 1 : (WORD_VALUES[word] ?? 0);
  const unit = m[2]!.toLowerCase();
  const relation = m[3]!.toLowerCase();
  if (n === 0) return null;
  // "a day later" follows the day just named: one day after the anchor.
  if (unit === 'day' && relation === 'later') return { unit: 'day', amount: n, orElse: 'drop' };
  if (unit === 'day' && relation !== 'earlier')
    return { unit: 'day', amount: relation === 'after' ? -n : n, orElse: 'drop' };
  if (unit === 'year' && relation === 'earlier') return { unit: 'year', amount: -n, orElse: 'keep' };
  return null;
}

/**
 * Resolves every draft that carries a shift against the nearest date before it in the sentence
 * (drafts sorted by start): a day shift needs a day, a year shift any date's year.
 */
export function resolveAnchored(drafts: DateDraft[], published: Date | null = null): DateDraft[] {
  const out: DateDraft[] = [];
  let anchor: DateDraft | null = null;
  // The last day named on or before the report's day: "Oman said on Saturday that talks planned for
  // Sunday would not take place, a day after Israel began striking" counts from Saturday, not from the
  // plan's Sunday.
  let past: DateDraft | null = null;
  const today = published ? isoDay(published) : null;
  for (const draft of drafts) {
    const shift = draft.shift;
    if (!shift) {
      out.push(draft);
      anchor = draft;
      if (today === null || draft.precision !== 'day' || draft.date <= today) past = draft;
      continue;
    }
    if (
      today !== null &&
      anchor &&
      anchor.precision === 'day' &&
      anchor.date > today &&
      past &&
      shift.amount < 0
    )
      anchor = past;
    const resolved = anchor ? shifted(draft, anchor, shift) : null;
    if (resolved) out.push(resolved);
    else if (shift.orElse === 'keep') out.push({ ...draft, shift: undefined });
  }
  return out;
}

function shifted(draft: DateDraft, anchor: DateDraft, shift: AnchorShift): DateDraft | null {
  // Counted from an anchor that was itself read from the published day ("on Saturday"), the result is too.
  const fromPublished =
    anchor.fromPublished === true || (anchor.chrono !== null && !anchor.chrono.start.isCertain('year'));
  const base = { ...draft, shift: undefined, fromPublished };
  if (shift.unit === 'year') {
    // "in November from a year earlier" is last year's November; "in 2024 … a year earlier" is 2023.
    const year = Number(anchor.date.slice(0, 4)) + shift.amount;
    if (anchor.precision === 'year') return { ...base, date: String(year), precision: 'year' };
    return { ...base, date: `${year}${anchor.date.slice(4, 7)}`, precision: 'month' };
  }
  const day = anchor.precision === 'day' ? parseIsoDay(anchor.date) : null;
  return day ? { ...base, date: isoDay(addDays(day, shift.amount)), precision: 'day' } : null;
}
